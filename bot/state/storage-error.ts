/**
 * The bot's own storage (documents or claims) failed or did not answer in time. Commands answer it
 * with their own message: nothing was done, try again soon (an action that needs a claim is not
 * run without one, since then nothing would keep it from running twice).
 */
export class StorageUnavailableError extends Error {
  constructor(
    readonly operation: string,
    options: { cause: unknown },
  ) {
    super(`storage ${operation} failed`, options);
    this.name = 'StorageUnavailableError';
  }
}

export function isStorageUnavailable(error: unknown): error is StorageUnavailableError {
  return error instanceof StorageUnavailableError;
}

/** Runs a storage operation; any failure of the storage itself becomes a StorageUnavailableError. */
export async function storageOperation<T>(operation: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StorageUnavailableError) throw error;
    throw new StorageUnavailableError(operation, { cause: error });
  }
}
