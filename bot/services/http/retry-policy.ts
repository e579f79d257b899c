/**
 * When a failed attempt may be tried again, and after how long.
 *
 * A non-idempotent request (placing a call) is retried only when the server certainly did not
 * act on it: 429, 503 with Retry-After, or a connection refused before anything was sent. After
 * an ambiguous failure (timeout, reset, 500/502/504) it may have been executed, so it is not.
 */

export interface RetryOptions {
  /** Total tries including the first. */
  maxAttempts: number;
  /** First back-off ceiling; doubles per attempt (full jitter picks in [0, ceiling)). */
  baseDelayMs: number;
  maxDelayMs: number;
  /** The longest Retry-After the client is willing to wait; beyond it, fail fast. */
  maxRetryAfterMs: number;
  /** Extra random wait added on top of a Retry-After so that clients do not return in lockstep. */
  retryAfterJitterMs: number;
}

export const DEFAULT_RETRY: RetryOptions = {
  maxAttempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 2_000,
  maxRetryAfterMs: 30_000,
  retryAfterJitterMs: 100,
};

/** How an attempt ended, as far as retrying is concerned. */
export type AttemptOutcome =
  | { type: 'status'; status: number; hasRetryAfter: boolean }
  | { type: 'timeout' }
  | { type: 'network'; notSent: boolean };

/** Whether the outcome may be retried for a request of the given idempotency. */
export function mayRetry(outcome: AttemptOutcome, idempotent: boolean): boolean {
  switch (outcome.type) {
    case 'timeout':
      return idempotent;
    case 'network':
      return idempotent || outcome.notSent;
    case 'status':
      if (outcome.status === 429) return true;
      if (outcome.status === 503) return idempotent || outcome.hasRetryAfter;
      if (outcome.status === 500 || outcome.status === 502 || outcome.status === 504) return idempotent;
      return false;
  }
}

/** Whether the outcome says the upstream is unwell (it counts towards opening the circuit). */
export function countsAsOutage(outcome: AttemptOutcome): boolean {
  if (outcome.type !== 'status') return true;
  return outcome.status === 500 || outcome.status === 502 || outcome.status === 503 || outcome.status === 504;
}

/** Full-jitter exponential back-off before try number `attempt + 1` (attempt counts from 1). */
export function backoffDelay(attempt: number, random: () => number, options: RetryOptions): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(random() * ceiling);
}

/**
 * Milliseconds to wait from a `Retry-After` header, given as delta-seconds or as an HTTP date;
 * undefined when absent or unreadable. A date in the past means "now" (0).
 */
export function parseRetryAfter(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined) return undefined;
  const text = header.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
