import assert from 'node:assert/strict';
import {
  DEMO_SIGNED_IN_AAD_OBJECT_ID,
  DEMO_SIGNED_IN_EMAIL,
  DEMO_SIGNED_IN_PERSON_ID,
  DEMO_SIGNED_IN_UPN,
  DEMO_TENANT_SOURCE,
  loadDemoTenant,
} from '../../../bot/tenant/demo';
import type { Phones, PresenceSources, Tenant, TenantPerson } from '../../../bot/tenant/types';

const now = new Date('2026-11-23T09:30:00Z');
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// The presence table of seed 004, section 7: PBX phone, PBX user, Mitel One, Teams clients.
const SEED_PRESENCE_ROWS: Array<
  [string, PresenceSources['pbxUser'], PresenceSources['mitelOne'], PresenceSources['teamsClients']]
> = [
  ['available', 'available', 'available', 'offline'],
  ['available', 'available', 'available', 'inactive'],
  ['available', 'available', 'available', 'active'],
  ['available', 'available', 'available', 'inCall'],
  ['available', 'available', 'available', 'presenting'],
  ['busy', 'available', 'busy', 'offline'],
  ['busy', 'available', 'busy', 'inactive'],
  ['busy', 'available', 'busy', 'active'],
  ['busy', 'available', 'busy', 'inCall'],
  ['busy', 'available', 'busy', 'presenting'],
  ['available', 'busy', 'busy', 'offline'],
  ['available', 'busy', 'busy', 'inactive'],
  ['available', 'busy', 'busy', 'active'],
  ['available', 'busy', 'busy', 'inCall'],
  ['available', 'busy', 'busy', 'presenting'],
];

const numbersOf = (phones: Phones): string[] =>
  [phones.work, phones.mobile, phones.home].filter((n): n is string => n !== undefined);
const firstName = (p: TenantPerson): string => p.name.split(' ')[0] ?? '';
const monitored = (p: TenantPerson): boolean => p.inCloudLink && p.cloudlinkRole !== null;
const matches = (p: TenantPerson): boolean =>
  p.inTeams && p.inCloudLink && p.upn !== undefined && p.upn.toLowerCase() === p.email?.toLowerCase();

describe('the bundled demo tenant', () => {
  let tenant: Tenant;

  before(() => {
    tenant = loadDemoTenant(now);
  });

  it('loads as the embedded demo tenant of a Lyon / São Paulo / London company on a MiVoice Office 400', () => {
    assert.equal(tenant.source, DEMO_TENANT_SOURCE);
    assert.equal(tenant.organization.timeZone, 'Europe/Paris');
    assert.equal(tenant.pbx.type, 'MiVoice Office 400');
    assert.equal(tenant.pbx.gateway.status, 'online');
  });

  it('has at least 45 people with accents, hyphens and apostrophes in their names', () => {
    assert.ok(tenant.people.length >= 45, `${tenant.people.length} people`);
    const names = tenant.people.map((p) => p.name);
    assert.ok(
      names.some((n) => /[éèêëàâäçãõôóúíïñü]/i.test(n)),
      'an accent',
    );
    assert.ok(
      names.some((n) => /\p{L}-\p{L}/u.test(n)),
      'a hyphen',
    );
    assert.ok(
      names.some((n) => n.includes("'")),
      'an apostrophe',
    );
    assert.ok(names.includes("Hélène D'Almeida-Ferreira"));
  });

  it('has two people sharing a first name, so "call" with that name is ambiguous', () => {
    const counts = new Map<string, number>();
    for (const p of tenant.people) counts.set(firstName(p), (counts.get(firstName(p)) ?? 0) + 1);
    assert.ok([...counts.values()].some((n) => n >= 2));
  });

  it('gives people 4-digit extensions and French, Brazilian and British E.164 numbers', () => {
    const extensions = tenant.people.flatMap((p) => (p.extension ? [p.extension] : []));
    assert.ok(extensions.length >= 40);
    assert.ok(extensions.every((e) => /^\d{4}$/.test(e)));
    assert.equal(new Set(extensions).size, extensions.length, 'extensions are unique');
    const numbers = tenant.people.flatMap((p) => numbersOf(p.phones));
    for (const prefix of ['+33', '+55', '+44'])
      assert.ok(
        numbers.some((n) => n.startsWith(prefix)),
        prefix,
      );
    for (const kind of ['work', 'mobile', 'home'] as const)
      assert.ok(
        tenant.people.some((p) => p.phones[kind]),
        kind,
      );
  });

  it('has two or three admins', () => {
    const admins = tenant.people.filter((p) => p.admin).length;
    assert.ok(admins >= 2 && admins <= 3, `${admins} admins`);
  });

  it('has every row of the seed presence table on at least one monitored person', () => {
    for (const [phone, pbxUser, mitelOne, teamsClients] of SEED_PRESENCE_ROWS) {
      const found = tenant.people.some((p) => {
        const s = p.presence;
        const lineMatches =
          phone === 'busy' ? ['ringing', 'connected', 'held'].includes(s.line ?? '') : s.line === 'idle';
        return (
          monitored(p) &&
          lineMatches &&
          s.pbxUser === pbxUser &&
          s.mitelOne === mitelOne &&
          s.teamsClients === teamsClients &&
          (s.teamsUserSet ?? null) === null
        );
      });
      assert.ok(found, `no one for the row ${phone} / ${pbxUser} / ${mitelOne} / ${teamsClients}`);
    }
  });

  it('has user-set Teams states, away, do not disturb and an out-of-service phone', () => {
    const states = new Set(tenant.people.map((p) => p.presence.teamsUserSet).filter((s) => s));
    assert.ok(states.size >= 4, `user-set states: ${[...states].join(', ')}`);
    assert.ok(
      tenant.people.some((p) => p.presence.pbxUser === 'away' || p.presence.mitelOne === 'away'),
      'away',
    );
    assert.ok(
      tenant.people.some((p) => p.presence.pbxUser === 'unavailable' || p.presence.mitelOne === 'dnd'),
      'dnd',
    );
    assert.ok(
      tenant.people.some((p) => p.presence.line === 'outOfService'),
      'out of service',
    );
  });

  it('has a person for each reason not to sync', () => {
    const people = tenant.people;
    assert.ok(
      people.some((p) => p.inTeams && p.inCloudLink && !p.synced && p.upn && p.email && !matches(p)),
      'e-mail differs from UPN',
    );
    assert.ok(
      people.some((p) => p.inCloudLink && p.inTeams && p.cloudlinkRole === null),
      'no CloudLink role',
    );
    assert.ok(
      people.some((p) => p.inCloudLink && p.inTeams && !p.teamsPhoneLicense),
      'no Teams Phone licence',
    );
    assert.ok(
      people.some((p) => p.inTeams && !p.inCloudLink),
      'Teams only',
    );
    assert.ok(
      people.some((p) => p.inCloudLink && !p.inTeams),
      'CloudLink only',
    );
    const emails = people.flatMap((p) => (p.inCloudLink && p.email ? [p.email.toLowerCase()] : []));
    assert.ok(new Set(emails).size < emails.length, 'two people with the same address');
  });

  it('has a few synced people, one of whom no longer matches, and a little licence headroom', () => {
    const synced = tenant.people.filter((p) => p.synced);
    assert.ok(synced.length >= 3);
    assert.ok(
      synced.some((p) => !matches(p)),
      'a synced person who no longer matches',
    );
    assert.ok(
      tenant.connector.licensesTotal > synced.length && tenant.connector.licensesTotal <= synced.length + 10,
    );
    assert.equal(tenant.connector.syncMode, 'automatic');
    assert.ok(tenant.connector.lastSync.at && tenant.connector.lastSync.at < now);
    assert.ok(
      tenant.connector.lastSync.failures.length >= 1 && tenant.connector.lastSync.failures.length <= 2,
    );
  });

  it('has a healthy presence integration whose client secret expires in about 20 days', () => {
    const { clientSecretExpires, ...checks } = tenant.presenceIntegration;
    assert.ok(Object.values(checks).every((v) => v === true));
    const days = ((clientSecretExpires?.getTime() ?? 0) - now.getTime()) / DAY;
    assert.ok(days > 18 && days < 22, `${days} days`);
  });

  it('has at least 16 rooms in 3 buildings and room lists, with capacities, floors, equipment and devices', () => {
    const rooms = tenant.rooms;
    assert.ok(rooms.length >= 16);
    assert.equal(new Set(rooms.map((r) => r.building)).size, 3);
    assert.equal(new Set(rooms.map((r) => r.roomList)).size, 3);
    assert.equal(Math.min(...rooms.map((r) => r.capacity)), 2);
    assert.equal(Math.max(...rooms.map((r) => r.capacity)), 30);
    assert.ok(rooms.every((r) => r.floor));
    for (const item of ['display', 'videoConference', 'whiteboard', 'phone']) {
      assert.ok(
        rooms.some((r) => r.equipment.includes(item)),
        item,
      );
    }
    assert.ok(rooms.some((r) => r.device === 'GoToRoom') && rooms.some((r) => r.device === undefined));
    assert.ok(rooms.some((r) => r.wheelchairAccessible) && rooms.some((r) => !r.wheelchairAccessible));
    assert.equal(new Set(rooms.map((r) => r.email)).size, rooms.length, 'room e-mails are unique');
  });

  it('has rooms busy now and bookings over the next days, never two at once in a room', () => {
    const t = now.getTime();
    const busyNow = new Set(
      tenant.bookings.filter((b) => b.start.getTime() <= t && t < b.end.getTime()).map((b) => b.room),
    );
    assert.ok(busyNow.size >= 2, `${busyNow.size} rooms busy now`);
    assert.ok(
      tenant.bookings.some((b) => b.start.getTime() > t + DAY),
      'bookings after today',
    );
    assert.ok(tenant.bookings.every((b) => b.end.getTime() > t - DAY && b.start.getTime() < t + 7 * DAY));
    const byRoom = new Map<string, Array<{ start: number; end: number }>>();
    for (const b of tenant.bookings) {
      byRoom.set(b.room, [...(byRoom.get(b.room) ?? []), { start: b.start.getTime(), end: b.end.getTime() }]);
    }
    for (const [room, list] of byRoom) {
      list.sort((a, b) => a.start - b.start);
      list.forEach((b, i) => assert.ok(i === 0 || b.start >= (list[i - 1]?.end ?? 0), `overlap in ${room}`));
    }
  });

  it('has a few hundred calls over the last 30 days, the newest a few minutes ago', () => {
    const offsets = tenant.calls.map((c) => now.getTime() - c.start.getTime());
    assert.ok(tenant.calls.length >= 200, `${tenant.calls.length} calls`);
    assert.ok(Math.min(...offsets) > 0 && Math.min(...offsets) <= 10 * MINUTE, 'newest a few minutes ago');
    assert.ok(Math.max(...offsets) <= 30 * DAY && Math.max(...offsets) > 20 * DAY, 'spread over 30 days');
    assert.ok(
      tenant.calls.some((c) => c.direction === 'inbound' && !c.answered),
      'missed calls',
    );
    assert.ok(tenant.calls.some((c) => c.direction === 'outbound'));
    assert.ok(tenant.calls.every((c) => c.answered || c.durationSeconds === 0));
  });

  it('has calls with colleagues (their names and numbers) and with outside numbers, named or not', () => {
    const byName = new Map(tenant.people.map((p) => [p.name, p]));
    const internal = tenant.calls.filter((c) => c.peer.name && byName.has(c.peer.name));
    assert.ok(internal.length > 50);
    for (const c of internal) {
      const peer = byName.get(c.peer.name ?? '');
      assert.ok(peer && numbersOf(peer.phones).includes(c.peer.number), `${c.id}: number of ${c.peer.name}`);
    }
    const outside = tenant.calls.filter((c) => !c.peer.name || !byName.has(c.peer.name));
    assert.ok(outside.some((c) => c.peer.name) && outside.some((c) => !c.peer.name));
  });

  it('gives calls to most monitored people, and none at all to one of them', () => {
    const owners = new Set(tenant.calls.map((c) => c.owner));
    const roles = tenant.people.filter(monitored);
    assert.ok(roles.filter((p) => owners.has(p.id)).length >= roles.length * 0.8);
    assert.ok(
      roles.some((p) => !owners.has(p.id)),
      'a person with a role and no calls',
    );
    assert.ok(
      tenant.calls.every((c) => roles.some((p) => p.id === c.owner)),
      'only monitored people have a call log',
    );
  });

  it('has a signed-in demo user with a fixed identity, a role, an extension, calls, bookings and admin rights', () => {
    const me = tenant.people.find((p) => p.id === DEMO_SIGNED_IN_PERSON_ID);
    assert.ok(me);
    assert.equal(me.upn, DEMO_SIGNED_IN_UPN);
    assert.equal(me.email, DEMO_SIGNED_IN_EMAIL);
    assert.equal(me.aadObjectId, DEMO_SIGNED_IN_AAD_OBJECT_ID);
    assert.ok(me.admin && me.cloudlinkRole && me.extension && me.inTeams && me.inCloudLink);
    assert.ok(tenant.calls.filter((c) => c.owner === me.id).length >= 20);
    assert.ok(tenant.bookings.some((b) => b.organizer === me.id && b.start > now));
    const sameIdentity = tenant.people.filter(
      (p) => p.upn === me.upn || p.email === me.email || p.aadObjectId === me.aadObjectId,
    );
    assert.equal(sameIdentity.length, 1);
  });

  it('never goes stale: loaded at another time, every instant moves with it', () => {
    const later = new Date(now.getTime() + 400 * DAY);
    const again = loadDemoTenant(later);
    const shift = (a: Date | undefined, b: Date | undefined): number =>
      (b?.getTime() ?? NaN) - (a?.getTime() ?? NaN);
    assert.ok(tenant.calls.every((c, i) => shift(c.start, again.calls[i]?.start) === 400 * DAY));
    assert.ok(tenant.bookings.every((b, i) => shift(b.end, again.bookings[i]?.end) === 400 * DAY));
  });
});
