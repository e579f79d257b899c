/** The blob container holding the bot's state, and how the blob service reports refusals. */
import { ContainerClient, RestError } from '@azure/storage-blob';

/** A client of the container `name` of the storage account in `connectionString`. */
export function openContainer(connectionString: string, name: string): ContainerClient {
  return new ContainerClient(connectionString, name);
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
