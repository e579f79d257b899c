/**
 * The bot's state as configured: documents (JsonStore) and idempotency claims, in memory (tests and
 * demo) or on Azure Blob Storage shared by every instance (STORAGE=blob).
 */
import type { Config } from '../config';
import { DefaultAzureCredential, type TokenCredential } from '@azure/identity';
import { ensureContainer, openContainer, type BlobAccess } from './blob-container';
import { BlobClaimStore } from './blob-claim-store';
import { BlobDocumentStorage } from './blob-storage';
import { MemoryClaimStore, type ClaimStore } from './claims';
import { JsonStore } from './json-store';
import { MemoryDocumentStorage } from './memory-storage';

export interface StateStores {
  store: JsonStore;
  claims: ClaimStore;
}

/**
 * Builds the configured stores; for blob storage, creates the container first if it is missing.
 * With AZURE_STORAGE_ACCOUNT_URL the account is reached with `credential` (by default
 * DefaultAzureCredential: the managed identity in Azure, `az login` on a developer's machine).
 */
export async function openStateStores(
  storage: Config['storage'],
  credential: () => TokenCredential = () => new DefaultAzureCredential(),
): Promise<StateStores> {
  if (storage.kind === 'memory') {
    return { store: new JsonStore(new MemoryDocumentStorage()), claims: new MemoryClaimStore() };
  }
  const access: BlobAccess =
    'accountUrl' in storage
      ? { accountUrl: storage.accountUrl, credential: credential() }
      : { connectionString: storage.connectionString };
  const settings =
    'accountUrl' in storage
      ? "AZURE_STORAGE_ACCOUNT_URL, the identity's Storage Blob Data Contributor role"
      : 'AZURE_STORAGE_CONNECTION_STRING';
  const container = openContainer(access, storage.container);
  try {
    await ensureContainer(container);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `the blob container "${storage.container}" could not be reached or created (check ${settings} and AZURE_STORAGE_CONTAINER): ${reason}`,
      { cause: error },
    );
  }
  return {
    store: new JsonStore(new BlobDocumentStorage(access, storage.container)),
    claims: new BlobClaimStore(container),
  };
}
