import assert from 'node:assert/strict';
import nock from 'nock';
import { CronofyClient } from '../../../bot/services/cronofy/client';
import type { CronofyConfig } from '../../../bot/services/cronofy/types';
import { AVAILABILITY_BATCH_SIZE } from '../../../bot/services/cronofy/wire';
import { UpstreamError } from '../../../bot/services/http/errors';
import { failure, FakeClock } from './helpers';

const BASE = 'https://api.cronofy.test';

const config: CronofyConfig = {
  baseUrl: BASE,
  credentials: { clientId: 'cid', clientSecret: 'csecret', refreshToken: 'rt-0' },
  appName: 'pbx-rooms-bot',
};

const AUTH_HEADERS = { authorization: 'Bearer ct-1' };

function tokenScope(): nock.Scope {
  return nock(BASE, { badheaders: ['authorization'] })
    .post('/oauth/token', {
      client_id: 'cid',
      client_secret: 'csecret',
      grant_type: 'refresh_token',
      refresh_token: 'rt-0',
    })
    .reply(200, {
      token_type: 'bearer',
      access_token: 'ct-1',
      expires_in: 10800,
      refresh_token: 'rt-0',
      scope: 'read_write',
    });
}

interface AvailabilityBody {
  participants: Array<{ members: Array<{ sub: string }>; required: number }>;
  required_duration: { minutes: number };
  query_periods: Array<{ start: string; end: string }>;
  response_format: string;
}

describe('CronofyClient', () => {
  let clock: FakeClock;
  let client: CronofyClient;

  beforeEach(() => {
    clock = new FakeClock();
    client = new CronofyClient(config, { clock });
  });

  afterEach(() => {
    nock.cleanAll();
  });

  it('lists rooms with their sub, calendar id, capacity and location', async () => {
    const token = tokenScope();
    const api = nock(BASE, { reqheaders: { ...AUTH_HEADERS, 'user-agent': 'pbx-rooms-bot' } })
      .get('/v1/resources')
      .reply(200, {
        resources: [
          {
            email: 'salle.etoile@example.com',
            name: 'Salle Étoile',
            capacity: 8,
            sub: 'res_1',
            calendar_id: 'cal_1',
            location: { building_name: 'Tour A', floor_name: '3e étage' },
          },
          { email: 'box@example.com', name: 'Box', sub: 'res_2', calendar_id: 'cal_2' },
        ],
      });
    assert.deepEqual(await client.listRooms(), [
      {
        sub: 'res_1',
        calendarId: 'cal_1',
        email: 'salle.etoile@example.com',
        name: 'Salle Étoile',
        capacity: 8,
        building: 'Tour A',
        floor: '3e étage',
      },
      { sub: 'res_2', calendarId: 'cal_2', email: 'box@example.com', name: 'Box', capacity: null },
    ]);
    assert.ok(token.isDone());
    assert.ok(api.isDone());
  });

  it('asks availability with the wire body and maps free slots per room', async () => {
    tokenScope();
    const api = nock(BASE, { reqheaders: { ...AUTH_HEADERS, 'content-type': 'application/json' } })
      .post('/v1/availability', {
        participants: [{ members: [{ sub: 'res_1' }, { sub: 'res_2' }], required: 1 }],
        required_duration: { minutes: 60 },
        query_periods: [{ start: '2026-11-24T13:00:00Z', end: '2026-11-24T17:00:00Z' }],
        response_format: 'slots',
      })
      .reply(200, {
        available_slots: [
          { start: '2026-11-24T14:00:00Z', end: '2026-11-24T15:00:00Z', participants: [{ sub: 'res_1' }] },
          { start: '2026-11-24T13:00:00Z', end: '2026-11-24T14:00:00Z', participants: [{ sub: 'res_1' }] },
        ],
      });
    const free = await client.availability(
      ['res_1', 'res_2'],
      { start: new Date('2026-11-24T13:00:00Z'), end: new Date('2026-11-24T17:00:00Z') },
      60,
    );
    assert.deepEqual(free.get('res_1'), [
      { start: new Date('2026-11-24T13:00:00Z'), end: new Date('2026-11-24T14:00:00Z') },
      { start: new Date('2026-11-24T14:00:00Z'), end: new Date('2026-11-24T15:00:00Z') },
    ]);
    assert.deepEqual(free.get('res_2'), []);
    assert.ok(api.isDone());
  });

  it(`asks about 200 rooms in exactly 4 requests of at most ${AVAILABILITY_BATCH_SIZE}, a few at a time`, async () => {
    tokenScope();
    const subs = Array.from({ length: 200 }, (_, i) => `res_${i}`);
    const batches: string[][] = [];
    let inFlight = 0;
    let maxInFlight = 0;
    const countingFetch: typeof fetch = async (input, init) => {
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      try {
        return await fetch(input, init);
      } finally {
        inFlight -= 1;
      }
    };
    const api = nock(BASE)
      .post('/v1/availability')
      .times(4)
      .delay(10)
      .reply(200, (_uri, body) => {
        const members = (body as AvailabilityBody).participants[0]?.members.map((m) => m.sub) ?? [];
        batches.push(members);
        return {
          available_slots: [
            {
              start: '2026-11-24T13:00:00Z',
              end: '2026-11-24T14:00:00Z',
              participants: [{ sub: members[0] }],
            },
          ],
        };
      });
    const counted = new CronofyClient(config, { clock, fetch: countingFetch });
    const free = await counted.availability(
      subs,
      { start: new Date('2026-11-24T13:00:00Z'), end: new Date('2026-11-24T14:00:00Z') },
      60,
      {
        concurrency: 2,
      },
    );
    assert.equal(batches.length, 4);
    assert.ok(batches.every((b) => b.length === AVAILABILITY_BATCH_SIZE));
    assert.deepEqual(batches.flat().sort(), [...subs].sort());
    assert.equal(free.size, 200);
    assert.equal(free.get('res_50')?.length, 1);
    assert.equal(maxInFlight, 2, 'two batches in flight at once, never more');
    assert.ok(api.isDone());
  });

  it('lists events of several calendars across pages, by date window in the time zone, keeping those that overlap', async () => {
    tokenScope();
    const event = (id: string, start: string, end: string): Record<string, unknown> => ({
      calendar_id: 'cal_1',
      event_id: id,
      summary: `Réunion ${id}`,
      start,
      end,
      organizer: { email: 'joao@example.com' },
      attendees: [{ email: 'joao@example.com' }, { email: 'salle@example.com' }],
      location: { description: 'Salle Étoile' },
    });
    const api = nock(BASE, { reqheaders: AUTH_HEADERS })
      .get('/v1/events')
      .query({
        from: '2026-11-23',
        to: '2026-11-27',
        tzid: 'America/Sao_Paulo',
        'calendar_ids[]': ['cal_1', 'cal_2'],
        include_managed: 'true',
      })
      .reply(200, {
        pages: { current: 1, total: 2, next_page: `${BASE}/v1/events/pages/abc` },
        events: [event('e1', '2026-11-24T13:00:00Z', '2026-11-24T14:00:00Z')],
      })
      .get('/v1/events/pages/abc')
      .reply(200, {
        pages: { current: 2, total: 2 },
        events: [
          event('e2', '2026-11-24T16:00:00Z', '2026-11-24T17:00:00Z'),
          event('early', '2026-11-23T10:00:00Z', '2026-11-23T11:00:00Z'),
        ],
      });
    const events = await client.listEvents({
      calendarIds: ['cal_1', 'cal_2'],
      from: new Date('2026-11-24T03:00:00Z'),
      to: new Date('2026-11-25T03:00:00Z'),
      tzid: 'America/Sao_Paulo',
    });
    assert.deepEqual(
      events.map((e) => e.eventId),
      ['e1', 'e2'],
    );
    assert.deepEqual(events[0], {
      calendarId: 'cal_1',
      eventId: 'e1',
      summary: 'Réunion e1',
      start: new Date('2026-11-24T13:00:00Z'),
      end: new Date('2026-11-24T14:00:00Z'),
      allDay: false,
      organizerEmail: 'joao@example.com',
      attendees: ['joao@example.com', 'salle@example.com'],
      location: 'Salle Étoile',
    });
    assert.ok(api.isDone());
  });

  it('follows numbered pages when the answer gives no next_page link', async () => {
    tokenScope();
    const api = nock(BASE)
      .get('/v1/events')
      .query((q) => q['page'] === undefined)
      .reply(200, { pages: { current: 1, total: 2 }, events: [] })
      .get('/v1/events')
      .query((q) => q['page'] === '2')
      .reply(200, { pages: { current: 2, total: 2 }, events: [] });
    await client.listEvents({
      calendarIds: ['cal_1'],
      from: new Date('2026-11-24T00:00:00Z'),
      to: new Date('2026-11-25T00:00:00Z'),
      tzid: 'UTC',
    });
    assert.ok(api.isDone());
  });

  it('upserts an event with the caller-chosen id, and retries it safely after a 500', async () => {
    tokenScope();
    const body = {
      event_id: 'booking-42',
      summary: 'Point équipe',
      start: '2026-11-24T13:00:00Z',
      end: '2026-11-24T14:00:00Z',
      tzid: 'Europe/Paris',
      location: { description: 'Salle Étoile' },
      attendees: { invite: [{ email: 'helene@example.com', display_name: 'Hélène' }] },
    };
    const api = nock(BASE, { reqheaders: { ...AUTH_HEADERS, 'content-type': 'application/json' } })
      .post('/v1/calendars/cal_1/events', body)
      .reply(500, '')
      .post('/v1/calendars/cal_1/events', body)
      .reply(202, '');
    await client.upsertEvent('cal_1', {
      eventId: 'booking-42',
      summary: 'Point équipe',
      start: new Date('2026-11-24T13:00:00.000Z'),
      end: new Date('2026-11-24T14:00:00.000Z'),
      tzid: 'Europe/Paris',
      location: 'Salle Étoile',
      attendees: [{ email: 'helene@example.com', displayName: 'Hélène' }],
    });
    assert.ok(api.isDone());
  });

  it('reports a slot taken meanwhile as a conflict', async () => {
    tokenScope();
    const request = nock(BASE)
      .post('/v1/calendars/cal_1/events')
      .reply(422, {
        errors: {
          start: [{ key: 'errors.slot_unavailable', description: 'The slot is no longer available' }],
        },
      });
    const error = await failure(
      client.upsertEvent('cal_1', {
        eventId: 'b1',
        summary: 'x',
        start: new Date('2026-11-24T13:00:00Z'),
        end: new Date('2026-11-24T14:00:00Z'),
      }),
    );
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'conflict');
    assert.equal(error.system, 'cronofy');
    assert.equal(error.operation, 'upsertEvent');
    assert.equal(error.status, 422);
    assert.equal(error.upstreamCode, 'errors.slot_unavailable');
    assert.match(error.correlationId ?? '', /^[0-9a-f-]{36}$/);
    assert.ok(request.isDone());
  });

  it('deletes an event by id, and treats an event already gone as deleted', async () => {
    tokenScope();
    const api = nock(BASE, { reqheaders: AUTH_HEADERS })
      .delete('/v1/calendars/cal_1/events', { event_id: 'b1' })
      .reply(202, '')
      .delete('/v1/calendars/cal_1/events', { event_id: 'gone' })
      .reply(404, '');
    await client.deleteEvent('cal_1', 'b1');
    await client.deleteEvent('cal_1', 'gone');
    assert.ok(api.isDone());
  });

  it('waits out a 429 with Retry-After before listing rooms again', async () => {
    tokenScope();
    const api = nock(BASE)
      .get('/v1/resources')
      .reply(429, '', { 'retry-after': '1' })
      .get('/v1/resources')
      .reply(200, { resources: [] });
    assert.deepEqual(await client.listRooms(), []);
    assert.deepEqual(clock.waits, [1000]);
    assert.ok(api.isDone());
  });

  it('re-fetches the token once after a 401', async () => {
    tokenScope();
    const second = nock(BASE)
      .post('/oauth/token')
      .reply(200, { token_type: 'bearer', access_token: 'ct-2', expires_in: 10800 });
    const api = nock(BASE)
      .get('/v1/resources')
      .matchHeader('authorization', 'Bearer ct-1')
      .reply(401, '')
      .get('/v1/resources')
      .matchHeader('authorization', 'Bearer ct-2')
      .reply(200, { resources: [] });
    await client.listRooms();
    assert.ok(second.isDone());
    assert.ok(api.isDone());
  });
});
