/**
 * Typed documents over a botbuilder Storage (memory in tests and demo, Azure Blob Storage in
 * production), with optimistic concurrency: an update re-reads and retries on an eTag conflict, so
 * concurrent writes to the same document are never lost.
 */
import type { Storage, StoreItem } from 'botbuilder';

export class StoreConflictError extends Error {
  constructor(readonly key: string) {
    super(`Storage kept changing under "${key}"; the update was not applied`);
    this.name = 'StoreConflictError';
  }
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
    const items = await this.storage.read([key]);
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
      const items = await this.storage.read([key]);
      const current = items[key] as Envelope<T> | undefined;
      const next = change(current?.value);
      // A new document is written with eTag '*' only when none exists yet; an existing one with its eTag.
      const envelope: Envelope<T> = { value: next, eTag: current?.eTag ?? '*' };
      try {
        await this.storage.write({ [key]: envelope });
        return next;
      } catch (error) {
        if (!isConflict(error) || attempt === maxAttempts) {
          if (isConflict(error)) throw new StoreConflictError(key);
          throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 10 * attempt)));
      }
    }
    throw new StoreConflictError(key);
  }

  async delete(key: string): Promise<void> {
    await this.storage.delete([key]);
  }
}

/** Memory and Blob storages report an eTag conflict differently; both are recognised here. */
export function isConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const status = (error as { statusCode?: number }).statusCode;
  return status === 412 || status === 409 || /etag|precondition|conflict/i.test(error.message);
}
