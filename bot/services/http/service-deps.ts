/** What every service client receives besides its own configuration (injected for tests and benchmarks). */
import type { Logger } from '../../log';
import { CircuitBreaker, type CircuitBreakerOptions } from './circuit-breaker';
import { systemClock, type Clock } from './clock';
import type { HttpClientOptions, RequestMetrics } from './http-client';
import type { RetryOptions } from './retry-policy';

export interface ServiceDeps {
  clock?: Clock;
  logger?: Logger;
  /** Called after every attempt (benchmarks count upstream requests per turn with it). */
  onRequest?: (metrics: RequestMetrics) => void;
  fetch?: typeof fetch;
  breaker?: Omit<CircuitBreakerOptions, 'now'>;
  retry?: Partial<RetryOptions>;
}

/** Settings every client config shares. */
export interface CommonServiceConfig {
  /** Per-attempt timeout in milliseconds (default 8000). */
  timeoutMs?: number;
  /** Tries per request including the first (default 3). */
  maxAttempts?: number;
}

type SharedHttpOptions = Pick<
  HttpClientOptions,
  'timeoutMs' | 'retry' | 'breaker' | 'clock' | 'logger' | 'onRequest' | 'fetch'
>;

/** The HttpClient options that come from the common config and the injected dependencies. */
export function sharedHttpOptions(config: CommonServiceConfig, deps: ServiceDeps): SharedHttpOptions {
  const clock = deps.clock ?? systemClock;
  const retry: Partial<RetryOptions> = { ...deps.retry };
  if (config.maxAttempts !== undefined) retry.maxAttempts = config.maxAttempts;
  return {
    timeoutMs: config.timeoutMs,
    retry,
    breaker: new CircuitBreaker({ ...deps.breaker, now: () => clock.now() }),
    clock,
    logger: deps.logger,
    onRequest: deps.onRequest,
    fetch: deps.fetch,
  };
}
