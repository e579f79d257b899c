import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../../bot/config';

const LIVE = {
  MicrosoftAppId: '11111111-1111-1111-1111-111111111111',
  MicrosoftAppPassword: 'secret',
  MicrosoftAppType: 'MultiTenant',
  ALLOWED_TENANT_IDS: '22222222-2222-2222-2222-222222222222',
  ORGANIZATION_TIME_ZONE: 'Europe/Paris',
  CLOUDLINK_CLIENT_ID: 'cl-id',
  CLOUDLINK_CLIENT_SECRET: 'cl-secret',
  CLOUDLINK_ACCOUNT_ID: 'acc',
  CRONOFY_CLIENT_ID: 'cr-id',
  CRONOFY_CLIENT_SECRET: 'cr-secret',
  CRONOFY_REFRESH_TOKEN: 'cr-refresh',
  GRAPH_TENANT_ID: '22222222-2222-2222-2222-222222222222',
  GRAPH_CLIENT_ID: 'gr-id',
  GRAPH_CLIENT_SECRET: 'gr-secret',
  PRESENCE_APP_ID: '33333333-3333-3333-3333-333333333333',
  ADMIN_GROUP_ID: '44444444-4444-4444-4444-444444444444',
  STORAGE: 'blob',
  AZURE_STORAGE_CONNECTION_STRING: 'UseDevelopmentStorage=true',
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs on the embedded default with nothing set, listening on this machine only', () => {
    const config = loadConfig({});
    assert.equal(config.mode, 'demo');
    assert.equal(config.port, 3978);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.bot, null);
    assert.equal(config.storage.kind, 'memory');
  });

  it('switches to real services when they are configured completely', () => {
    const config = loadConfig(LIVE);
    assert.equal(config.mode, 'live');
    assert.equal(config.host, '0.0.0.0');
    assert.equal(config.cloudlink?.baseUrl, 'https://{service}.api.mitel.io/2017-09-01');
    assert.deepEqual(config.allowedTenants, ['22222222-2222-2222-2222-222222222222']);
  });

  it('names every missing setting when real services are configured partly', () => {
    const problems = problemsOf({ CLOUDLINK_CLIENT_ID: 'x' });
    for (const name of [
      'CLOUDLINK_CLIENT_SECRET',
      'CRONOFY_REFRESH_TOKEN',
      'GRAPH_CLIENT_ID',
      'ORGANIZATION_TIME_ZONE',
    ]) {
      assert.ok(
        problems.some((p) => p.includes(name)),
        `${name} not named in ${problems.join(' / ')}`,
      );
    }
  });

  it('runs real services without bot credentials as a local live trial: loopback, memory storage, any tenant', () => {
    const {
      MicrosoftAppId: _id,
      MicrosoftAppPassword: _pw,
      STORAGE: _s,
      ALLOWED_TENANT_IDS: _t,
      ...trial
    } = LIVE;
    const config = loadConfig({ ...trial, PORT: '4000' });
    assert.equal(config.mode, 'live');
    assert.equal(config.liveTrial, true);
    assert.equal(config.bot, null);
    assert.equal(config.host, '127.0.0.1');
    assert.equal(config.storage.kind, 'memory');
    assert.deepEqual(config.allowedTenants, []);
    assert.equal(config.publicUrl, 'http://127.0.0.1:4000');
    assert.equal(
      loadConfig({ ...trial, PUBLIC_URL: 'https://bot.example.com/' }).publicUrl,
      'https://bot.example.com',
    );
  });

  it('refuses a local live trial on an address other machines can reach', () => {
    const { MicrosoftAppId: _id, MicrosoftAppPassword: _pw, ...trial } = LIVE;
    for (const host of ['0.0.0.0', '192.168.1.10', '::']) {
      assert.ok(
        problemsOf({ ...trial, HOST: host }).some((p) => /HOST must be a loopback address/.test(p)),
        host,
      );
    }
    assert.equal(loadConfig({ ...trial, HOST: 'localhost' }).host, 'localhost');
  });

  it('keeps live mode with bot credentials as strict as before: not a trial, tenants and blob storage required', () => {
    const config = loadConfig(LIVE);
    assert.equal(config.liveTrial, false);
    assert.equal(config.publicUrl, null);
    const { ALLOWED_TENANT_IDS: _t, ...noTenants } = LIVE;
    assert.ok(problemsOf(noTenants).some((p) => /ALLOWED_TENANT_IDS is required/.test(p)));
  });

  it('refuses a bot password without its app id with real services', () => {
    const { MicrosoftAppId: _id, ...withoutId } = LIVE;
    assert.ok(problemsOf(withoutId).some((p) => /MicrosoftAppId is required/.test(p)));
  });

  it('refuses memory storage with real services', () => {
    assert.ok(problemsOf({ ...LIVE, STORAGE: 'memory' }).some((p) => /STORAGE=blob is required/.test(p)));
  });

  it('reads PBX_TYPE as one of the four PBXs the seeds describe, and refuses any other', () => {
    assert.equal(loadConfig({ ...LIVE, PBX_TYPE: 'MiVoice MX-ONE' }).pbxType, 'MiVoice MX-ONE');
    assert.equal(loadConfig(LIVE).pbxType, null);
    assert.ok(
      problemsOf({ ...LIVE, PBX_TYPE: 'Alcatel' }).some((p) => p.startsWith('PBX_TYPE must be one of')),
    );
  });

  it('explains a malformed port, level, time zone, tenant id and URL', () => {
    const problems = problemsOf({
      PORT: '99999',
      LOG_LEVEL: 'loud',
      ORGANIZATION_TIME_ZONE: 'Mars/Olympus',
      ALLOWED_TENANT_IDS: 'contoso',
    });
    assert.ok(problems.some((p) => p.startsWith('PORT must be')));
    assert.ok(problems.some((p) => p.startsWith('LOG_LEVEL must be')));
    assert.ok(problems.some((p) => p.startsWith('ORGANIZATION_TIME_ZONE must be')));
    assert.ok(problems.some((p) => p.includes('"contoso" is not one')));
    assert.ok(
      problemsOf({ ...LIVE, GRAPH_BASE_URL: 'ftp://graph' }).some((p) =>
        p.startsWith('GRAPH_BASE_URL must be'),
      ),
    );
  });

  it('opens an upstream circuit after 5 failures in a row for 30 s by default, or as set', () => {
    assert.deepEqual(loadConfig({}).circuitBreaker, { failureThreshold: 5, cooldownMs: 30_000 });
    const set = loadConfig({ UPSTREAM_CIRCUIT_FAILURES: '3', UPSTREAM_CIRCUIT_COOLDOWN_MS: '1500' });
    assert.deepEqual(set.circuitBreaker, { failureThreshold: 3, cooldownMs: 1500 });
    const problems = problemsOf({ UPSTREAM_CIRCUIT_FAILURES: '0', UPSTREAM_CIRCUIT_COOLDOWN_MS: 'soon' });
    assert.ok(problems.some((p) => p.startsWith('UPSTREAM_CIRCUIT_FAILURES must be')));
    assert.ok(problems.some((p) => p.startsWith('UPSTREAM_CIRCUIT_COOLDOWN_MS must be')));
  });

  it('requires the tenant id for a single-tenant bot', () => {
    assert.ok(
      problemsOf({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw', MicrosoftAppType: 'SingleTenant' }).some(
        (p) => p.includes('MicrosoftAppTenantId is required'),
      ),
    );
  });

  it('accepts bot credentials in demo mode, which then authenticates every request', () => {
    const config = loadConfig({ MicrosoftAppId: 'id', MicrosoftAppPassword: 'pw' });
    assert.equal(config.mode, 'demo');
    assert.equal(config.bot?.appId, 'id');
    assert.equal(config.host, '0.0.0.0');
  });

  describe('Graph sign-in', () => {
    const withoutSecret = (): Record<string, string> => {
      const env: Record<string, string> = { ...LIVE };
      delete env.GRAPH_CLIENT_SECRET;
      return env;
    };

    it('signs in to Graph with the client secret by default', () => {
      assert.deepEqual(loadConfig(LIVE).graph?.auth, {
        kind: 'secret',
        clientId: 'gr-id',
        clientSecret: 'gr-secret',
      });
    });

    it("uses the host's managed identity, with no secret and no client id, when GRAPH_USE_MANAGED_IDENTITY=true", () => {
      const env = withoutSecret();
      delete env.GRAPH_CLIENT_ID;
      assert.deepEqual(loadConfig({ ...env, GRAPH_USE_MANAGED_IDENTITY: 'true' }).graph?.auth, {
        kind: 'managed-identity',
        clientId: undefined,
      });
      assert.ok(
        problemsOf({ ...env, GRAPH_USE_MANAGED_IDENTITY: 'yes' }).some((p) =>
          p.startsWith('GRAPH_USE_MANAGED_IDENTITY must be true or false'),
        ),
      );
    });

    it('uses a certificate file when GRAPH_CLIENT_CERTIFICATE_PATH names one, and says so when the file is missing', () => {
      const env = { ...withoutSecret(), GRAPH_CLIENT_CERTIFICATE_PATH: __filename };
      assert.deepEqual(loadConfig(env).graph?.auth, {
        kind: 'certificate',
        clientId: 'gr-id',
        certificatePath: __filename,
      });
      assert.ok(
        problemsOf({ ...env, GRAPH_CLIENT_CERTIFICATE_PATH: '/nowhere/bot.pem' }).some((p) =>
          p.includes('no file at "/nowhere/bot.pem"'),
        ),
      );
      assert.ok(
        problemsOf({ ...env, GRAPH_LOGIN_URL: 'http://127.0.0.1:9' }).some((p) =>
          p.startsWith('GRAPH_LOGIN_URL must be https with GRAPH_CLIENT_CERTIFICATE_PATH'),
        ),
      );
    });

    it('asks for one way to sign in to Graph: none, or two at once, is refused', () => {
      assert.ok(problemsOf(withoutSecret()).some((p) => p.startsWith('GRAPH_CLIENT_SECRET is required')));
      assert.ok(
        problemsOf({ ...LIVE, GRAPH_USE_MANAGED_IDENTITY: 'true' }).some((p) =>
          p.startsWith('Set only one of GRAPH_CLIENT_SECRET'),
        ),
      );
    });
  });
});
