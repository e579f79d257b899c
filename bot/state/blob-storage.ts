/**
 * The bot's documents on Azure Blob Storage: botbuilder's BlobsStorage (one JSON blob per key,
 * eTag-checked updates), plus the atomic create it lacks — it writes a document without an eTag
 * unconditionally, so two instances creating the same document at once would lose one write.
 */
import type { ContainerClient } from '@azure/storage-blob';
import type { StoreItem } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import { sanitizeBlobKey } from 'botbuilder-azure-blobs/lib/sanitizeBlobKey';
import { containerUrl, openContainer, statusOf, STORAGE_PIPELINE, type BlobAccess } from './blob-container';
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
    this.containerReady ??= this.documents.createIfNotExists().catch((error: unknown) => {
      this.containerReady = undefined;
      throw error;
    });
    return this.containerReady;
  }
}
