import assert from 'node:assert/strict';
import { peerNumbers, resolvePeer } from '../../../../bot/commands/calls/peer';
import type { CallsView } from '../../../../bot/commands/calls/view';
import { translator } from '../../../../bot/language/i18n';
import { cardText, executeActions } from '../../../support/bot-harness';
import { person, snapshotOf } from './fixtures';

const people = snapshotOf([
  person('a1', 'Alice Martin', {
    extension: '2001',
    phones: { work: '+33123456789', mobile: '+33612345678' },
  }),
  person('a2', 'Alice Moreau', { extension: '2005', phones: { work: '+33123456790' } }),
  person('b', 'Bruno Silva', { extension: '2002', phones: {} }),
  person('c', 'Chloé Sans Numéro', { phones: {} }),
]);
const view: CallsView = { filter: 'missed', period: 'today', page: 4 };
const t = translator('en');

describe('the other party of "calls from …"', () => {
  it("searches a person's E.164 numbers, and the extension only when there is no work number", () => {
    assert.deepEqual(
      peerNumbers({ extension: '2001', phones: { work: '+331', mobile: '+336', home: '+331' } }),
      ['+331', '+336'],
    );
    assert.deepEqual(peerNumbers({ extension: '2002', phones: { mobile: '+336' } }), ['+336', '2002']);
    assert.deepEqual(peerNumbers({ phones: {} }), []);
  });

  it('finds one person by name, with their numbers', () => {
    const found = resolvePeer({ kind: 'text', text: 'alice martin' }, view, people, t, 'FR');
    assert.deepEqual(found, {
      kind: 'peer',
      peer: { label: 'Alice Martin', numbers: ['+33123456789', '+33612345678'], ref: { key: 'cl:a1' } },
    });
  });

  it('offers a choice when several people match, each button keeping the filter and period', () => {
    const found = resolvePeer({ kind: 'text', text: 'Alice' }, view, people, t, 'FR');
    assert.equal(found.kind, 'reply');
    if (found.kind !== 'reply' || !('card' in found.reply)) return;
    assert.match(cardText(found.reply.card), /Several people match "Alice"/);
    const buttons = executeActions(found.reply.card);
    assert.deepEqual(
      buttons.map((b) => [b.verb, b.data.peerKey, b.data.filter, b.data.period, b.data.page]),
      [
        ['calls.page', 'cl:a1', 'missed', 'today', 1],
        ['calls.page', 'cl:a2', 'missed', 'today', 1],
      ],
    );
  });

  it('says so when nobody matches, with the closest names and a way back to all calls', () => {
    const found = resolvePeer({ kind: 'text', text: 'Bruna Salvador' }, view, people, t, 'FR');
    assert.equal(found.kind, 'reply');
    if (found.kind !== 'reply' || !('card' in found.reply)) return;
    const text = cardText(found.reply.card);
    assert.match(text, /I could not find "Bruna Salvador"/);
    const titles = executeActions(found.reply.card).map((b) => b.title);
    assert.ok(titles.includes('Bruno Silva'), titles.join(', '));
    assert.equal(titles.at(-1), 'All my calls');
  });

  it('says so when the person has no number to look for', () => {
    const found = resolvePeer({ kind: 'text', text: 'Chloé Sans Numéro' }, view, people, t, 'FR');
    assert.ok(found.kind === 'reply' && 'card' in found.reply);
    if (found.kind === 'reply' && 'card' in found.reply)
      assert.match(cardText(found.reply.card), /has no phone number in the directory/);
  });

  it('takes a number nobody has as the party itself', () => {
    const found = resolvePeer({ kind: 'text', text: '+44 20 7123 4567' }, view, people, t, 'FR');
    assert.deepEqual(found, {
      kind: 'peer',
      peer: { label: '+44 20 7123 4567', numbers: ['+442071234567'], ref: { number: '+442071234567' } },
    });
  });

  it('re-reads a person from the directory by key, and explains when they are gone', () => {
    const found = resolvePeer({ kind: 'person', key: 'cl:b' }, view, people, t, 'FR');
    assert.deepEqual(found.kind === 'peer' && found.peer.numbers, ['2002']);
    const gone = resolvePeer({ kind: 'person', key: 'cl:nobody' }, view, people, t, 'FR');
    assert.equal(gone.kind, 'reply');
  });
});
