/**
 * Claims shared by every instance of the bot, on Azure Blob Storage. The blob service's conditional
 * writes make a claim atomic across processes: the claim is a blob created only if none exists
 * (If-None-Match: *), so of two instances receiving the same invoke exactly one creates it. An
 * expired claim is taken over only if nobody changed it since it was read (If-Match: its eTag); the
 * outcome is written the same way, so a holder whose claim was taken over cannot overwrite the
 * new holder's.
 */
import { text } from 'node:stream/consumers';
import type { BlobRequestConditions, BlockBlobClient, ContainerClient } from '@azure/storage-blob';
import { statusOf, storageDeadline } from './blob-container';
import type { ClaimStore } from './claims';

/** Claims sit under this prefix of the state container, apart from the documents. */
export const CLAIM_PREFIX = 'claims/';

interface ClaimDocument {
  expiresAt: number;
  done: boolean;
  outcome?: unknown;
}

interface Held {
  eTag: string;
  expiresAt: number;
}

export class BlobClaimStore implements ClaimStore {
  /** The claims this instance holds: their eTag, for the conditional complete and release. */
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly container: ContainerClient,
    private readonly now: () => number = Date.now,
    private readonly options: { maxAttempts?: number } = {},
  ) {}

  async claim(key: string, ttlMs: number): Promise<boolean> {
    const blob = this.blob(key);
    const maxAttempts = this.options.maxAttempts ?? 4;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const expiresAt = this.now() + ttlMs;
      const created = await this.write(blob, { expiresAt, done: false }, { ifNoneMatch: '*' });
      if (created !== null) {
        this.held.set(key, { eTag: created, expiresAt });
        return true;
      }
      // Someone holds the key, unless their claim has expired.
      const existing = await this.properties(blob);
      if (existing === null) continue; // released meanwhile: try to create it again
      if (existing.expiresAt > this.now()) return false;
      const takenOver = await this.write(blob, { expiresAt, done: false }, { ifMatch: existing.eTag });
      if (takenOver !== null) {
        this.held.set(key, { eTag: takenOver, expiresAt });
        return true;
      }
      // Changed since it was read (taken over, completed or released): look again.
    }
    return false;
  }

  /** Stores the outcome of a claim this instance holds; nothing if it was taken over meanwhile. */
  async complete(key: string, outcome: unknown, keepMs?: number): Promise<void> {
    const held = this.held.get(key);
    if (!held) return;
    // If the claim expired and another instance took it over, its outcome stands (412 here).
    const expiresAt = keepMs === undefined ? held.expiresAt : this.now() + keepMs;
    await this.write(this.blob(key), { expiresAt, done: true, outcome }, { ifMatch: held.eTag });
    // Forgotten only once written (or refused): a failed write can be tried again.
    this.held.delete(key);
  }

  async outcome(key: string): Promise<unknown> {
    let document: ClaimDocument;
    try {
      const download = await this.blob(key).download(0, undefined, { abortSignal: storageDeadline() });
      if (!download.readableStreamBody) return undefined;
      document = JSON.parse(await text(download.readableStreamBody)) as ClaimDocument;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw error;
    }
    return document.done && document.expiresAt > this.now() ? document.outcome : undefined;
  }

  /** Drops a claim this instance holds, unless another instance took it over meanwhile. */
  async release(key: string): Promise<void> {
    const held = this.held.get(key);
    if (!held) return;
    this.held.delete(key);
    try {
      await this.blob(key).delete({ conditions: { ifMatch: held.eTag }, abortSignal: storageDeadline() });
    } catch (error) {
      const status = statusOf(error);
      if (status !== 404 && status !== 412) throw error;
    }
  }

  private blob(key: string): BlockBlobClient {
    return this.container.getBlockBlobClient(CLAIM_PREFIX + encodeURIComponent(key));
  }

  /**
   * Writes the claim document (its expiry also in the metadata, readable without the body);
   * resolves with the new eTag, or null when the condition did not hold.
   */
  private async write(
    blob: BlockBlobClient,
    document: ClaimDocument,
    conditions: BlobRequestConditions,
  ): Promise<string | null> {
    const body = JSON.stringify(document);
    try {
      const result = await blob.upload(body, Buffer.byteLength(body), {
        conditions,
        metadata: { expiresat: String(document.expiresAt) },
        blobHTTPHeaders: { blobContentType: 'application/json' },
        abortSignal: storageDeadline(),
      });
      return result.etag ?? '';
    } catch (error) {
      const status = statusOf(error);
      // 409: it exists (If-None-Match); 412: changed or gone (If-Match); 404: gone.
      if (status === 409 || status === 412 || status === 404) return null;
      throw error;
    }
  }

  /** The eTag and expiry of the claim blob, or null when there is none. */
  private async properties(blob: BlockBlobClient): Promise<Held | null> {
    try {
      const properties = await blob.getProperties({ abortSignal: storageDeadline() });
      // A claim without a readable expiry must not block its key for ever: it counts as expired.
      const expiresAt = Number(properties.metadata?.expiresat ?? Number.NaN);
      return { eTag: properties.etag ?? '', expiresAt: Number.isFinite(expiresAt) ? expiresAt : 0 };
    } catch (error) {
      if (statusOf(error) === 404) return null;
      throw error;
    }
  }
}
