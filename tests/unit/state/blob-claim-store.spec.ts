import assert from 'node:assert/strict';
import type { ContainerClient } from '@azure/storage-blob';
import { ensureContainer, openContainer } from '../../../bot/state/blob-container';
import { BlobClaimStore, CLAIM_PREFIX } from '../../../bot/state/blob-claim-store';
import { runOnce } from '../../../bot/state/claims';
import { startAzurite, uniqueContainer, type Azurite } from '../../support/azurite';

const DAY = 24 * 60 * 60 * 1000;

describe('claims on Azure Blob Storage (Azurite)', () => {
  let azurite: Azurite;
  let container: ContainerClient;

  before(async function () {
    this.timeout(30_000);
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.stop();
  });
  beforeEach(async () => {
    container = openContainer({ connectionString: azurite.connectionString }, uniqueContainer('claims'));
    await ensureContainer(container);
  });

  /** The claim store of one bot instance (its own client on the shared container), on its own clock. */
  const instance = (now: () => number = Date.now): BlobClaimStore =>
    new BlobClaimStore(
      openContainer({ connectionString: azurite.connectionString }, container.containerName),
      now,
    );

  it('grants a claim once; a second claim, from this or another instance, is refused', async () => {
    const [a, b] = [instance(), instance()];
    assert.equal(await a.claim('call.place:29:p1:n1', DAY), true);
    assert.equal(await a.claim('call.place:29:p1:n1', DAY), false);
    assert.equal(await b.claim('call.place:29:p1:n1', DAY), false);
    assert.equal(await b.claim('call.place:29:p1:n2', DAY), true, 'another key is free');
  });

  it('keeps claims apart from the documents, under their own prefix', async () => {
    await instance().claim('k/with:odd chars?', DAY);
    const names: string[] = [];
    for await (const blob of container.listBlobsFlat()) names.push(blob.name);
    assert.deepEqual(names, [CLAIM_PREFIX + encodeURIComponent('k/with:odd chars?')]);
  });

  it('has no outcome while the action runs; then every instance reads the outcome', async () => {
    const [a, b] = [instance(), instance()];
    await a.claim('k', DAY);
    assert.equal(await b.outcome('k'), undefined);
    await a.complete('k', { card: 'Calling Hélène…', n: 1 });
    assert.deepEqual(await b.outcome('k'), { card: 'Calling Hélène…', n: 1 });
    assert.equal(await b.outcome('unknown'), undefined);
  });

  it('lets another instance take over an expired claim, and then refuses the key again', async () => {
    let now = 1_000_000;
    const [a, b, c] = [instance(() => now), instance(() => now), instance(() => now)];
    assert.equal(await a.claim('k', 1000), true);
    now += 999;
    assert.equal(await b.claim('k', 1000), false, 'still live');
    now += 2;
    assert.equal(await b.claim('k', 1000), true, 'expired: taken over');
    assert.equal(await c.claim('k', 1000), false, 'the new claim is live');
  });

  it('gives an expired claim to exactly one of several instances trying to take it over at once', async () => {
    let now = 1_000_000;
    const holder = instance(() => now);
    await holder.claim('k', 1000);
    now += 5000;
    const results = await Promise.all(Array.from({ length: 12 }, () => instance(() => now).claim('k', 1000)));
    assert.equal(results.filter(Boolean).length, 1);
  });

  it('does not let a holder whose claim was taken over overwrite or drop the new holder’s', async () => {
    let now = 1_000_000;
    const [late, next, reader] = [instance(() => now), instance(() => now), instance(() => now)];
    await late.claim('k', 1000);
    now += 5000;
    assert.equal(await next.claim('k', 60_000), true);
    await late.complete('k', 'late outcome');
    assert.equal(await reader.outcome('k'), undefined, 'the late outcome was not written');
    await late.release('k');
    assert.equal(await reader.claim('k', 60_000), false, 'the new claim was not dropped');
    await next.complete('k', 'new outcome');
    assert.equal(await reader.outcome('k'), 'new outcome');
  });

  it('frees a released key for a new claim', async () => {
    const [a, b] = [instance(), instance()];
    await a.claim('k', DAY);
    await a.release('k');
    assert.equal(await b.claim('k', DAY), true);
  });

  it('ignores an outcome whose claim has expired', async () => {
    let now = 1_000_000;
    const a = instance(() => now);
    await a.claim('k', 1000);
    await a.complete('k', 'done');
    assert.equal(await a.outcome('k'), 'done');
    now += 1001;
    assert.equal(await a.outcome('k'), undefined);
  });

  it("keeps an outcome for the time given when it is stored, beyond the claim's pending lease", async () => {
    let now = 1_000_000;
    const a = instance(() => now);
    await a.claim('k', 1000);
    await a.complete('k', 'done', DAY);
    now += 60_000;
    assert.equal(await a.outcome('k'), 'done');
    assert.equal(await instance(() => now).claim('k', 1000), false, 'still held by its outcome');
  });

  it('stores the outcome on a later try when the first write fails', async () => {
    const a = instance();
    await a.claim('k', DAY);
    const write = a['write'].bind(a);
    let failures = 1;
    a['write'] = (...args: Parameters<typeof write>) =>
      failures-- > 0 ? Promise.reject(new Error('storage is down')) : write(...args);
    await assert.rejects(a.complete('k', 'placed'), /storage is down/);
    await a.complete('k', 'placed');
    assert.equal(await instance().outcome('k'), 'placed');
  });

  it('gives a key to exactly one of many concurrent claims from several instances', async () => {
    const stores = [instance(), instance(), instance(), instance()];
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => stores[i % stores.length]!.claim('contended', DAY)),
    );
    assert.equal(results.filter(Boolean).length, 1);
  });

  it('runs an action once when the same request reaches two instances; both answer with its outcome', async () => {
    const [a, b] = [instance(), instance()];
    let runs = 0;
    const action = async (): Promise<string> => {
      runs++;
      await new Promise((resolve) => setTimeout(resolve, 100));
      return `placed call ${runs}`;
    };
    const results = await Promise.all([
      runOnce(a, 'call.place:29:p1:nonce', action, { pollMs: 20 }),
      runOnce(b, 'call.place:29:p1:nonce', action, { pollMs: 20 }),
    ]);
    assert.equal(runs, 1);
    assert.deepEqual(results.map((r) => r.kind).sort(), ['duplicate', 'ran']);
    for (const r of results) assert.equal(r.kind === 'pending' ? null : r.value, 'placed call 1');
  });
});
