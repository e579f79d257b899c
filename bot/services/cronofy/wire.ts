/**
 * Cronofy wire details (ARCHITECTURE.md, "Cronofy"). Details the public documentation does not
 * confirm for this project are marked (unconfirmed); each sits here alone so that a difference
 * on the real service is a one-line change.
 */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import type { EventAttendee } from './types';

const seg = encodeURIComponent;

export const paths = {
  token: '/oauth/token',
  resources: '/v1/resources',
  availability: '/v1/availability',
  events: '/v1/events',
  calendarEvents: (calendarId: string): string => `/v1/calendars/${seg(calendarId)}/events`,
};

/** At most this many members in one availability participant group, so one request per batch. */
export const AVAILABILITY_BATCH_SIZE = 50;

/** Availability requests in flight at once (Cronofy allows 50 requests/s per application). */
export const AVAILABILITY_CONCURRENCY = 4;

/** Header the client fills with a fresh id per request, reported as the correlation id. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * Cronofy reads `from`/`to` of GET /v1/events as dates (YYYY-MM-DD) in `tzid`; a server may
 * read them as UTC dates instead. One day of margin before and two after cover both readings,
 * and the client keeps only the events that overlap the instants asked for.
 */
export function eventWindowParams(from: Date, to: Date, tzid: string): { from: string; to: string } {
  const day = (d: Date, shiftDays: number): string => {
    const local = DateTime.fromJSDate(d, { zone: luxonZone(tzid) });
    if (!local.isValid) throw new RangeError(`Unknown time zone ${tzid}`);
    return local.plus({ days: shiftDays }).toISODate() ?? '';
  };
  return { from: day(from, -1), to: day(to, 2) };
}

/**
 * Events created through the API are "managed" and left out of GET /v1/events unless asked
 * for; the bot's own bookings must be seen. (unconfirmed that the simulator needs it; harmless.)
 */
export const INCLUDE_MANAGED = { include_managed: 'true' } as const;

/** Attendees of an upsert, in Cronofy's `{ invite: [...] }` shape (unconfirmed for the simulator). */
export function attendeesWire(attendees: EventAttendee[]): {
  invite: Array<{ email: string; display_name?: string }>;
} {
  return {
    invite: attendees.map((a) =>
      a.displayName ? { email: a.email, display_name: a.displayName } : { email: a.email },
    ),
  };
}

/** An instant as Cronofy writes them: UTC, whole seconds. */
export function cronofyInstant(d: Date): string {
  return new Date(Math.floor(d.getTime() / 1000) * 1000).toISOString().replace(/\.000Z$/, 'Z');
}

/** The error key of a 422 `{ errors: { field: [{ key }] } }` (slot conflicts first) or an OAuth `error`. */
export function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record['error'] === 'string') return record['error'];
  const errors = record['errors'];
  if (typeof errors !== 'object' || errors === null) return undefined;
  const keys: string[] = [];
  for (const list of Object.values(errors as Record<string, unknown>)) {
    if (!Array.isArray(list)) continue;
    for (const item of list as unknown[]) {
      const key =
        typeof item === 'object' && item !== null ? (item as Record<string, unknown>)['key'] : undefined;
      if (typeof key === 'string') keys.push(key);
    }
  }
  return keys.find(isSlotUnavailable) ?? keys[0];
}

/** A 422 saying the slot is taken by another event (unconfirmed key on the real service). */
export function isSlotUnavailable(code: string | undefined): boolean {
  return code !== undefined && /(^|\.)slot_unavailable$/.test(code);
}
