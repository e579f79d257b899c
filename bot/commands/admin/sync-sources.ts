/**
 * The primary sources of "sync status", read fresh and in parallel, all of them documented by
 * their vendor: phone-system users (CloudLink `/users`) and their lines (media `/endpoints/{id}`),
 * Teams users with their licences and the organisation's licence seats (Graph `/users`,
 * `/subscribedSkus`), the presence app registration and its consent (Graph), and the bot's own
 * identity map (its storage). CloudLink publishes no route for the Teams integration, the gateway
 * or a sync (vendor facts §1.11): none is called. A source that fails does not hide the others:
 * its part of the card says it could not be checked.
 */
import { mapLimit } from '../../services/http/batches';
import type {
  AppRegistration,
  AppRoleAssignment,
  CallOptions,
  CloudLinkUser,
  GraphUser,
  SubscribedSku,
} from '../../services';
import { isUpstreamError } from '../../services';
import type { IdentityMapDocument } from '../../people/identity-map';
import type { PbxType } from '../../tenant/types';
import type { BotServices } from '../services';

export interface SourceFailure {
  /** 'cloudlink', 'graph', or 'bot' when the bot itself failed. */
  system: string;
  kind: string;
  status?: number;
  correlationId?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: SourceFailure };

/**
 * What the media service said of one user's line (vendor facts §1.5, derived): `monitored` (200,
 * a state other than `unknown`), `notMonitored` (200 `unknown`), `noEndpoint` (404), `noAnswer`
 * (504 or no answer in time: the PBX or gateway did not answer), `failed` (anything else).
 */
export type LineProbe = 'monitored' | 'notMonitored' | 'noEndpoint' | 'noAnswer' | 'failed';

export interface EndpointReading {
  userId: string;
  extension: string;
  probe: LineProbe;
}

export interface SyncSources {
  cloudLinkUsers: Outcome<CloudLinkUser[]>;
  teamsUsers: Outcome<GraphUser[]>;
  /** The organisation's licence subscriptions (Teams Phone seats). */
  licences: Outcome<SubscribedSku[]>;
  /** The bot's manual mappings and last applied sync. */
  identityMap: Outcome<IdentityMapDocument>;
  /** The line of every phone-system user with an extension (fails with the user list). */
  endpoints: Outcome<EndpointReading[]>;
  /** null when the presence app is not registered. */
  application: Outcome<AppRegistration | null>;
  consent: Outcome<AppRoleAssignment[]>;
  /** The configured PBX (settings), null when not configured. */
  pbxType: PbxType | null;
}

export type SyncSourceServices = Pick<BotServices, 'cloudlink' | 'graph' | 'settings' | 'identityMap'>;

/** Lines read at once when probing the endpoints. */
export const ENDPOINT_PROBE_CONCURRENCY = 16;
/**
 * Lines read before the others, to tell a gateway that does not answer at all. One: its 504s,
 * retried, already count three failures towards CloudLink's shared circuit breaker (five open it).
 */
const FIRST_PROBES = 1;
/** The probes stop this long before the deadline, so that the card is still sent in time. */
const PROBE_MARGIN_MS = 300;

function failureOf(error: unknown): SourceFailure {
  if (isUpstreamError(error)) {
    return {
      system: error.system,
      kind: error.kind,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.correlationId !== undefined ? { correlationId: error.correlationId } : {}),
    };
  }
  return { system: 'bot', kind: 'unexpected' };
}

async function outcome<T>(promise: Promise<T>, onFailure: (error: unknown) => void): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    onFailure(error);
    return { ok: false, failure: failureOf(error) };
  }
}

function probeOf(error: unknown): LineProbe {
  if (!isUpstreamError(error)) return 'failed';
  if (error.kind === 'not-found') return 'noEndpoint';
  // An open circuit: CloudLink stopped answering moments ago.
  if (error.kind === 'timeout' || error.kind === 'circuit-open' || error.status === 504) return 'noAnswer';
  return 'failed';
}

/** Reads the line of every user with an extension, a few at a time, until the deadline. */
async function probeEndpoints(
  services: SyncSourceServices,
  users: readonly CloudLinkUser[],
  options: CallOptions,
): Promise<EndpointReading[]> {
  const withLine = users.filter((u) => u.extension !== undefined && u.extension.trim() !== '');
  const stopAt = options.deadline !== undefined ? options.deadline - PROBE_MARGIN_MS : undefined;
  const probe = (user: CloudLinkUser): Promise<EndpointReading> => probeOne(services, user, options, stopAt);
  // One line first: when it gets no answer, the gateway is not answering and the others are not
  // asked (each would wait for its own 504 and trip the CloudLink circuit breaker).
  const first = await mapLimit(withLine.slice(0, FIRST_PROBES), FIRST_PROBES, probe);
  if (first.length === FIRST_PROBES && first.every((r) => r.probe === 'noAnswer')) {
    return [
      ...first,
      ...withLine
        .slice(FIRST_PROBES)
        .map((u) => ({ userId: u.id, extension: u.extension!.trim(), probe: 'noAnswer' as const })),
    ];
  }
  return [...first, ...(await mapLimit(withLine.slice(FIRST_PROBES), ENDPOINT_PROBE_CONCURRENCY, probe))];
}

async function probeOne(
  services: SyncSourceServices,
  user: CloudLinkUser,
  options: CallOptions,
  stopAt: number | undefined,
): Promise<EndpointReading> {
  const extension = user.extension!.trim();
  if (stopAt !== undefined && Date.now() >= stopAt) return { userId: user.id, extension, probe: 'noAnswer' };
  try {
    const status = await services.cloudlink.getEndpoint(extension, {
      ...options,
      ...(stopAt !== undefined ? { deadline: stopAt } : {}),
    });
    return { userId: user.id, extension, probe: status.state === 'unknown' ? 'notMonitored' : 'monitored' };
  } catch (error) {
    return { userId: user.id, extension, probe: probeOf(error) };
  }
}

/** Reads every source at once; `onFailure` hears of each source that failed. */
export async function readSyncSources(
  services: SyncSourceServices,
  options: CallOptions,
  onFailure: (error: unknown) => void,
): Promise<SyncSources> {
  const { cloudlink, graph, settings, identityMap } = services;
  const usersRead = cloudlink.listUsers(options);
  const endpointsRead = usersRead.then((users) => probeEndpoints(services, users, options));
  // The probes fail only with the user list, whose failure is reported once.
  endpointsRead.catch(() => undefined);
  const [cloudLinkUsers, teamsUsers, licences, map, application, consent] = await Promise.all([
    outcome(usersRead, onFailure),
    outcome(graph.listUsers(options), onFailure),
    outcome(graph.listSubscribedSkus(options), onFailure),
    outcome(identityMap.read(), onFailure),
    outcome(graph.getApplication(settings.presenceAppId, options), onFailure),
    outcome(graph.getAppRoleAssignments(settings.presenceAppId, options), onFailure),
  ]);
  const endpoints = await outcome(endpointsRead, () => undefined);
  return {
    cloudLinkUsers,
    teamsUsers,
    licences,
    identityMap: map,
    endpoints,
    application,
    consent,
    pbxType: settings.pbxType,
  };
}

/** The sources as read at one moment, with what failed (for each turn's journal). */
export interface SyncReading {
  sources: SyncSources;
  /** When the sources were read. */
  readAt: Date;
  /** The errors of the sources that failed. */
  errors: unknown[];
}

export interface SyncSourceCacheOptions {
  /** How long a reading in which every source answered may be shown again (0: read every time). */
  maxAgeMs: number;
  now?: () => number;
}

/**
 * The last complete reading of the sources, shared by every admin of the organisation. Reading
 * them is the heaviest thing the bot does (every phone-system user page by page, every Teams user,
 * the app registration, its consent and the gateway), and admins ask again and again while they
 * fix things; a reading a few seconds old answers a typed "sync status" or a page turn, with its
 * time on the card. Refresh, Sync now and a new mapping always read afresh. A reading in which a
 * source failed is never kept: the next ask tries that source again.
 */
export class SyncSourceCache {
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private held: SyncReading | undefined;
  /** The reading in flight for asks that accept a recent one, shared between them. */
  private inFlight: Promise<SyncReading> | undefined;

  constructor(options: SyncSourceCacheOptions) {
    this.maxAgeMs = options.maxAgeMs;
    this.now = options.now ?? Date.now;
  }

  /** A reading no older than the maximum age (or a new one when `fresh`). */
  read(
    services: SyncSourceServices,
    options: CallOptions,
    { fresh }: { fresh: boolean },
  ): Promise<SyncReading> {
    if (fresh || this.maxAgeMs <= 0) return this.readNow(services, options);
    const held = this.held;
    if (held && this.now() - held.readAt.getTime() < this.maxAgeMs) return Promise.resolve(held);
    this.inFlight ??= this.readNow(services, options).finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Drops the held reading (after a change made through the bot). */
  forget(): void {
    this.held = undefined;
  }

  private async readNow(services: SyncSourceServices, options: CallOptions): Promise<SyncReading> {
    const readAt = new Date(this.now());
    const errors: unknown[] = [];
    const sources = await readSyncSources(services, options, (error) => errors.push(error));
    const reading = { sources, readAt, errors };
    if (errors.length === 0 && this.maxAgeMs > 0) {
      if (!this.held || this.held.readAt.getTime() <= readAt.getTime()) this.held = reading;
    }
    return reading;
  }
}
