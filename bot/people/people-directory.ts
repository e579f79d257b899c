/**
 * The people, kept in memory and read again from the primary sources when they age: CloudLink
 * users, Graph users, the admin group's members and the manual mappings the bot keeps (bot/people/identity-map.ts).
 *
 * Stale-while-revalidate: the first call loads (and fails with the upstream error when a source
 * fails); once the snapshot is older than the TTL it is still served while one background refresh
 * runs. A failed refresh keeps the previous snapshot, logs a warning and is tried again after a
 * pause, so a down upstream is not hit on every turn.
 */
import type { CountryCode } from '../domain/phone-number';
import type { Logger } from '../log';
import {
  isUpstreamError,
  UpstreamError,
  type CallOptions,
  type CloudLinkClient,
  type GraphClient,
  type UpstreamSystem,
} from '../services';
import type { GroupMember, ManualMapping } from '../services';
import { joinPeople } from './join';
import { buildPeopleSnapshot, type AdminGroupState, type PeopleSnapshot } from './people-snapshot';

/** The CloudLink calls the directory makes. */
export type PeopleCloudLink = Pick<CloudLinkClient, 'listUsers'>;
/** Where the bot keeps its manual mappings (bot/people/identity-map.ts). */
export interface PeopleMappings {
  mappings(): Promise<readonly ManualMapping[]>;
}
/** The Graph calls the directory makes. */
export type PeopleGraph = Pick<GraphClient, 'listUsers' | 'listGroupMembers'>;

export interface PeopleDirectoryOptions {
  cloudlink: PeopleCloudLink;
  graph: PeopleGraph;
  /** The bot's manual mappings (absent: none). */
  identityMap?: PeopleMappings;
  /** The Entra group of the bot's admins ('' = nobody is admin). */
  adminGroupId: string;
  /** How long a snapshot is fresh. */
  ttlMs: number;
  /** The country numbers written without "+" are read in. */
  defaultCountry?: CountryCode;
  logger: Logger;
  /** Milliseconds since the epoch (tests inject a clock). */
  now?: () => number;
  /** The pause after a failed background refresh before the next one (default min(ttlMs, 30 s)). */
  failedRefreshPauseMs?: number;
}

const DEFAULT_FAILED_REFRESH_PAUSE_MS = 30_000;

export class PeopleDirectory {
  private readonly options: PeopleDirectoryOptions;
  private readonly now: () => number;
  private readonly pauseMs: number;
  private current: PeopleSnapshot | undefined;
  /** The load in flight (first load, background refresh or forced refresh). */
  private loading: Promise<PeopleSnapshot> | undefined;
  /** A forced refresh waiting for the load in flight, which may have read the sources too early. */
  private queued: Promise<PeopleSnapshot> | undefined;
  private noRefreshBefore = 0;
  /** The sources the load in flight is still reading. */
  private readonly unread = new Set<[UpstreamSystem, string]>();
  /** The source whose failure stopped the last first-load attempt (cleared once loaded). */
  private firstLoadFailure: UpstreamSystem | undefined;

  constructor(options: PeopleDirectoryOptions) {
    this.options = options;
    this.now = options.now ?? Date.now;
    this.pauseMs = options.failedRefreshPauseMs ?? Math.min(options.ttlMs, DEFAULT_FAILED_REFRESH_PAUSE_MS);
  }

  /**
   * The people: the cached snapshot (refreshed in the background once older than the TTL), or,
   * on the first call, a load; a failed first load rejects with the source's UpstreamError.
   * `options` (deadline, signal) apply to a load this call starts, not to background refreshes;
   * a call that finds the first load already running waits for it until its own deadline, then
   * fails with a 'timeout' of the source still being read.
   */
  async snapshot(options: CallOptions = {}): Promise<PeopleSnapshot> {
    const current = this.current;
    if (current === undefined)
      return this.loading ? this.waitWithin(this.loading, options) : this.startLoad(options);
    const now = this.now();
    if (
      this.loading === undefined &&
      now - current.loadedAt.getTime() >= this.options.ttlMs &&
      now >= this.noRefreshBefore
    ) {
      this.refreshInBackground(current);
    }
    return current;
  }

  /** The snapshot held now, without loading; undefined before the first load. */
  peek(): PeopleSnapshot | undefined {
    return this.current;
  }

  /** Whether the first load is done and, while it is not, the source that made the last try fail. */
  loadState(): { loaded: boolean; failedSource?: UpstreamSystem } {
    if (this.current !== undefined) return { loaded: true };
    return this.firstLoadFailure === undefined
      ? { loaded: false }
      : { loaded: false, failedSource: this.firstLoadFailure };
  }

  /**
   * Reads the sources again now (after "sync now" or a new manual mapping) and resolves with the
   * new snapshot; a failure rejects and keeps the previous snapshot. A load already in flight may
   * have read the sources before the change, so this one starts after it.
   */
  refresh(): Promise<PeopleSnapshot> {
    if (this.queued !== undefined) return this.queued;
    const inFlight = this.loading;
    if (inFlight === undefined) return this.startLoad({});
    const queued = inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        this.queued = undefined;
        // A load started since the one we waited for read the sources after this call: join it.
        return this.loading ?? this.startLoad({});
      });
    this.queued = queued;
    return queued;
  }

  private refreshInBackground(previous: PeopleSnapshot): void {
    // Set before starting, so no call between the failure and its handler starts another one.
    this.noRefreshBefore = this.now() + this.pauseMs;
    this.startLoad({}).catch((error: unknown) => {
      this.noRefreshBefore = this.now() + this.pauseMs;
      this.options.logger.warn('people directory refresh failed; serving the previous snapshot', {
        ...describeError(error),
        snapshotAgeMs: this.now() - previous.loadedAt.getTime(),
        retryInMs: this.pauseMs,
      });
    });
  }

  /** The load in flight, or a 'timeout' when the caller's deadline (or abort) comes first. */
  private async waitWithin(load: Promise<PeopleSnapshot>, options: CallOptions): Promise<PeopleSnapshot> {
    const { deadline, signal } = options;
    if (deadline === undefined && signal === undefined) return load;
    let timer: NodeJS.Timeout | undefined;
    let onAbort: (() => void) | undefined;
    const gaveUp = new Promise<never>((_resolve, reject) => {
      const giveUp = (): void => {
        const [system, operation] = [...this.unread][0] ?? ['cloudlink', 'listUsers'];
        reject(
          new UpstreamError({
            system,
            operation,
            kind: 'timeout',
            detail: 'the people directory is still being read',
          }),
        );
      };
      if (deadline !== undefined) timer = setTimeout(giveUp, Math.max(0, deadline - this.now()));
      onAbort = giveUp;
      if (signal?.aborted) giveUp();
      else signal?.addEventListener('abort', giveUp, { once: true });
    });
    try {
      return await Promise.race([load, gaveUp]);
    } finally {
      clearTimeout(timer);
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  private startLoad(options: CallOptions): Promise<PeopleSnapshot> {
    const run = this.load(options).then(
      (snapshot) => {
        this.loading = undefined;
        this.current = snapshot;
        this.firstLoadFailure = undefined;
        this.noRefreshBefore = 0;
        return snapshot;
      },
      (error: unknown) => {
        this.loading = undefined;
        if (this.current === undefined && isUpstreamError(error)) this.firstLoadFailure = error.system;
        throw error;
      },
    );
    this.loading = run;
    return run;
  }

  private async load(options: CallOptions): Promise<PeopleSnapshot> {
    const { cloudlink, graph, identityMap, defaultCountry, logger } = this.options;
    const startedAt = this.now();
    // Which sources are still being read, for callers who stop waiting.
    const reading = <T>(system: UpstreamSystem, operation: string, promise: Promise<T>): Promise<T> => {
      const entry: [UpstreamSystem, string] = [system, operation];
      this.unread.add(entry);
      return promise.finally(() => this.unread.delete(entry));
    };
    const [cloudLinkUsers, graphUsers, manualMappings, admins] = await Promise.all([
      reading('cloudlink', 'listUsers', cloudlink.listUsers(options)),
      reading('graph', 'listUsers', graph.listUsers(options)),
      identityMap ? identityMap.mappings() : Promise.resolve([]),
      reading('graph', 'listGroupMembers', this.loadAdmins(options)),
    ]);
    const { people, stats } = joinPeople({
      cloudLinkUsers,
      graphUsers,
      manualMappings,
      adminMembers: admins.members,
      defaultCountry,
    });
    const snapshot = buildPeopleSnapshot({
      people,
      loadedAt: new Date(startedAt),
      stats,
      adminGroup: admins.state,
      defaultCountry,
    });
    logger.info('people directory loaded', {
      people: people.length,
      cloudLinkUsers: cloudLinkUsers.length,
      teamsUsers: graphUsers.length,
      admins: snapshot.admins.length,
      adminGroup: admins.state,
      manualMappings: manualMappings.length,
      ...stats,
      durationMs: this.now() - startedAt,
    });
    return snapshot;
  }

  /** The admin group's members; a group that does not exist makes nobody admin rather than failing every turn. */
  private async loadAdmins(
    options: CallOptions,
  ): Promise<{ members: GroupMember[]; state: AdminGroupState }> {
    const { graph, adminGroupId, logger } = this.options;
    if (!adminGroupId) return { members: [], state: 'notConfigured' };
    try {
      return { members: await graph.listGroupMembers(adminGroupId, options), state: 'ok' };
    } catch (error) {
      if (!isUpstreamError(error) || error.kind !== 'not-found') throw error;
      logger.warn('the admin group does not exist; nobody may use admin commands', {
        ...describeError(error),
      });
      return { members: [], state: 'notFound' };
    }
  }
}

function describeError(error: unknown): Record<string, unknown> {
  if (isUpstreamError(error)) {
    return { system: error.system, operation: error.operation, kind: error.kind, error };
  }
  return { error };
}
