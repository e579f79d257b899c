import assert from 'node:assert/strict';
import nock from 'nock';
import { CronofyClient } from '../../../../bot/services/cronofy/client';

const BASE = 'https://api.cronofy.test';

describe('rooms: the availability request of a search', () => {
  afterEach(() => {
    nock.cleanAll();
  });

  it('sends the slot and both working days as query periods, with quarter-hour slot starts, in one request', async () => {
    nock(BASE).post('/oauth/token').reply(200, {
      token_type: 'bearer',
      access_token: 'ct-1',
      expires_in: 3600,
      refresh_token: 'rt',
      scope: 'x',
    });
    const api = nock(BASE)
      .post('/v1/availability', {
        participants: [{ members: [{ sub: 'res_1' }], required: 1 }],
        required_duration: { minutes: 30 },
        query_periods: [
          { start: '2026-11-24T13:05:00Z', end: '2026-11-24T13:35:00Z' },
          { start: '2026-11-24T07:00:00Z', end: '2026-11-24T18:00:00Z' },
        ],
        response_format: 'slots',
        start_interval: { minutes: 15 },
      })
      .reply(200, {
        available_slots: [
          { start: '2026-11-24T13:05:00Z', end: '2026-11-24T13:35:00Z', participants: [{ sub: 'res_1' }] },
        ],
      });
    const client = new CronofyClient({
      baseUrl: BASE,
      credentials: { clientId: 'c', clientSecret: 's', refreshToken: 'rt' },
    });
    const free = await client.availability(
      ['res_1'],
      [
        { start: new Date('2026-11-24T13:05:00Z'), end: new Date('2026-11-24T13:35:00Z') },
        { start: new Date('2026-11-24T07:00:00Z'), end: new Date('2026-11-24T18:00:00Z') },
      ],
      30,
      { startIntervalMinutes: 15 },
    );
    assert.equal(free.get('res_1')?.length, 1);
    assert.ok(api.isDone());
  });
});
