import assert from 'node:assert/strict';
import { readCallLog } from '../../../../bot/commands/calls/call-log-reader';
import type { CallRecord } from '../../../../bot/services';
import { FakeRecords, record } from './fixtures';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const ALICE = ['+33123456789', '+33612345678'];

/** `n` calls a minute apart, newest first: every 5th missed, every 3rd outgoing, every 4th with Alice. */
function history(n: number): CallRecord[] {
  const out: CallRecord[] = [];
  for (let i = 0; i < n; i++) {
    const outgoing = i % 3 === 0;
    out.push(
      record(`r${i}`, {
        direction: outgoing ? 'outbound' : 'inbound',
        answered: outgoing || i % 5 !== 0,
        at: new Date(NOW - i * 60_000),
        peer: i % 4 === 0 ? ALICE[i % 8 === 0 ? 0 : 1]! : `+4420${String(i).padStart(8, '0')}`,
      }),
    );
  }
  return out;
}

describe('reading a call log page', () => {
  it('reads the history once a turn and shows the page asked for, newest first', async () => {
    const source = FakeRecords.of('me', history(300));
    const log = await readCallLog(source, 'me', { filter: 'all', skip: 20, top: 10 });
    assert.deepEqual(
      log.items.map((r) => r.id),
      Array.from({ length: 10 }, (_, i) => `r${20 + i}`),
    );
    assert.equal(log.total, 300);
    assert.equal(log.readOnly, undefined);
    assert.equal(source.requests.length, 1);
  });

  it('counts incoming, outgoing and missed calls itself', async () => {
    const records = history(300);
    const source = FakeRecords.of('me', records);
    const log = await readCallLog(source, 'me', { filter: 'all', skip: 0, top: 10 });
    const incoming = records.filter((r) => r.direction === 'inbound').length;
    assert.deepEqual(log.counts, {
      incoming,
      outgoing: 300 - incoming,
      missed: records.filter((r) => r.direction === 'inbound' && !r.answered).length,
    });
  });

  it('filters missed calls as incoming calls nobody answered', async () => {
    const source = FakeRecords.of('me', history(100));
    const log = await readCallLog(source, 'me', { filter: 'missed', skip: 0, top: 50 });
    assert.ok(log.items.length > 0);
    assert.ok(log.items.every((r) => r.direction === 'inbound' && !r.answered));
    assert.equal(log.total, log.counts.missed);
  });

  it('keeps to the period asked for, and asks the history to reach back to its start', async () => {
    const source = FakeRecords.of('me', history(300));
    const range = { from: new Date(NOW - 99 * 60_000), to: new Date(NOW + 1) };
    const log = await readCallLog(source, 'me', { filter: 'all', range, skip: 0, top: 10 });
    assert.equal(log.total, 100);
    assert.equal(log.counts.incoming + log.counts.outgoing, 100);
    assert.deepEqual(
      source.requests.map((r) => r.since?.getTime()),
      [range.from.getTime()],
    );
  });

  it("pages a person's several numbers newest first, with totals that add up", async () => {
    const records = history(300);
    const source = FakeRecords.of('me', records);
    const withAlice = records.filter((r) => ALICE.includes(r.peer.number));
    const first = await readCallLog(source, 'me', { filter: 'all', numbers: ALICE, skip: 0, top: 10 });
    const second = await readCallLog(source, 'me', { filter: 'all', numbers: ALICE, skip: 10, top: 10 });
    assert.deepEqual(
      [...first.items, ...second.items].map((r) => r.id),
      withAlice.slice(0, 20).map((r) => r.id),
    );
    assert.equal(first.total, withAlice.length);
    assert.equal(
      first.counts.missed,
      withAlice.filter((r) => r.direction === 'inbound' && !r.answered).length,
    );
  });

  it('finds missed calls from one number of a person, whatever its separators', async () => {
    const source = FakeRecords.of('me', history(300));
    const log = await readCallLog(source, 'me', {
      filter: 'missed',
      numbers: ['+33 6 12 34 56 78'],
      skip: 0,
      top: 10,
    });
    assert.ok(log.items.length > 0);
    assert.ok(log.items.every((r) => r.peer.number === ALICE[1] && r.direction === 'inbound' && !r.answered));
  });

  it('brings a page past the end back to the last page', async () => {
    const source = FakeRecords.of('me', history(25));
    const log = await readCallLog(source, 'me', { filter: 'all', skip: 990, top: 10 });
    assert.equal(log.skip, 20);
    assert.deepEqual(
      log.items.map((r) => r.id),
      ['r20', 'r21', 'r22', 'r23', 'r24'],
    );
  });

  it('says how many of the newest calls it counted when the history is longer than what was read', async () => {
    const source = FakeRecords.of('me', history(1500), 1000);
    const log = await readCallLog(source, 'me', { filter: 'all', skip: 0, top: 10 });
    assert.equal(log.readOnly, 1000);
    assert.equal(log.total, 1000);
    assert.deepEqual(
      log.items.map((r) => r.id),
      Array.from({ length: 10 }, (_, i) => `r${i}`),
    );
  });

  it('leaves out records whose number merely contains an extension searched for', async () => {
    const source = FakeRecords.of('me', [
      record('ext', { at: new Date(NOW - 1000), peer: '2001' }),
      record('stray', { at: new Date(NOW - 2000), peer: '+33120012345' }),
    ]);
    const log = await readCallLog(source, 'me', { filter: 'incoming', numbers: ['2001'], skip: 0, top: 10 });
    assert.deepEqual(
      log.items.map((r) => r.id),
      ['ext'],
    );
  });

  it('reads only the principal it is given', async () => {
    const source = FakeRecords.of('someone-else', history(50));
    const log = await readCallLog(source, 'me', { filter: 'all', skip: 0, top: 10 });
    assert.equal(log.total, 0);
    assert.deepEqual(log.items, []);
  });
});
