/**
 * The embedded default: loopback simulators of CloudLink, Cronofy and Microsoft Graph, seeded
 * from a tenant, speaking the wire formats of ARCHITECTURE.md. Each system has its own
 * node:http server on an ephemeral port, its own random credentials and its own tokens.
 */
import type { Logger } from '../log';
import type { Tenant } from '../tenant/types';
import {
  cloudLinkError,
  cloudLinkGuard,
  cloudLinkHeaders,
  cloudLinkRouter,
  type CloudLinkCredentials,
} from './cloudlink-server';
import {
  cronofyError,
  cronofyGate,
  cronofyGuard,
  cronofyHeaders,
  cronofyRouter,
  type CronofyCredentials,
} from './cronofy-server';
import { FaultInjector } from './faults';
import { graphError, graphGuard, graphHeaders, graphRouter, type GraphCredentials } from './graph-server';
import { startSimServer, type SimServer } from './http-kit';
import { randomId, randomSecret, stableUuid } from './ids';
import { DEFAULT_CALL_PROGRESS, type CallProgress } from './live-calls';
import { RateLimiter } from './rate-limit';
import { SimState } from './state';
import type { SimSystem } from './systems';
import { TokenStore } from './tokens';

export type { FaultSpec } from './faults';
export type { SimSystem } from './systems';
export { FaultInjector } from './faults';
export { SimState } from './state';
export type { CallProgress } from './live-calls';

export interface SimulatorOptions {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Fixed credentials instead of random ones (any part may be given). */
  credentials?: {
    cloudlink?: Partial<CloudLinkCredentials>;
    cronofy?: Partial<CronofyCredentials>;
    graph?: Partial<Omit<GraphCredentials, 'tenantId'>>;
  };
  /** How a placed call progresses: ringing, then connected after `answerMs`, ended `talkMs` later. */
  callProgress?: { ringMs: number; answerMs: number; talkMs?: number };
  /** Lifetime of access tokens in seconds (default 3600). */
  tokenTtlSeconds?: number;
  /** Cronofy's rate limit per second (default 50, the real one). */
  cronofyRequestsPerSecond?: number;
  /** The clock of call progress, token expiry and presence sessions (default Date.now). */
  now?: () => number;
  logger?: Logger;
}

/** Where the simulators listen and the credentials they accept: what a client needs to reach them. */
export type SimulatorEndpoints = Pick<Simulators, 'cloudlink' | 'cronofy' | 'graph'>;

export interface Simulators {
  cloudlink: {
    /** `http://127.0.0.1:PORT/{service}/2017-09-01`. */
    baseUrl: string;
    clientId: string;
    clientSecret: string;
    accountId: string;
    appName: string;
  };
  cronofy: { baseUrl: string; clientId: string; clientSecret: string; refreshToken: string };
  graph: {
    /** `http://127.0.0.1:PORT/v1.0`. */
    baseUrl: string;
    /** `http://127.0.0.1:PORT` (the token endpoint is `{loginUrl}/{tenantId}/oauth2/v2.0/token`). */
    loginUrl: string;
    tenantId: string;
    clientId: string;
    clientSecret: string;
    presenceAppId: string;
    /** The group whose members are the admins (`ADMIN_GROUP_ID`). */
    adminGroupId: string;
  };
  state: SimState;
  faults: FaultInjector;
  /** Makes one system unreachable (its connections refused, as when the service is down). */
  takeDown(system: SimSystem): Promise<void>;
  /** Makes a system taken down reachable again, on the same address, with its state intact. */
  bringUp(system: SimSystem): Promise<void>;
  close(): Promise<void>;
}

/** Starts the three simulators for a tenant; `close()` stops them. */
export async function startSimulators(tenant: Tenant, options: SimulatorOptions = {}): Promise<Simulators> {
  const host = options.host ?? '127.0.0.1';
  const now = options.now ?? Date.now;
  const ttl = options.tokenTtlSeconds ?? 3600;
  const progress = callProgress(options.callProgress);

  const cloudlinkCredentials: CloudLinkCredentials = {
    clientId: randomId(),
    clientSecret: randomSecret(),
    accountId: randomId(),
    appName: 'pbx-rooms-teams-bot',
    ...options.credentials?.cloudlink,
  };
  const cronofyCredentials: CronofyCredentials = {
    clientId: randomSecret(16),
    clientSecret: randomSecret(),
    refreshToken: randomSecret(),
    ...options.credentials?.cronofy,
  };
  const graphCredentials: GraphCredentials = {
    tenantId: tenant.organization.azureTenantId,
    clientId: randomId(),
    clientSecret: randomSecret(),
    presenceAppId: stableUuid('presence-app', tenant.organization.azureTenantId),
    adminGroupId: stableUuid('admin-group', tenant.organization.azureTenantId),
    ...options.credentials?.graph,
  };

  const state = new SimState(tenant, {
    accountId: cloudlinkCredentials.accountId,
    callProgress: progress,
    now,
  });
  const faults = new FaultInjector();
  const logger = options.logger?.child({ component: 'simulator' });
  const common = { host, faults, counts: state.requestCounts, logger };

  const cloudlinkTokens = new TokenStore(ttl, now);
  const cronofyTokens = new TokenStore(ttl, now);
  cronofyTokens.addRefresh(cronofyCredentials.refreshToken);
  const graphTokens = new TokenStore(ttl, now);

  const servers: SimServer[] = [];
  const closeAll = async (): Promise<void> => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  };
  try {
    const cloudlink = await startSimServer({
      ...common,
      system: 'cloudlink',
      router: cloudLinkRouter(state, cloudlinkTokens, cloudlinkCredentials),
      errorBody: cloudLinkError,
      responseHeaders: cloudLinkHeaders,
      guard: cloudLinkGuard(state, cloudlinkTokens),
    });
    servers.push(cloudlink);
    const limiter = new RateLimiter(options.cronofyRequestsPerSecond ?? 50);
    const cronofy = await startSimServer({
      ...common,
      system: 'cronofy',
      router: cronofyRouter(state, cronofyTokens, cronofyCredentials),
      errorBody: cronofyError,
      responseHeaders: cronofyHeaders,
      gate: cronofyGate(limiter),
      guard: cronofyGuard(cronofyTokens),
    });
    servers.push(cronofy);
    const graph = await startSimServer({
      ...common,
      system: 'graph',
      router: graphRouter(state, graphTokens, graphCredentials),
      errorBody: graphError,
      responseHeaders: graphHeaders,
      guard: graphGuard(graphTokens),
    });
    servers.push(graph);

    logger?.info('simulators started', {
      cloudlink: cloudlink.origin,
      cronofy: cronofy.origin,
      graph: graph.origin,
      people: tenant.people.length,
      rooms: tenant.rooms.length,
    });
    const bySystem: Record<SimSystem, SimServer> = { cloudlink, cronofy, graph };
    const serverOf = (system: SimSystem): SimServer => {
      const server = bySystem[system] as SimServer | undefined;
      if (!server) throw new Error(`Unknown system "${String(system)}"`);
      return server;
    };
    return {
      cloudlink: { baseUrl: `${cloudlink.origin}/{service}/2017-09-01`, ...cloudlinkCredentials },
      cronofy: { baseUrl: cronofy.origin, ...cronofyCredentials },
      graph: { baseUrl: `${graph.origin}/v1.0`, loginUrl: graph.origin, ...graphCredentials },
      state,
      faults,
      takeDown: async (system) => {
        await serverOf(system).stopListening();
      },
      bringUp: async (system) => {
        await serverOf(system).listenAgain();
      },
      close: closeAll,
    };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

function callProgress(given: SimulatorOptions['callProgress']): CallProgress {
  if (!given) return DEFAULT_CALL_PROGRESS;
  const answerMs = Math.max(0, given.answerMs);
  return {
    ringMs: Math.min(Math.max(0, given.ringMs), answerMs),
    answerMs,
    talkMs: Math.max(0, given.talkMs ?? DEFAULT_CALL_PROGRESS.talkMs),
  };
}
