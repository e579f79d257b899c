/**
 * botbuilder's MemoryStorage with an atomic create, for tests, the demo and a single instance: the
 * state is lost when the process stops.
 */
import { MemoryStorage, type StoreItem } from 'botbuilder';
import type { CreatingStorage } from './json-store';

export class MemoryDocumentStorage extends MemoryStorage implements CreatingStorage {
  createIfAbsent(key: string, item: StoreItem): Promise<boolean> {
    // Checked and written in one synchronous step, so no other write can come in between.
    if (this.memory[key]) return Promise.resolve(false);
    this.memory[key] = JSON.stringify({ ...item, eTag: String(this.etag++) });
    return Promise.resolve(true);
  }
}
