/** Cronofy answers → the project's types. A wrong shape throws WireShapeError ('protocol'). */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import {
  arrayField,
  asObject,
  optNumber,
  optObject,
  optString,
  reqString,
  WireShapeError,
  type WireObject,
} from '../http/wire-read';
import type { CalendarEvent, CronofyRoom, TimeSlot } from './types';

export function readRooms(body: unknown): CronofyRoom[] {
  const o = asObject(body, 'answer');
  return arrayField(o, 'resources', 'answer').map((r, i) => {
    const what = `resources[${i}]`;
    const room = asObject(r, what);
    const location = optObject(room, 'location', what);
    const building = location ? optString(location, 'building_name', `${what}.location`) : undefined;
    const floor = location ? optString(location, 'floor_name', `${what}.location`) : undefined;
    return {
      sub: reqString(room, 'sub', what),
      calendarId: reqString(room, 'calendar_id', what),
      email: reqString(room, 'email', what),
      name: optString(room, 'name', what) ?? reqString(room, 'email', what),
      capacity: optNumber(room, 'capacity', what) ?? null,
      ...(building ? { building } : {}),
      ...(floor ? { floor } : {}),
    };
  });
}

/** Free slots per participant sub, from `available_slots` (or `available_periods`). */
export function readAvailability(body: unknown, into: Map<string, TimeSlot[]>): void {
  const o = asObject(body, 'answer');
  const key = o['available_slots'] !== undefined ? 'available_slots' : 'available_periods';
  const seen = new Set<string>();
  arrayField(o, key, 'answer').forEach((s, i) => {
    const what = `${key}[${i}]`;
    const slot = asObject(s, what);
    const start = instant(slot, 'start', what);
    const end = instant(slot, 'end', what);
    for (const [j, p] of arrayField(slot, 'participants', what).entries()) {
      const sub = reqString(asObject(p, `${what}.participants[${j}]`), 'sub', `${what}.participants[${j}]`);
      const list = into.get(sub);
      // Subs that were not asked for are ignored; a slot is recorded once per participant.
      const once = `${sub} ${start.getTime()} ${end.getTime()}`;
      if (list && !seen.has(once)) {
        seen.add(once);
        list.push({ start, end });
      }
    }
  });
}

export interface EventsPage {
  events: CalendarEvent[];
  /** An absolute or relative URL, or a page number, of the next page. */
  next: string | number | undefined;
}

export function readEventsPage(body: unknown, tzid: string): EventsPage {
  const o = asObject(body, 'answer');
  const pages = optObject(o, 'pages', 'answer');
  const events = arrayField(o, 'events', 'answer').map((e, i) => readEvent(e, `events[${i}]`, tzid));
  let next: string | number | undefined;
  if (pages) {
    const nextPage = pages['next_page'];
    const current = optNumber(pages, 'current', 'pages');
    const total = optNumber(pages, 'total', 'pages');
    if (typeof nextPage === 'string' && nextPage !== '')
      next = /^\d+$/.test(nextPage) ? Number(nextPage) : nextPage;
    else if (typeof nextPage === 'number') next = nextPage;
    else if (current !== undefined && total !== undefined && current < total) next = current + 1;
  }
  return { events, next };
}

function readEvent(value: unknown, what: string, tzid: string): CalendarEvent {
  const o = asObject(value, what);
  const startText = timeText(o, 'start', what);
  const allDay = /^\d{4}-\d{2}-\d{2}$/.test(startText);
  const organizer = optObject(o, 'organizer', what);
  const location = optObject(o, 'location', what);
  const eventId = optString(o, 'event_id', what);
  const organizerEmail = organizer ? optString(organizer, 'email', `${what}.organizer`) : undefined;
  const place = location ? optString(location, 'description', `${what}.location`) : undefined;
  return {
    calendarId: reqString(o, 'calendar_id', what),
    ...(eventId ? { eventId } : {}),
    summary: optString(o, 'summary', what) ?? '',
    start: instant(o, 'start', what, tzid),
    end: instant(o, 'end', what, tzid),
    allDay,
    ...(organizerEmail ? { organizerEmail } : {}),
    attendees: readAttendees(o['attendees'], what),
    ...(place ? { location: place } : {}),
  };
}

/** `[{ email }]`, or `{ invite: [{ email }] }` as written on upsert. */
function readAttendees(value: unknown, what: string): string[] {
  if (value === undefined || value === null) return [];
  const list = Array.isArray(value)
    ? value
    : arrayField(asObject(value, `${what}.attendees`), 'invite', `${what}.attendees`);
  return list.map((a, i) =>
    reqString(asObject(a, `${what}.attendees[${i}]`), 'email', `${what}.attendees[${i}]`),
  );
}

/** The text of a time field: a string, or Cronofy's `{ time, tzid }` form. */
function timeText(o: WireObject, key: string, what: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'object' && v !== null) return reqString(v as WireObject, 'time', `${what}.${key}`);
  throw new WireShapeError(`${what}.${key} is missing or not a time`);
}

/** An instant; a bare date (an all-day event) is midnight in `tzid`. */
function instant(o: WireObject, key: string, what: string, tzid = 'UTC'): Date {
  const text = timeText(o, key, what);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(text)
    ? DateTime.fromISO(text, { zone: luxonZone(tzid) }).toJSDate()
    : new Date(text);
  if (Number.isNaN(date.getTime())) throw new WireShapeError(`${what}.${key} is not a time`);
  return date;
}
