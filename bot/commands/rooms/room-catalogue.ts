/**
 * The rooms, joined once and kept in memory: Cronofy resources and Graph places change rarely,
 * and every search needs them. Stale-while-revalidate like the people directory: the first call
 * loads (concurrent callers share that one load); once older than the TTL the list is still
 * served while one background refresh runs; a failed refresh keeps the old list and waits a
 * little before trying again.
 */
import { foldText } from '../../domain/name-text';
import type { Logger } from '../../log';
import type { CallOptions, CronofyClient, GraphClient } from '../../services';
import { joinRooms, type Room } from './room';

export interface RoomCatalogue {
  readonly rooms: readonly Room[];
  readonly loadedAt: Date;
  /** Distinct building names, sorted. */
  readonly buildings: readonly string[];
  byCalendar(calendarId: string): Room | undefined;
}

export interface RoomSources {
  cronofy: Pick<CronofyClient, 'listRooms'>;
  graph: Pick<GraphClient, 'listRooms'>;
}

export interface RoomCatalogueOptions {
  ttlMs: number;
  logger: Logger;
  /** Milliseconds since the epoch (tests inject a clock). */
  now?: () => number;
  /** Pause after a failed background refresh (default min(ttlMs, 30 s)). */
  failedRefreshPauseMs?: number;
}

/** Builds the catalogue's indexes over joined rooms. */
export function buildCatalogue(rooms: readonly Room[], loadedAt: Date): RoomCatalogue {
  const byCalendar = new Map(rooms.map((r) => [r.calendarId, r]));
  const buildings = [...new Set(rooms.flatMap((r) => (r.building ? [r.building] : [])))].sort((a, b) =>
    foldText(a).localeCompare(foldText(b)),
  );
  return { rooms, loadedAt, buildings, byCalendar: (id) => byCalendar.get(id) };
}

export class RoomCatalogueCache {
  private current: RoomCatalogue | undefined;
  private loading: Promise<RoomCatalogue> | undefined;
  private noRefreshBefore = 0;
  private readonly now: () => number;
  private readonly pauseMs: number;

  constructor(
    private readonly sources: RoomSources,
    private readonly options: RoomCatalogueOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.pauseMs = options.failedRefreshPauseMs ?? Math.min(options.ttlMs, 30_000);
  }

  /** The rooms; loads them on the first call (rejecting with the upstream error if that fails). */
  async catalogue(options: CallOptions = {}): Promise<RoomCatalogue> {
    const current = this.current;
    if (current === undefined) return this.loading ?? this.startLoad(options);
    const now = this.now();
    if (
      this.loading === undefined &&
      now - current.loadedAt.getTime() >= this.options.ttlMs &&
      now >= this.noRefreshBefore
    ) {
      this.noRefreshBefore = now + this.pauseMs;
      this.startLoad({}).catch((error: unknown) => {
        this.noRefreshBefore = this.now() + this.pauseMs;
        this.options.logger.warn('room list refresh failed; serving the previous list', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
    }
    return current;
  }

  private startLoad(options: CallOptions): Promise<RoomCatalogue> {
    const run = this.load(options).then(
      (catalogue) => {
        this.loading = undefined;
        this.current = catalogue;
        this.noRefreshBefore = 0;
        return catalogue;
      },
      (error: unknown) => {
        this.loading = undefined;
        throw error;
      },
    );
    this.loading = run;
    return run;
  }

  private async load(options: CallOptions): Promise<RoomCatalogue> {
    const startedAt = this.now();
    const [resources, places] = await Promise.all([
      this.sources.cronofy.listRooms(options),
      this.sources.graph.listRooms(options),
    ]);
    const rooms = joinRooms(resources, places);
    this.options.logger.info('room list loaded', {
      rooms: rooms.length,
      calendars: resources.length,
      places: places.length,
      durationMs: this.now() - startedAt,
    });
    return buildCatalogue(rooms, new Date(startedAt));
  }
}
