/**
 * What the benchmark driver and a bot process say to each other over the IPC channel. The bot runs
 * in its own process so that its CPU, its memory and its garbage collector are its own: the driver,
 * the loopback channel and the statistics run beside it, on the other core, and the simulators of
 * its tenant in a third process (as the real services run on other machines).
 */
import type { SimulatorEndpoints } from '../bot/simulator';
import type { TenantSpec } from './bench-tenants';

/** A member as the loopback channel describes them (TeamsInfo.getMember). */
export interface ChannelMember {
  id: string;
  name: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
}

/** A person of the tenant the driver asked to know about. */
export interface RevealedPerson {
  id: string;
  name: string;
  admin: boolean;
  member: ChannelMember;
}

export interface StartedBot {
  url: string;
  /** The Entra tenant id activities must carry. */
  tenantId: string;
  people: RevealedPerson[];
  /** People in the directory once warm. */
  directorySize: number;
  timings: { buildMs: number; parseMs: number; startMs: number; warmMs: number };
}

export interface Counters {
  /** Upstream attempts (every try, as StartOptions.onRequest reports them). */
  requests: number;
  /** Sum of the attempts' durations. */
  upstreamMs: number;
  /** Attempts that got no answer or a 4xx/5xx. */
  failedAttempts: number;
  /** Attempts by `system.operation`. */
  byOperation: Record<string, number>;
  warnLines: number;
  errorLines: number;
  /** The last warning and error log lines (shortened). */
  recentProblems: string[];
  /** CPU time the process has used (user and system), in ms. */
  cpuMs: number;
}

export interface MemoryFigures {
  rssBytes: number;
  heapUsedBytes: number;
  heapTotalBytes: number;
  externalBytes: number;
  arrayBuffersBytes: number;
  /** Open handles and requests by kind (TCPSocketWrap, Timeout…): a leak of sockets shows here. */
  resources: Record<string, number>;
}

export interface HostOps {
  startBot: {
    request: {
      tenant: TenantSpec;
      reveal: string[];

      logLevel: string;
      /** Settings as in .env (SYNC_STATUS_MAX_AGE_SECONDS…) on top of the defaults. */
      settings?: Record<string, string>;
      /** The tenant's simulators, started in another process (startSimulators). */
      upstream: SimulatorEndpoints;
    };
    result: StartedBot;
  };
  startEcho: { request: Record<string, never>; result: { url: string } };
  /** The simulators of a bench tenant, served by this process for a bot in another. */
  startSimulators: {
    request: { tenant: TenantSpec; cronofyRequestsPerSecond: number };
    result: SimulatorEndpoints;
  };
  counters: { request: Record<string, never>; result: Counters };
  /** Resident memory after a forced garbage collection. */
  memory: { request: Record<string, never>; result: MemoryFigures };
  /** Starts the V8 sampling profiler (measured runs only: start-up and warm-up stay out). */
  profileStart: { request: Record<string, never>; result: null };
  /** Stops it and writes the profile (.cpuprofile, for Chrome DevTools or bench/profile-summary.ts). */
  profileStop: { request: { path: string }; result: null };
  stop: { request: Record<string, never>; result: null };
}

export type HostOp = keyof HostOps;

export interface HostMessage<K extends HostOp = HostOp> {
  seq: number;
  op: K;
  request: HostOps[K]['request'];
}

export type HostAnswer =
  { seq: number; ok: true; result: unknown } | { seq: number; ok: false; error: string };
