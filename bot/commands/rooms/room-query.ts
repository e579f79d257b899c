/**
 * What a room search asks for, read from the understood sentence or from the card's inputs, and
 * what is wrong with it. Times are read in the user's time zone.
 */
import { DateTime } from 'luxon';
import { isTimeZone, luxonZone } from '../../time-zones';
import { ANY_BUILDING } from '../../../cards/rooms/search';
import { defaultWorkingHours, validateBooking, type BookingProblem } from '../../domain/booking';
import { EQUIPMENT, type BookRoomIntent, type Equipment, type WhenError } from '../../language/intents';

export const DEFAULT_DURATION_MINUTES = 30;

export interface RoomQuery {
  start: Date;
  durationMinutes: number;
  people?: number;
  equipment: Equipment[];
  /** The building as the user gave it: a building's name, or their words ("Confluence"). */
  building?: string;
  /** The IANA time zone the user reads times in. */
  timeZone: string;
}

export type QueryProblem = WhenError | BookingProblem | 'unknownBuilding' | 'missingTime';

export interface ReadQuery {
  query: RoomQuery;
  problems: QueryProblem[];
  /** No time of day was given: the start was chosen (the next quarter hour, or the day's opening). */
  timeChosen: boolean;
}

export interface QueryContext {
  now: Date;
  timeZone: string;
}

/** The next quarter hour from now (now itself when it is one), in the time zone's own clock. */
export function nextQuarterHour(now: Date, timeZone: string): Date {
  const local = DateTime.fromJSDate(now, { zone: luxonZone(timeZone) }).startOf('minute');
  const late = local.minute % 15;
  return (late === 0 ? local : local.plus({ minutes: 15 - late })).toJSDate();
}

/** The start for a day given without a time: the next quarter hour today, the opening hour on another day. */
export function startOfDay(day: Date, ctx: QueryContext): Date {
  const zone = ctx.timeZone;
  const date = DateTime.fromJSDate(day, { zone: luxonZone(zone) }).startOf('day');
  const today = DateTime.fromJSDate(ctx.now, { zone: luxonZone(zone) }).startOf('day');
  if (date <= today) return nextQuarterHour(ctx.now, zone);
  const [hour, minute] = defaultWorkingHours(zone).start.split(':').map(Number);
  return date.set({ hour: hour ?? 8, minute: minute ?? 0 }).toJSDate();
}

/** The booking problems of a query (past start, duration out of bounds, head count below one). */
export function queryProblems(query: RoomQuery, now: Date): QueryProblem[] {
  return validateBooking(
    { start: query.start, durationMinutes: query.durationMinutes, people: query.people },
    now,
  );
}

/** The search a "book a room…" sentence asks for. */
export function queryFromIntent(intent: BookRoomIntent, ctx: QueryContext): ReadQuery {
  const timeGiven = intent.start !== undefined && intent.when?.hasTime === true;
  const start =
    intent.start === undefined
      ? nextQuarterHour(ctx.now, ctx.timeZone)
      : timeGiven
        ? intent.start
        : startOfDay(intent.start, ctx);
  const query: RoomQuery = {
    start,
    durationMinutes: intent.durationMinutes ?? DEFAULT_DURATION_MINUTES,
    equipment: [...new Set(intent.equipment)],
    timeZone: ctx.timeZone,
    ...(intent.people !== undefined ? { people: intent.people } : {}),
    ...(intent.building !== undefined ? { building: intent.building } : {}),
  };
  // The language layer's findings first: they say what the user wrote wrong.
  const problems = unique([...(intent.errors ?? []), ...queryProblems(query, ctx.now)]);
  return { query, problems, timeChosen: !timeGiven };
}

/** Equipment names from a card (a multi-select answers "display,whiteboard"); unknown ones are dropped. */
export function readEquipment(value: unknown): Equipment[] {
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  const known = new Set<string>(EQUIPMENT);
  return unique(
    items.flatMap((item) =>
      typeof item === 'string' && known.has(item.trim()) ? [item.trim() as Equipment] : [],
    ),
  );
}

/** A whole number from a card input (Input.Number answers a number or a string). */
export function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  return undefined;
}

/** An IANA time zone from button data, if it is one. */
export function readTimeZone(value: unknown): string | undefined {
  if (typeof value !== 'string' || value === '' || value.length > 64) return undefined;
  return isTimeZone(value) ? value : undefined;
}

/**
 * The search the card's inputs ask for (date, time, duration, people, equipment, building); the
 * button data carries the time zone the card was shown in. Without date and time (a "book a room"
 * button), the next quarter hour.
 */
export function queryFromInputs(data: Record<string, unknown>, ctx: QueryContext): ReadQuery {
  const timeZone = readTimeZone(data.tz) ?? ctx.timeZone;
  const local = { now: ctx.now, timeZone };
  const dateText = typeof data.date === 'string' ? data.date.trim() : '';
  const timeText = typeof data.time === 'string' ? data.time.trim() : '';
  const problems: QueryProblem[] = [];
  const day = /^\d{4}-\d{2}-\d{2}$/.test(dateText)
    ? DateTime.fromISO(dateText, { zone: luxonZone(timeZone) })
    : undefined;
  const clock = /^(\d{1,2}):(\d{2})(:\d{2})?$/.exec(timeText);
  let start: Date;
  let timeChosen = false;
  if (dateText !== '' && (day === undefined || !day.isValid)) {
    problems.push('impossibleDate');
    start = nextQuarterHour(ctx.now, timeZone);
  } else if (clock) {
    const base = day ?? DateTime.fromJSDate(ctx.now, { zone: luxonZone(timeZone) });
    const at = base.set({ hour: Number(clock[1]), minute: Number(clock[2]), second: 0, millisecond: 0 });
    if (!at.isValid || Number(clock[1]) > 23 || Number(clock[2]) > 59) {
      problems.push('missingTime');
      start = startOfDay(base.toJSDate(), local);
    } else start = at.toJSDate();
  } else {
    if (timeText !== '' || day !== undefined) problems.push('missingTime');
    start = day ? startOfDay(day.toJSDate(), local) : nextQuarterHour(ctx.now, timeZone);
    timeChosen = true;
  }
  const people = readNumber(data.people);
  const building = typeof data.building === 'string' ? data.building.trim().slice(0, 100) : '';
  const query: RoomQuery = {
    start,
    durationMinutes: readNumber(data.duration) ?? DEFAULT_DURATION_MINUTES,
    equipment: readEquipment(data.equipment),
    timeZone,
    ...(people !== undefined ? { people } : {}),
    ...(building !== '' && building !== ANY_BUILDING ? { building } : {}),
  };
  // A button without any inputs ("Book a room") is a fresh search, not a mistake.
  const fresh = dateText === '' && timeText === '';
  return {
    query,
    problems: unique([...(fresh ? [] : problems), ...queryProblems(query, ctx.now)]),
    timeChosen,
  };
}

function unique<T>(items: readonly T[]): T[] {
  return [...new Set(items)];
}
