// The HTTP layer shared by the service clients.
export { chunk, mapLimit } from './batches';
export {
  CircuitBreaker,
  type CircuitBreakerOptions,
  type CircuitPermit,
  type CircuitState,
} from './circuit-breaker';
export { systemClock, type Clock } from './clock';
export {
  isRetryableForUser,
  isUpstreamError,
  kindForStatus,
  nullWhenNotFound,
  UpstreamError,
  type UpstreamErrorInit,
  type UpstreamErrorKind,
  type UpstreamSystem,
} from './errors';
export {
  HttpClient,
  type CallOptions,
  type CorrelationOptions,
  type HttpClientOptions,
  type HttpMethod,
  type HttpResponse,
  type RequestMetrics,
  type RequestOptions,
} from './http-client';
export { MAX_PAGES, pagesFrom, resolveNextLink } from './paging';
export { sharedHttpOptions, type CommonServiceConfig, type ServiceDeps } from './service-deps';
export { buildQuery, odataInstant, odataString, withQuery, type QueryParams, type QueryValue } from './query';
export { backoffDelay, DEFAULT_RETRY, mayRetry, parseRetryAfter, type RetryOptions } from './retry-policy';
export {
  TokenCache,
  type AccessTokenSource,
  type IssuedToken,
  type TokenCacheOptions,
  type TokenRequestContext,
} from './token-cache';
