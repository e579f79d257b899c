/**
 * Room booking rules: which rooms fit a request and in what order to offer them, the free slots
 * of a day within working hours, a deterministic event id (a retried booking updates the same
 * event instead of creating a second one), and request validation.
 */
import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import { luxonZone } from '../time-zones';
import { foldText } from './name-text';

export interface BookableRoom {
  id: string;
  name: string;
  capacity: number;
  equipment: readonly string[];
  building?: string;
  floor?: string;
  wheelchairAccessible?: boolean;
}

export interface RoomRequest {
  start: Date;
  durationMinutes: number;
  people?: number;
  equipment: readonly string[];
  building?: string;
  wheelchairAccessible?: boolean;
}

export interface Interval {
  start: Date;
  end: Date;
}

export type RoomMisfit = 'tooSmall' | 'missingEquipment' | 'otherBuilding' | 'notWheelchairAccessible';

/** Equipment names compared without case, accents, spaces or dashes ("video conference" = "videoConference"). */
export function equipmentKey(name: string): string {
  return foldText(name).replace(/[^a-z0-9]/g, '');
}

function sameBuilding(a: string | undefined, b: string): boolean {
  return a !== undefined && foldText(a).trim() === foldText(b).trim();
}

/** Why a room does not fit a request (empty when it fits). */
export function roomMisfits(
  room: BookableRoom,
  request: Omit<RoomRequest, 'start' | 'durationMinutes'>,
): RoomMisfit[] {
  const misfits: RoomMisfit[] = [];
  if (request.people !== undefined && room.capacity < request.people) misfits.push('tooSmall');
  const has = new Set(room.equipment.map(equipmentKey));
  if (request.equipment.some((e) => !has.has(equipmentKey(e)))) misfits.push('missingEquipment');
  if (
    request.building !== undefined &&
    request.building.trim() !== '' &&
    !sameBuilding(room.building, request.building)
  ) {
    misfits.push('otherBuilding');
  }
  if (request.wheelchairAccessible === true && room.wheelchairAccessible !== true)
    misfits.push('notWheelchairAccessible');
  return misfits;
}

/** Whether a room fits a request: seats, equipment, building (time is the calendar's business). */
export function fitsRoom(
  room: BookableRoom,
  request: Omit<RoomRequest, 'start' | 'durationMinutes'>,
): boolean {
  return roomMisfits(room, request).length === 0;
}

/** The rooms that fit, smallest first, then by building, then by name (then id, for a stable order). */
export function rankRooms<R extends BookableRoom>(
  rooms: readonly R[],
  request: Omit<RoomRequest, 'start' | 'durationMinutes'>,
): R[] {
  return rooms
    .filter((r) => fitsRoom(r, request))
    .sort(
      (a, b) =>
        a.capacity - b.capacity ||
        compare(foldText(a.building ?? ''), foldText(b.building ?? '')) ||
        compare(foldText(a.name), foldText(b.name)) ||
        compare(a.id, b.id),
    );
}

export interface WorkingHours {
  /** IANA time zone of the organisation. */
  timeZone: string;
  /** "HH:mm", local time. */
  start: string;
  end: string;
  /** ISO weekdays (1 = Monday … 7 = Sunday) the office is open. */
  days: readonly number[];
}

/** 08:00–19:00, Monday to Friday, in the given time zone. */
export function defaultWorkingHours(timeZone: string): WorkingHours {
  return { timeZone, start: '08:00', end: '19:00', days: [1, 2, 3, 4, 5] };
}

function hoursAndMinutes(text: string): { hour: number; minute: number } {
  const match = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!match) throw new RangeError(`Working hours must read HH:mm, not "${text}"`);
  return { hour: Number(match[1]), minute: Number(match[2]) };
}

/**
 * The working-hours windows of `count` open days, starting with the day `from` falls on (in the
 * organisation's time zone): "that day and the next" is `count = 2`.
 */
export function workingWindows(from: Date, count: number, hours: WorkingHours): Interval[] {
  const open = hoursAndMinutes(hours.start);
  const close = hoursAndMinutes(hours.end);
  const windows: Interval[] = [];
  let day = DateTime.fromJSDate(from, { zone: luxonZone(hours.timeZone) }).startOf('day');
  if (!day.isValid) throw new RangeError(`Unknown time zone "${hours.timeZone}"`);
  // A week and a bit is enough to find `count` open days unless no day is open.
  for (
    let i = 0;
    windows.length < count && i < 7 * Math.max(1, count) + 7;
    i++, day = day.plus({ days: 1 })
  ) {
    if (!hours.days.includes(day.weekday)) continue;
    const start = day.set({ hour: open.hour, minute: open.minute });
    const end = day.set({ hour: close.hour, minute: close.minute });
    if (end > start) windows.push({ start: start.toJSDate(), end: end.toJSDate() });
  }
  return windows;
}

export interface FreeSlotOptions {
  /** Slot starts are this many minutes apart, from the window start (default 15). */
  stepMinutes?: number;
  /** No slot starts before this instant (usually now). */
  notBefore?: Date;
  /** At most this many slots (default: all). */
  limit?: number;
}

/**
 * The free slots of `durationMinutes` inside the windows, starting every `stepMinutes` from each
 * window's start, that overlap no busy interval. Earliest first.
 */
export function freeSlots(
  busy: readonly Interval[],
  windows: readonly Interval[],
  durationMinutes: number,
  options: FreeSlotOptions = {},
): Interval[] {
  const step = (options.stepMinutes ?? 15) * 60_000;
  const length = durationMinutes * 60_000;
  if (step <= 0 || length <= 0) return [];
  const limit = options.limit ?? Number.POSITIVE_INFINITY;
  const notBefore = options.notBefore?.getTime() ?? Number.NEGATIVE_INFINITY;
  const sortedBusy = [...busy].sort((a, b) => a.start.getTime() - b.start.getTime());
  const sortedWindows = [...windows].sort((a, b) => a.start.getTime() - b.start.getTime());
  const slots: Interval[] = [];
  for (const window of sortedWindows) {
    const from = window.start.getTime();
    const to = window.end.getTime();
    let t = from;
    if (t < notBefore) t = from + Math.ceil((notBefore - from) / step) * step;
    // Busy intervals are swept once per window: the pointer only moves forward.
    let b = 0;
    while (t + length <= to && slots.length < limit) {
      while (b < sortedBusy.length && sortedBusy[b]!.end.getTime() <= t) b++;
      let clash: number | undefined;
      for (let k = b; k < sortedBusy.length && sortedBusy[k]!.start.getTime() < t + length; k++) {
        const end = sortedBusy[k]!.end.getTime();
        if (end > t) clash = Math.max(clash ?? end, end);
      }
      if (clash === undefined) {
        slots.push({ start: new Date(t), end: new Date(t + length) });
        t += step;
      } else {
        // Jump to the first step boundary at or after the clash ends.
        t = from + Math.ceil((clash - from) / step) * step;
      }
    }
  }
  return slots;
}

/** The slots nearest an instant (before or after), at most `limit`, in time order. */
export function nearestSlots(slots: readonly Interval[], around: Date, limit: number): Interval[] {
  const at = around.getTime();
  return [...slots]
    .sort(
      (a, b) =>
        Math.abs(a.start.getTime() - at) - Math.abs(b.start.getTime() - at) ||
        a.start.getTime() - b.start.getTime(),
    )
    .slice(0, limit)
    .sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** Whether an interval overlaps any busy one. */
export function overlapsAny(slot: Interval, busy: readonly Interval[]): boolean {
  return busy.some((b) => b.start < slot.end && b.end > slot.start);
}

/**
 * A deterministic Cronofy event id for a booking: letters, digits, "-" and "_" only, at most 64
 * characters. The same room, start, duration and organiser always give the same id, so a retried
 * or double-clicked booking updates one event instead of creating two.
 */
export function bookingEventId(booking: {
  roomId: string;
  start: Date;
  durationMinutes: number;
  organizerId: string;
}): string {
  const key = [
    booking.roomId,
    booking.start.toISOString(),
    String(booking.durationMinutes),
    booking.organizerId,
  ].join('\n');
  const hash = createHash('sha256').update(key).digest('base64url').slice(0, 32);
  const when = booking.start.toISOString().replace(/[-:]/g, '').slice(0, 13); // 20261123T0930
  return `bk_${when}_${hash}`;
}

export type BookingProblem = 'pastTime' | 'endBeforeStart' | 'tooShort' | 'tooLong' | 'invalidPeople';

export interface BookingLimits {
  minMinutes: number;
  maxMinutes: number;
  /** A start this close in the past still counts as now (the time spent typing). */
  graceMinutes: number;
}

export const DEFAULT_BOOKING_LIMITS: BookingLimits = { minMinutes: 15, maxMinutes: 12 * 60, graceMinutes: 5 };

/**
 * What is wrong with a booking request (empty when nothing): a start in the past, an end not
 * after the start, a duration out of bounds, a head count below one.
 */
export function validateBooking(
  booking: { start: Date; end?: Date; durationMinutes?: number; people?: number },
  now: Date,
  limits: BookingLimits = DEFAULT_BOOKING_LIMITS,
): BookingProblem[] {
  const problems: BookingProblem[] = [];
  const start = booking.start.getTime();
  if (start < now.getTime() - limits.graceMinutes * 60_000) problems.push('pastTime');
  const minutes =
    booking.end !== undefined
      ? (booking.end.getTime() - start) / 60_000
      : (booking.durationMinutes ?? Number.NaN);
  if (Number.isNaN(minutes) || minutes <= 0) problems.push('endBeforeStart');
  else if (minutes < limits.minMinutes) problems.push('tooShort');
  else if (minutes > limits.maxMinutes) problems.push('tooLong');
  if (booking.people !== undefined && (!Number.isInteger(booking.people) || booking.people < 1))
    problems.push('invalidPeople');
  return problems;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
