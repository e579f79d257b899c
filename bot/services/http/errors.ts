/**
 * Typed failures of the upstream systems. Commands `switch` on `kind` to choose a friendly card;
 * `retryable` says whether "try again later" is honest advice for the user.
 * Messages carry the system, the operation, the status and the correlation id, never a token,
 * a URL query or a request body.
 */

export type UpstreamSystem = 'cloudlink' | 'cronofy' | 'graph';

export type UpstreamErrorKind =
  | 'http'
  | 'timeout'
  | 'network'
  | 'protocol'
  | 'circuit-open'
  | 'unauthorized'
  | 'throttled'
  | 'not-found'
  | 'conflict';

export interface UpstreamErrorInit {
  system: UpstreamSystem;
  operation: string;
  kind: UpstreamErrorKind;
  status?: number;
  correlationId?: string;
  retryAfterMs?: number;
  /** A short machine code the upstream gave (CloudLink `name`, Graph `error.code`, Cronofy error key). */
  upstreamCode?: string;
  retryable?: boolean;
  /**
   * The request never reached the upstream (connection refused, or held back by the open
   * circuit): whatever it asked for certainly did not happen.
   */
  notSent?: boolean;
  /** What happened, in a few words; must not contain secrets or bodies. */
  detail?: string;
  cause?: unknown;
}

export class UpstreamError extends Error {
  readonly system: UpstreamSystem;
  readonly operation: string;
  readonly kind: UpstreamErrorKind;
  readonly status?: number;
  readonly correlationId?: string;
  readonly retryAfterMs?: number;
  readonly upstreamCode?: string;
  readonly retryable: boolean;
  readonly notSent: boolean;
  readonly detail?: string;

  constructor(init: UpstreamErrorInit) {
    super(describe(init), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'UpstreamError';
    this.system = init.system;
    this.operation = init.operation;
    this.kind = init.kind;
    this.status = init.status;
    this.correlationId = init.correlationId;
    this.retryAfterMs = init.retryAfterMs;
    this.upstreamCode = init.upstreamCode;
    this.retryable = init.retryable ?? isRetryableForUser(init.kind, init.status);
    this.notSent = init.notSent === true;
    this.detail = init.detail;
  }

  /** The same failure with some fields replaced (e.g. a budget decision changing `detail`). */
  with(changes: Partial<UpstreamErrorInit>): UpstreamError {
    return new UpstreamError({
      system: this.system,
      operation: this.operation,
      kind: this.kind,
      status: this.status,
      correlationId: this.correlationId,
      retryAfterMs: this.retryAfterMs,
      upstreamCode: this.upstreamCode,
      notSent: this.notSent,
      detail: this.detail,
      cause: this.cause,
      ...changes,
    });
  }
}

/** True for an `UpstreamError` (a type guard for `catch` blocks). */
export function isUpstreamError(error: unknown): error is UpstreamError {
  return error instanceof UpstreamError;
}

/** Whether trying again later can help: outages and throttling yes, refusals and bad data no. */
export function isRetryableForUser(kind: UpstreamErrorKind, status?: number): boolean {
  switch (kind) {
    case 'throttled':
    case 'timeout':
    case 'network':
    case 'circuit-open':
      return true;
    case 'http':
      return status === undefined || status >= 500;
    case 'protocol':
    case 'unauthorized':
    case 'not-found':
    case 'conflict':
      return false;
  }
}

/** The error kind an HTTP status stands for (clients may refine it, e.g. a 422 slot conflict). */
export function kindForStatus(status: number): UpstreamErrorKind {
  if (status === 401 || status === 403) return 'unauthorized';
  if (status === 404 || status === 410) return 'not-found';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  return 'http';
}

function describe(init: UpstreamErrorInit): string {
  const parts: string[] = [];
  if (init.status !== undefined) parts.push(`HTTP ${init.status}`);
  parts.push(init.kind);
  if (init.upstreamCode) parts.push(init.upstreamCode);
  if (init.detail) parts.push(init.detail);
  if (init.retryAfterMs !== undefined) parts.push(`retry in ${Math.ceil(init.retryAfterMs / 1000)} s`);
  if (init.correlationId) parts.push(`correlation id ${init.correlationId}`);
  return `${init.system} ${init.operation} failed: ${parts.join(', ')}`;
}

/** The request's result, or null when it failed with 'not-found' (a lookup that found nothing). */
export async function nullWhenNotFound<T>(request: Promise<T>): Promise<T | null> {
  try {
    return await request;
  } catch (error) {
    if (error instanceof UpstreamError && error.kind === 'not-found') return null;
    throw error;
  }
}
