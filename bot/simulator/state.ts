/**
 * The simulators' memory: seeded from the tenant, changed by the calls the clients make (calls
 * placed, events booked and cancelled, mappings added, syncs run), indexed for the look-ups the
 * wire formats need.
 */
import { combinePresence, type CombinedPresence } from '../domain/presence';
import type { LineState, PbxType, PresenceSources, Tenant, TenantPerson, TenantRoom } from '../tenant/types';
import { CallLog } from './call-log';
import { seededRecord } from './cloudlink-wire';
import { Directory } from './directory';
import { stableToken, stableUuid } from './ids';
import { LiveCalls, type CallProgress } from './live-calls';
import { PresenceSessions } from './presence-sessions';
import { RequestCounts } from './request-counts';
import { RoomCalendars } from './room-calendars';

export interface SimRoom {
  room: TenantRoom;
  /** Cronofy resource sub (`res_…`). */
  sub: string;
  /** Cronofy calendar id (`cal_…`). */
  calendarId: string;
  /** Graph place id. */
  graphId: string;
}

export interface SimStateOptions {
  accountId: string;
  callProgress: CallProgress;
  now: () => number;
}

export class SimState {
  readonly tenant: Tenant;
  readonly pbxType: PbxType;
  readonly accountId: string;
  readonly directory: Directory;
  readonly callLog = new CallLog();
  readonly liveCalls: LiveCalls;
  readonly rooms: readonly SimRoom[];
  readonly calendars: RoomCalendars;
  readonly presenceSessions: PresenceSessions;
  /** Requests per system and per path. */
  readonly requestCounts = new RequestCounts();
  readonly gateway: Tenant['pbx']['gateway'];
  readonly integration: Tenant['presenceIntegration'];
  /** Teams Phone seats bought (the tenant's `connector.licensesTotal`), served by Graph `/subscribedSkus`. */
  readonly licences: { total: number };
  readonly now: () => number;

  private readonly presence = new Map<string, PresenceSources>();
  private readonly roomsBySub = new Map<string, SimRoom>();
  private readonly roomsByCalendar = new Map<string, SimRoom>();
  private readonly roomsById = new Map<string, SimRoom>();

  constructor(tenant: Tenant, options: SimStateOptions) {
    this.tenant = tenant;
    this.now = options.now;
    this.pbxType = tenant.pbx.type;
    this.accountId = options.accountId;
    this.directory = new Directory(tenant.people);
    this.gateway = { ...tenant.pbx.gateway };
    this.integration = { ...tenant.presenceIntegration };
    for (const p of tenant.people) this.presence.set(p.id, { ...p.presence });

    this.licences = { total: tenant.connector.licensesTotal };

    this.callLog.load(this.seedRecords());
    this.liveCalls = new LiveCalls(options.callProgress, this.callLog, this.now, (p) => this.monitored(p));
    this.presenceSessions = new PresenceSessions(this.now);

    this.rooms = tenant.rooms.map((room) => ({
      room,
      sub: `res_${stableToken('room-sub', room.id)}`,
      calendarId: `cal_${stableToken('room-calendar', room.id)}`,
      graphId: stableUuid('room', room.id),
    }));
    for (const r of this.rooms) {
      if (!this.roomsById.has(r.room.id)) this.roomsById.set(r.room.id, r);
      this.roomsBySub.set(r.sub, r);
      this.roomsByCalendar.set(r.calendarId, r);
    }
    this.calendars = new RoomCalendars(this.rooms.map((r) => r.calendarId));
    this.seedBookings();
  }

  /** Whether the gateway monitors the person (a CloudLink user with a role): presence and call log. */
  monitored(person: TenantPerson): boolean {
    return person.inCloudLink && person.cloudlinkRole !== null;
  }

  /** The person's phone line now: a call in progress, else the tenant's line (idle when unsaid). */
  line(person: TenantPerson): LineState {
    return this.liveCalls.lineOf(person.id) ?? this.presence.get(person.id)?.line ?? 'idle';
  }

  /**
   * The presence sources in force now. CloudLink's sources (line, PBX user, Mitel One) count
   * only for people the gateway monitors.
   */
  presenceSources(person: TenantPerson): PresenceSources {
    const raw = this.presence.get(person.id) ?? {};
    const sources: PresenceSources = {};
    if (raw.teamsClients !== undefined) sources.teamsClients = raw.teamsClients;
    if (raw.teamsUserSet !== undefined) sources.teamsUserSet = raw.teamsUserSet;
    if (this.monitored(person)) {
      if (person.extension !== undefined) sources.line = this.line(person);
      if (raw.pbxUser !== undefined) sources.pbxUser = raw.pbxUser;
      if (raw.mitelOne !== undefined) sources.mitelOne = raw.mitelOne;
    }
    return sources;
  }

  /** The person's presence combined by the rules of bot/domain/presence. */
  combinedPresence(person: TenantPerson): CombinedPresence {
    return combinePresence(this.presenceSources(person), this.pbxType);
  }

  /** Changes some presence sources of a person (tests, demo scripts). */
  setPresence(personId: string, patch: Partial<PresenceSources>): void {
    const current = this.presence.get(personId);
    if (!current) throw new Error(`Unknown person ${personId}`);
    this.presence.set(personId, { ...current, ...patch });
  }

  /** A room by Cronofy sub. */
  roomBySub(sub: string): SimRoom | undefined {
    return this.roomsBySub.get(sub);
  }

  /** A room by Cronofy calendar id. */
  roomByCalendar(calendarId: string): SimRoom | undefined {
    return this.roomsByCalendar.get(calendarId);
  }

  /** A room by tenant id. */
  room(id: string): SimRoom | undefined {
    return this.roomsById.get(id);
  }

  private *seedRecords(): Generator<ReturnType<typeof seededRecord>> {
    for (const call of this.tenant.calls) {
      const owner = this.directory.person(call.owner);
      // Without a role the gateway does not monitor the person: no call log.
      if (owner && this.monitored(owner)) yield seededRecord(call, owner, this.directory);
    }
  }

  private seedBookings(): void {
    const loaded = this.tenant.loadedAt.getTime();
    for (const b of this.tenant.bookings) {
      const room = this.roomsById.get(b.room);
      if (!room) continue;
      const organizer = this.directory.person(b.organizer);
      const email = organizer?.email ?? organizer?.upn ?? room.room.email;
      const who = { email, name: organizer?.name };
      this.calendars.seed({
        calendarId: room.calendarId,
        eventId: b.id,
        summary: b.subject,
        start: b.start.getTime(),
        end: b.end.getTime(),
        organizer: who,
        attendees: [who, { email: room.room.email, name: room.room.name }],
        location: room.room.name,
        created: loaded,
        updated: loaded,
      });
    }
  }
}
