import assert from 'node:assert/strict';
import nock from 'nock';
import { CloudLinkClient } from '../../../bot/services/cloudlink/client';
import type { CloudLinkConfig } from '../../../bot/services/cloudlink/types';
import { UpstreamError } from '../../../bot/services/http/errors';
import { failure, FakeClock } from './helpers';

const AUTH = 'https://authentication.api.mitel.io';
const ADMIN = 'https://admin.api.mitel.io';
const MEDIA = 'https://media.api.mitel.io';
const V = '/2017-09-01';

const config: CloudLinkConfig = {
  baseUrl: 'https://{service}.api.mitel.io/2017-09-01',
  credentials: { clientId: 'client-1', clientSecret: 's3cr3t', accountId: 'acc-1' },
  appName: 'pbx-rooms-bot',
};

const API_HEADERS = { authorization: 'Bearer at-1', 'x-mitel-app': 'pbx-rooms-bot' };
const CORR = { 'x-mitel-correlation-id': '0b7c1f5e-1111-4c1e-9d3b-2a2b2c2d2e2f' };

function tokenScope(accessToken = 'at-1'): nock.Scope {
  return nock(AUTH, { badheaders: ['authorization', 'x-mitel-app'] })
    .post(`${V}/token`, {
      grant_type: 'client_credentials',
      client_id: 'client-1',
      client_secret: 's3cr3t',
      account_id: 'acc-1',
    })
    .reply(200, {
      token_type: 'Bearer',
      access_token: accessToken,
      refresh_token: 'rt-1',
      expires_in: 3600,
      scope: 'all',
    });
}

const userWire = (id: string, extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  userId: id,
  accountId: 'acc-1',
  name: `User ${id}`,
  email: `${id}@example.com`,
  role: 'User',
  createdOn: '2025-01-02T03:04:05Z',
  ...extra,
});

describe('CloudLinkClient', () => {
  let clock: FakeClock;
  let client: CloudLinkClient;

  beforeEach(() => {
    clock = new FakeClock();
    client = new CloudLinkClient(config, { clock });
  });

  afterEach(() => {
    nock.cleanAll();
  });

  it('refuses a base URL without {service}', () => {
    assert.throws(
      () => new CloudLinkClient({ ...config, baseUrl: 'https://api.mitel.io/2017-09-01' }),
      /\{service\}/,
    );
  });

  it('lists every user, following _links.next, mapping numbers to E.164 and dates to Date', async () => {
    const token = tokenScope();
    const api = nock(ADMIN, { reqheaders: API_HEADERS })
      .get(`${V}/users`)
      .query({ $top: '1000', $skip: '0' })
      .reply(
        200,
        {
          count: 2,
          _links: {
            self: { href: `${ADMIN}${V}/users` },
            next: { href: `${ADMIN}${V}/users?$top=1000&$skip=1` },
          },
          _embedded: {
            items: [
              userWire('u1', {
                extension: '2001',
                phone: '+33 1 23 45 67 89',
                mobile: '0033612345678',
                homePhone: '+55 11 98765-4321',
                role: 'CTI',
              }),
            ],
          },
        },
        CORR,
      )
      .get(`${V}/users`)
      .query({ $top: '1000', $skip: '1' })
      .reply(
        200,
        { count: 2, _links: { self: 'x' }, _embedded: { items: [userWire('u2', { role: null })] } },
        CORR,
      );

    const users = await client.listUsers();

    assert.equal(users.length, 2);
    assert.deepEqual(users[0], {
      id: 'u1',
      accountId: 'acc-1',
      name: 'User u1',
      email: 'u1@example.com',
      extension: '2001',
      phones: { work: '+33123456789', mobile: '+33612345678', home: '+5511987654321' },
      role: 'CTI',
      createdAt: new Date('2025-01-02T03:04:05Z'),
    });
    assert.equal(users[1]?.role, null);
    assert.ok(token.isDone());
    assert.ok(api.isDone());
  });

  it('pages with $skip up to count when the answer gives no next link', async () => {
    tokenScope();
    const api = nock(ADMIN)
      .get(`${V}/users`)
      .query({ $top: '2', $skip: '0' })
      .reply(200, {
        count: 3,
        _links: { self: 'x' },
        _embedded: { items: [userWire('a'), userWire('b')] },
      })
      .get(`${V}/users`)
      .query({ $top: '2', $skip: '2' })
      .reply(200, { count: 3, _links: { self: 'x' }, _embedded: { items: [userWire('c')] } });
    const paged = new CloudLinkClient({ ...config, pageSize: 2 }, { clock });
    assert.deepEqual(
      (await paged.listUsers()).map((u) => u.id),
      ['a', 'b', 'c'],
    );
    assert.ok(api.isDone());
  });

  it('refuses to follow a next link to another host (the token must not leak)', async () => {
    tokenScope();
    nock(ADMIN)
      .get(`${V}/users`)
      .query(true)
      .reply(200, {
        count: 2,
        _links: { next: 'https://evil.example/users' },
        _embedded: { items: [userWire('a')] },
      });
    const error = await failure(client.listUsers());
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'protocol');
  });

  it('also follows a next link given as { href } (the HAL form), beside the documented plain string', async () => {
    tokenScope();
    nock(ADMIN)
      .get(`${V}/users`)
      .query({ $top: '1000', $skip: '0' })
      .reply(200, {
        count: 2,
        _links: {
          self: { href: `${ADMIN}${V}/users` },
          next: { href: `${ADMIN}${V}/users?$top=1000&$skip=1` },
        },
        _embedded: { items: [userWire('h1')] },
      })
      .get(`${V}/users`)
      .query({ $top: '1000', $skip: '1' })
      .reply(200, {
        count: 2,
        _links: { self: `${ADMIN}${V}/users` },
        _embedded: { items: [userWire('h2')] },
      });
    const users = await client.listUsers();
    assert.deepEqual(
      users.map((u) => u.id),
      ['h1', 'h2'],
    );
  });

  it('gets one user, and null for an unknown id', async () => {
    tokenScope();
    const api = nock(ADMIN, { reqheaders: API_HEADERS })
      .get(`${V}/users/u%201`)
      .reply(200, userWire('u 1'))
      .get(`${V}/users/nobody`)
      .reply(404, { name: 'NotFound', message: 'User not found' }, CORR);
    assert.equal((await client.getUser('u 1'))?.id, 'u 1');
    assert.equal(await client.getUser('nobody'), null);
    assert.ok(api.isDone());
  });

  it('finds a user by e-mail ignoring case, reading the list without any $filter', async () => {
    tokenScope();
    const api = nock(ADMIN, { reqheaders: API_HEADERS })
      .get(`${V}/users`)
      .query((q) => q['$filter'] === undefined)
      .reply(200, {
        count: 2,
        _links: { self: `${ADMIN}${V}/users`, next: `${ADMIN}${V}/users?$top=1&$skip=1` },
        _embedded: { items: [userWire('u1', { email: 'ann@example.com' })] },
      })
      .get(`${V}/users`)
      .query({ $top: '1', $skip: '1' })
      .reply(200, {
        count: 2,
        _links: { self: `${ADMIN}${V}/users?$top=1&$skip=1` },
        _embedded: { items: [userWire('u9', { email: "O'Neil@example.com" })] },
      });
    assert.equal((await client.findUserByEmail("o'neil@example.com"))?.id, 'u9');
    assert.ok(api.isDone());
  });

  it('finds a user by extension client-side, and answers null when nobody has it', async () => {
    tokenScope();
    const api = nock(ADMIN)
      .get(`${V}/users`)
      .query((q) => q['$filter'] === undefined)
      .twice()
      .reply(200, {
        count: 1,
        _links: { self: 'x' },
        _embedded: { items: [userWire('u2', { extension: '2002' })] },
      });
    assert.equal((await client.findUserByExtension('2002'))?.id, 'u2');
    assert.equal(await client.findUserByExtension('2001'), null);
    assert.ok(api.isDone());
  });

  it('reads an endpoint: line state, availability, dnd and presence sources', async () => {
    tokenScope();
    const api = nock(MEDIA, { reqheaders: API_HEADERS })
      .get(`${V}/endpoints/2001`)
      .reply(200, {
        endpointId: '2001',
        state: 'connected',
        userAvailability: 'busy',
        dnd: false,
        presence: { pbxUser: 'meeting', mitelOne: 'dnd' },
      });
    assert.deepEqual(await client.getEndpoint('2001'), {
      endpointId: '2001',
      state: 'connected',
      userAvailability: 'busy',
      dnd: false,
      presence: { pbxUser: 'meeting', mitelOne: 'dnd' },
    });
    assert.ok(api.isDone());
  });

  it('reads the account', async () => {
    tokenScope();
    const api = nock(ADMIN, { reqheaders: API_HEADERS }).get(`${V}/accounts/me`).reply(200, {
      accountId: 'acc-1',
      name: 'Société Générale de Test',
      timeZone: 'Europe/Paris',
      azureTenantId: 'tid',
    });
    assert.deepEqual(await client.getAccount(), {
      id: 'acc-1',
      name: 'Société Générale de Test',
      timeZone: 'Europe/Paris',
      azureTenantId: 'tid',
    });
    assert.ok(api.isDone());
  });

  it('offers no call to the Teams integration, the gateway, a sync or mappings (none is documented)', () => {
    const offered = Object.getOwnPropertyNames(Object.getPrototypeOf(client));
    for (const name of ['getGatewayStatus', 'getTeamsIntegration', 'addManualMapping', 'syncNow']) {
      assert.ok(!offered.includes(name), name);
    }
  });

  describe('tokens', () => {
    it('asks for one token for many requests', async () => {
      const token = tokenScope();
      const api = nock(MEDIA)
        .get(`${V}/endpoints/1`)
        .reply(200, { state: 'idle' })
        .get(`${V}/endpoints/2`)
        .reply(200, { state: 'idle' });
      await Promise.all([client.getEndpoint('1'), client.getEndpoint('2')]);
      assert.ok(token.isDone());
      assert.ok(api.isDone());
    });

    it('refreshes with the refresh token before expiry', async () => {
      tokenScope();
      const refresh = nock(AUTH)
        .post(`${V}/token`, { grant_type: 'refresh_token', refresh_token: 'rt-1', client_id: 'client-1' })
        .reply(200, { token_type: 'Bearer', access_token: 'at-2', refresh_token: 'rt-2', expires_in: 3600 });
      const api = nock(MEDIA)
        .get(`${V}/endpoints/1`)
        .matchHeader('authorization', 'Bearer at-1')
        .reply(200, { state: 'idle' })
        .get(`${V}/endpoints/1`)
        .matchHeader('authorization', 'Bearer at-2')
        .reply(200, { state: 'idle' });
      await client.getEndpoint('1');
      clock.advance(3600_000 - 30_000);
      await client.getEndpoint('1');
      assert.ok(refresh.isDone());
      assert.ok(api.isDone());
    });

    it('falls back to client credentials when the refresh token is refused', async () => {
      const withRefresh = new CloudLinkClient(
        { ...config, credentials: { ...config.credentials, refreshToken: 'old' } },
        { clock },
      );
      const auth = nock(AUTH)
        .post(
          `${V}/token`,
          (body: Record<string, string>) =>
            body['grant_type'] === 'refresh_token' && body['refresh_token'] === 'old',
        )
        .reply(400, { name: 'invalid_grant' });
      tokenScope();
      nock(MEDIA)
        .get(`${V}/endpoints/1`)
        .matchHeader('authorization', 'Bearer at-1')
        .reply(200, { state: 'idle' });
      assert.equal((await withRefresh.getEndpoint('1')).state, 'idle');
      assert.ok(auth.isDone());
    });

    it('reports refused credentials as unauthorized, without the secret in the message', async () => {
      nock(AUTH).post(`${V}/token`).reply(401, { name: 'Unauthorized', message: 'bad client' });
      const error = await failure(client.getEndpoint('1'));
      assert.ok(error instanceof UpstreamError);
      assert.equal(error.kind, 'unauthorized');
      assert.equal(error.operation, 'token');
      assert.doesNotMatch(error.message, /s3cr3t/);
    });
  });
});
