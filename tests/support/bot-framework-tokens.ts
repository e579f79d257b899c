/**
 * An offline Bot Framework token service: RSA keys made on the spot, OpenID metadata and JWKS served
 * from loopback (one document set for channel tokens, one for emulator/Entra tokens), and a signer
 * that makes tokens of every shape the inbound authentication must accept or refuse.
 */
import { createHmac, createSign, generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export const BOT_APP_ID = '7c3a1f40-2b1e-4d8a-9c55-0b6f2e9d1a11';
export const BOT_APP_PASSWORD = 'test-only-bot-password';

/** The issuers botbuilder trusts for emulator tokens (the Bot Framework's own Entra tenants). */
export const EMULATOR_TENANT = 'd6d49420-f39b-4df7-a1dc-d59a935871db';

interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export type Signer = 'channel' | 'emulator' | 'unlisted';

export interface SignOptions {
  /** Which key signs: a channel key, an emulator key, or a key the metadata does not list. */
  signer?: Signer;
  /** Overrides the header's kid (e.g. a listed kid on a token signed by another key). */
  kid?: string;
  alg?: 'RS256' | 'RS384' | 'RS512';
}

export class FakeBotFrameworkTokens {
  private server: http.Server | null = null;
  private readonly keys: Record<Signer, SigningKey> = {
    channel: makeKey(),
    emulator: makeKey(),
    unlisted: makeKey(),
  };
  /** How many times each document was fetched. */
  readonly fetches: Record<string, number> = {};
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  /** The adapter's `authEndpoints`. */
  get endpoints(): { ToBotFromChannelOpenIdMetadataUrl: string; ToBotFromEmulatorOpenIdMetadataUrl: string } {
    return {
      ToBotFromChannelOpenIdMetadataUrl: `${this.url}/channel/.well-known/openidconfiguration`,
      ToBotFromEmulatorOpenIdMetadataUrl: `${this.url}/emulator/.well-known/openid-configuration`,
    };
  }

  kidOf(signer: Signer): string {
    return this.keys[signer].kid;
  }

  /** A channel token as the Bot Framework issues it to the bot, with claims overridden at will. */
  channelToken(serviceUrl: string, claims: Record<string, unknown> = {}, options: SignOptions = {}): string {
    const now = Math.floor(Date.now() / 1000);
    return this.sign(
      {
        serviceurl: serviceUrl,
        nbf: now - 60,
        exp: now + 3600,
        iss: 'https://api.botframework.com',
        aud: BOT_APP_ID,
        ...claims,
      },
      options,
    );
  }

  /** An Entra token shaped like the emulator's (v1: appid + sts.windows.net; v2: azp + login…/v2.0). */
  emulatorToken(
    version: '1.0' | '2.0',
    tenantId: string,
    claims: Record<string, unknown> = {},
    options: SignOptions = {},
  ): string {
    const now = Math.floor(Date.now() / 1000);
    const shape =
      version === '1.0'
        ? { iss: `https://sts.windows.net/${tenantId}/`, appid: BOT_APP_ID }
        : { iss: `https://login.microsoftonline.com/${tenantId}/v2.0`, azp: BOT_APP_ID };
    return this.sign(
      { aud: BOT_APP_ID, ver: version, tid: tenantId, nbf: now - 60, exp: now + 3600, ...shape, ...claims },
      { signer: 'emulator', ...options },
    );
  }

  /** Signs any payload with RS256/384/512 and one of the keys. */
  sign(payload: Record<string, unknown>, options: SignOptions = {}): string {
    const key = this.keys[options.signer ?? 'channel'];
    const alg = options.alg ?? 'RS256';
    const header = { alg, typ: 'JWT', kid: options.kid ?? key.kid, x5t: options.kid ?? key.kid };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const signature = createSign(`RSA-SHA${alg.slice(2)}`)
      .update(input)
      .sign(key.privateKey);
    return `${input}.${b64url(signature)}`;
  }

  /** An unsigned token (`alg: none`) naming a listed key. */
  unsigned(payload: Record<string, unknown>): string {
    const header = { alg: 'none', typ: 'JWT', kid: this.keys.channel.kid };
    return `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}.`;
  }

  /**
   * An HS256 token whose secret is the channel key's public PEM (the classic algorithm confusion:
   * a verifier that lets the token choose the algorithm would accept it).
   */
  hmacSigned(payload: Record<string, unknown>): string {
    const header = { alg: 'HS256', typ: 'JWT', kid: this.keys.channel.kid };
    const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(payload))}`;
    const secret = this.keys.channel.publicKey.export({ type: 'pkcs1', format: 'pem' });
    return `${input}.${b64url(createHmac('sha256', secret).update(input).digest())}`;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const path = new URL(req.url ?? '/', this.url).pathname;
    this.fetches[path] = (this.fetches[path] ?? 0) + 1;
    const documents: Record<string, unknown> = {
      '/channel/.well-known/openidconfiguration': {
        issuer: 'https://api.botframework.com',
        authorization_endpoint: 'https://invalid.botframework.com',
        jwks_uri: `${this.url}/channel/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      },
      '/channel/keys': { keys: [jwk(this.keys.channel, ['msteams'])] },
      '/emulator/.well-known/openid-configuration': {
        issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
        jwks_uri: `${this.url}/emulator/keys`,
      },
      '/emulator/keys': { keys: [jwk(this.keys.emulator)] },
    };
    const body = documents[path];
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  }
}

function makeKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid: randomUUID().replace(/-/g, '').slice(0, 20), privateKey, publicKey };
}

function jwk(key: SigningKey, endorsements?: string[]): Record<string, unknown> {
  const { n, e } = key.publicKey.export({ format: 'jwk' });
  return {
    kty: 'RSA',
    use: 'sig',
    kid: key.kid,
    x5t: key.kid,
    n,
    e,
    ...(endorsements ? { endorsements } : {}),
  };
}

function b64url(input: string | Buffer): string {
  return Buffer.from(input).toString('base64url');
}
