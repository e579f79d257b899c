/**
 * Room calendars: the events on each room's calendar, kept sorted by start, with Cronofy's
 * upsert semantics (the caller's `event_id` identifies the event; the same id again updates it).
 */

export interface RoomEvent {
  calendarId: string;
  eventId: string;
  eventUid: string;
  summary: string;
  start: number;
  end: number;
  organizer: { email: string; name?: string };
  attendees: Array<{ email: string; name?: string }>;
  location?: string;
  created: number;
  updated: number;
}

export type UpsertResult =
  { kind: 'created' | 'updated'; event: RoomEvent } | { kind: 'conflict'; with: RoomEvent };

export class RoomCalendars {
  private readonly byCalendar = new Map<string, RoomEvent[]>();

  constructor(calendarIds: Iterable<string>) {
    for (const id of calendarIds) this.byCalendar.set(id, []);
  }

  /** Whether a calendar exists. */
  has(calendarId: string): boolean {
    return this.byCalendar.has(calendarId);
  }

  /** Puts an event in place without any check (seeding). */
  seed(event: Omit<RoomEvent, 'eventUid'>): void {
    const list = this.byCalendar.get(event.calendarId);
    if (!list) throw new Error(`Unknown calendar ${event.calendarId}`);
    insertSorted(list, { ...event, eventUid: eventUid(event.calendarId, event.eventId) });
  }

  /** Creates or updates the event with this id; refuses a slot another event already takes. */
  upsert(event: Omit<RoomEvent, 'created' | 'updated' | 'eventUid'>, now: number): UpsertResult {
    const list = this.byCalendar.get(event.calendarId);
    if (!list) throw new Error(`Unknown calendar ${event.calendarId}`);
    const clash = list.find((e) => e.eventId !== event.eventId && e.start < event.end && e.end > event.start);
    if (clash) return { kind: 'conflict', with: clash };
    const index = list.findIndex((e) => e.eventId === event.eventId);
    if (index >= 0) {
      const previous = list[index]!;
      list.splice(index, 1);
      const updated: RoomEvent = {
        ...event,
        eventUid: previous.eventUid,
        created: previous.created,
        updated: now,
      };
      insertSorted(list, updated);
      return { kind: 'updated', event: updated };
    }
    const created: RoomEvent = {
      ...event,
      eventUid: eventUid(event.calendarId, event.eventId),
      created: now,
      updated: now,
    };
    insertSorted(list, created);
    return { kind: 'created', event: created };
  }

  /** Deletes the event with this id; false when it was not there. */
  delete(calendarId: string, eventId: string): boolean {
    const list = this.byCalendar.get(calendarId);
    if (!list) return false;
    const index = list.findIndex((e) => e.eventId === eventId);
    if (index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** Events of one calendar overlapping [from, to). */
  overlapping(calendarId: string, from: number, to: number): RoomEvent[] {
    const list = this.byCalendar.get(calendarId) ?? [];
    const out: RoomEvent[] = [];
    for (const e of list) {
      if (e.start >= to) break;
      if (e.end > from) out.push(e);
    }
    return out;
  }

  /** Events of some calendars (all when undefined) overlapping [from, to), by start then calendar. */
  list(calendarIds: readonly string[] | undefined, from: number, to: number): RoomEvent[] {
    const ids = calendarIds ?? [...this.byCalendar.keys()];
    const out: RoomEvent[] = [];
    for (const id of new Set(ids)) out.push(...this.overlapping(id, from, to));
    return out.sort(
      (a, b) =>
        a.start - b.start || a.calendarId.localeCompare(b.calendarId) || a.eventUid.localeCompare(b.eventUid),
    );
  }

  /** One event by id. */
  get(calendarId: string, eventId: string): RoomEvent | undefined {
    return this.byCalendar.get(calendarId)?.find((e) => e.eventId === eventId);
  }
}

// Cronofy's own id of an event, stable for the calendar and the caller's event id.
function eventUid(calendarId: string, eventId: string): string {
  return `evt_${calendarId}_${eventId}`;
}

function insertSorted(list: RoomEvent[], event: RoomEvent): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start <= event.start) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, event);
}
