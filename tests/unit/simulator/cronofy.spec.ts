import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { LOADED_AT, sampleTenant } from './fixtures';
import { q, SimClient } from './http';

interface Resource {
  email: string;
  name: string;
  capacity: number;
  sub: string;
  calendar_id: string;
  location: { building_name?: string; floor_name?: string };
}

interface Span {
  start: string;
  end: string;
  participants: Array<{ sub: string }>;
}

interface CronofyEvent {
  calendar_id: string;
  event_id: string;
  summary: string;
  start: string;
  end: string;
  organizer: { email: string };
  attendees: Array<{ email: string }>;
  location: { description: string };
}

interface EventsPage {
  pages: { current: number; total: number; next_page?: string };
  events: CronofyEvent[];
}

interface Unprocessable {
  errors: Record<string, Array<{ key: string; description: string }>>;
}

const at = (minutes: number): string =>
  new Date(LOADED_AT.getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z');

describe('Cronofy simulator', () => {
  let sims: Simulators;
  let client: SimClient;
  let rooms: Record<string, Resource>;

  before(async () => {
    // A high rate limit here: the limit itself is tested below with the real figure.
    sims = await startSimulators(sampleTenant(), { cronofyRequestsPerSecond: 10_000 });
    client = new SimClient(sims);
    const r = await client.cr<{ resources: Resource[] }>('/v1/resources');
    rooms = Object.fromEntries(r.json.resources.map((x) => [x.name, x]));
  });
  after(async () => {
    await sims.close();
  });

  const seine = (): Resource => rooms['Salle Seine']!;
  const loire = (): Resource => rooms['Salle Loire']!;
  const rhone = (): Resource => rooms['Salle Rhône']!;

  it('lists the rooms as resources with sub, calendar id, capacity and location', () => {
    assert.equal(Object.keys(rooms).length, 3);
    assert.equal(seine().email, 'seine@rooms.acme.fr');
    assert.equal(seine().capacity, 8);
    assert.match(seine().sub, /^res_/);
    assert.match(seine().calendar_id, /^cal_/);
    assert.deepEqual(seine().location, { building_name: 'Siège', floor_name: '2' });
  });

  describe('availability', () => {
    const ask = (
      body: unknown,
    ): Promise<{
      status: number;
      json: { available_slots?: Span[]; available_periods?: Span[] } & Unprocessable;
    }> => client.cr('/v1/availability', { body });
    const simple = (spans: Span[] | undefined): Array<[string, string, string[]]> =>
      (spans ?? []).map((s) => [
        s.start,
        s.end,
        s.participants.map((p) => Object.keys(rooms).find((n) => rooms[n]!.sub === p.sub)!),
      ]);

    it('offers a slot only in the rooms whose calendar has nothing overlapping', async () => {
      const r = await ask({
        participants: [{ members: [seine(), loire(), rhone()].map((x) => ({ sub: x.sub })), required: 1 }],
        required_duration: { minutes: 60 },
        query_periods: [{ start: at(60), end: at(120) }],
        response_format: 'slots',
      });
      assert.equal(r.status, 200);
      assert.deepEqual(simple(r.json.available_slots), [[at(60), at(120), ['Salle Rhône']]]);
    });

    it('answers slots of the required duration every start_interval, with the free members', async () => {
      const r = await ask({
        participants: [{ members: [{ sub: seine().sub }, { sub: loire().sub }], required: 1 }],
        required_duration: { minutes: 60 },
        start_interval: { minutes: 30 },
        query_periods: [{ start: at(0), end: at(180) }],
        response_format: 'slots',
      });
      assert.deepEqual(simple(r.json.available_slots), [
        [at(0), at(60), ['Salle Seine', 'Salle Loire']],
        [at(30), at(90), ['Salle Loire']],
        [at(120), at(180), ['Salle Seine']],
      ]);
    });

    it('answers available periods without response_format', async () => {
      const r = await ask({
        participants: [{ members: [{ sub: seine().sub }, { sub: loire().sub }], required: 1 }],
        required_duration: { minutes: 30 },
        query_periods: [{ start: at(0), end: at(180) }],
      });
      assert.equal(r.json.available_slots, undefined);
      assert.deepEqual(simple(r.json.available_periods), [
        [at(0), at(60), ['Salle Seine', 'Salle Loire']],
        [at(60), at(90), ['Salle Loire']],
        [at(120), at(150), ['Salle Seine']],
        [at(150), at(180), ['Salle Seine', 'Salle Loire']],
      ]);
    });

    it('with required "all", keeps only the times when every member is free', async () => {
      const r = await ask({
        participants: [{ members: [{ sub: seine().sub }, { sub: loire().sub }], required: 'all' }],
        required_duration: { minutes: 30 },
        query_periods: [{ start: at(0), end: at(180) }],
      });
      assert.deepEqual(
        simple(r.json.available_periods).map(([s, e]) => [s, e]),
        [
          [at(0), at(60)],
          [at(150), at(180)],
        ],
      );
    });

    it('accepts 50 members in a group and refuses 51 with 422', async () => {
      const members = (n: number): Array<{ sub: string }> =>
        Array.from({ length: n }, (_, i) => ({ sub: [seine(), loire(), rhone()][i % 3]!.sub }));
      const body = (n: number): unknown => ({
        participants: [{ members: members(n), required: 1 }],
        required_duration: { minutes: 30 },
        query_periods: [{ start: at(0), end: at(60) }],
        response_format: 'slots',
      });
      assert.equal((await ask(body(50))).status, 200);
      const refused = await ask(body(51));
      assert.equal(refused.status, 422);
      assert.equal(refused.json.errors.participants?.[0]?.key, 'errors.too_many_members');
    });

    it('refuses an unknown sub, a missing duration or an empty period with 422', async () => {
      const base = {
        participants: [{ members: [{ sub: seine().sub }], required: 1 }],
        required_duration: { minutes: 30 },
        query_periods: [{ start: at(0), end: at(60) }],
      };
      assert.equal((await ask({ ...base, participants: [{ members: [{ sub: 'res_nope' }] }] })).status, 422);
      assert.equal((await ask({ ...base, required_duration: undefined })).status, 422);
      assert.equal((await ask({ ...base, query_periods: [{ start: at(60), end: at(0) }] })).status, 422);
    });
  });

  describe('events', () => {
    const events = async (params: Record<string, string | number>): Promise<EventsPage> =>
      (await client.cr<EventsPage>(`/v1/events${q({ tzid: 'Europe/Paris', ...params })}`)).json;

    it('reads the bookings of the tenant as events, organizer and room among the attendees', async () => {
      const page = await events({ from: '2026-11-23', to: '2026-11-24' });
      assert.deepEqual(page.pages, { current: 1, total: 1 });
      const first = page.events[0]!;
      assert.equal(first.event_id, 'b-1');
      assert.equal(first.calendar_id, seine().calendar_id);
      assert.equal(first.summary, 'Revue');
      assert.equal(first.start, at(60));
      assert.equal(first.end, at(120));
      assert.equal(first.organizer.email, "Helene.D'Almeida@acme.fr");
      assert.deepEqual(
        first.attendees.map((a) => a.email),
        ["Helene.D'Almeida@acme.fr", 'seine@rooms.acme.fr'],
      );
      assert.equal(first.location.description, 'Salle Seine');
    });

    it('keeps to the calendars asked for, and to the dates (to is exclusive)', async () => {
      const onlyLoire = await events({
        from: '2026-11-23',
        to: '2026-11-24',
        'calendar_ids[]': loire().calendar_id,
      });
      assert.deepEqual(
        onlyLoire.events.map((e) => e.event_id),
        ['b-2'],
      );
      const nextDay = await events({ from: '2026-11-24', to: '2026-11-25' });
      assert.deepEqual(nextDay.events, []);
    });

    it('creates an event with the caller’s event_id, and the same id again updates it', async () => {
      const path = `/v1/calendars/${rhone().calendar_id}/events`;
      const body = {
        event_id: 'bot-42',
        summary: 'Atelier',
        start: at(240),
        end: at(300),
        tzid: 'Europe/Paris',
        attendees: [{ email: 'joao@acme.fr' }],
      };
      const created = await client.cr(path, { body });
      assert.equal(created.status, 202);
      const retried = await client.cr(path, { body });
      assert.equal(retried.status, 202);
      const moved = await client.cr(path, { body: { ...body, start: at(300), end: at(330) } });
      assert.equal(moved.status, 202);
      const page = await events({ from: at(0), to: at(600), 'calendar_ids[]': rhone().calendar_id });
      assert.equal(page.events.length, 1);
      assert.equal(page.events[0]?.start, at(300));
      assert.equal(page.events[0]?.end, at(330));
      assert.equal(page.events[0]?.organizer.email, 'joao@acme.fr');
    });

    it('reads local times with the tzid of the event', async () => {
      const path = `/v1/calendars/${rhone().calendar_id}/events`;
      const r = await client.cr(path, {
        body: {
          event_id: 'bot-local',
          summary: 'Local',
          start: '2026-11-25T14:00:00',
          end: '2026-11-25T15:00:00',
          tzid: 'Europe/Paris',
        },
      });
      assert.equal(r.status, 202);
      const page = await events({
        from: '2026-11-25',
        to: '2026-11-26',
        'calendar_ids[]': rhone().calendar_id,
      });
      assert.equal(page.events[0]?.start, '2026-11-25T13:00:00Z');
    });

    it('refuses a slot another event takes with 422 slot_unavailable', async () => {
      const r = await client.cr<Unprocessable>(`/v1/calendars/${seine().calendar_id}/events`, {
        body: { event_id: 'bot-clash', summary: 'Clash', start: at(90), end: at(150) },
      });
      assert.equal(r.status, 422);
      assert.equal(r.json.errors.start?.[0]?.key, 'errors.slot_unavailable');
      const touching = await client.cr(`/v1/calendars/${seine().calendar_id}/events`, {
        body: { event_id: 'bot-after', summary: 'Right after', start: at(120), end: at(150) },
      });
      assert.equal(touching.status, 202);
    });

    it('refuses an event without event_id or with its end before its start, naming the fields', async () => {
      const r = await client.cr<Unprocessable>(`/v1/calendars/${seine().calendar_id}/events`, {
        body: { summary: 'x', start: at(600), end: at(500) },
      });
      assert.equal(r.status, 422);
      assert.deepEqual(Object.keys(r.json.errors).sort(), ['end', 'event_id']);
    });

    it('deletes an event, and answers 202 again for one already gone', async () => {
      const path = `/v1/calendars/${loire().calendar_id}/events`;
      const first = await client.cr(path, { method: 'DELETE', body: { event_id: 'b-2' } });
      assert.equal(first.status, 202);
      const again = await client.cr(path, { method: 'DELETE', body: { event_id: 'b-2' } });
      assert.equal(again.status, 202);
      const page = await events({
        from: '2026-11-23',
        to: '2026-11-24',
        'calendar_ids[]': loire().calendar_id,
      });
      assert.deepEqual(page.events, []);
    });

    it('answers 404 for a calendar that is not a room', async () => {
      assert.equal(
        (
          await client.cr('/v1/calendars/cal_nope/events', {
            body: { event_id: 'x', summary: 'x', start: at(0), end: at(1) },
          })
        ).status,
        404,
      );
    });

    it('pages events 50 at a time with next_page', async () => {
      const path = `/v1/calendars/${rhone().calendar_id}/events`;
      for (let i = 0; i < 60; i++) {
        const r = await client.cr(path, {
          body: {
            event_id: `bulk-${i}`,
            summary: `Bulk ${i}`,
            start: at(5000 + i * 30),
            end: at(5000 + i * 30 + 30),
          },
        });
        assert.equal(r.status, 202);
      }
      const first = await events({ from: at(5000), to: at(7000), 'calendar_ids[]': rhone().calendar_id });
      assert.equal(first.events.length, 50);
      assert.equal(first.pages.total, 2);
      assert.ok(first.pages.next_page);
      const res = await fetch(first.pages.next_page, {
        headers: { authorization: `Bearer ${await client.cronofyToken()}` },
      });
      const second = (await res.json()) as EventsPage;
      assert.equal(second.pages.current, 2);
      assert.equal(second.events.length, 10);
      assert.equal(second.events[9]?.event_id, 'bulk-59');
    });
  });
});

describe('Cronofy simulator rate limit', () => {
  let sims: Simulators;

  before(async () => {
    sims = await startSimulators(sampleTenant());
  });
  after(async () => {
    await sims.close();
  });

  it('answers 429 with Retry-After beyond 50 requests in one second, then serves again', async function () {
    this.timeout(5000);
    const client = new SimClient(sims);
    // The token request takes one of the 50 places of this second.
    const token = await client.cronofyToken();
    const replies = await Promise.all(
      Array.from({ length: 60 }, () => client.cr('/v1/resources', { token })),
    );
    const ok = replies.filter((r) => r.status === 200).length;
    const limited = replies.filter((r) => r.status === 429);
    assert.equal(ok, 49);
    assert.equal(limited.length, 11);
    assert.equal(limited[0]?.headers.get('retry-after'), '1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await client.cr('/v1/resources', { token })).status, 200);
  });
});
