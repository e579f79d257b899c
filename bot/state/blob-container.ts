/** The blob container holding the bot's state, and how the blob service reports refusals. */
import type { TokenCredential } from '@azure/identity';
import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';

/**
 * Every storage request is bounded: at most 2 tries, each aborted after 2.5 s, so that a storage
 * outage (refused or unanswered connections) costs a turn seconds, not the SDK's minutes.
 */
export const STORAGE_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, tryTimeoutInMs: 2500, retryDelayInMs: 200, maxRetryDelayInMs: 500 },
};

/**
 * How the bot reaches its storage account: a connection string (Azurite, or an account whose
 * keys are allowed), or the account's blob address and an Entra credential (a managed identity
 * holding the Storage Blob Data Contributor role: no account key anywhere).
 */
export type BlobAccess = { connectionString: string } | { accountUrl: string; credential: TokenCredential };

/** The address of container `name` in the account at `accountUrl`. */
export function containerUrl(accountUrl: string, name: string): string {
  return `${accountUrl.replace(/\/+$/, '')}/${encodeURIComponent(name)}`;
}

/** A client of the container `name` of the storage account that `access` reaches. */
export function openContainer(access: BlobAccess, name: string): ContainerClient {
  if ('connectionString' in access)
    return new ContainerClient(access.connectionString, name, STORAGE_PIPELINE);
  return new ContainerClient(containerUrl(access.accountUrl, name), access.credential, STORAGE_PIPELINE);
}

/** Creates the container if it is missing (at start, so that a wrong setting shows at once). */
export async function ensureContainer(container: ContainerClient): Promise<void> {
  await container.createIfNotExists();
}

/** The HTTP status of a blob service error (404 missing, 409 exists, 412 condition not met). */
export function statusOf(error: unknown): number | undefined {
  if (error instanceof RestError) return error.statusCode;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' ? status : undefined;
}
