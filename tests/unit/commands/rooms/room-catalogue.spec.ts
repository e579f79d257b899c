import assert from 'node:assert/strict';
import { RoomCatalogueCache } from '../../../../bot/commands/rooms/room-catalogue';
import { createLogger } from '../../../../bot/log';
import type { CronofyRoom, GraphRoom } from '../../../../bot/services';
import { place, resource } from './fixtures';

function sources(): {
  calls: { cronofy: number; graph: number };
  fail: { now: boolean };
  release: () => void;
  hold: { now: boolean };
  cronofy: { listRooms: () => Promise<CronofyRoom[]> };
  graph: { listRooms: () => Promise<GraphRoom[]> };
} {
  const calls = { cronofy: 0, graph: 0 };
  const fail = { now: false };
  const hold = { now: false };
  let waiting: Array<() => void> = [];
  return {
    calls,
    fail,
    hold,
    release: () => {
      waiting.forEach((w) => w());
      waiting = [];
    },
    cronofy: {
      listRooms: async () => {
        calls.cronofy++;
        if (hold.now) await new Promise<void>((resolve) => waiting.push(resolve));
        if (fail.now) throw new Error('cronofy down');
        return [resource(`room${calls.cronofy}`)];
      },
    },
    graph: {
      listRooms: () => {
        calls.graph++;
        return Promise.resolve([place('room1', { capacity: 10 })]);
      },
    },
  };
}

const logger = createLogger({ level: 'error', sink: () => undefined });

describe('rooms: the cached room list', () => {
  it('loads once for callers arriving together', async () => {
    const s = sources();
    const cache = new RoomCatalogueCache(s, { ttlMs: 60_000, logger });
    s.hold.now = true;
    const both = Promise.all([cache.catalogue(), cache.catalogue()]);
    s.release();
    const [a, b] = await both;
    assert.equal(a, b);
    assert.equal(s.calls.cronofy, 1);
    assert.equal(s.calls.graph, 1);
    assert.equal(a.rooms[0]?.capacity, 10);
  });

  it('serves the list from memory until it is older than the TTL, then refreshes it once in the background', async () => {
    let now = 1_000_000;
    const s = sources();
    const cache = new RoomCatalogueCache(s, { ttlMs: 60_000, logger, now: () => now });
    const first = await cache.catalogue();
    now += 30_000;
    assert.equal(await cache.catalogue(), first);
    assert.equal(s.calls.cronofy, 1);
    now += 31_000;
    s.hold.now = true;
    // Stale: still served at once, while one refresh runs.
    assert.equal(await cache.catalogue(), first);
    assert.equal(await cache.catalogue(), first);
    assert.equal(s.calls.cronofy, 2);
    s.hold.now = false;
    s.release();
    await new Promise((resolve) => setImmediate(resolve));
    const fresh = await cache.catalogue();
    assert.notEqual(fresh, first);
    assert.equal(fresh.rooms[0]?.id, 'cal_room2');
  });

  it('keeps the previous list when a refresh fails, and waits before trying again', async () => {
    let now = 0;
    const s = sources();
    const cache = new RoomCatalogueCache(s, {
      ttlMs: 1000,
      logger,
      now: () => now,
      failedRefreshPauseMs: 5000,
    });
    const first = await cache.catalogue();
    s.fail.now = true;
    now = 2000;
    assert.equal(await cache.catalogue(), first);
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(await cache.catalogue(), first);
    assert.equal(s.calls.cronofy, 2, 'no second refresh during the pause');
    now = 8000;
    s.fail.now = false;
    await cache.catalogue();
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(s.calls.cronofy, 3);
  });

  it('rejects a failed first load with its error, and loads again on the next call', async () => {
    const s = sources();
    const cache = new RoomCatalogueCache(s, { ttlMs: 1000, logger });
    s.fail.now = true;
    await assert.rejects(cache.catalogue(), /cronofy down/);
    s.fail.now = false;
    const loaded = await cache.catalogue();
    assert.equal(loaded.rooms.length, 1);
  });
});
