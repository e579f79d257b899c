import assert from 'node:assert/strict';
import { MemoryClaimStore, PENDING_LEASE_MS, runOnce } from '../../../bot/state/claims';

describe('runOnce over the memory claim store', () => {
  it('runs the action once; a duplicate gets the first outcome', async () => {
    const claims = new MemoryClaimStore();
    let runs = 0;
    const action = (): Promise<string> => Promise.resolve(`call ${++runs}`);
    const [a, b] = await Promise.all([runOnce(claims, 'k', action), runOnce(claims, 'k', action)]);
    assert.equal(runs, 1);
    assert.deepEqual([a, b].map((r) => r.kind).sort(), ['duplicate', 'ran']);
    assert.deepEqual(
      [a, b].map((r) => (r.kind === 'pending' ? null : r.value)),
      ['call 1', 'call 1'],
    );
  });

  it("answers the action's real outcome when storing it fails, and runs it no second time", async () => {
    const claims = new MemoryClaimStore();
    let failures = 1;
    const complete = claims.complete.bind(claims);
    claims.complete = (key, outcome) =>
      failures-- > 0 ? Promise.reject(new Error('storage is down')) : complete(key, outcome);
    let runs = 0;
    const first = await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`));
    assert.deepEqual(first, { kind: 'ran', value: 'call 1' });
    const second = await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`), { waitMs: 2000 });
    assert.equal(runs, 1);
    assert.deepEqual(second, { kind: 'duplicate', value: 'call 1' });
  });

  it('frees a key whose outcome was never stored after a lease of minutes, not a day', async () => {
    let now = 1_000_000;
    const claims = new MemoryClaimStore(() => now);
    claims.complete = () => Promise.reject(new Error('storage is down'));
    let runs = 0;
    await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`));
    now += 60_000;
    assert.deepEqual(await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`), { waitMs: 0 }), {
      kind: 'pending',
    });
    now += PENDING_LEASE_MS;
    assert.ok(PENDING_LEASE_MS <= 10 * 60_000);
    const later = await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`));
    assert.deepEqual(later, { kind: 'ran', value: 'call 2' });
  });

  it('keeps a stored outcome for the whole time-to-live, beyond the pending lease', async () => {
    let now = 1_000_000;
    const claims = new MemoryClaimStore(() => now);
    let runs = 0;
    await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`), { ttlMs: 24 * 3600_000 });
    now += 2 * PENDING_LEASE_MS;
    const again = await runOnce(claims, 'k', () => Promise.resolve(`call ${++runs}`));
    assert.deepEqual(again, { kind: 'duplicate', value: 'call 1' });
    assert.equal(runs, 1);
  });

  it('frees the key when the action throws, so that a new try runs it', async () => {
    const claims = new MemoryClaimStore();
    await assert.rejects(
      runOnce(claims, 'k', () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    const again = await runOnce(claims, 'k', () => Promise.resolve('done'));
    assert.deepEqual(again, { kind: 'ran', value: 'done' });
  });

  it('tells a duplicate that the action is pending when it outlasts the wait', async () => {
    const claims = new MemoryClaimStore();
    let finish!: () => void;
    const first = runOnce(
      claims,
      'k',
      () => new Promise<string>((resolve) => (finish = () => resolve('late'))),
    );
    const duplicate = await runOnce(claims, 'k', () => Promise.resolve('never'), { waitMs: 30, pollMs: 5 });
    assert.deepEqual(duplicate, { kind: 'pending' });
    finish();
    assert.deepEqual(await first, { kind: 'ran', value: 'late' });
  });

  it('lets a key be claimed again once its claim has expired', async () => {
    let now = 0;
    const claims = new MemoryClaimStore(() => now);
    assert.equal(await claims.claim('k', 1000), true);
    assert.equal(await claims.claim('k', 1000), false);
    now = 1001;
    assert.equal(await claims.claim('k', 1000), true);
  });
});
