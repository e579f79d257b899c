import assert from 'node:assert/strict';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { isConflict, JsonStore, StoreConflictError } from '../../../bot/state/json-store';
import { MemoryDocumentStorage } from '../../../bot/state/memory-storage';

/** A MemoryStorage where, once armed, another writer changes `key` right after each of `times` reads. */
class MeddlingStorage extends MemoryDocumentStorage {
  writesBehindTheBack = 0;
  private times = 0;
  constructor(private readonly key: string) {
    super();
  }
  arm(times: number): void {
    this.times = times;
  }
  override async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    if (keys.includes(this.key) && this.writesBehindTheBack < this.times) {
      this.writesBehindTheBack++;
      const fresh = await super.read([this.key]);
      const value = (fresh[this.key] as { value: string[] } | undefined)?.value ?? [];
      await super.write({
        [this.key]: { value: [...value, `other-${this.writesBehindTheBack}`], eTag: '*' },
      });
    }
    return items;
  }
}

describe('JsonStore, in memory', () => {
  it('reads back what an update wrote, and nothing after a delete', async () => {
    const store = new JsonStore(new MemoryDocumentStorage());
    assert.equal(await store.get('speed-dials/p1'), undefined);
    await store.update<string[]>('speed-dials/p1', (current) => [...(current ?? []), 'Hélène']);
    assert.deepEqual(await store.get('speed-dials/p1'), ['Hélène']);
    await store.delete('speed-dials/p1');
    assert.equal(await store.get('speed-dials/p1'), undefined);
  });

  it('loses no update when many writers create and change the same document at once', async () => {
    const store = new JsonStore(new MemoryDocumentStorage(), { maxAttempts: 200 });
    const names = Array.from({ length: 40 }, (_, i) => `person-${i}`);
    await Promise.all(
      names.map((name) => store.update<string[]>('doc', (current) => [...(current ?? []), name])),
    );
    assert.deepEqual([...((await store.get<string[]>('doc')) ?? [])].sort(), [...names].sort());
  });

  it('retries an update whose document was changed between its read and its write', async () => {
    const storage = new MeddlingStorage('doc');
    const store = new JsonStore(storage);
    await store.update<string[]>('doc', () => ['first']);
    storage.arm(2);
    let calls = 0;
    await store.update<string[]>('doc', (current) => {
      calls++;
      return [...(current ?? []), 'mine'];
    });
    assert.equal(calls, 3, 'the change is applied again to the fresh document after each conflict');
    assert.deepEqual(await store.get('doc'), ['first', 'other-1', 'other-2', 'mine']);
  });

  it('gives up with a StoreConflictError when the document keeps changing', async () => {
    const storage = new MeddlingStorage('doc');
    storage.arm(100);
    const store = new JsonStore(storage, { maxAttempts: 3 });
    await assert.rejects(
      store.update<string[]>('doc', (current) => [...(current ?? []), 'mine']),
      (error: unknown) => error instanceof StoreConflictError && error.key === 'doc',
    );
  });

  it('still works over a plain MemoryStorage (without an atomic create)', async () => {
    const store = new JsonStore(new MemoryStorage());
    await store.update<number>('n', (current) => (current ?? 0) + 1);
    await store.update<number>('n', (current) => (current ?? 0) + 1);
    assert.equal(await store.get('n'), 2);
  });

  it('recognises the eTag conflicts of MemoryStorage, BlobsStorage and the blob service, and nothing else', async () => {
    const storage = new MemoryStorage();
    await storage.write({ k: { value: 1 } });
    const conflict = await storage.write({ k: { value: 2, eTag: 'stale' } }).then(
      () => null,
      (error: unknown) => error,
    );
    assert.ok(isConflict(conflict));
    assert.ok(isConflict(new Error('Storage: error writing "k" due to eTag conflict.')));
    assert.ok(
      isConflict(Object.assign(new Error('The condition specified was not met.'), { statusCode: 412 })),
    );
    assert.ok(!isConflict(Object.assign(new Error('Server busy'), { statusCode: 503 })));
    assert.ok(!isConflict(new Error('socket hang up')));
    assert.ok(!isConflict('eTag conflict'));
  });
});
