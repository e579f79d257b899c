import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import {
  addSpeedDial,
  MAX_SPEED_DIALS,
  readSpeedDials,
  removeSpeedDial,
  speedDialsKey,
  withAdded,
  withRemoved,
} from '../../../../bot/commands/call/speed-dials-store';
import { speedDialsCardData } from '../../../../bot/commands/call/speed-dials-view';
import { JsonStore } from '../../../../bot/state/json-store';
import { counter, en, fr, person } from './fixtures';

const NOW = new Date('2026-01-05T09:00:00Z');

describe('speed dials', () => {
  it('adds at the end, once, and refuses past the maximum', () => {
    const one = withAdded(undefined, { key: 'cl:a', name: 'A' }, NOW);
    assert.equal(one.outcome, 'added');
    assert.deepEqual(one.doc.entries, [{ key: 'cl:a', name: 'A', addedAt: NOW.toISOString() }]);
    assert.equal(withAdded(one.doc, { key: 'cl:a', name: 'A' }, NOW).outcome, 'already');
    const full = {
      entries: Array.from({ length: MAX_SPEED_DIALS }, (_, i) => ({
        key: `cl:${i}`,
        name: `P${i}`,
        addedAt: '',
      })),
    };
    assert.equal(withAdded(full, { key: 'cl:new', name: 'N' }, NOW).outcome, 'full');
  });

  it('removes by key, saying what was removed', () => {
    const doc = {
      entries: [
        { key: 'cl:a', name: 'A', addedAt: '' },
        { key: 'cl:b', name: 'B', addedAt: '' },
      ],
    };
    const removed = withRemoved(doc, 'cl:a');
    assert.equal(removed.removed?.name, 'A');
    assert.deepEqual(
      removed.doc.entries.map((e) => e.key),
      ['cl:b'],
    );
    assert.equal(withRemoved(doc, 'cl:zz').removed, undefined);
  });

  it('keeps each user’s speed dials under their own key, and loses no change when clicks race', async () => {
    const store = new JsonStore(new MemoryStorage());
    const people = Array.from({ length: 8 }, (_, i) => ({ key: `cl:p${i}`, name: `Person ${i}` }));
    // The first one creates the document (botbuilder storages cannot create one only if absent).
    assert.equal((await addSpeedDial(store, 'cl:owner', people[0]!, NOW)).outcome, 'added');
    const outcomes = await Promise.all(people.slice(1).map((p) => addSpeedDial(store, 'cl:owner', p, NOW)));
    assert.ok(outcomes.every((o) => o.outcome === 'added'));
    const entries = await readSpeedDials(store, 'cl:owner');
    assert.deepEqual(entries.map((e) => e.key).sort(), people.map((p) => p.key).sort());
    assert.deepEqual(await readSpeedDials(store, 'cl:someone-else'), []);
    assert.equal(speedDialsKey('cl:owner'), 'speed-dials/cl:owner');

    const { removed } = await removeSpeedDial(store, 'cl:owner', 'cl:p3');
    assert.equal(removed?.name, 'Person 3');
    assert.equal((await readSpeedDials(store, 'cl:owner')).length, 7);
  });

  it('shows current numbers from the directory, and someone who left as such with Remove only', () => {
    const alice = person('alice', 'Alice Martin', { extension: '2001', phones: { mobile: '+33612342001' } });
    const data = speedDialsCardData(
      fr,
      [
        { key: 'cl:alice', name: 'Alice (old name)', addedAt: '' },
        { key: 'cl:gone', name: 'Ghislaine Fantôme', addedAt: '' },
      ],
      (key) => (key === alice.key ? alice : undefined),
      { nonce: counter() },
    );
    assert.equal(data.title, 'Vos numéros abrégés');
    assert.equal(data.empty, '');
    assert.equal(data.rows[0]!.name, 'Alice Martin');
    assert.deepEqual(
      data.rows[0]!.calls.map((c) => [c.title, c.data.number]),
      [
        ['📞 Poste', '2001'],
        ['📞 Portable', '+33612342001'],
      ],
    );
    assert.deepEqual(data.rows[1], {
      name: 'Ghislaine Fantôme',
      details: 'N’est plus dans l’annuaire',
      left: true,
      calls: [],
      removeTitle: 'Retirer',
      removeData: { personKey: 'cl:gone', view: 'list' },
    });
    assert.equal(
      speedDialsCardData(en, [], () => undefined, { nonce: counter() }).empty,
      'You have no speed dials yet.',
    );
  });
});
