/**
 * Which rooms fit a request and are free, and, when none is, the nearest free times that day and
 * the next. A round of availability requests (the client batches the rooms, 50 to a request, a few
 * in flight) asks for the requested slot only: its answer lists at most one slot per room. Only
 * when no room is free does a second round ask for the working hours of both days, whose answer is
 * a slot every quarter hour per room, some fifty times larger.
 */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import {
  defaultWorkingHours,
  nearestSlots,
  rankRooms,
  workingWindows,
  type Interval,
} from '../../domain/booking';
import type { CallOptions, CronofyClient, TimeSlot } from '../../services';
import type { Room } from './room';
import type { RoomQuery } from './room-query';

/** Alternatives start on the quarter hour. */
export const SLOT_STEP_MINUTES = 15;
/** Free times offered per day when nothing is free at the time asked. */
export const ALTERNATIVES_PER_DAY = 3;

export interface AlternativeSlot {
  start: Date;
  end: Date;
  /** The best room (smallest that fits) free then. */
  room: Room;
}

export interface AlternativeDay {
  /** The window's start (the day, in the user's time zone). */
  day: Date;
  slots: AlternativeSlot[];
}

export interface SearchOutcome {
  /** The rooms that fit the request whatever the time, best first. */
  fitting: Room[];
  /** Those free for the whole slot, best first. */
  free: Room[];
  /** When none is free: the nearest free times on the request's day and the next open day. */
  alternatives: AlternativeDay[];
  /**
   * When none fits only because of the number of people: the largest room that has the equipment
   * and is in the buildings asked for (so that the card can say how large it is).
   */
  largest?: Room;
}

export interface SearchOptions extends CallOptions {
  now: Date;
  /** Only rooms of these buildings (undefined: any building). */
  buildings?: readonly string[];
  /** A room known to be taken at that time (it was just booked by someone else). */
  takenRoom?: string;
}

/** The rooms that fit (seats, equipment, building), best first. */
export function fittingRooms(
  rooms: readonly Room[],
  query: RoomQuery,
  buildings?: readonly string[],
): Room[] {
  const inBuildings = buildings
    ? rooms.filter((r) => r.building !== undefined && buildings.includes(r.building))
    : rooms;
  return rankRooms(inBuildings, {
    equipment: query.equipment.filter((e) => e !== 'wheelchair'),
    ...(query.people !== undefined ? { people: query.people } : {}),
    ...(query.equipment.includes('wheelchair') ? { wheelchairAccessible: true } : {}),
  });
}

/** Without the number of people, the room that fits with the most seats (none when nothing fits anyway). */
export function largestRoom(
  rooms: readonly Room[],
  query: RoomQuery,
  buildings?: readonly string[],
): Room | undefined {
  if (query.people === undefined) return undefined;
  const { people: _people, ...rest } = query;
  let best: Room | undefined;
  for (const room of fittingRooms(rooms, rest, buildings)) {
    if (room.capacity > 0 && (best === undefined || room.capacity > best.capacity)) best = room;
  }
  return best;
}

/** The periods asked in one availability round: the slot itself and the working hours of both days. */
export function searchPeriods(query: RoomQuery, now: Date): { slot: Interval; windows: Interval[] } {
  const slot = { start: query.start, end: new Date(query.start.getTime() + query.durationMinutes * 60_000) };
  const step = SLOT_STEP_MINUTES * 60_000;
  const earliest = Math.ceil(now.getTime() / 60_000) * 60_000;
  const windows = workingWindows(query.start, 2, defaultWorkingHours(query.timeZone)).flatMap((w) => {
    // Slots start on the window's quarter hours, none in the past.
    const from = w.start.getTime();
    const start = from + Math.max(0, Math.ceil((earliest - from) / step)) * step;
    return w.end.getTime() - start >= query.durationMinutes * 60_000
      ? [{ start: new Date(start), end: w.end }]
      : [];
  });
  return { slot, windows };
}

function covers(slots: readonly TimeSlot[], wanted: Interval): boolean {
  return slots.some(
    (s) => s.start.getTime() <= wanted.start.getTime() && s.end.getTime() >= wanted.end.getTime(),
  );
}

/** Finds the free rooms for a request, or the nearest free times. */
export async function searchRooms(
  cronofy: Pick<CronofyClient, 'availability'>,
  rooms: readonly Room[],
  query: RoomQuery,
  options: SearchOptions,
): Promise<SearchOutcome> {
  const { now, buildings, takenRoom, ...callOptions } = options;
  const fitting = fittingRooms(rooms, query, buildings);
  if (fitting.length === 0) {
    const largest = largestRoom(rooms, query, buildings);
    return largest
      ? { fitting, free: [], alternatives: [], largest }
      : { fitting, free: [], alternatives: [] };
  }
  const { slot, windows } = searchPeriods(query, now);
  const subs = fitting.map((r) => r.sub);
  const atSlot = await cronofy.availability(subs, [slot], query.durationMinutes, callOptions);
  const freeRooms = fitting.filter((r) => r.id !== takenRoom && covers(atSlot.get(r.sub) ?? [], slot));
  if (freeRooms.length > 0 || windows.length === 0) return { fitting, free: freeRooms, alternatives: [] };
  // Nothing free at the time asked: a second round for the rest of both days.
  const free = await cronofy.availability(subs, windows, query.durationMinutes, {
    ...callOptions,
    startIntervalMinutes: SLOT_STEP_MINUTES,
  });
  return { fitting, free: [], alternatives: alternatives(fitting, free, windows, query, takenRoom) };
}

function alternatives(
  fitting: readonly Room[],
  free: ReadonlyMap<string, TimeSlot[]>,
  windows: readonly Interval[],
  query: RoomQuery,
  takenRoom: string | undefined,
): AlternativeDay[] {
  const asked = DateTime.fromJSDate(query.start, { zone: luxonZone(query.timeZone) });
  const length = query.durationMinutes * 60_000;
  return windows.map((window) => {
    // The best room at each start time: rooms come best first, so the first one seen wins.
    const best = new Map<number, Room>();
    for (const room of fitting) {
      for (const s of free.get(room.sub) ?? []) {
        const start = s.start.getTime();
        const inWindow = start >= window.start.getTime() && start + length <= window.end.getTime();
        const isAsked = room.id === takenRoom && start === query.start.getTime();
        if (inWindow && !isAsked && s.end.getTime() - start >= length && !best.has(start))
          best.set(start, room);
      }
    }
    const day = DateTime.fromJSDate(window.start, { zone: luxonZone(query.timeZone) });
    // Around the time asked, on that day.
    const around = day.set({ hour: asked.hour, minute: asked.minute }).toJSDate();
    const candidates = [...best.keys()].map((start) => ({
      start: new Date(start),
      end: new Date(start + length),
    }));
    const slots = nearestSlots(candidates, around, ALTERNATIVES_PER_DAY).map((s) => ({
      ...s,
      room: best.get(s.start.getTime())!,
    }));
    return { day: window.start, slots };
  });
}
