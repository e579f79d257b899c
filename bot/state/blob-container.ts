/** The blob container holding the bot's state, and how the blob service reports refusals. */
import type { TokenCredential } from '@azure/identity';
import { ContainerClient, RestError, type StoragePipelineOptions } from '@azure/storage-blob';

/**
 * Every storage operation is bounded. The SDK's own `tryTimeoutInMs` only asks the service to give
 * up (a `timeout` query parameter): a storage that never answers would hold a turn forever. So the
 * SDK retries once, quickly, and each operation is also aborted on the client after
 * STORAGE_OPERATION_MS, so that an outage (refused or unanswered connections) costs a turn about
 * three seconds, not the SDK's minutes.
 */
export const STORAGE_OPERATION_MS = 3000;

export const STORAGE_PIPELINE: StoragePipelineOptions = {
  retryOptions: { maxTries: 2, tryTimeoutInMs: 2500, retryDelayInMs: 200, maxRetryDelayInMs: 500 },
};

/** The abort signal of one storage operation, bounded by STORAGE_OPERATION_MS. */
export function storageDeadline(ms = STORAGE_OPERATION_MS): AbortSignal {
  return AbortSignal.timeout(ms);
}

/** The storage did not answer in time (the operation was abandoned). */
export class StorageTimeoutError extends Error {
  constructor(operation: string, ms: number) {
    super(`storage ${operation} did not answer within ${ms} ms`);
    this.name = 'StorageTimeoutError';
  }
}

/**
 * Bounds an operation that takes no abort signal (botbuilder's BlobsStorage): rejects with a
 * StorageTimeoutError after `ms`. The request itself is left to the SDK, which ends it when the
 * connection closes.
 */
export function withinStorageDeadline<T>(
  operation: string,
  work: Promise<T>,
  ms = STORAGE_OPERATION_MS,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StorageTimeoutError(operation, ms)), ms);
    timer.unref();
  });
  return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}

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
