import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../../bot/config';

/** Real services, completely configured, except what each test removes. */
const LIVE: Record<string, string> = {
  MicrosoftAppId: '7c3a1f40-2b1e-4d8a-9c55-0b6f2e9d1a11',
  MicrosoftAppPassword: 'secret',
  ALLOWED_TENANT_IDS: '3f9d2b7a-6c1e-4a8b-9d0f-1e2a3b4c5d6e',
  ORGANIZATION_TIME_ZONE: 'Europe/Paris',
  CLOUDLINK_CLIENT_ID: 'id',
  CLOUDLINK_CLIENT_SECRET: 'secret',
  CLOUDLINK_ACCOUNT_ID: 'acc',
  CRONOFY_CLIENT_ID: 'id',
  CRONOFY_CLIENT_SECRET: 'secret',
  CRONOFY_REFRESH_TOKEN: 'refresh',
  GRAPH_TENANT_ID: '3f9d2b7a-6c1e-4a8b-9d0f-1e2a3b4c5d6e',
  GRAPH_CLIENT_ID: 'id',
  GRAPH_CLIENT_SECRET: 'secret',
  PRESENCE_APP_ID: '33333333-3333-3333-3333-333333333333',
  ADMIN_GROUP_ID: '44444444-4444-4444-4444-444444444444',
  STORAGE: 'blob',
  AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
};

function without(...names: string[]): Record<string, string> {
  const env = { ...LIVE };
  for (const n of names) delete env[n];
  return env;
}

function problems(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
    return [];
  } catch (error) {
    assert.ok(error instanceof ConfigError);
    return error.problems;
  }
}

describe('production mode and inbound authentication', () => {
  it('runs with real services only with bot credentials and a tenant allow-list', () => {
    const config = loadConfig(LIVE);
    assert.equal(config.mode, 'live');
    assert.equal(config.bot?.appId, LIVE.MicrosoftAppId);
    assert.deepEqual(config.allowedTenants, [LIVE.ALLOWED_TENANT_IDS]);
  });

  it('without any bot credentials, runs real services as a local live trial on loopback only', () => {
    const config = loadConfig(without('MicrosoftAppId', 'MicrosoftAppPassword'));
    assert.equal(config.liveTrial, true);
    assert.equal(config.bot, null);
    assert.equal(config.host, '127.0.0.1');
  });

  it('refuses to start with real services and half of the bot credentials', () => {
    for (const missing of [['MicrosoftAppId'], ['MicrosoftAppPassword']]) {
      const found = problems(without(...missing));
      assert.ok(
        found.some((p) => /MicrosoftApp(Id|Password)/.test(p)),
        `${missing.join('+')}: ${found.join(' / ')}`,
      );
    }
  });

  it('refuses to start with real services and no tenant allow-list, or a malformed one', () => {
    assert.ok(
      problems(without('ALLOWED_TENANT_IDS')).some((p) => p.startsWith('ALLOWED_TENANT_IDS is required')),
    );
    assert.ok(
      problems({ ...LIVE, ALLOWED_TENANT_IDS: 'contoso.onmicrosoft.com' }).some((p) =>
        p.startsWith('ALLOWED_TENANT_IDS must list Entra tenant ids'),
      ),
    );
  });

  it('without credentials (demo), listens on this machine only', () => {
    const config = loadConfig({});
    assert.equal(config.bot, null);
    assert.equal(config.host, '127.0.0.1');
  });

  it('with credentials in demo mode, authenticates requests (credentials are kept)', () => {
    const config = loadConfig({ MicrosoftAppId: LIVE.MicrosoftAppId!, MicrosoftAppPassword: 'secret' });
    assert.equal(config.mode, 'demo');
    assert.equal(config.bot?.appId, LIVE.MicrosoftAppId);
  });
});
