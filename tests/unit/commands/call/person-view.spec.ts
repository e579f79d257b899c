import assert from 'node:assert/strict';
import { numberCardData, personCardData } from '../../../../bot/commands/call/person-view';
import { counter, en, fr, person } from './fixtures';

describe('person card data', () => {
  const alice = person('alice', 'Alice Martin', {
    email: 'alice.martin@example.com',
    extension: '2001',
    phones: { work: '+33123452001', mobile: '+33612342001' },
  });

  it('gives one Call button per number, each with its own nonce and the person’s key and name', () => {
    const data = personCardData(en, alice, {
      presence: '🟢 Available',
      isSpeedDial: false,
      country: 'FR',
      nonce: counter(),
    });
    assert.equal(data.title, 'Alice Martin');
    assert.equal(data.presence, '🟢 Available');
    assert.deepEqual(data.facts, [{ title: 'E-mail', value: 'alice.martin@example.com' }]);
    assert.deepEqual(
      data.numbers.map((n) => [n.label, n.display, n.style]),
      [
        ['Extension', '2001', 'positive'],
        ['Work', '01 23 45 20 01', 'default'],
        ['Mobile', '06 12 34 20 01', 'default'],
      ],
    );
    assert.deepEqual(data.numbers[2]!.data, {
      number: '+33612342001',
      numberKind: 'mobile',
      personKey: 'cl:alice',
      name: 'Alice Martin',
      nonce: 'n3',
    });
  });

  it('highlights the number asked for, and says when the person has no such number', () => {
    const mobile = personCardData(en, alice, {
      presence: '',
      isSpeedDial: false,
      wanted: 'mobile',
      nonce: counter(),
    });
    assert.deepEqual(
      mobile.numbers.filter((n) => n.style === 'positive').map((n) => n.data.number),
      ['+33612342001'],
    );
    assert.equal(mobile.note, '');
    const home = personCardData(fr, alice, {
      presence: '',
      isSpeedDial: false,
      wanted: 'home',
      nonce: counter(),
    });
    assert.equal(home.note, 'Alice Martin n’a pas de numéro personnel ; voici ses autres numéros.');
  });

  it('says when someone has no number at all', () => {
    const tess = person('tess', 'Tess Leroy', { inCloudLink: false, cloudlinkRole: null });
    const data = personCardData(en, tess, { presence: '', isSpeedDial: false, nonce: counter() });
    assert.deepEqual(data.numbers, []);
    assert.equal(data.note, 'Tess Leroy has no number I can call.');
  });

  it('offers to add to speed dials, or to remove when already there, and presence details', () => {
    const add = personCardData(en, alice, { presence: '', isSpeedDial: false, nonce: counter() });
    assert.deepEqual(
      add.actions.map((a) => [a.title, a.verb, a.data]),
      [
        ['☆ Add to speed dials', 'call.speedDialAdd', { personKey: 'cl:alice', view: 'person' }],
        ['Presence details', 'call.presence', { personKey: 'cl:alice' }],
      ],
    );
    const remove = personCardData(en, alice, { presence: '', isSpeedDial: true, nonce: counter() });
    assert.equal(remove.actions[0]!.verb, 'call.speedDialRemove');
  });

  it('makes the card of a typed number, naming its owner and the kind of number', () => {
    const owned = numberCardData(
      en,
      { number: '+33612342001', isExtension: false, owner: { person: alice, kind: 'mobile' } },
      { country: 'FR', nonce: counter() },
    );
    assert.equal(owned.title, '06 12 34 20 01');
    assert.deepEqual(owned.facts, [{ title: 'Belongs to', value: 'Alice Martin (mobile)' }]);
    assert.equal(owned.numbers.length, 1);
    assert.equal(owned.numbers[0]!.data.personKey, 'cl:alice');
    assert.equal(owned.actions[0]!.verb, 'call.show');

    const stranger = numberCardData(
      fr,
      { number: '+442079460000', isExtension: false },
      { country: 'FR', nonce: counter() },
    );
    assert.equal(stranger.title, '+44 20 7946 0000');
    assert.equal(stranger.note, 'Ce numéro n’est pas dans l’annuaire.');
    assert.deepEqual(stranger.numbers[0]!.data, {
      number: '+442079460000',
      numberKind: 'other',
      nonce: 'n1',
    });

    const extension = numberCardData(en, { number: '9999', isExtension: true }, { nonce: counter() });
    assert.equal(extension.title, 'Extension 9999');
    assert.equal(extension.numbers[0]!.data.numberKind, 'extension');
  });
});
