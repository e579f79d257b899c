import assert from 'node:assert/strict';
import {
  callableNumbers,
  dialString,
  isOwnNumber,
  kindOfNumber,
  numberKindLabel,
} from '../../../../bot/commands/call/numbers';
import { displayPhoneNumber as displayNumber } from '../../../../bot/domain/phone-number';
import { en, fr, person, pt } from './fixtures';

describe('call numbers', () => {
  const alice = person('alice', 'Alice Martin', {
    extension: '2001',
    phones: { work: '+33123452001', mobile: '+33612342001', home: '+33198762001' },
  });

  it('offers the extension first, then work, mobile and home', () => {
    assert.deepEqual(callableNumbers(alice), [
      { kind: 'extension', number: '2001' },
      { kind: 'work', number: '+33123452001' },
      { kind: 'mobile', number: '+33612342001' },
      { kind: 'home', number: '+33198762001' },
    ]);
    assert.deepEqual(callableNumbers(person('x', 'X', { phones: { mobile: '+33600000000' } })), [
      { kind: 'mobile', number: '+33600000000' },
    ]);
  });

  it('tells which of a person’s numbers a number is, whatever its format', () => {
    assert.equal(kindOfNumber(alice, '+33612342001'), 'mobile');
    assert.equal(kindOfNumber(alice, '06 12 34 20 01', 'FR'), 'mobile');
    assert.equal(kindOfNumber(alice, '+33 1 98 76 20 01'), 'home');
    assert.equal(kindOfNumber(alice, '2001'), 'extension');
    assert.equal(kindOfNumber(alice, '+33699999999'), undefined);
  });

  it('names each kind of number in the user’s language', () => {
    assert.deepEqual(
      (['extension', 'work', 'mobile', 'home', 'other'] as const).map((k) => numberKindLabel(en, k)),
      ['Extension', 'Work', 'Mobile', 'Home', 'Number'],
    );
    assert.deepEqual(
      (['extension', 'work', 'mobile', 'home'] as const).map((k) => numberKindLabel(fr, k)),
      ['Poste', 'Bureau', 'Portable', 'Domicile'],
    );
    assert.deepEqual(
      (['extension', 'work', 'mobile', 'home'] as const).map((k) => numberKindLabel(pt, k)),
      ['Ramal', 'Trabalho', 'Celular', 'Residencial'],
    );
  });

  it('shows numbers of the organisation’s country in national format, others internationally, extensions as is', () => {
    assert.equal(displayNumber('+33612342001', 'FR'), '06 12 34 20 01');
    assert.equal(displayNumber('+442079460000', 'FR'), '+44 20 7946 0000');
    assert.equal(displayNumber('2001', 'FR'), '2001');
  });

  it('sends the PBX only digits, a national number read in the organisation’s country', () => {
    assert.equal(dialString('+33 6 12 34 20 01'), '+33612342001');
    assert.equal(dialString('2001'), '2001');
    assert.equal(dialString('01 23 45 20 01', 'FR'), '+33123452001');
    assert.equal(dialString('(11) 98765-4321', 'BR'), '+5511987654321');
    for (const bad of ['', 'DROP TABLE', '+', '1', '12345678901234567', 42, null, undefined, { n: 1 }]) {
      assert.equal(dialString(bad, 'FR'), null, JSON.stringify(bad));
    }
  });

  it('recognises a person’s own numbers', () => {
    assert.equal(isOwnNumber(alice, '+33612342001'), true);
    assert.equal(isOwnNumber(alice, '2001'), true);
    assert.equal(isOwnNumber(alice, '01 23 45 20 01', 'FR'), true);
    assert.equal(isOwnNumber(alice, '2002'), false);
  });
});
