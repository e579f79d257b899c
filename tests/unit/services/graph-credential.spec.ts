/**
 * Graph tokens through @azure/identity: a client secret and a certificate, each posted to the
 * Entra token endpoint exactly as MSAL posts it (intercepted here with nock, no network), and how
 * the credential's failures reach the rest of the bot.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TokenCredential } from '@azure/identity';
import nock from 'nock';
import {
  createGraphCredential,
  isInsecureLogin,
  tokenFromCredential,
} from '../../../bot/services/graph/credential';
import { GraphClient } from '../../../bot/services/graph/client';
import { UpstreamError } from '../../../bot/services/http/errors';

const LOGIN = 'https://login.microsoftonline.com';
const GRAPH = 'https://graph.microsoft.com';
const TENANT = '5d1c7e2a-3f4b-4c8d-9e0f-1a2b3c4d5e6f';
const CLIENT = '8a7b6c5d-4e3f-4a1b-9c8d-7e6f5a4b3c2d';

/** Entra's discovery document for the tenant, as MSAL asks for it before its first token. */
function discovery(): void {
  const base = `${LOGIN}/${TENANT}`;
  nock(LOGIN)
    .persist()
    .get(`/${TENANT}/v2.0/.well-known/openid-configuration`)
    .reply(200, {
      token_endpoint: `${base}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/oauth2/v2.0/logout`,
      issuer: `https://login.microsoftonline.com/${TENANT}/v2.0`,
      jwks_uri: `${LOGIN}/${TENANT}/discovery/v2.0/keys`,
    })
    .get(/\/common\/discovery\/instance/)
    .query(true)
    .reply(200, {
      tenant_discovery_endpoint: `${base}/v2.0/.well-known/openid-configuration`,
      'api-version': '1.1',
      metadata: [
        {
          preferred_network: 'login.microsoftonline.com',
          preferred_cache: 'login.windows.net',
          aliases: [
            'login.microsoftonline.com',
            'login.windows.net',
            'login.microsoft.com',
            'sts.windows.net',
          ],
        },
      ],
    });
}

/** The posted form, whether nock hands it over as text or already parsed. */
function form(body: unknown): URLSearchParams {
  if (typeof body === 'string') return new URLSearchParams(body);
  return new URLSearchParams(body as Record<string, string>);
}

describe('Graph tokens through @azure/identity', () => {
  before(() => {
    nock.disableNetConnect();
  });
  after(() => {
    nock.enableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  it('signs in with the client secret (client-credentials grant for Graph) and calls Graph with the token', async () => {
    discovery();
    let posted: URLSearchParams | undefined;
    const token = nock(LOGIN)
      .post(`/${TENANT}/oauth2/v2.0/token`, (body: unknown) => {
        posted = form(body);
        return true;
      })
      .query(true)
      .reply(200, {
        token_type: 'Bearer',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: 'graph-token-1',
      });
    const graph = nock(GRAPH, { reqheaders: { authorization: 'Bearer graph-token-1' } })
      .get('/v1.0/groups/admins/transitiveMembers')
      .query(true)
      .reply(200, { value: [] });

    const credential = createGraphCredential(LOGIN, TENANT, {
      kind: 'secret',
      clientId: CLIENT,
      clientSecret: 'the-secret',
    });
    const client = new GraphClient({
      baseUrl: `${GRAPH}/v1.0`,
      loginUrl: LOGIN,
      tenantId: TENANT,
      credentials: { clientId: CLIENT, clientSecret: '' },
      credential,
    });
    assert.deepEqual(await client.listGroupMembers('admins'), []);
    assert.ok(token.isDone() && graph.isDone());
    assert.equal(posted?.get('grant_type'), 'client_credentials');
    assert.equal(posted?.get('client_id'), CLIENT);
    assert.equal(posted?.get('client_secret'), 'the-secret');
    assert.equal(posted?.get('scope'), 'https://graph.microsoft.com/.default');
  });

  it('signs in with a certificate: a signed client assertion, never a secret', async function () {
    this.timeout(20_000);
    const folder = mkdtempSync(join(tmpdir(), 'graph-cert-'));
    try {
      const keyPath = join(folder, 'key.pem');
      const certPath = join(folder, 'cert.pem');
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-keyout',
          keyPath,
          '-out',
          certPath,
          '-subj',
          '/CN=bot',
        ],
        { stdio: 'ignore' },
      );
      const pemPath = join(folder, 'bot.pem');
      writeFileSync(pemPath, readFileSync(keyPath, 'utf8') + readFileSync(certPath, 'utf8'));
      discovery();
      let posted: URLSearchParams | undefined;
      nock(LOGIN)
        .post(`/${TENANT}/oauth2/v2.0/token`, (body: unknown) => {
          posted = form(body);
          return true;
        })
        .query(true)
        .reply(200, { token_type: 'Bearer', expires_in: 3599, access_token: 'graph-token-2' });

      const credential = createGraphCredential(LOGIN, TENANT, {
        kind: 'certificate',
        clientId: CLIENT,
        certificatePath: pemPath,
      });
      const issued = await tokenFromCredential(credential, {});
      assert.equal(issued.accessToken, 'graph-token-2');
      assert.ok(issued.expiresInSeconds > 3000 && issued.expiresInSeconds <= 3599);
      assert.equal(posted?.get('client_secret'), null);
      assert.equal(
        posted?.get('client_assertion_type'),
        'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      );
      const assertion = posted?.get('client_assertion') ?? '';
      const [header, payload] = assertion
        .split('.')
        .slice(0, 2)
        .map((p) => JSON.parse(Buffer.from(p, 'base64url').toString('utf8')) as Record<string, unknown>);
      assert.equal(header?.alg, 'PS256');
      assert.equal(payload?.iss, CLIENT);
      assert.equal(payload?.sub, CLIENT);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('reports a refused secret as an unauthorized Graph failure that retrying will not fix', async () => {
    discovery();
    nock(LOGIN)
      .post(`/${TENANT}/oauth2/v2.0/token`)
      .query(true)
      .reply(401, {
        error: 'invalid_client',
        error_description: 'AADSTS7000215: Invalid client secret provided.',
        error_codes: [7000215],
      });
    const credential = createGraphCredential(LOGIN, TENANT, {
      kind: 'secret',
      clientId: CLIENT,
      clientSecret: 'wrong',
    });
    const error = await tokenFromCredential(credential, {}).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof UpstreamError, String(error));
    assert.equal(error.system, 'graph');
    assert.equal(error.kind, 'unauthorized');
    assert.equal(error.retryable, false);
    assert.doesNotMatch(error.message, /wrong/);
  });

  it('gives up on a credential that outlives the request deadline, as a time-out', async () => {
    const slow: TokenCredential = {
      getToken: (_scopes, options) =>
        new Promise((_resolve, reject) => {
          options?.abortSignal?.addEventListener('abort', () =>
            reject(Object.assign(new Error('aborted'), { name: 'AbortError' })),
          );
        }),
    };
    const error = await tokenFromCredential(slow, { deadline: Date.now() + 50 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'timeout');
    assert.equal(error.retryable, true);
  });

  it('refuses, before asking, a deadline already past', async () => {
    let asked = false;
    const credential: TokenCredential = {
      getToken: () => {
        asked = true;
        return Promise.resolve({ token: 't', expiresOnTimestamp: Date.now() + 60_000 });
      },
    };
    const error = await tokenFromCredential(credential, { deadline: Date.now() - 1 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'timeout');
    assert.equal(asked, false);
  });

  it('posts the grant itself only for a plain-http login on this machine (MSAL accepts https only)', () => {
    assert.equal(isInsecureLogin('http://127.0.0.1:4321'), true);
    assert.equal(isInsecureLogin('https://login.microsoftonline.com'), false);
  });
});
