/**
 * The bot's storage reached as it is in Azure: the account's https address and the host's managed
 * identity, no account key. Azurite serves https and accepts only Entra bearer tokens; the managed
 * identity is App Service's local identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER), played
 * here by a loopback server that mints tokens and records who asked for what.
 */
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { AddressInfo } from 'node:net';
import { loadDemoTenant } from '../../bot/tenant/load';
import { startAzurite, uniqueContainer, type Azurite } from '../support/azurite';
import { BotHarness } from '../support/bot-harness';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { selfSignedCertificate, type SelfSigned } from '../support/self-signed';

const IDENTITY_HEADER = 'identity-header-of-this-host';
const TENANT = '0f3a5c2e-8d41-4b7a-9e16-2c5d7f8a9b01';

/** An unsigned JWT shaped like an Entra access token for `resource`, valid for an hour. */
function accessToken(resource: string): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object): string => Buffer.from(JSON.stringify(o)).toString('base64url');
  return [
    part({ alg: 'RS256', typ: 'JWT' }),
    part({
      aud: resource,
      iss: `https://sts.windows.net/${TENANT}/`,
      iat: now - 60,
      nbf: now - 60,
      exp: now + 3600,
      oid: 'bot-identity',
    }),
    Buffer.from('not-checked').toString('base64url'),
  ].join('.');
}

interface IdentityEndpoint {
  url: string;
  asked: { resource: string | null; header: string | undefined }[];
  close(): Promise<void>;
}

/** App Service's managed identity endpoint: GET ?resource=…&api-version=2019-08-01 with X-IDENTITY-HEADER. */
async function startIdentityEndpoint(): Promise<IdentityEndpoint> {
  const asked: IdentityEndpoint['asked'] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const header = req.headers['x-identity-header'];
    const resource = url.searchParams.get('resource');
    asked.push({ resource, header: typeof header === 'string' ? header : undefined });
    if (header !== IDENTITY_HEADER || !resource) {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: 'invalid_request' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        access_token: accessToken(resource),
        expires_on: String(Math.floor(Date.now() / 1000) + 3600),
        resource,
        token_type: 'Bearer',
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/msi/token`,
    asked,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A GET on Azurite over https, trusting `ca`; resolves with the status and body. */
function azuriteGet(url: string, ca: Buffer, token?: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'x-ms-version': '2025-01-05' };
    if (token) headers.authorization = `Bearer ${token}`;
    const req = httpsRequest(url, { ca, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('storage reached with the managed identity (no account key)', function () {
  this.timeout(90_000);
  const tenant = loadDemoTenant();
  let tls: SelfSigned;
  let azurite: Azurite;
  let identity: IdentityEndpoint;

  before(async () => {
    tls = selfSignedCertificate();
    azurite = await startAzurite({ oauth: { certPath: tls.certPath, keyPath: tls.keyPath } });
    identity = await startIdentityEndpoint();
  });

  after(async () => {
    await identity?.close();
    await azurite?.stop();
    tls?.remove();
  });

  it('refuses a request without a token, so the bot below can only be getting in with its identity', async () => {
    const answer = await azuriteGet(`${azurite.accountUrl}?comp=list`, tls.cert);
    assert.ok(answer.status === 401 || answer.status === 403, `status ${answer.status}`);
  });

  it('creates its container and keeps its state there, signed in with a storage token from the managed identity', async () => {
    const container = uniqueContainer('identity');
    let bot: BotProcess | undefined;
    try {
      bot = await startBotProcess({
        STORAGE: 'blob',
        AZURE_STORAGE_ACCOUNT_URL: azurite.accountUrl,
        AZURE_STORAGE_CONTAINER: container,
        IDENTITY_ENDPOINT: identity.url,
        IDENTITY_HEADER,
        NODE_EXTRA_CA_CERTS: tls.certPath,
      });
      const h = await BotHarness.attach(bot.url, tenant);
      try {
        const someone = tenant.people.find((p) => p.inTeams)!;
        const result = await h.post(
          h.activity(`29:${someone.id}`, { type: 'message', text: 'langue français' }),
        );
        assert.equal(result.status, 200);
      } finally {
        await h.close();
      }
    } finally {
      await bot?.stop();
    }

    assert.ok(identity.asked.length > 0, 'the identity endpoint was never asked');
    for (const ask of identity.asked) {
      assert.equal(ask.header, IDENTITY_HEADER);
      assert.match(ask.resource ?? '', /^https:\/\/storage\.azure\.com\/?$/);
    }
    const listing = await azuriteGet(
      `${azurite.accountUrl}/${container}?restype=container&comp=list`,
      tls.cert,
      accessToken('https://storage.azure.com'),
    );
    assert.equal(listing.status, 200, listing.body);
    assert.match(listing.body, /<Blob><Name>[^<]+<\/Name>/, 'no document was written to the container');
  });
});
