/**
 * The bot's state as configured: documents (JsonStore) and idempotency claims, in memory (tests and
 * demo) or on Azure Blob Storage shared by every instance (STORAGE=blob).
 */
import type { Config } from '../config';
import { ensureContainer, openContainer } from './blob-container';
import { BlobClaimStore } from './blob-claim-store';
import { BlobDocumentStorage } from './blob-storage';
import { MemoryClaimStore, type ClaimStore } from './claims';
import { JsonStore } from './json-store';
import { MemoryDocumentStorage } from './memory-storage';

export interface StateStores {
  store: JsonStore;
  claims: ClaimStore;
}

/** Builds the configured stores; for blob storage, creates the container first if it is missing. */
export async function openStateStores(storage: Config['storage']): Promise<StateStores> {
  if (storage.kind === 'memory') {
    return { store: new JsonStore(new MemoryDocumentStorage()), claims: new MemoryClaimStore() };
  }
  const container = openContainer(storage.connectionString, storage.container);
  try {
    await ensureContainer(container);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the blob container "${storage.container}" could not be reached or created (check AZURE_STORAGE_CONNECTION_STRING and AZURE_STORAGE_CONTAINER): ${reason}`,
      { cause: error },
    );
  }
  return {
    store: new JsonStore(new BlobDocumentStorage(storage.connectionString, storage.container)),
    claims: new BlobClaimStore(container),
  };
}
