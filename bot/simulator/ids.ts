/** Identifiers of the simulators: stable ones derived from tenant ids, random ones for secrets. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

/** A UUID-shaped id that is always the same for the same namespace and value (name-based, SHA-1). */
export function stableUuid(namespace: string, value: string): string {
  const hex = createHash('sha1').update(`${namespace}\u0000${value}`).digest('hex');
  // Version 5 and RFC 4122 variant bits, so that strict UUID parsers accept it.
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

/** A short stable token for ids such as Cronofy's `res_…` and `cal_…`. */
export function stableToken(namespace: string, value: string, length = 20): string {
  return createHash('sha256')
    .update(`${namespace}\u0000${value}`)
    .digest('base64url')
    .replace(/[-_]/g, 'x')
    .slice(0, length);
}

/** A random secret (URL-safe). */
export function randomSecret(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** A random UUID (calls, request ids). */
export function randomId(): string {
  return randomUUID();
}
