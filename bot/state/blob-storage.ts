/**
 * The bot's documents on Azure Blob Storage: botbuilder's BlobsStorage (one JSON blob per key,
 * eTag-checked updates), plus the atomic create it lacks — it writes a document without an eTag
 * unconditionally, so two instances creating the same document at once would lose one write.
 */
import type { ContainerClient } from '@azure/storage-blob';
import type { StoreItem, StoreItems } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import {
  containerUrl,
  openContainer,
  statusOf,
  storageDeadline,
  STORAGE_PIPELINE,
  withinStorageDeadline,
  type BlobAccess,
} from './blob-container';
import type { CreatingStorage } from './json-store';

export class BlobDocumentStorage extends BlobsStorage implements CreatingStorage {
  private readonly documents: ContainerClient;
  private containerReady: Promise<unknown> | undefined;

  constructor(access: BlobAccess | string, containerName: string) {
    const reach: BlobAccess = typeof access === 'string' ? { connectionString: access } : access;
    if ('connectionString' in reach)
      super(reach.connectionString, containerName, { storagePipelineOptions: STORAGE_PIPELINE });
    else
      super(
        '',
        containerName,
        { storagePipelineOptions: STORAGE_PIPELINE },
        containerUrl(reach.accountUrl, containerName),
        reach.credential,
      );
    this.documents = openContainer(reach, containerName);
  }

  // BlobsStorage takes no abort signal: each operation is bounded here instead. BlobsStorage also
  // keeps the promise of its first createIfNotExists, rejected or not: after a failure it is
  // forgotten, so that an outage during the first request does not outlive the outage.
  override read(keys: string[]): Promise<StoreItems> {
    return this.bounded('read', () => super.read(keys));
  }

  override write(changes: StoreItems): Promise<void> {
    return this.bounded('write', () => super.write(changes));
  }

  override delete(keys: string[]): Promise<void> {
    return this.bounded('delete', () => super.delete(keys));
  }

  private async bounded<T>(operation: string, work: () => Promise<T>): Promise<T> {
    try {
      return await withinStorageDeadline(operation, work());
    } catch (error) {
      (this as unknown as { _initializePromise?: Promise<unknown> })._initializePromise = undefined;
      throw error;
    }
  }

  async createIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    // The same blob name and body as BlobsStorage.write, so that BlobsStorage.read reads it back.
    const document: StoreItem = { ...item };
    delete document.eTag;
    const body = JSON.stringify(document);
    await this.ready();
    try {
      await this.documents.getBlockBlobClient(sanitizeBlobKey(key)).upload(body, Buffer.byteLength(body), {
        conditions: { ifNoneMatch: '*' },
        blobHTTPHeaders: { blobContentType: 'application/json' },
        abortSignal: storageDeadline(),
      });
      return true;
    } catch (error) {
      const status = statusOf(error);
      // 409: the blob exists; 412: it appeared while the request was being served.
      if (status === 409 || status === 412) return false;
      throw error;
    }
  }

  /** The container exists (created once, as BlobsStorage does before its first request). */
  private ready(): Promise<unknown> {
    this.containerReady ??= this.documents
      .createIfNotExists({ abortSignal: storageDeadline() })
      .catch((error: unknown) => {
        this.containerReady = undefined;
        throw error;
      });
    return this.containerReady;
  }
}
