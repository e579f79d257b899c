/**
 * The Cronofy simulator: OAuth token refresh, room resources, availability, events read,
 * upsert and delete on room calendars; 429 with Retry-After beyond 50 requests a second.
 */
import type http from 'node:http';
import { randomId } from './ids';
import { availablePeriods, availableSlots, type AvailabilityGroup, type Interval } from './availability';
import {
  bearerToken,
  formOrJsonBody,
  jsonBody,
  Router,
  SimHttpError,
  stringField,
  type SimRequest,
  type SimResponse,
} from './http-kit';
import { isoSeconds, parseInstant, validZone } from './instants';
import { replaceQuery } from './query-string';
import type { RateLimiter } from './rate-limit';
import type { RoomEvent } from './room-calendars';
import type { SimRoom, SimState } from './state';
import type { TokenStore } from './tokens';

export interface CronofyCredentials {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

/** Members per participant group in one availability request (ARCHITECTURE.md). */
export const MAX_MEMBERS_PER_GROUP = 50;
const MAX_QUERY_PERIODS = 50;
const MAX_PERIOD_MS = 35 * 24 * 3600 * 1000;
const SLOT_INTERVALS = [5, 10, 15, 20, 30, 45, 60];
const DEFAULT_SLOT_INTERVAL_MINUTES = 30;
const EVENTS_PAGE_SIZE = 50;
const DAY_MS = 24 * 3600 * 1000;

/** Cronofy's error body for statuses other than 422 (which carries `errors`). */
export function cronofyError(_status: number, code: string, message: string): unknown {
  return { error: code, message };
}

/** Headers on every Cronofy response: a request id (the client's own when it sent one). */
export function cronofyHeaders(req: http.IncomingMessage): Record<string, string> {
  const sent = req.headers['x-request-id'];
  return { 'x-request-id': typeof sent === 'string' && sent ? sent : randomId() };
}

/** Authentication for every request but the token request. */
export function cronofyGuard(tokens: TokenStore): (req: SimRequest) => void {
  return (req) => {
    if (!tokens.valid(bearerToken(req)))
      throw new SimHttpError(401, 'unauthorized', 'Missing, unknown or expired access token');
  };
}

/** The rate limiter as a gate: 429 with Retry-After (seconds) when the window is full. */
export function cronofyGate(limiter: RateLimiter): (req: SimRequest) => SimResponse | undefined {
  return () => {
    if (limiter.take()) return undefined;
    return {
      status: 429,
      body: cronofyError(429, 'too_many_requests', 'More than the allowed requests per second'),
      headers: { 'retry-after': String(limiter.retryAfterSeconds()) },
    };
  };
}

/** The Cronofy routes. */
export function cronofyRouter(state: SimState, tokens: TokenStore, credentials: CronofyCredentials): Router {
  const router = new Router();

  router.add('POST', '/oauth/token', (req) => token(req, tokens, credentials), { open: true });

  router.add('GET', '/v1/resources', () => ({
    status: 200,
    body: { resources: state.rooms.map(resourceWire) },
  }));

  router.add('POST', '/v1/availability', (req) => availability(state, req));

  router.add('GET', '/v1/events', (req) => readEvents(state, req));

  router.add('POST', '/v1/calendars/:calendarId/events', (req) => upsert(state, req));

  router.add('DELETE', '/v1/calendars/:calendarId/events', (req) => {
    const room = calendarRoom(state, req);
    const eventId = stringField(jsonBody(req), 'event_id');
    if (!eventId) throw unprocessable('event_id', 'errors.required', 'event_id is required');
    state.calendars.delete(room.calendarId, eventId);
    return { status: 202 };
  });

  return router;
}

function token(req: SimRequest, tokens: TokenStore, credentials: CronofyCredentials): SimResponse {
  const body = formOrJsonBody(req);
  if (
    stringField(body, 'client_id') !== credentials.clientId ||
    stringField(body, 'client_secret') !== credentials.clientSecret
  ) {
    throw new SimHttpError(401, 'invalid_client', 'Unknown client or wrong secret', {
      error: 'invalid_client',
    });
  }
  if (stringField(body, 'grant_type') !== 'refresh_token') {
    throw new SimHttpError(400, 'unsupported_grant_type', 'Only refresh_token', {
      error: 'unsupported_grant_type',
    });
  }
  const refreshToken = stringField(body, 'refresh_token');
  if (!tokens.knowsRefresh(refreshToken)) {
    throw new SimHttpError(400, 'invalid_grant', 'Unknown refresh token', { error: 'invalid_grant' });
  }
  const issued = tokens.issue();
  return {
    status: 200,
    body: {
      token_type: 'bearer',
      access_token: issued.accessToken,
      expires_in: issued.expiresIn,
      refresh_token: refreshToken,
      scope: 'read_write',
    },
  };
}

function resourceWire(r: SimRoom): unknown {
  return {
    email: r.room.email,
    name: r.room.name,
    capacity: r.room.capacity,
    sub: r.sub,
    calendar_id: r.calendarId,
    location: { building_name: r.room.building, floor_name: r.room.floor },
  };
}

interface FieldError {
  key: string;
  description: string;
}

/** A 422 in Cronofy's shape: `{ errors: { field: [{ key, description }] } }`. */
function unprocessable(field: string, key: string, description: string): SimHttpError {
  return unprocessableAll({ [field]: [{ key, description }] });
}

function unprocessableAll(errors: Record<string, FieldError[]>): SimHttpError {
  const first = Object.values(errors)[0]?.[0];
  return new SimHttpError(422, 'unprocessable_entity', first?.description ?? 'Invalid request', { errors });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function availability(state: SimState, req: SimRequest): SimResponse {
  const body = jsonBody(req);
  const participants = body.participants;
  if (!Array.isArray(participants) || participants.length === 0) {
    throw unprocessable(
      'participants',
      'errors.required',
      'participants must be a non-empty array of groups',
    );
  }
  const groups: AvailabilityGroup[] = participants.map((group: unknown, g) => {
    if (!isObject(group) || !Array.isArray(group.members) || group.members.length === 0) {
      throw unprocessable(
        'participants',
        'errors.invalid',
        `participants[${g}].members must be a non-empty array`,
      );
    }
    if (group.members.length > MAX_MEMBERS_PER_GROUP) {
      throw unprocessable(
        'participants',
        'errors.too_many_members',
        `participants[${g}] has ${group.members.length} members; at most ${MAX_MEMBERS_PER_GROUP} are allowed`,
      );
    }
    const members = group.members.map((m: unknown) => {
      const sub = isObject(m) ? stringField(m, 'sub') : undefined;
      if (sub === undefined)
        throw unprocessable('participants', 'errors.invalid', 'every member needs a sub');
      if (!state.roomBySub(sub))
        throw unprocessable('participants', 'errors.unknown_sub', `Unknown sub ${sub}`);
      return sub;
    });
    const required = group.required ?? 'all';
    if (
      required !== 'all' &&
      (typeof required !== 'number' ||
        !Number.isInteger(required) ||
        required < 1 ||
        required > members.length)
    ) {
      throw unprocessable(
        'participants',
        'errors.invalid',
        `participants[${g}].required must be "all" or 1…${members.length}`,
      );
    }
    return { members, required };
  });

  const duration = isObject(body.required_duration) ? body.required_duration.minutes : undefined;
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1 || duration > 1440) {
    throw unprocessable(
      'required_duration',
      'errors.invalid',
      'required_duration.minutes must be an integer from 1 to 1440',
    );
  }
  const rawPeriods = body.query_periods ?? body.available_periods;
  if (!Array.isArray(rawPeriods) || rawPeriods.length === 0 || rawPeriods.length > MAX_QUERY_PERIODS) {
    throw unprocessable(
      'query_periods',
      'errors.invalid',
      `query_periods must hold 1 to ${MAX_QUERY_PERIODS} periods`,
    );
  }
  const periods: Interval[] = rawPeriods.map((p: unknown) => {
    const start = isObject(p) && typeof p.start === 'string' ? parseInstant(p.start) : Number.NaN;
    const end = isObject(p) && typeof p.end === 'string' ? parseInstant(p.end) : Number.NaN;
    if (Number.isNaN(start) || Number.isNaN(end) || end <= start) {
      throw unprocessable('query_periods', 'errors.invalid', 'each query period needs ISO 8601 start < end');
    }
    if (end - start > MAX_PERIOD_MS)
      throw unprocessable('query_periods', 'errors.invalid', 'a query period may span 35 days at most');
    return { start, end };
  });

  const format = body.response_format ?? 'periods';
  if (format !== 'periods' && format !== 'slots' && format !== 'overlapping_slots') {
    throw unprocessable(
      'response_format',
      'errors.invalid',
      'response_format must be periods, slots or overlapping_slots',
    );
  }
  const busy = (sub: string, from: number, to: number): Interval[] => {
    const room = state.roomBySub(sub);
    return room ? state.calendars.overlapping(room.calendarId, from, to) : [];
  };
  const durationMs = duration * 60_000;
  const toWire = (s: { start: number; end: number; participants: string[] }): unknown => ({
    start: isoSeconds(s.start),
    end: isoSeconds(s.end),
    participants: s.participants.map((sub) => ({ sub })),
  });
  if (format === 'periods') {
    return {
      status: 200,
      body: { available_periods: availablePeriods(groups, periods, durationMs, busy).map(toWire) },
    };
  }
  const intervalMinutes = isObject(body.start_interval)
    ? body.start_interval.minutes
    : DEFAULT_SLOT_INTERVAL_MINUTES;
  if (typeof intervalMinutes !== 'number' || !SLOT_INTERVALS.includes(intervalMinutes)) {
    throw unprocessable(
      'start_interval',
      'errors.invalid',
      `start_interval.minutes must be one of ${SLOT_INTERVALS.join(', ')}`,
    );
  }
  const slots = availableSlots(groups, periods, durationMs, intervalMinutes * 60_000, busy);
  return { status: 200, body: { available_slots: slots.map(toWire) } };
}

function readEvents(state: SimState, req: SimRequest): SimResponse {
  const tzid = req.query.get('tzid') ?? 'Etc/UTC';
  if (!validZone(tzid)) throw unprocessable('tzid', 'errors.invalid', `Unknown time zone ${tzid}`);
  const now = state.now();
  const from = boundary(req.query.get('from'), tzid, now - 16 * DAY_MS, 'from');
  // A date `to` is exclusive: it stands for the start of that day.
  const to = boundary(req.query.get('to'), tzid, now + 201 * DAY_MS, 'to');
  const ids = [...req.query.getAll('calendar_ids[]'), ...req.query.getAll('calendar_ids')];
  const events = state.calendars.list(ids.length > 0 ? ids : undefined, from, to);
  const pageText = req.query.get('page') ?? '1';
  if (!/^\d+$/.test(pageText) || Number(pageText) < 1)
    throw unprocessable('page', 'errors.invalid', 'page must be 1 or more');
  const page = Number(pageText);
  const total = Math.max(1, Math.ceil(events.length / EVENTS_PAGE_SIZE));
  const items = events.slice((page - 1) * EVENTS_PAGE_SIZE, page * EVENTS_PAGE_SIZE);
  const pages: Record<string, unknown> = { current: page, total };
  if (page < total) pages.next_page = replaceQuery(req.url, { page: String(page + 1) });
  return { status: 200, body: { pages, events: items.map(eventWire) } };
}

function boundary(text: string | undefined, tzid: string, fallback: number, field: string): number {
  if (text === undefined || text === '') return fallback;
  const ms = parseInstant(text, tzid);
  if (Number.isNaN(ms)) throw unprocessable(field, 'errors.invalid', `${field} must be a date or an instant`);
  return ms;
}

function eventWire(e: RoomEvent): unknown {
  return {
    calendar_id: e.calendarId,
    event_uid: e.eventUid,
    event_id: e.eventId,
    summary: e.summary,
    description: '',
    start: isoSeconds(e.start),
    end: isoSeconds(e.end),
    deleted: false,
    created: isoSeconds(e.created),
    updated: isoSeconds(e.updated),
    location: e.location !== undefined ? { description: e.location } : undefined,
    participation_status: 'accepted',
    status: 'confirmed',
    transparency: 'opaque',
    organizer: { email: e.organizer.email, display_name: e.organizer.name },
    attendees: e.attendees.map((a) => ({ email: a.email, display_name: a.name, status: 'accepted' })),
  };
}

function calendarRoom(state: SimState, req: SimRequest): SimRoom {
  const room = state.roomByCalendar(req.params.calendarId ?? '');
  if (!room) throw new SimHttpError(404, 'not_found', 'No such calendar');
  return room;
}

function eventTime(value: unknown, tzid: string | undefined): number {
  if (typeof value === 'string') return parseInstant(value, tzid);
  if (isObject(value) && typeof value.time === 'string') {
    return parseInstant(value.time, typeof value.tzid === 'string' ? value.tzid : tzid);
  }
  return Number.NaN;
}

function attendeeList(value: unknown): Array<{ email: string; name?: string }> | undefined {
  if (value === undefined) return undefined;
  const list = Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.invite)
      ? value.invite
      : undefined;
  if (!list)
    throw unprocessable('attendees', 'errors.invalid', 'attendees must be a list or { invite: [...] }');
  return list.map((a: unknown) => {
    const email = isObject(a) ? stringField(a, 'email') : undefined;
    if (!email?.includes('@'))
      throw unprocessable('attendees', 'errors.invalid', 'every attendee needs an email');
    const name = isObject(a) ? stringField(a, 'display_name') : undefined;
    return name !== undefined ? { email, name } : { email };
  });
}

function upsert(state: SimState, req: SimRequest): SimResponse {
  const room = calendarRoom(state, req);
  const body = jsonBody(req);
  const errors: Record<string, FieldError[]> = {};
  const eventId = stringField(body, 'event_id');
  if (!eventId) errors.event_id = [{ key: 'errors.required', description: 'event_id is required' }];
  const summary = stringField(body, 'summary');
  if (summary === undefined)
    errors.summary = [{ key: 'errors.required', description: 'summary is required' }];
  const tzid = stringField(body, 'tzid');
  if (tzid !== undefined && !validZone(tzid))
    errors.tzid = [{ key: 'errors.invalid', description: `Unknown time zone ${tzid}` }];
  const start = eventTime(body.start, tzid);
  const end = eventTime(body.end, tzid);
  if (Number.isNaN(start))
    errors.start = [{ key: 'errors.invalid', description: 'start must be an instant' }];
  if (Number.isNaN(end)) errors.end = [{ key: 'errors.invalid', description: 'end must be an instant' }];
  else if (!Number.isNaN(start) && end <= start)
    errors.end = [{ key: 'errors.invalid', description: 'end must be after start' }];
  if (Object.keys(errors).length > 0) throw unprocessableAll(errors);

  const invited = attendeeList(body.attendees);
  const location = isObject(body.location) ? stringField(body.location, 'description') : undefined;
  const previous = state.calendars.get(room.calendarId, eventId!);
  const guests = invited ?? previous?.attendees.filter((a) => a.email !== room.room.email) ?? [];
  const organizer = guests[0] ?? { email: room.room.email, name: room.room.name };
  const result = state.calendars.upsert(
    {
      calendarId: room.calendarId,
      eventId: eventId!,
      summary: summary!,
      start,
      end,
      organizer,
      attendees: [...guests, { email: room.room.email, name: room.room.name }],
      location: location ?? previous?.location ?? room.room.name,
    },
    state.now(),
  );
  if (result.kind === 'conflict') {
    throw unprocessable(
      'start',
      'errors.slot_unavailable',
      `${room.room.name} is already booked from ${isoSeconds(result.with.start)} to ${isoSeconds(result.with.end)}`,
    );
  }
  return { status: 202 };
}
