import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { sampleTenant } from './fixtures';
import { post, postForm, SimClient } from './http';

describe('simulator authentication', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    sims = await startSimulators(sampleTenant(), { tokenTtlSeconds: 60 });
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  describe('CloudLink', () => {
    it('issues a bearer token for the right client credentials, in JSON or as a form', async () => {
      const c = sims.cloudlink;
      const json = await post<{
        token_type: string;
        access_token: string;
        refresh_token: string;
        expires_in: number;
        scope: string;
      }>(client.cloudlinkUrl('authentication', '/token'), {
        grant_type: 'client_credentials',
        client_id: c.clientId,
        client_secret: c.clientSecret,
        account_id: c.accountId,
      });
      assert.equal(json.status, 200);
      assert.equal(json.json.token_type, 'Bearer');
      assert.equal(json.json.expires_in, 60);
      assert.ok(json.json.access_token && json.json.refresh_token && json.json.scope);
      assert.match(json.headers.get('x-mitel-correlation-id') ?? '', /^[0-9a-f-]{36}$/);
      const form = await postForm(client.cloudlinkUrl('authentication', '/token'), {
        grant_type: 'client_credentials',
        client_id: c.clientId,
        client_secret: c.clientSecret,
        account_id: c.accountId,
      });
      assert.equal(form.status, 200);
    });

    it('answers 401 with { name, message } for a wrong client secret', async () => {
      const c = sims.cloudlink;
      const r = await post<{ name: string; message: string }>(
        client.cloudlinkUrl('authentication', '/token'),
        {
          grant_type: 'client_credentials',
          client_id: c.clientId,
          client_secret: 'wrong',
          account_id: c.accountId,
        },
      );
      assert.equal(r.status, 401);
      assert.equal(r.json.name, 'Unauthorized');
      assert.equal(typeof r.json.message, 'string');
      assert.ok(r.headers.get('x-mitel-correlation-id'));
    });

    it('refreshes with the refresh token and refuses an unknown one', async () => {
      const c = sims.cloudlink;
      const first = await post<{ refresh_token: string }>(client.cloudlinkUrl('authentication', '/token'), {
        grant_type: 'client_credentials',
        client_id: c.clientId,
        client_secret: c.clientSecret,
        account_id: c.accountId,
      });
      const refreshed = await post<{ access_token: string }>(
        client.cloudlinkUrl('authentication', '/token'),
        {
          grant_type: 'refresh_token',
          refresh_token: first.json.refresh_token,
          client_id: c.clientId,
        },
      );
      assert.equal(refreshed.status, 200);
      const users = await client.cl('admin', '/users', { token: refreshed.json.access_token });
      assert.equal(users.status, 200);
      const bad = await post(client.cloudlinkUrl('authentication', '/token'), {
        grant_type: 'refresh_token',
        refresh_token: 'nope',
        client_id: c.clientId,
      });
      assert.equal(bad.status, 401);
    });

    it('answers 401 without a token or with an unknown one, and 400 without X-Mitel-App', async () => {
      assert.equal((await client.cl('admin', '/users', { token: null })).status, 401);
      assert.equal((await client.cl('admin', '/users', { token: 'made-up' })).status, 401);
      const token = await client.cloudlinkToken();
      const res = await fetch(client.cloudlinkUrl('admin', '/users'), {
        headers: { authorization: `Bearer ${token}` },
      });
      assert.equal(res.status, 400);
      assert.ok(res.headers.get('x-mitel-correlation-id'));
      await res.text();
    });

    it('echoes the correlation id the client sent', async () => {
      const r = await client.cl('admin', '/accounts/me', {
        headers: { 'x-mitel-correlation-id': 'abc-123' },
      });
      assert.equal(r.headers.get('x-mitel-correlation-id'), 'abc-123');
    });
  });

  describe('Cronofy', () => {
    it('refreshes the access token with the refresh token given at start', async () => {
      const c = sims.cronofy;
      const r = await post<{
        token_type: string;
        access_token: string;
        refresh_token: string;
        expires_in: number;
      }>(`${c.baseUrl}/oauth/token`, {
        client_id: c.clientId,
        client_secret: c.clientSecret,
        grant_type: 'refresh_token',
        refresh_token: c.refreshToken,
      });
      assert.equal(r.status, 200);
      assert.equal(r.json.token_type, 'bearer');
      assert.equal(r.json.refresh_token, c.refreshToken);
      assert.equal(r.json.expires_in, 60);
    });

    it('answers 401 for a wrong client secret and 400 invalid_grant for an unknown refresh token', async () => {
      const c = sims.cronofy;
      const wrong = await post<{ error: string }>(`${c.baseUrl}/oauth/token`, {
        client_id: c.clientId,
        client_secret: 'wrong',
        grant_type: 'refresh_token',
        refresh_token: c.refreshToken,
      });
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.error, 'invalid_client');
      const unknown = await post<{ error: string }>(`${c.baseUrl}/oauth/token`, {
        client_id: c.clientId,
        client_secret: c.clientSecret,
        grant_type: 'refresh_token',
        refresh_token: 'nope',
      });
      assert.equal(unknown.status, 400);
      assert.equal(unknown.json.error, 'invalid_grant');
    });

    it('answers 401 without a bearer token', async () => {
      assert.equal((await client.cr('/v1/resources', { token: null })).status, 401);
      assert.equal((await client.cr('/v1/resources', { token: 'made-up' })).status, 401);
    });
  });

  describe('Graph', () => {
    it('issues a token on the tenant login endpoint for a form body', async () => {
      const g = sims.graph;
      const r = await postForm<{ token_type: string; expires_in: number; access_token: string }>(
        `${g.loginUrl}/${g.tenantId}/oauth2/v2.0/token`,
        {
          client_id: g.clientId,
          client_secret: g.clientSecret,
          scope: 'https://graph.microsoft.com/.default',
          grant_type: 'client_credentials',
        },
      );
      assert.equal(r.status, 200);
      assert.equal(r.json.token_type, 'Bearer');
      assert.equal(r.json.expires_in, 60);
      assert.ok(r.headers.get('request-id'));
    });

    it('answers 401 invalid_client for a wrong secret, 400 for another tenant or scope', async () => {
      const g = sims.graph;
      const fields = {
        client_id: g.clientId,
        client_secret: 'wrong',
        scope: 'https://graph.microsoft.com/.default',
        grant_type: 'client_credentials',
      };
      const wrong = await postForm<{ error: string }>(
        `${g.loginUrl}/${g.tenantId}/oauth2/v2.0/token`,
        fields,
      );
      assert.equal(wrong.status, 401);
      assert.equal(wrong.json.error, 'invalid_client');
      const otherTenant = await postForm(
        `${g.loginUrl}/00000000-0000-0000-0000-000000000000/oauth2/v2.0/token`,
        {
          ...fields,
          client_secret: g.clientSecret,
        },
      );
      assert.equal(otherTenant.status, 400);
      const scope = await postForm<{ error: string }>(`${g.loginUrl}/${g.tenantId}/oauth2/v2.0/token`, {
        ...fields,
        client_secret: g.clientSecret,
        scope: 'User.Read',
      });
      assert.equal(scope.status, 400);
      assert.equal(scope.json.error, 'invalid_scope');
    });

    it('answers 401 InvalidAuthenticationToken without a token', async () => {
      const r = await client.gr<{ error: { code: string; message: string } }>('/users', { token: null });
      assert.equal(r.status, 401);
      assert.equal(r.json.error.code, 'InvalidAuthenticationToken');
      assert.ok(r.headers.get('request-id'));
    });
  });
});

describe('simulator token expiry', () => {
  let sims: Simulators;
  let clock = Date.parse('2026-11-23T09:00:00Z');

  before(async () => {
    sims = await startSimulators(sampleTenant(), { tokenTtlSeconds: 60, now: () => clock });
  });
  after(async () => {
    await sims.close();
  });

  it('refuses a token of every system once its expires_in has passed', async () => {
    const client = new SimClient(sims);
    assert.equal((await client.gr('/users')).status, 200);
    assert.equal((await client.cr('/v1/resources')).status, 200);
    assert.equal((await client.cl('admin', '/users')).status, 200);
    clock += 61_000;
    assert.equal((await client.gr('/users')).status, 401);
    assert.equal((await client.cr('/v1/resources')).status, 401);
    assert.equal((await client.cl('admin', '/users')).status, 401);
  });
});
