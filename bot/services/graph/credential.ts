/**
 * How the bot proves itself to Microsoft Entra ID for Graph: an `@azure/identity` credential.
 *
 * - a client secret (GRAPH_CLIENT_SECRET): the usual choice on a developer's machine;
 * - a certificate (GRAPH_CLIENT_CERTIFICATE_PATH, a PEM file with the private key and the
 *   certificate): no shared secret to leak or rotate by hand;
 * - the managed identity of the Azure host (GRAPH_USE_MANAGED_IDENTITY=true): no secret at all.
 *
 * MSAL, under `@azure/identity`, accepts only an https authority. When the login address is plain
 * http on this machine (the demo's simulator, or a simulator run beside a local live trial), the
 * same client-credentials grant is posted by the bot's own HTTP client instead; see
 * GraphClient.issueToken. That keeps the whole token path testable offline.
 */
import {
  ClientCertificateCredential,
  ClientSecretCredential,
  ManagedIdentityCredential,
  type AccessToken,
  type TokenCredential,
} from '@azure/identity';
import { UpstreamError } from '../http/errors';
import type { IssuedToken, TokenRequestContext } from '../http/token-cache';
import { GRAPH_SCOPE } from './wire';

export type GraphAuth =
  | { kind: 'secret'; clientId: string; clientSecret: string }
  | { kind: 'certificate'; clientId: string; certificatePath: string }
  | {
      kind: 'managed-identity';
      /** A user-assigned identity's client id; the system one if absent. */ clientId?: string;
    };

/** True when the login address is plain http: MSAL refuses it, the bot posts the grant itself. */
export function isInsecureLogin(loginUrl: string): boolean {
  return new URL(loginUrl).protocol === 'http:';
}

/** The `@azure/identity` credential for `auth` against the Entra tenant at `loginUrl`. */
export function createGraphCredential(loginUrl: string, tenantId: string, auth: GraphAuth): TokenCredential {
  const authorityHost = loginUrl.replace(/\/+$/, '');
  switch (auth.kind) {
    case 'managed-identity':
      return auth.clientId
        ? new ManagedIdentityCredential({ clientId: auth.clientId })
        : new ManagedIdentityCredential();
    case 'certificate':
      return new ClientCertificateCredential(
        tenantId,
        auth.clientId,
        { certificatePath: auth.certificatePath },
        { authorityHost },
      );
    case 'secret':
      return new ClientSecretCredential(tenantId, auth.clientId, auth.clientSecret, { authorityHost });
  }
}

/**
 * A Graph token from `credential`, within the caller's deadline. A refusal becomes an
 * `unauthorized` UpstreamError (what the admin must fix: the app's secret, certificate or
 * identity), anything else a `network` one, so that the cards and the circuit treat it as they
 * treat a token endpoint's answer.
 */
export async function tokenFromCredential(
  credential: TokenCredential,
  context: TokenRequestContext,
  now: () => number = Date.now,
): Promise<IssuedToken> {
  const remaining = context.deadline === undefined ? undefined : context.deadline - now();
  if (remaining !== undefined && remaining <= 0) {
    throw new UpstreamError({
      system: 'graph',
      operation: 'token',
      kind: 'timeout',
      retryable: true,
      notSent: true,
    });
  }
  const abortSignal = remaining === undefined ? undefined : AbortSignal.timeout(remaining);
  let token: AccessToken | null;
  try {
    token = await credential.getToken(GRAPH_SCOPE, { abortSignal });
  } catch (error) {
    throw credentialFailure(error);
  }
  if (!token) {
    throw new UpstreamError({
      system: 'graph',
      operation: 'token',
      kind: 'unauthorized',
      retryable: false,
      detail: 'the credential returned no token',
    });
  }
  return {
    accessToken: token.token,
    expiresInSeconds: Math.max(0, Math.floor((token.expiresOnTimestamp - now()) / 1000)),
  };
}

function credentialFailure(error: unknown): UpstreamError {
  const name = (error as { name?: unknown } | null)?.name;
  if (name === 'AbortError' || name === 'TimeoutError') {
    return new UpstreamError({
      system: 'graph',
      operation: 'token',
      kind: 'timeout',
      retryable: true,
      cause: error,
    });
  }
  // AuthenticationError: Entra answered and refused (wrong secret, expired certificate, no consent).
  // CredentialUnavailableError: no identity here (managed identity off, certificate file unreadable).
  const refused =
    name === 'AuthenticationError' ||
    name === 'CredentialUnavailableError' ||
    name === 'AuthenticationRequiredError';
  const upstreamCode = (error as { errorResponse?: { error?: unknown } } | null)?.errorResponse?.error;
  return new UpstreamError({
    system: 'graph',
    operation: 'token',
    kind: refused ? 'unauthorized' : 'network',
    retryable: !refused,
    upstreamCode: typeof upstreamCode === 'string' ? upstreamCode : undefined,
    detail: refused ? `${String(name)}` : 'the credential could not reach Microsoft Entra ID',
    cause: error,
  });
}
