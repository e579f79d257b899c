// The service clients and their result types (wire details stay inside each client's folder).
export { CloudLinkClient } from './cloudlink/client';
export type * from './cloudlink/types';
export { CronofyClient } from './cronofy/client';
export type * from './cronofy/types';
export { AVAILABILITY_BATCH_SIZE } from './cronofy/wire';
export { GraphClient } from './graph/client';
export type * from './graph/types';
export * from './graph/ids';
export { PRESENCE_BATCH_SIZE } from './graph/wire';
export {
  isUpstreamError,
  UpstreamError,
  type CallOptions,
  type Clock,
  type RequestMetrics,
  type ServiceDeps,
  type UpstreamErrorKind,
  type UpstreamSystem,
} from './http';
