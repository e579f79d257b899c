import assert from 'node:assert/strict';
import type { StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { openContainer } from '../../../bot/state/blob-container';
import { BlobDocumentStorage } from '../../../bot/state/blob-storage';
import { isConflict, JsonStore } from '../../../bot/state/json-store';
import { openStateStores } from '../../../bot/state/stores';
import { startAzurite, uniqueContainer, type Azurite } from '../../support/azurite';

/** Blob storage where, once armed, another instance rewrites `key` right after each of `times` reads. */
class MeddlingBlobStorage extends BlobDocumentStorage {
  writesBehindTheBack = 0;
  private times = 0;
  constructor(
    connectionString: string,
    container: string,
    private readonly key: string,
    private readonly other: BlobsStorage,
  ) {
    super(connectionString, container);
  }
  arm(times: number): void {
    this.times = times;
  }
  override async read(keys: string[]): Promise<StoreItems> {
    const items = await super.read(keys);
    if (keys.includes(this.key) && this.writesBehindTheBack < this.times) {
      this.writesBehindTheBack++;
      const fresh = (await this.other.read([this.key]))[this.key] as { value: string[]; eTag: string };
      await this.other.write({
        [this.key]: { value: [...fresh.value, `other-${this.writesBehindTheBack}`], eTag: fresh.eTag },
      });
    }
    return items;
  }
}

describe('JsonStore over Azure Blob Storage (BlobsStorage on Azurite)', () => {
  let azurite: Azurite;
  let container: string;

  before(async function () {
    this.timeout(30_000);
    azurite = await startAzurite();
  });
  after(async () => {
    await azurite?.stop();
  });
  beforeEach(() => {
    container = uniqueContainer('docs');
  });

  /** A store as one bot instance has it: its own storage object on the shared container. */
  const instance = (maxAttempts?: number): JsonStore =>
    new JsonStore(new BlobDocumentStorage(azurite.connectionString, container), { maxAttempts });

  it('reads back, from another instance, what an update wrote (accents included), and nothing after a delete', async () => {
    const [a, b] = [instance(), instance()];
    assert.equal(await a.get('speed-dials/p1'), undefined);
    await a.update<string[]>('speed-dials/p1', (current) => [...(current ?? []), 'Hélène Gonçalves', 'João']);
    assert.deepEqual(await b.get('speed-dials/p1'), ['Hélène Gonçalves', 'João']);
    await b.update<string[]>('speed-dials/p1', (current) => [...(current ?? []), 'Zoë']);
    assert.deepEqual(await a.get('speed-dials/p1'), ['Hélène Gonçalves', 'João', 'Zoë']);
    await a.delete('speed-dials/p1');
    assert.equal(await b.get('speed-dials/p1'), undefined);
  });

  it('creates the container when it is missing', async () => {
    const stores = await openStateStores({
      kind: 'blob',
      connectionString: azurite.connectionString,
      container,
    });
    assert.equal(
      await openContainer({ connectionString: azurite.connectionString }, container).exists(),
      true,
    );
    await stores.store.update<number>('n', () => 1);
    assert.equal(await stores.store.get('n'), 1);
  });

  it('loses no update when many writers on several instances create and change one document at once', async function () {
    this.timeout(20_000);
    const stores = [instance(100), instance(100), instance(100), instance(100)];
    const names = Array.from({ length: 16 }, (_, i) => `person-${i}`);
    await Promise.all(
      names.map((name, i) =>
        stores[i % stores.length]!.update<string[]>('doc', (current) => [...(current ?? []), name]),
      ),
    );
    const stored = (await instance().get<string[]>('doc')) ?? [];
    assert.deepEqual([...stored].sort(), [...names].sort());
  });

  it('retries an update whose blob was rewritten between its read and its write (an eTag conflict)', async () => {
    const other = new BlobsStorage(azurite.connectionString, container);
    const storage = new MeddlingBlobStorage(azurite.connectionString, container, 'doc', other);
    const store = new JsonStore(storage);
    await store.update<string[]>('doc', () => ['first']);
    storage.arm(1);
    let calls = 0;
    await store.update<string[]>('doc', (current) => {
      calls++;
      return [...(current ?? []), 'mine'];
    });
    assert.equal(storage.writesBehindTheBack, 1);
    assert.equal(calls, 2, 'the change is applied again to the fresh document');
    assert.deepEqual(await instance().get('doc'), ['first', 'other-1', 'mine']);
  });

  it('recognises how BlobsStorage reports an eTag conflict', async () => {
    const storage = new BlobsStorage(azurite.connectionString, container);
    await storage.write({ k: { value: 1 } });
    const { eTag } = (await storage.read(['k']))['k'] as { eTag: string };
    await storage.write({ k: { value: 2, eTag } });
    const error = await storage.write({ k: { value: 3, eTag } }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.ok(error instanceof Error);
    assert.ok(isConflict(error), String(error));
  });

  it('creates a document only if none exists, in the format BlobsStorage reads', async () => {
    const [a, b] = [
      new BlobDocumentStorage(azurite.connectionString, container),
      new BlobDocumentStorage(azurite.connectionString, container),
    ];
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).createIfAbsent('new', { value: i, eTag: '*' })),
    );
    assert.equal(results.filter(Boolean).length, 1);
    const read = (await new BlobsStorage(azurite.connectionString, container).read(['new']))['new'] as {
      value: number;
      eTag: string;
    };
    assert.equal(read.value, results.indexOf(true));
    assert.match(read.eTag, /\S/);
  });
});
