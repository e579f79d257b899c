/**
 * The one HTTP layer under the CloudLink, Cronofy and Graph clients, over Node's http module
 * (./transport, connections kept alive):
 * per-attempt timeouts inside the caller's budget, retries with back-off and Retry-After (never
 * repeating a non-idempotent request that may have been executed), a circuit breaker per
 * system, bearer tokens with one refresh on 401, typed errors with correlation ids, and a
 * metrics hook per attempt.
 */
import { randomUUID } from 'node:crypto';
import type { Logger } from '../../log';
import { CircuitBreaker, type CircuitPermit } from './circuit-breaker';
import { systemClock, type Clock } from './clock';
import { kindForStatus, UpstreamError, type UpstreamErrorKind, type UpstreamSystem } from './errors';
import { withQuery, type QueryParams } from './query';
import { fetchTransport, nodeTransport, type Transport, type TransportResponse } from './transport';
import {
  backoffDelay,
  countsAsOutage,
  DEFAULT_RETRY,
  mayRetry,
  parseRetryAfter,
  type AttemptOutcome,
  type RetryOptions,
} from './retry-policy';
import type { AccessTokenSource } from './token-cache';
import { WireShapeError } from './wire-read';
import { inUpstreamSpan } from '../../telemetry/tracing';

export type HttpMethod = 'GET' | 'HEAD' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

const IDEMPOTENT_METHODS: ReadonlySet<HttpMethod> = new Set(['GET', 'HEAD', 'PUT', 'DELETE']);

/** Codes of network failures that happen before any byte of the request left. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** The budget a caller gives one logical request (all its attempts and waits). */
export interface CallOptions {
  /** Aborts the request, retries included. */
  signal?: AbortSignal;
  /** Epoch milliseconds (per the injected clock) after which no attempt starts and no wait ends. */
  deadline?: number;
  /** Per-attempt timeout in milliseconds, overriding the client's. */
  timeoutMs?: number;
}

/** What one call's span reports: its attempts, and the last answer's status and correlation id. */
interface CallTally {
  attempts: number;
  lastStatus?: number;
  correlationId?: string;
}

export interface RequestMetrics {
  system: UpstreamSystem;
  operation: string;
  method: HttpMethod;
  /** Absent when no HTTP answer arrived. */
  status?: number;
  outcome: 'response' | 'timeout' | 'network' | 'aborted';
  durationMs: number;
  /** 1 for the first try of a logical request. */
  attempt: number;
}

export interface CorrelationOptions {
  /** Response headers holding the upstream's correlation id, first found wins. */
  responseHeaders?: string[];
  /** A request header the client fills with a fresh UUID per logical request. */
  requestHeader?: string;
}

export interface HttpClientOptions {
  system: UpstreamSystem;
  /** Prefix for relative paths; absolute URLs are used as they are. */
  baseUrl?: string;
  headers?: Record<string, string>;
  /** Per-attempt timeout (default 8 s). */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  auth?: AccessTokenSource;
  breaker?: CircuitBreaker;
  correlation?: CorrelationOptions;
  /** Reads the upstream's short error code from an error body. */
  errorCode?: (body: unknown) => string | undefined;
  /** Refines the kind of an error answer for every request of this client. */
  classify?: (status: number, code: string | undefined) => UpstreamErrorKind | undefined;
  clock?: Clock;
  logger?: Logger;
  onRequest?: (metrics: RequestMetrics) => void;
  /** Sends the attempts through this fetch instead of Node's http module (tests, other runtimes). */
  fetch?: typeof fetch;
}

// One pool of kept-alive connections for every client of the process.
let sharedTransport: Transport | undefined;

export interface RequestOptions extends CallOptions {
  /** The client method on whose behalf this request runs (e.g. 'placeCall'). */
  operation: string;
  method?: HttpMethod;
  /** Relative to the base URL, or absolute (a next-page link). */
  path: string;
  query?: QueryParams;
  json?: unknown;
  form?: Record<string, string>;
  headers?: Record<string, string>;
  /** Marks a POST/PATCH safe to repeat (a caller-chosen id, a read-only query, a token request). */
  idempotent?: boolean;
  /** Attach the bearer token (default true when the client has a token source). */
  auth?: boolean;
  /** 'json' (default) requires a JSON body or none; 'none' ignores the body of a success. */
  expect?: 'json' | 'none';
  classify?: (status: number, code: string | undefined) => UpstreamErrorKind | undefined;
}

export interface HttpResponse {
  status: number;
  headers: TransportResponse['headers'];
  /** Parsed JSON, or undefined for an empty body (or when `expect` is 'none'). */
  body: unknown;
  correlationId?: string;
  url: string;
}

type AttemptResult =
  | { type: 'response'; response: TransportResponse; text: string; durationMs: number }
  | { type: 'timeout'; durationMs: number; timeoutMs: number }
  | { type: 'network'; code: string | undefined; notSent: boolean; durationMs: number; cause: unknown }
  | { type: 'aborted'; durationMs: number };

export class HttpClient {
  readonly system: UpstreamSystem;
  private readonly baseUrl: string;
  private readonly headers: Record<string, string>;
  private readonly timeoutMs: number;
  private readonly retry: RetryOptions;
  private readonly clock: Clock;
  private readonly transport: Transport;
  readonly breaker: CircuitBreaker;

  constructor(private readonly options: HttpClientOptions) {
    this.system = options.system;
    this.baseUrl = (options.baseUrl ?? '').replace(/\/+$/, '');
    this.headers = { accept: 'application/json', ...options.headers };
    this.timeoutMs = options.timeoutMs ?? 8_000;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.clock = options.clock ?? systemClock;
    this.breaker = options.breaker ?? new CircuitBreaker({ now: () => this.clock.now() });
    const injected = options.fetch;
    this.transport = injected ? fetchTransport(() => injected) : (sharedTransport ??= nodeTransport());
  }

  /** The absolute URL for a path (and query) of this client. */
  url(path: string, query?: QueryParams): string {
    const absolute = /^https?:\/\//i.test(path)
      ? path
      : `${this.baseUrl}${path.startsWith('/') ? '' : '/'}${path}`;
    return withQuery(absolute, query);
  }

  /** Sends the request (with retries) and returns the answer; throws `UpstreamError` otherwise. */
  request(options: RequestOptions): Promise<HttpResponse>;
  /** Sends the request and maps its JSON body with `read`; a shape mismatch is a 'protocol' error. */
  request<T>(options: RequestOptions, read: (body: unknown, response: HttpResponse) => T): Promise<T>;
  async request<T>(
    options: RequestOptions,
    read?: (body: unknown, response: HttpResponse) => T,
  ): Promise<T | HttpResponse> {
    const method = options.method ?? 'GET';
    const tally: CallTally = { attempts: 0 };
    return inUpstreamSpan(
      { system: this.system, operation: options.operation, method },
      () => this.sendAndRead(options, tally, read),
      ({ error }) => {
        const failure = error instanceof UpstreamError ? error : undefined;
        const answered = tally.lastStatus;
        return {
          attempts: tally.attempts,
          status: failure?.status ?? answered,
          correlationId: failure?.correlationId ?? tally.correlationId,
          errorKind: error === undefined ? undefined : (failure?.kind ?? 'internal'),
        };
      },
    );
  }

  private async sendAndRead<T>(
    options: RequestOptions,
    tally: CallTally,
    read?: (body: unknown, response: HttpResponse) => T,
  ): Promise<T | HttpResponse> {
    const response = await this.send(options, tally);
    tally.lastStatus = response.status;
    tally.correlationId = response.correlationId;
    if (!read) return response;
    try {
      return read(response.body, response);
    } catch (error) {
      if (!(error instanceof WireShapeError)) throw error;
      throw this.fail(
        new UpstreamError({
          system: this.system,
          operation: options.operation,
          kind: 'protocol',
          status: response.status,
          correlationId: response.correlationId,
          detail: error.message,
        }),
      );
    }
  }

  private async send(options: RequestOptions, tally: CallTally): Promise<HttpResponse> {
    const method = options.method ?? 'GET';
    const idempotent = options.idempotent ?? IDEMPOTENT_METHODS.has(method);
    const url = this.url(options.path, options.query);
    const requestId = this.options.correlation?.requestHeader ? randomUUID() : undefined;
    const base = { system: this.system, operation: options.operation };
    let failures = 0;
    let attempt = 0;
    let authRefreshed = false;

    for (;;) {
      attempt += 1;
      tally.attempts = attempt;
      this.checkBudget(options, requestId);

      const useAuth = options.auth !== false && this.options.auth !== undefined;
      const token = useAuth ? await this.options.auth?.getToken({ deadline: options.deadline }) : undefined;

      const permit = await this.admit(options);

      const result = await this.attempt(url, method, options, token, requestId);
      this.report(options, method, result, attempt);

      if (result.type === 'aborted') {
        permit.release();
        throw this.fail(
          new UpstreamError({
            ...base,
            kind: 'timeout',
            correlationId: requestId,
            detail: 'cancelled by the caller',
          }),
        );
      }

      const outcome = toOutcome(result);
      settle(permit, outcome);

      if (result.type === 'response' && result.response.ok) {
        return this.accept(result, options, requestId);
      }

      // A rejected token says nothing about the request itself: refresh once and try again.
      if (
        result.type === 'response' &&
        result.response.status === 401 &&
        token !== undefined &&
        !authRefreshed
      ) {
        authRefreshed = true;
        this.options.auth?.invalidate(token);
        continue;
      }

      failures += 1;
      const error = this.toError(result, options, requestId);
      if (!mayRetry(outcome, idempotent) || failures >= this.retry.maxAttempts) throw this.fail(error);

      const waitMs = this.waitBeforeRetry(error, failures);
      if (waitMs === undefined)
        throw this.fail(error.with({ detail: 'Retry-After beyond what the client waits' }));
      // Only the upstream's own Retry-After is passed on: a back-off of a few hundred
      // milliseconds is no advice for the user ("try again in 1 seconds").
      if (options.deadline !== undefined && this.clock.now() + waitMs >= options.deadline) {
        throw this.fail(error.with({ detail: 'no time left to retry' }));
      }
      this.options.logger?.warn('upstream request failed, retrying', {
        system: this.system,
        operation: options.operation,
        attempt,
        status: error.status,
        kind: error.kind,
        waitMs,
        correlationId: error.correlationId,
      });
      try {
        await this.clock.sleep(waitMs, options.signal);
      } catch (cause) {
        throw this.fail(
          error.with({ kind: 'timeout', status: undefined, detail: 'cancelled by the caller', cause }),
        );
      }
    }
  }

  /**
   * A circuit permit for the next attempt. While the circuit is half-open and its one trial
   * request is out, the attempt waits (within the caller's budget) for the trial's outcome:
   * refusing it at once would fail a turn whose parallel requests came just after the upstream
   * recovered. Throws 'circuit-open' when the circuit refuses the attempt.
   */
  private async admit(options: RequestOptions): Promise<CircuitPermit> {
    for (;;) {
      const permit = this.breaker.tryAcquire();
      if (permit) return permit;
      if (this.breaker.state !== 'half-open' || !(await this.waitForTrial(options))) {
        throw this.fail(
          new UpstreamError({
            system: this.system,
            operation: options.operation,
            kind: 'circuit-open',
            retryAfterMs: this.breaker.retryInMs(),
            notSent: true,
            detail: 'upstream unavailable',
          }),
        );
      }
    }
  }

  /** Whether the circuit's trial request ended before the caller's deadline or abort. */
  private async waitForTrial(options: RequestOptions): Promise<boolean> {
    const ended = this.breaker.trialSettled().then(() => true);
    const { deadline, signal } = options;
    if (deadline === undefined && signal === undefined) return ended;
    const giveUp = new AbortController();
    const timeUp =
      deadline === undefined
        ? new Promise<boolean>((resolve) => giveUp.signal.addEventListener('abort', () => resolve(false)))
        : this.clock.sleep(deadline - this.clock.now(), giveUp.signal).then(
            () => false,
            () => false,
          );
    const onAbort = (): void => giveUp.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) giveUp.abort();
    try {
      return await Promise.race([ended, timeUp]);
    } finally {
      signal?.removeEventListener('abort', onAbort);
      // Ends the deadline's timer, or the wait for an abort that no longer matters.
      giveUp.abort();
    }
  }

  /** Throws a 'timeout' error when the caller's budget is spent before an attempt. */
  private checkBudget(options: RequestOptions, requestId: string | undefined): void {
    const base = { system: this.system, operation: options.operation, correlationId: requestId };
    if (options.signal?.aborted) {
      throw this.fail(new UpstreamError({ ...base, kind: 'timeout', detail: 'cancelled by the caller' }));
    }
    if (options.deadline !== undefined && this.clock.now() >= options.deadline) {
      throw this.fail(new UpstreamError({ ...base, kind: 'timeout', detail: 'deadline reached' }));
    }
  }

  /** The wait before the next try, or undefined when Retry-After asks for more than the cap. */
  private waitBeforeRetry(error: UpstreamError, failures: number): number | undefined {
    if (error.retryAfterMs !== undefined) {
      if (error.retryAfterMs > this.retry.maxRetryAfterMs) return undefined;
      return error.retryAfterMs + Math.floor(this.clock.random() * this.retry.retryAfterJitterMs);
    }
    return backoffDelay(failures, () => this.clock.random(), this.retry);
  }

  private async attempt(
    url: string,
    method: HttpMethod,
    options: RequestOptions,
    token: string | undefined,
    requestId: string | undefined,
  ): Promise<AttemptResult> {
    const remaining = options.deadline === undefined ? Infinity : options.deadline - this.clock.now();
    const timeoutMs = Math.max(1, Math.min(options.timeoutMs ?? this.timeoutMs, remaining));
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort(new DOMException('attempt timed out', 'TimeoutError'));
    }, timeoutMs);
    const callerSignal = options.signal;
    const onCallerAbort = (): void => controller.abort(callerSignal?.reason);
    callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
    const started = performance.now();
    const elapsed = (): number => Math.round(performance.now() - started);
    // The caller may have given up while the token was being fetched.
    if (callerSignal?.aborted) {
      clearTimeout(timer);
      callerSignal.removeEventListener('abort', onCallerAbort);
      return { type: 'aborted', durationMs: 0 };
    }
    try {
      const response = await this.transport(url, {
        method,
        headers: this.requestHeaders(options, token, requestId),
        body: encodeBody(options),
        signal: controller.signal,
      });
      // The body is read under the same timeout: a stalled body is a timeout too.
      const text = method === 'HEAD' ? '' : await response.text();
      return { type: 'response', response, text, durationMs: elapsed() };
    } catch (cause) {
      if (timedOut) return { type: 'timeout', durationMs: elapsed(), timeoutMs };
      if (callerSignal?.aborted) return { type: 'aborted', durationMs: elapsed() };
      const code = networkCode(cause);
      return {
        type: 'network',
        code,
        notSent: code !== undefined && NOT_SENT_CODES.has(code),
        durationMs: elapsed(),
        cause,
      };
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    }
  }

  private requestHeaders(
    options: RequestOptions,
    token: string | undefined,
    requestId: string | undefined,
  ): Record<string, string> {
    const headers: Record<string, string> = { ...this.headers };
    if (options.json !== undefined) headers['content-type'] = 'application/json';
    if (options.form !== undefined) headers['content-type'] = 'application/x-www-form-urlencoded';
    if (token !== undefined) headers['authorization'] = `Bearer ${token}`;
    const requestHeader = this.options.correlation?.requestHeader;
    if (requestHeader && requestId) headers[requestHeader] = requestId;
    return { ...headers, ...options.headers };
  }

  private accept(
    result: Extract<AttemptResult, { type: 'response' }>,
    options: RequestOptions,
    requestId: string | undefined,
  ): HttpResponse {
    const { response, text } = result;
    const correlationId = this.correlationId(response.headers) ?? requestId;
    const answer = { status: response.status, headers: response.headers, correlationId, url: response.url };
    if (options.expect === 'none' || text.trim() === '') return { ...answer, body: undefined };
    try {
      return { ...answer, body: JSON.parse(text) as unknown };
    } catch (cause) {
      const contentType = response.headers.get('content-type')?.split(';')[0] ?? 'no content type';
      throw this.fail(
        new UpstreamError({
          system: this.system,
          operation: options.operation,
          kind: 'protocol',
          status: response.status,
          correlationId,
          detail: `answer is not JSON (${contentType})`,
          cause,
        }),
      );
    }
  }

  private toError(
    result: Exclude<AttemptResult, { type: 'aborted' }>,
    options: RequestOptions,
    requestId: string | undefined,
  ): UpstreamError {
    const base = { system: this.system, operation: options.operation };
    if (result.type === 'timeout') {
      return new UpstreamError({
        ...base,
        kind: 'timeout',
        correlationId: requestId,
        detail: `no answer within ${result.timeoutMs} ms`,
      });
    }
    if (result.type === 'network') {
      const detail = result.notSent ? 'connection refused' : 'connection failed';
      return new UpstreamError({
        ...base,
        kind: 'network',
        correlationId: requestId,
        notSent: result.notSent,
        detail: result.code ? `${detail} (${result.code})` : detail,
        cause: result.cause,
      });
    }
    const { response, text } = result;
    const status = response.status;
    const code = sanitizeCode(this.options.errorCode?.(parseLenient(text)));
    const kind =
      options.classify?.(status, code) ?? this.options.classify?.(status, code) ?? kindForStatus(status);
    return new UpstreamError({
      ...base,
      kind,
      status,
      correlationId: this.correlationId(response.headers) ?? requestId,
      retryAfterMs: parseRetryAfter(response.headers.get('retry-after'), this.clock.now()),
      upstreamCode: code,
    });
  }

  private correlationId(headers: HttpResponse['headers']): string | undefined {
    for (const name of this.options.correlation?.responseHeaders ?? []) {
      const value = headers.get(name);
      if (value) return value;
    }
    return undefined;
  }

  private report(options: RequestOptions, method: HttpMethod, result: AttemptResult, attempt: number): void {
    const hook = this.options.onRequest;
    if (!hook) return;
    try {
      hook({
        system: this.system,
        operation: options.operation,
        method,
        status: result.type === 'response' ? result.response.status : undefined,
        outcome: result.type,
        durationMs: result.durationMs,
        attempt,
      });
    } catch (error) {
      // A broken metrics hook must not break the request it measures.
      this.options.logger?.warn('onRequest hook failed', { error });
    }
  }

  /** Logs a final failure (routine answers at debug level) and returns it for throwing. */
  private fail(error: UpstreamError): UpstreamError {
    const routine = error.kind === 'not-found' || error.kind === 'conflict';
    const fields = {
      system: error.system,
      operation: error.operation,
      kind: error.kind,
      status: error.status,
      correlationId: error.correlationId,
      retryAfterMs: error.retryAfterMs,
    };
    if (routine) this.options.logger?.debug('upstream request refused', fields);
    else this.options.logger?.warn('upstream request failed', fields);
    return error;
  }
}

function toOutcome(result: Exclude<AttemptResult, { type: 'aborted' }>): AttemptOutcome {
  switch (result.type) {
    case 'timeout':
      return { type: 'timeout' };
    case 'network':
      return { type: 'network', notSent: result.notSent };
    case 'response':
      return {
        type: 'status',
        status: result.response.status,
        hasRetryAfter: parseRetryAfter(result.response.headers.get('retry-after'), 0) !== undefined,
      };
  }
}

function settle(permit: CircuitPermit, outcome: AttemptOutcome): void {
  if (countsAsOutage(outcome)) permit.failure();
  else permit.success();
}

function encodeBody(options: RequestOptions): string | undefined {
  if (options.json !== undefined) return JSON.stringify(options.json);
  if (options.form !== undefined) return new URLSearchParams(options.form).toString();
  return undefined;
}

function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    // Error bodies are informative only; a non-JSON one (an HTML error page) has no code.
    return undefined;
  }
}

/** Keeps an upstream code only if it looks like a code (no free text that could hold data). */
function sanitizeCode(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  return /^[A-Za-z0-9_.:-]{1,80}$/.test(code) ? code : undefined;
}

/** The system error code of a fetch failure, looking through `cause` chains and aggregates. */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const candidate = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof candidate.code === 'string') return candidate.code;
  const fromCause = networkCode(candidate.cause, depth + 1);
  if (fromCause) return fromCause;
  if (Array.isArray(candidate.errors)) {
    for (const inner of candidate.errors as unknown[]) {
      const code = networkCode(inner, depth + 1);
      if (code) return code;
    }
  }
  return undefined;
}
