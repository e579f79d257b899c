import assert from 'node:assert/strict';
import { callKind, callRow, type RowContext } from '../../../../bot/commands/calls/call-rows';
import { translator } from '../../../../bot/language/i18n';
import type { Locale } from '../../../../bot/language/locale';
import { person, record, snapshotOf } from './fixtures';

const NOW = new Date('2026-11-23T15:00:00Z');
const people = snapshotOf([
  person('alice', 'Alice Martin', {
    extension: '2001',
    phones: { work: '+33123456789', mobile: '+33612345678' },
  }),
  person('bruno', 'Bruno Silva', { extension: '2002', phones: {} }),
]);

function ctx(locale: Locale = 'en', country: RowContext['country'] = 'FR'): RowContext {
  return { t: translator(locale), locale, timeZone: 'Europe/Paris', now: NOW, country, people };
}

describe('a row of the call log', () => {
  it('marks an unanswered incoming call as missed, and an unanswered outgoing call as not missed', () => {
    assert.equal(callKind({ direction: 'inbound', answered: false }), 'missed');
    assert.equal(callKind({ direction: 'inbound', answered: true }), 'incoming');
    assert.equal(callKind({ direction: 'outbound', answered: false }), 'outgoing');
    const missed = callRow(record('m', { answered: false, at: NOW, peer: '+4420123456' }), ctx());
    assert.equal(missed.missed, true);
    assert.equal(missed.icon, '✗');
    assert.match(missed.detail, /^Missed/);
    assert.equal(missed.duration, 'Not answered');
    const noAnswer = callRow(
      record('o', { direction: 'outbound', answered: false, at: NOW, peer: '+4420123456' }),
      ctx(),
    );
    assert.equal(noAnswer.missed, false);
    assert.equal(noAnswer.duration, 'No answer');
  });

  it('names the other party from the directory when the record has only a number', () => {
    const row = callRow(record('a', { at: NOW, peer: '+33612345678' }), ctx());
    assert.equal(row.name, 'Alice Martin');
    assert.equal(row.detail, 'Incoming · 06 12 34 56 78');
    assert.deepEqual(
      { ...row.callBack, nonce: 'x' },
      {
        number: '+33612345678',
        personKey: 'cl:alice',
        numberKind: 'mobile',
        name: 'Alice Martin',
        nonce: 'x',
      },
    );
  });

  it('names a colleague reached by extension', () => {
    const row = callRow(record('b', { direction: 'outbound', at: NOW, peer: '2002', seconds: 245 }), ctx());
    assert.equal(row.name, 'Bruno Silva');
    assert.equal(row.callBack.numberKind, 'extension');
    assert.equal(row.duration, '4 min 05 s');
  });

  it("shows a number in the viewer's country format, else internationally", () => {
    const french = callRow(record('f', { at: NOW, peer: '+33140000000' }), ctx('en', 'FR'));
    assert.equal(french.name, '01 40 00 00 00');
    const fromBrazil = callRow(record('f', { at: NOW, peer: '+33140000000' }), ctx('pt-BR', 'BR'));
    assert.equal(fromBrazil.name, '+33 1 40 00 00 00');
  });

  it('keeps the name the phone system gave when nobody in the directory has the number', () => {
    const row = callRow(record('n', { at: NOW, peer: '+442071234567', name: 'Reception' }), ctx());
    assert.equal(row.name, 'Reception');
    assert.equal(row.callBack.personKey, undefined);
  });

  it('says today and yesterday in words, in the user’s language and time zone', () => {
    const today = record('t', { at: new Date('2026-11-23T08:05:00Z'), peer: '+4420123456' });
    const yesterday = record('y', { at: new Date('2026-11-22T21:30:00Z'), peer: '+4420123456' });
    const older = record('o', { at: new Date('2026-11-16T13:00:00Z'), peer: '+4420123456' });
    assert.equal(callRow(today, ctx('en')).when, 'today 09:05');
    assert.equal(callRow(today, ctx('fr')).when, "aujourd'hui 09:05");
    assert.equal(callRow(yesterday, ctx('pt-BR')).when, 'ontem 22:30');
    assert.equal(callRow(yesterday, ctx('fr')).when, 'hier 22:30');
    assert.match(callRow(older, ctx('fr')).when, /^lun\. 16 nov\. 14:00$/);
  });

  it('gives every Call back button a fresh nonce', () => {
    const r = record('a', { at: NOW, peer: '+33612345678' });
    assert.notEqual(callRow(r, ctx()).callBack.nonce, callRow(r, ctx()).callBack.nonce);
  });

  it('offers no Call back for a withheld number', () => {
    const row = callRow(record('w', { at: NOW, peer: '' }), ctx('fr'));
    assert.equal(row.canCallBack, false);
    assert.equal(row.name, 'Numéro inconnu');
  });
});
