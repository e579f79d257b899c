/** Cronofy-style room calendars: rooms, free slots, events, booking and cancelling. */
import { chunk, mapLimit } from '../http/batches';
import { UpstreamError } from '../http/errors';
import { HttpClient, type CallOptions } from '../http/http-client';
import type { CircuitState } from '../http/circuit-breaker';
import { pagesFrom, resolveNextLink } from '../http/paging';
import { sharedHttpOptions, type ServiceDeps } from '../http/service-deps';
import { TokenCache, type IssuedToken, type TokenRequestContext } from '../http/token-cache';
import { asObject, optString, reqNumber, reqString } from '../http/wire-read';
import { readAvailability, readEventsPage, readRooms } from './read';
import type {
  AvailabilityOptions,
  CalendarEvent,
  CronofyConfig,
  CronofyRoom,
  EventDraft,
  EventQuery,
  TimeSlot,
} from './types';
import {
  AVAILABILITY_BATCH_SIZE,
  AVAILABILITY_CONCURRENCY,
  attendeesWire,
  cronofyInstant,
  errorCode,
  eventWindowParams,
  INCLUDE_MANAGED,
  isSlotUnavailable,
  paths,
  REQUEST_ID_HEADER,
} from './wire';

export class CronofyClient {
  private readonly http: HttpClient;
  private refreshToken: string;

  constructor(
    private readonly config: CronofyConfig,
    deps: ServiceDeps = {},
  ) {
    this.refreshToken = config.credentials.refreshToken;
    const tokens = new TokenCache((context) => this.issueToken(context), { clock: deps.clock });
    this.http = new HttpClient({
      system: 'cronofy',
      baseUrl: config.baseUrl,
      ...sharedHttpOptions(config, deps),
      headers: config.appName ? { 'user-agent': config.appName } : {},
      auth: tokens,
      correlation: { requestHeader: REQUEST_ID_HEADER },
      errorCode,
      classify: (status, code) => (status === 422 && isSlotUnavailable(code) ? 'conflict' : undefined),
    });
  }

  /** The state of this system's circuit breaker (the readiness probe reports it). */
  circuitState(): CircuitState {
    return this.http.breaker.state;
  }

  /** The rooms (resources) of the service account. */
  async listRooms(options: CallOptions = {}): Promise<CronofyRoom[]> {
    return this.http.request({ operation: 'listRooms', path: paths.resources, ...options }, readRooms);
  }

  /**
   * Free slots of at least `durationMinutes` within `period` (or several periods, in the same
   * requests), per room sub (every sub asked for is in the map, with [] when it has none). One
   * request per AVAILABILITY_BATCH_SIZE subs, a few in flight at once.
   */
  async availability(
    subs: string[],
    period: TimeSlot | readonly TimeSlot[],
    durationMinutes: number,
    options: AvailabilityOptions = {},
  ): Promise<Map<string, TimeSlot[]>> {
    const { concurrency, startIntervalMinutes, ...callOptions } = options;
    const periods: readonly TimeSlot[] = Array.isArray(period) ? period : [period as TimeSlot];
    const unique = [...new Set(subs)];
    const result = new Map<string, TimeSlot[]>(unique.map((sub) => [sub, []]));
    const limit = concurrency ?? this.config.availabilityConcurrency ?? AVAILABILITY_CONCURRENCY;
    await mapLimit(chunk(unique, AVAILABILITY_BATCH_SIZE), limit, (batch) =>
      this.http.request(
        {
          operation: 'availability',
          method: 'POST',
          path: paths.availability,
          idempotent: true,
          json: {
            participants: [{ members: batch.map((sub) => ({ sub })), required: 1 }],
            required_duration: { minutes: durationMinutes },
            query_periods: periods.map((p) => ({
              start: cronofyInstant(p.start),
              end: cronofyInstant(p.end),
            })),
            response_format: 'slots',
            ...(startIntervalMinutes ? { start_interval: { minutes: startIntervalMinutes } } : {}),
          },
          ...callOptions,
        },
        (body) => readAvailability(body, result),
      ),
    );
    for (const slots of result.values()) slots.sort((a, b) => a.start.getTime() - b.start.getTime());
    return result;
  }

  /** Events of the calendars that overlap [from, to), all pages. */
  async listEvents(query: EventQuery): Promise<CalendarEvent[]> {
    const { calendarIds, from, to, tzid, ...options } = query;
    const window = eventWindowParams(from, to, tzid);
    const params = { ...window, tzid, 'calendar_ids[]': calendarIds, ...INCLUDE_MANAGED };
    const first = this.http.url(paths.events, params);
    const seen = pagesFrom(first);
    const events: CalendarEvent[] = [];
    let url: string | undefined = first;
    while (url !== undefined) {
      const current: string = url;
      url = await this.http.request({ operation: 'listEvents', path: current, ...options }, (body) => {
        const page = readEventsPage(body, tzid);
        events.push(...page.events);
        if (page.next === undefined) return undefined;
        const href =
          typeof page.next === 'number'
            ? this.http.url(paths.events, { ...params, page: page.next })
            : page.next;
        return resolveNextLink(href, current, seen);
      });
    }
    return events.filter((e) => e.start.getTime() < to.getTime() && e.end.getTime() > from.getTime());
  }

  /**
   * Creates the event, or updates it if `eventId` exists: safe to retry. A slot already taken
   * by another event fails with kind 'conflict'.
   */
  async upsertEvent(calendarId: string, event: EventDraft, options: CallOptions = {}): Promise<void> {
    const body: Record<string, unknown> = {
      event_id: event.eventId,
      summary: event.summary,
      start: cronofyInstant(event.start),
      end: cronofyInstant(event.end),
    };
    if (event.tzid) body['tzid'] = event.tzid;
    if (event.description) body['description'] = event.description;
    if (event.location) body['location'] = { description: event.location };
    if (event.attendees?.length) body['attendees'] = attendeesWire(event.attendees);
    await this.http.request({
      operation: 'upsertEvent',
      method: 'POST',
      path: paths.calendarEvents(calendarId),
      json: body,
      idempotent: true,
      expect: 'none',
      ...options,
    });
  }

  /** Deletes the event; an event already gone counts as deleted. */
  async deleteEvent(calendarId: string, eventId: string, options: CallOptions = {}): Promise<void> {
    try {
      await this.http.request({
        operation: 'deleteEvent',
        method: 'DELETE',
        path: paths.calendarEvents(calendarId),
        json: { event_id: eventId },
        expect: 'none',
        ...options,
      });
    } catch (error) {
      if (error instanceof UpstreamError && error.kind === 'not-found') return;
      throw error;
    }
  }

  private async issueToken(context: TokenRequestContext): Promise<IssuedToken> {
    const { clientId, clientSecret } = this.config.credentials;
    return this.http.request(
      {
        operation: 'token',
        method: 'POST',
        path: paths.token,
        json: {
          client_id: clientId,
          client_secret: clientSecret,
          grant_type: 'refresh_token',
          refresh_token: this.refreshToken,
        },
        auth: false,
        idempotent: true,
        deadline: context.deadline,
        classify: (status) => (status === 400 || status === 401 ? 'unauthorized' : undefined),
      },
      (answer) => {
        const o = asObject(answer, 'token');
        const refresh = optString(o, 'refresh_token', 'token');
        if (refresh !== undefined) this.refreshToken = refresh;
        return {
          accessToken: reqString(o, 'access_token', 'token'),
          expiresInSeconds: reqNumber(o, 'expires_in', 'token'),
        };
      },
    );
  }
}
