import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector';
import { DEMO_SIGNED_IN_PERSON_ID } from '../../bot/tenant/demo';
import { BotHarness, type PostResult } from '../support/bot-harness';
import { BOT_APP_ID, EMULATOR_TENANT, FakeBotFrameworkTokens } from '../support/bot-framework-tokens';
import { ConsoleCapture } from '../support/console-capture';
import { startSecuredHarness } from '../support/secured-harness';

const OTHER_TENANT = '0b7e9c1d-5a4f-4e2b-8d3c-9f1a2b3c4d5e';
const UNAUTHORIZED = { error: 'Unauthorized' };

describe('inbound authentication with bot credentials', () => {
  let tokens: FakeBotFrameworkTokens;
  let h: BotHarness;
  const logs: string[] = [];
  const libraryOutput = new ConsoleCapture();
  const user = `29:${DEMO_SIGNED_IN_PERSON_ID}`;

  before(async () => {
    tokens = await new FakeBotFrameworkTokens().start();
    h = await startSecuredHarness({ tokens, logSink: (line) => logs.push(line) });
    libraryOutput.start();
  });
  after(async () => {
    libraryOutput.stop();
    await h?.close();
    await tokens?.close();
  });

  /** An invoke the bot answers without calling the channel (no outbound token is needed). */
  const ping = (fields: Record<string, unknown> = {}): Record<string, unknown> =>
    h.activity(user, { type: 'invoke', name: 'application/ping', value: {}, ...fields });

  const postWith = (token: string | null, activity = ping()): Promise<PostResult> =>
    h.post(activity, token === null ? {} : { authorization: `Bearer ${token}` });

  function lastRefusalReason(): string | undefined {
    const line = logs.filter((l) => l.includes('request not authenticated')).at(-1);
    return line ? (JSON.parse(line) as { reason?: string }).reason : undefined;
  }

  async function assertRefused(result: PostResult, sentBefore: number): Promise<void> {
    assert.equal(result.status, 401);
    assert.deepEqual(result.body, UNAUTHORIZED);
    await new Promise((resolve) => setTimeout(resolve, 20));
    assert.equal(h.channel.sent.length, sentBefore, 'a refused request must not run a turn');
  }

  it('accepts a valid Bot Framework token for this bot and this channel', async () => {
    const result = await postWith(tokens.channelToken(h.channel.url));
    assert.equal(result.status, 200);
    assert.deepEqual(result.body, {});
    assert.ok((tokens.fetches['/channel/keys'] ?? 0) >= 1, 'the signing keys come from the metadata');
  });

  it('refuses a request without a token', async () => {
    const before = h.channel.sent.length;
    await assertRefused(await postWith(null), before);
    await assertRefused(await postWith(null, h.activity(user, { type: 'message', text: 'help' })), before);
  });

  it('refuses malformed authorization headers', async () => {
    const before = h.channel.sent.length;
    const valid = tokens.channelToken(h.channel.url);
    for (const header of [
      'Bearer',
      'Bearer ',
      `Basic ${Buffer.from('user:pass').toString('base64')}`,
      `bearer ${valid}`,
      `Bearer ${valid} extra`,
      `Bearer ${valid.split('.').slice(0, 2).join('.')}`,
      'Bearer not.a.jwt',
      'Bearer ....',
      `Bearer ${'A'.repeat(5000)}`,
    ]) {
      const result = await h.post(ping(), { authorization: header });
      assert.equal(result.status, 401, `"${header.slice(0, 30)}" answered ${result.status}`);
      assert.deepEqual(result.body, UNAUTHORIZED);
    }
    assert.equal(h.channel.sent.length, before);
  });

  it('refuses an expired token (beyond the five minutes of clock tolerance)', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = tokens.channelToken(h.channel.url, { nbf: now - 7200, exp: now - 600 });
    await assertRefused(await postWith(token), h.channel.sent.length);
  });

  it('refuses a token not valid yet', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = tokens.channelToken(h.channel.url, { nbf: now + 1200, exp: now + 4800 });
    await assertRefused(await postWith(token), h.channel.sent.length);
  });

  it('refuses a token for another bot (wrong audience), or for none', async () => {
    const before = h.channel.sent.length;
    await assertRefused(
      await postWith(tokens.channelToken(h.channel.url, { aud: '9d2b6c1e-0000-4000-8000-000000000000' })),
      before,
    );
    await assertRefused(await postWith(tokens.channelToken(h.channel.url, { aud: undefined })), before);
    await assertRefused(
      await postWith(tokens.channelToken(h.channel.url, { aud: [BOT_APP_ID, 'x'] })),
      before,
    );
  });

  it('refuses a token from another issuer, even signed with the channel key', async () => {
    const before = h.channel.sent.length;
    for (const iss of [
      'https://api.botframework.com/',
      'https://evil.example.com',
      'https://api.botframework.us',
      undefined,
    ]) {
      await assertRefused(await postWith(tokens.channelToken(h.channel.url, { iss })), before);
    }
  });

  it('refuses a token signed by a key the metadata does not list', async () => {
    const before = h.channel.sent.length;
    await assertRefused(
      await postWith(tokens.channelToken(h.channel.url, {}, { signer: 'unlisted' })),
      before,
    );
    // A listed key id on a token signed by another key.
    await assertRefused(
      await postWith(
        tokens.channelToken(h.channel.url, {}, { signer: 'unlisted', kid: tokens.kidOf('channel') }),
      ),
      before,
    );
    // The emulator's key is not a channel key.
    await assertRefused(
      await postWith(tokens.channelToken(h.channel.url, {}, { signer: 'emulator' })),
      before,
    );
  });

  it("refuses a token whose service URL is not the activity's", async () => {
    const before = h.channel.sent.length;
    // A genuine token for another service URL, replayed with this one.
    const elsewhere = tokens.channelToken('https://smba.trafficmanager.net/emea/');
    await assertRefused(await postWith(elsewhere), before);
    // A genuine token for this service URL, replayed to make the bot call another Teams host.
    const redirected = h.activity(user, {
      type: 'message',
      text: 'help',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
    });
    await assertRefused(await postWith(tokens.channelToken(h.channel.url), redirected), before);
    // No service URL claim at all.
    await assertRefused(
      await postWith(tokens.channelToken(h.channel.url, { serviceurl: undefined })),
      before,
    );
  });

  it('refuses emulator-shaped Entra tokens from another tenant (v1 and v2)', async () => {
    const before = h.channel.sent.length;
    for (const version of ['1.0', '2.0'] as const) {
      await assertRefused(await postWith(tokens.emulatorToken(version, OTHER_TENANT)), before);
      assert.equal(lastRefusalReason(), 'not a Bot Framework token');
    }
  });

  it("refuses emulator tokens that botbuilder itself would accept (the Bot Framework's tenant)", async () => {
    const before = h.channel.sent.length;
    for (const version of ['1.0', '2.0'] as const) {
      await assertRefused(await postWith(tokens.emulatorToken(version, EMULATOR_TENANT)), before);
      assert.equal(lastRefusalReason(), 'not a Bot Framework token');
    }
    // Refused before botbuilder's emulator path: no Entra metadata is even fetched.
    assert.equal(tokens.fetches['/emulator/keys'] ?? 0, 0);
  });

  it("does not let made-up tenant ids grow botbuilder's process-wide list of issuers", async () => {
    const issuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer as string[];
    const before = [...issuers];
    for (let i = 0; i < 50; i++) {
      const tid = `${i}-${Math.random().toString(36).slice(2)}`;
      // An unsigned emulator-shaped token, and a channel-shaped token carrying a tenant claim.
      await postWith(tokens.unsigned({ iss: `https://sts.windows.net/${tid}/`, tid, ver: '1.0' }));
      const result = await postWith(tokens.channelToken(h.channel.url, { tid }));
      assert.equal(result.status, 200);
    }
    assert.deepEqual(issuers, before);
  });

  it('refuses a skill token (another bot calling this one)', async () => {
    const skill = tokens.emulatorToken('1.0', EMULATOR_TENANT, {
      aud: BOT_APP_ID,
      appid: '5e6f7a8b-1111-4222-8333-944455566677',
    });
    await assertRefused(await postWith(skill), h.channel.sent.length);
  });

  it('refuses an unsigned token (alg "none") and an HS256 token keyed with the public key', async () => {
    const now = Math.floor(Date.now() / 1000);
    const claims = {
      serviceurl: h.channel.url,
      iss: 'https://api.botframework.com',
      aud: BOT_APP_ID,
      nbf: now - 60,
      exp: now + 3600,
    };
    const before = h.channel.sent.length;
    await assertRefused(await postWith(tokens.unsigned(claims)), before);
    await assertRefused(await postWith(tokens.hmacSigned(claims)), before);
  });

  it('answers 401 with a fixed body, whatever went wrong inside', async () => {
    const results = await Promise.all([
      postWith(null),
      postWith(tokens.channelToken(h.channel.url, { aud: 'x' })),
      postWith(tokens.emulatorToken('2.0', OTHER_TENANT)),
      postWith(tokens.unsigned({ iss: 'https://api.botframework.com' })),
    ]);
    for (const r of results) {
      assert.equal(r.status, 401);
      assert.deepEqual(r.body, UNAUTHORIZED);
    }
  });

  it('logs refusals with a reason, and never the token', async () => {
    const token = tokens.channelToken(h.channel.url, { aud: 'another-bot' });
    await postWith(token);
    const refusals = logs.filter((l) => l.includes('request not authenticated'));
    assert.ok(refusals.length > 0);
    const signature = token.split('.')[2]!;
    const everything = `${logs.join('\n')}\n${libraryOutput.text()}`;
    assert.ok(!everything.includes(signature), 'a token signature reached the logs');
    assert.ok(!everything.includes(token.split('.')[1]!), 'a token payload reached the logs');
  });

  it('answers 401, never 5xx, to 300 random and malformed tokens and claims', async () => {
    const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value) ?? '').toString('base64url');
    const claimValue = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 30 }));
    const claims = fc.record(
      {
        iss: fc.oneof(fc.constant('https://api.botframework.com'), claimValue),
        aud: claimValue,
        serviceurl: fc.oneof(fc.constant(h.channel.url), claimValue),
        exp: claimValue,
        nbf: claimValue,
        ver: claimValue,
        appid: claimValue,
        azp: claimValue,
        tid: claimValue,
      },
      { requiredKeys: ['aud'] },
    );
    const header = fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
      fc
        .tuple(fc.jsonValue({ maxDepth: 2 }), fc.jsonValue({ maxDepth: 2 }), fc.string({ maxLength: 20 }))
        .map(([head, payload, signature]) => `Bearer ${b64(head)}.${b64(payload)}.${signature}`),
      // Properly signed by a listed key, with claims of any shape (the audience is never this bot's).
      fc
        .tuple(claims, fc.constantFrom<'channel' | 'emulator'>('channel', 'emulator'))
        .filter(([c]) => c.aud !== BOT_APP_ID)
        .map(([c, signer]) => `Bearer ${tokens.sign(c, { signer })}`),
    );
    const before = h.channel.sent.length;
    let ran = 0;
    await fc.assert(
      fc.asyncProperty(header, async (authorization) => {
        ran++;
        const result = await h.post(ping(), { authorization });
        assert.equal(result.status, 401, `${authorization.slice(0, 80)} answered ${result.status}`);
        assert.deepEqual(result.body, UNAUTHORIZED);
      }),
      { numRuns: 300 },
    );
    assert.equal(ran, 300);
    assert.equal(h.channel.sent.length, before);
    assert.deepEqual(
      logs.filter((l) => l.includes('"level":"error"')),
      [],
    );
  });

  it('serves Teams only: a valid token for another channel is refused before the turn', async () => {
    const before = h.channel.sent.length;
    const result = await postWith(
      tokens.channelToken(h.channel.url),
      h.activity(user, { type: 'message', text: 'help', channelId: 'webchat' }),
    );
    assert.equal(result.status, 403);
    assert.deepEqual(result.body, { error: 'Forbidden' });
    assert.equal(h.channel.sent.length, before);
  });
});

describe('inbound authentication when the signing keys cannot be read', () => {
  it('answers a fixed 500 (a server fault, not a client error), and logs it', async () => {
    const tokens = await new FakeBotFrameworkTokens().start();
    const logs: string[] = [];
    const h = await startSecuredHarness({ tokens, logSink: (line) => logs.push(line) });
    const token = tokens.channelToken(h.channel.url);
    // The metadata service goes away before the first request.
    await tokens.close();
    try {
      const result = await h.post(
        h.activity(`29:${DEMO_SIGNED_IN_PERSON_ID}`, { type: 'invoke', name: 'application/ping', value: {} }),
        { authorization: `Bearer ${token}` },
      );
      assert.equal(result.status, 500);
      assert.deepEqual(result.body, { error: 'Internal error' });
      assert.ok(logs.some((l) => l.includes('"level":"error"') && l.includes('request failed')));
    } finally {
      await h.close();
    }
  });
});
