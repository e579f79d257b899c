/**
 * The primary sources of "sync status", read fresh and in parallel: phone-system users and the
 * Teams integration (CloudLink), Teams users with their licences, the presence app registration
 * and its consent (Graph), and the gateway. A source that fails does not hide the others: its
 * part of the card says it could not be checked.
 */
import type {
  AppRegistration,
  AppRoleAssignment,
  CallOptions,
  CloudLinkUser,
  GatewayStatus,
  GraphUser,
  TeamsIntegration,
} from '../../services';
import { isUpstreamError } from '../../services';
import type { BotServices } from '../services';

export interface SourceFailure {
  /** 'cloudlink', 'graph', or 'bot' when the bot itself failed. */
  system: string;
  kind: string;
  status?: number;
  correlationId?: string;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; failure: SourceFailure };

export interface SyncSources {
  cloudLinkUsers: Outcome<CloudLinkUser[]>;
  teamsUsers: Outcome<GraphUser[]>;
  /** null when the Teams integration has not been added to the account. */
  integration: Outcome<TeamsIntegration | null>;
  gateway: Outcome<GatewayStatus>;
  /** null when the presence app is not registered. */
  application: Outcome<AppRegistration | null>;
  consent: Outcome<AppRoleAssignment[]>;
}

async function outcome<T>(promise: Promise<T>, onFailure: (error: unknown) => void): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await promise };
  } catch (error) {
    onFailure(error);
    if (isUpstreamError(error)) {
      return {
        ok: false,
        failure: {
          system: error.system,
          kind: error.kind,
          ...(error.status !== undefined ? { status: error.status } : {}),
          ...(error.correlationId !== undefined ? { correlationId: error.correlationId } : {}),
        },
      };
    }
    return { ok: false, failure: { system: 'bot', kind: 'unexpected' } };
  }
}

/** Reads every source at once; `onFailure` hears of each source that failed. */
export async function readSyncSources(
  services: Pick<BotServices, 'cloudlink' | 'graph' | 'settings'>,
  options: CallOptions,
  onFailure: (error: unknown) => void,
): Promise<SyncSources> {
  const { cloudlink, graph, settings } = services;
  const [cloudLinkUsers, teamsUsers, integration, gateway, application, consent] = await Promise.all([
    outcome(cloudlink.listUsers(options), onFailure),
    outcome(graph.listUsers(options), onFailure),
    outcome(cloudlink.getTeamsIntegration(settings.accountId, options), onFailure),
    outcome(cloudlink.getGatewayStatus(settings.accountId, options), onFailure),
    outcome(graph.getApplication(settings.presenceAppId, options), onFailure),
    outcome(graph.getAppRoleAssignments(settings.presenceAppId, options), onFailure),
  ]);
  return { cloudLinkUsers, teamsUsers, integration, gateway, application, consent };
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
    services: Pick<BotServices, 'cloudlink' | 'graph' | 'settings'>,
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

  private async readNow(
    services: Pick<BotServices, 'cloudlink' | 'graph' | 'settings'>,
    options: CallOptions,
  ): Promise<SyncReading> {
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
