/**
 * Typed documents over a botbuilder Storage (memory in tests and demo, Azure Blob Storage in
 * production), with optimistic concurrency: an update re-reads and retries on an eTag conflict, so
 * concurrent writes to the same document are never lost.
 */
import type { Storage, StoreItem } from 'botbuilder';
import { storageOperation } from './storage-error';

export class StoreConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage kept changing under "${key}"; the update was not applied`);
    this.name = 'StoreConflictError';
  }
}

/**
 * A Storage that can also create a document only if none exists. botbuilder storages write a
 * document without an eTag unconditionally, so two first writers would otherwise overwrite each other.
 */
export interface CreatingStorage extends Storage {
  /** Writes `item` at `key` unless a document is there; false (and nothing written) when one is. */
  createIfAbsent(key: string, item: StoreItem): Promise<boolean>;
}

interface Envelope<T> extends StoreItem {
  value: T;
  eTag?: string;
}

export class JsonStore {
  constructor(
    private readonly storage: Storage,
    private readonly options: { maxAttempts?: number } = {},
  ) {}

  /** The document at `key`, or undefined. */
  async get<T>(key: string): Promise<T | undefined> {
    const items = await storageOperation('read', () => this.storage.read([key]));
    const item = items[key] as Envelope<T> | undefined;
    return item?.value;
  }

  /**
   * Reads the document, applies `change` and writes it back if nobody wrote in between; otherwise
   * tries again with the fresh document. `change` must be a pure function of its input.
   */
  async update<T>(key: string, change: (current: T | undefined) => T): Promise<T> {
    const maxAttempts = this.options.maxAttempts ?? 8;
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      const items = await storageOperation('read', () => this.storage.read([key]));
      const current = items[key] as Envelope<T> | undefined;
      const next = change(current?.value);
      if (await storageOperation('write', () => this.write(key, current, next))) return next;
      if (attempt < maxAttempts) await backOff(attempt);
    }
    throw new StoreConflictError(key);
  }

  async delete(key: string): Promise<void> {
    await storageOperation('delete', () => this.storage.delete([key]));
  }

  /** Writes `next` over `current` (as read); false when someone else wrote in between. */
  private async write<T>(key: string, current: Envelope<T> | undefined, next: T): Promise<boolean> {
    if (current === undefined && canCreate(this.storage)) {
      return this.storage.createIfAbsent(key, { value: next });
    }
    // An existing document is written with its eTag; '*' (a plain storage, no document yet) writes anyway.
    const envelope: Envelope<T> = { value: next, eTag: current?.eTag ?? '*' };
    try {
      await this.storage.write({ [key]: envelope });
      return true;
    } catch (error) {
      if (isConflict(error)) return false;
      throw error;
    }
  }
}

/** Whether the storage offers an atomic create (see CreatingStorage). */
export function canCreate(storage: Storage): storage is CreatingStorage {
  return typeof (storage as Partial<CreatingStorage>).createIfAbsent === 'function';
}

/**
 * An eTag conflict, as the storages report it: MemoryStorage and BlobsStorage throw a plain Error
 * "Storage: error writing "…" due to eTag conflict." (BlobsStorage turns the service's 412 into it);
 * a raw 412 (precondition failed) from the blob service is one too.
 */
export function isConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: number }).statusCode;
  return status === 412 || /due to eTag conflict/i.test(error.message);
}

/** A short random pause, longer at each attempt, so that competing writers stop colliding. */
function backOff(attempt: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 10 * attempt)));
}
