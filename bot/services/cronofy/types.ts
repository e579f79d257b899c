/** Room calendars (Cronofy over Exchange) as the rest of the bot sees them: no wire objects here. */
import type { CallOptions } from '../http/http-client';
import type { CommonServiceConfig } from '../http/service-deps';

export interface CronofyConfig extends CommonServiceConfig {
  /** `https://api.cronofy.com` or a data-centre host. */
  baseUrl: string;
  credentials: { clientId: string; clientSecret: string; refreshToken: string };
  /** Sent as the User-Agent. */
  appName?: string;
  /** Availability requests in flight at once (default 4). */
  availabilityConcurrency?: number;
}

export interface CronofyRoom {
  /** The room's resource id for availability queries (`res_…`). */
  sub: string;
  calendarId: string;
  email: string;
  name: string;
  capacity: number | null;
  building?: string;
  floor?: string;
}

export interface TimeSlot {
  start: Date;
  end: Date;
}

export interface AvailabilityOptions extends CallOptions {
  /** Batches in flight at once (default: the client's, 4). */
  concurrency?: number;
  /** Minutes between slot starts (Cronofy's `start_interval`; default: the service's). */
  startIntervalMinutes?: number;
}

export interface EventQuery extends CallOptions {
  calendarIds: string[];
  from: Date;
  to: Date;
  /** IANA time zone the dates are read in. */
  tzid: string;
}

export interface CalendarEvent {
  calendarId: string;
  /** The id this application gave the event; absent for events made elsewhere. */
  eventId?: string;
  summary: string;
  start: Date;
  end: Date;
  allDay: boolean;
  organizerEmail?: string;
  attendees: string[];
  location?: string;
}

export interface EventAttendee {
  email: string;
  displayName?: string;
}

export interface EventDraft {
  /** Chosen by the caller: the same id again updates the event, so a retried booking is safe. */
  eventId: string;
  summary: string;
  start: Date;
  end: Date;
  tzid?: string;
  description?: string;
  location?: string;
  attendees?: EventAttendee[];
}
