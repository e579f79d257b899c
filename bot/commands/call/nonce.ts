import { randomBytes } from 'node:crypto';

/** A value unique per rendered button, so that the same click delivered twice acts once. */
export function newNonce(): string {
  return randomBytes(12).toString('base64url');
}
