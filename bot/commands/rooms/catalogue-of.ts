/** The one room catalogue of a bot (per services object, so that tests with their own services get their own). */
import type { CallOptions } from '../../services';
import type { BotServices } from '../services';
import { RoomCatalogueCache, type RoomCatalogue } from './room-catalogue';

/** Rooms change rarely; bookings are read live, so ten minutes of staleness costs little. */
export const ROOM_LIST_TTL_MS = 10 * 60_000;

const caches = new WeakMap<BotServices, RoomCatalogueCache>();

/** The rooms of the organisation, cached (see RoomCatalogueCache). */
export function roomCatalogue(services: BotServices, options: CallOptions = {}): Promise<RoomCatalogue> {
  let cache = caches.get(services);
  if (!cache) {
    cache = new RoomCatalogueCache(
      { cronofy: services.cronofy, graph: services.graph },
      { ttlMs: ROOM_LIST_TTL_MS, logger: services.logger.child({ component: 'rooms' }) },
    );
    caches.set(services, cache);
  }
  return cache.catalogue(options);
}
