import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { silentLogger, createLogger } from '../../../../bot/log';
import { UpstreamError } from '../../../../bot/services';
import { JsonStore } from '../../../../bot/state/json-store';
import {
  JOURNAL_LENGTH,
  flushJournal,
  journalTurn,
  noteFailure,
  noteIntent,
  recentTurns,
  type JournalTurn,
} from '../../../../bot/state/turn-journal';

function turnOf(
  store: JsonStore,
  userId: string,
  activityId: string,
  at = new Date('2026-11-23T10:00:00Z'),
): JournalTurn {
  return { info: { userId, activityId }, now: at, log: silentLogger, services: { store } };
}

describe('turn journal', () => {
  it('records each turn with its intent or verb and outcome, newest first, per user', async () => {
    const store = new JsonStore(new MemoryStorage());
    const first = turnOf(store, 'u1', 'a1');
    await journalTurn(first, {}, () => {
      noteIntent(first, 'myCalls');
      return Promise.resolve('done');
    });
    await journalTurn(turnOf(store, 'u1', 'a2'), { verb: 'call.place' }, () => Promise.resolve('done'));
    await journalTurn(turnOf(store, 'u2', 'b1'), { verb: 'admin.sync.now' }, () => Promise.resolve('done'));
    await flushJournal();
    const turns = await recentTurns(store, 'u1');
    assert.deepEqual(
      turns.map((e) => [e.activityId, e.verb, e.intent, e.outcome]),
      [
        ['a2', 'call.place', undefined, 'ok'],
        ['a1', undefined, 'myCalls', 'ok'],
      ],
    );
    assert.equal((await recentTurns(store, 'u2')).length, 1);
  });

  it('keeps the upstream failures of a turn with their system, kind and correlation id', async () => {
    const store = new JsonStore(new MemoryStorage());
    const turn = turnOf(store, 'u1', 'a1');
    await journalTurn(turn, { verb: 'call.place' }, () => {
      noteFailure(
        turn,
        new UpstreamError({
          system: 'cloudlink',
          operation: 'placeCall',
          kind: 'timeout',
          correlationId: 'corr-9',
        }),
      );
      return Promise.resolve('failure card');
    });
    await flushJournal();
    const [entry] = await recentTurns(store, 'u1');
    assert.equal(entry?.outcome, 'error');
    assert.equal(entry?.errorKind, 'timeout');
    assert.deepEqual(entry?.failures, [
      { system: 'cloudlink', operation: 'placeCall', kind: 'timeout', correlationId: 'corr-9' },
    ]);
  });

  it('records a turn that threw as an unexpected error and throws it again', async () => {
    const store = new JsonStore(new MemoryStorage());
    await assert.rejects(
      journalTurn(turnOf(store, 'u1', 'a1'), {}, () => Promise.reject(new Error('boom: secret details'))),
      /boom/,
    );
    await flushJournal();
    const [entry] = await recentTurns(store, 'u1');
    assert.deepEqual(entry?.failures, [{ system: 'bot', kind: 'unexpected' }]);
    assert.ok(!JSON.stringify(entry).includes('secret'));
  });

  it(`keeps only the last ${JOURNAL_LENGTH} turns`, async () => {
    const store = new JsonStore(new MemoryStorage());
    for (let i = 0; i < JOURNAL_LENGTH + 7; i++) {
      await journalTurn(turnOf(store, 'u1', `a${i}`), {}, () => Promise.resolve(i));
    }
    await flushJournal();
    const turns = await recentTurns(store, 'u1');
    assert.equal(turns.length, JOURNAL_LENGTH);
    assert.equal(turns[0]?.activityId, `a${JOURNAL_LENGTH + 6}`);
  });

  it('answers before its journal entry is written, and keeps every entry of a burst of turns', async () => {
    const store = new JsonStore(new MemoryStorage());
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slowStore = {
      get: (key: string) => store.get(key),
      update: async <T>(key: string, change: (current: T | undefined) => T) => {
        await gate;
        return store.update(key, change);
      },
    } as unknown as JsonStore;
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        journalTurn(turnOf(slowStore, 'u1', `b${i}`), {}, () => Promise.resolve(i)),
      ),
    );
    assert.deepEqual(answers, [0, 1, 2, 3, 4], 'answered while the storage had not answered');
    assert.equal((await recentTurns(store, 'u1')).length, 0);
    release();
    await flushJournal();
    assert.deepEqual(
      (await recentTurns(store, 'u1')).map((e) => e.activityId),
      ['b4', 'b3', 'b2', 'b1', 'b0'],
    );
  });

  it('when the store fails, logs it and still answers the turn', async () => {
    const lines: string[] = [];
    const broken = {
      update: () => Promise.reject(new Error('storage down')),
      get: () => Promise.resolve(undefined),
    } as unknown as JsonStore;
    const turn: JournalTurn = {
      info: { userId: 'u1', activityId: 'a1' },
      now: new Date(),
      log: createLogger({ level: 'debug', sink: (l) => lines.push(l) }),
      services: { store: broken },
    };
    assert.equal(await journalTurn(turn, {}, () => Promise.resolve('answer')), 'answer');
    await flushJournal();
    assert.ok(lines.some((l) => l.includes('turn journal not written')));
  });
});
