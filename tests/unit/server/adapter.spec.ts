import assert from 'node:assert/strict';
import { AuthenticationError, type Claim } from 'botframework-connector';
import type { Activity, TurnContext } from 'botbuilder';
import { createLogger } from '../../../bot/log';
import {
  BOT_FRAMEWORK_ISSUER,
  botFrameworkClaimsOnly,
  createAdapter,
  screenToken,
} from '../../../bot/server/adapter';

const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown): string => `Bearer ${b64({ alg: 'RS256', kid: 'k' })}.${b64(payload)}.c2ln`;

function activity(fields: Record<string, unknown> = {}): Activity {
  return {
    type: 'message',
    id: 'a1',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/',
    from: { id: '29:user', name: 'Zoé' },
    recipient: { id: '28:bot', name: 'Bot' },
    conversation: { id: 'a:conv', tenantId: 't' },
    locale: 'fr-FR',
    // Replies come back in the answer: no channel is called.
    deliveryMode: 'expectReplies',
    ...fields,
  } as unknown as Activity;
}

describe('the adapter', () => {
  const lines: string[] = [];
  const logger = createLogger({ level: 'debug', sink: (line) => lines.push(line) });

  describe('token screening (with credentials, before botbuilder)', () => {
    it('lets a bearer token issued by the Bot Framework through to the full check', () => {
      assert.equal(screenToken(jwt({ iss: BOT_FRAMEWORK_ISSUER, aud: 'x' })), null);
      assert.equal(screenToken(jwt({ iss: BOT_FRAMEWORK_ISSUER, tid: 'any' })), null);
    });

    it('refuses anything else: no token, other schemes, other issuers, garbage', () => {
      const cases: Array<[string, string]> = [
        ['', 'no bearer token'],
        ['Basic dXNlcjpwYXNz', 'no bearer token'],
        [`bearer ${jwt({ iss: BOT_FRAMEWORK_ISSUER }).slice(7)}`, 'no bearer token'],
        [`${jwt({ iss: BOT_FRAMEWORK_ISSUER })} `, 'no bearer token'],
        ['Bearer a.b', 'no bearer token'],
        ['Bearer a.!!.c', 'no bearer token'],
        ['Bearer a.bm90IGpzb24.c', 'malformed token'],
        [`Bearer a.${b64([1])}.c`, 'malformed token'],
        [`Bearer a.${b64(null)}.c`, 'malformed token'],
        [
          jwt({ iss: 'https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/' }),
          'not a Bot Framework token',
        ],
        [jwt({ iss: `${BOT_FRAMEWORK_ISSUER}/` }), 'not a Bot Framework token'],
        [jwt({ iss: [BOT_FRAMEWORK_ISSUER] }), 'not a Bot Framework token'],
        [jwt({}), 'not a Bot Framework token'],
      ];
      for (const [header, reason] of cases) assert.equal(screenToken(header), reason, header);
    });
  });

  describe('the claims check after botbuilder', () => {
    const claims = (iss: unknown): Claim[] => [
      { type: 'aud', value: 'app' },
      ...(iss === undefined ? [] : [{ type: 'iss', value: iss as string }]),
    ];

    it('accepts Bot Framework channel claims', async () => {
      await botFrameworkClaimsOnly(claims(BOT_FRAMEWORK_ISSUER));
    });

    it('refuses emulator, skill or issuer-less claims with an AuthenticationError worth a 401', async () => {
      for (const iss of [
        'https://sts.windows.net/x/',
        'https://login.microsoftonline.com/x/v2.0',
        undefined,
      ]) {
        await assert.rejects(botFrameworkClaimsOnly(claims(iss)), (error: unknown) => {
          assert.ok(error instanceof AuthenticationError);
          assert.equal(error.statusCode, 401);
          return true;
        });
      }
    });
  });

  describe('handling one activity (no credentials)', () => {
    const adapter = createAdapter({ credentials: null, logger });
    const failing = (): Promise<void> => Promise.reject(new Error('boom at /work/main/bot/x.ts:1:2'));

    it('answers a message whose turn failed with a localised apology, not the error', async () => {
      const outcome = await adapter.handle('', activity(), failing);
      assert.equal(outcome.status, 200);
      const replies = (outcome.body as { activities: Array<{ text?: string }> }).activities;
      assert.equal(replies.length, 1);
      assert.match(replies[0]!.text ?? '', /Désolé/);
      assert.doesNotMatch(JSON.stringify(outcome.body), /boom|x\.ts/);
      assert.ok(lines.some((l) => l.includes('turn failed')));
    });

    it('answers a card button whose turn failed with the apology in place of the card', async () => {
      const outcome = await adapter.handle(
        '',
        activity({ type: 'invoke', name: 'adaptiveCard/action', locale: 'pt-BR', deliveryMode: undefined }),
        failing,
      );
      assert.equal(outcome.status, 200);
      const body = outcome.body as { statusCode: number; type: string; value: string };
      assert.equal(body.type, 'application/vnd.microsoft.activity.message');
      assert.match(body.value, /Desculpe/);
    });

    it('answers any other invoke whose turn failed with a bare 500', async () => {
      const outcome = await adapter.handle(
        '',
        activity({ type: 'invoke', name: 'task/fetch', deliveryMode: undefined }),
        failing,
      );
      assert.deepEqual(outcome, { status: 500, body: undefined });
    });

    it('runs the turn and returns the invoke response the bot set', async () => {
      const outcome = await adapter.handle(
        '',
        activity({ type: 'invoke', name: 'task/fetch', deliveryMode: undefined }),
        async (context: TurnContext) => {
          await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { ok: true } } });
        },
      );
      assert.deepEqual(outcome, { status: 200, body: { ok: true } });
    });
  });

  describe('handling one activity (with credentials)', () => {
    const adapter = createAdapter({
      credentials: { appId: 'app', appPassword: 'secret', appType: 'MultiTenant', appTenantId: '' },
      logger,
    });

    it('refuses a request without a Bot Framework token with a 401 and no body, and logs why', async () => {
      let ran = false;
      const before = lines.length;
      const outcome = await adapter.handle('Bearer x.y.z', activity(), () => {
        ran = true;
        return Promise.resolve();
      });
      assert.deepEqual(outcome, { status: 401 });
      assert.equal(ran, false);
      const logged = lines.slice(before).join('\n');
      assert.match(logged, /request not authenticated/);
      assert.doesNotMatch(logged, /x\.y\.z/);
    });
  });
});
