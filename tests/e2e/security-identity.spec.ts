import assert from 'node:assert/strict';
import net from 'node:net';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness, cardText, cardsOf, type Card, type PostResult } from '../support/bot-harness';
import { FakeBotFrameworkTokens } from '../support/bot-framework-tokens';
import { startSecuredHarness } from '../support/secured-harness';

const ADMIN_OBJECT_ID = '5e0f3c1a-8b2d-4e7f-9a6c-1d2e3f4a5b6c';

const TENANT: TenantFile = {
  organization: { name: 'Acme', timeZone: 'Europe/Paris' },
  pbx: { type: 'MiVoice 5000' },
  people: [
    {
      id: 'admin',
      name: 'Ada Admin',
      email: 'ada@acme.fr',
      aadObjectId: ADMIN_OBJECT_ID,
      cloudlinkRole: 'CTI',
      admin: true,
      synced: true,
    },
    { id: 'eve', name: 'Eve Leroy', email: 'eve@acme.fr', cloudlinkRole: 'CTI', synced: true },
  ],
  presenceIntegration: {
    appRegistered: true,
    permissionsGranted: true,
    adminConsent: true,
    clientSecretExpires: 'P100D',
    teamsIntegrationAdded: true,
    presenceSyncEnabled: true,
  },
  connector: { licensesTotal: 10, syncMode: 'manual', manualMappings: [] },
};

/** A loopback port nothing listens on: a channel that is down. */
async function deadServiceUrl(): Promise<string> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/`;
}

/** The cards of an expectReplies answer. */
function repliedCards(result: PostResult): Card[] {
  assert.equal(result.status, 200, JSON.stringify(result.body).slice(0, 300));
  const activities = (result.body as { activities?: Array<Record<string, unknown>> }).activities ?? [];
  return activities.flatMap(cardsOf);
}

/** The admin sync status card: its checks carry ids `check-…`. */
function isSyncStatusCard(card: Card): boolean {
  return JSON.stringify(card).includes('"id":"check-');
}

describe('who is asking, when Teams cannot say (embedded default, no credentials)', () => {
  let h: BotHarness;
  before(async () => {
    h = await BotHarness.start({ tenant: TENANT });
  });
  after(async () => {
    await h?.close();
  });

  const syncStatus = (
    from: string,
    fields: Record<string, unknown>,
    text = 'sync status',
  ): Promise<PostResult> =>
    h.post(h.activity(from, { type: 'message', text, deliveryMode: 'expectReplies', ...fields }));

  it('answers the admin their sync status card when Teams confirms who they are', async () => {
    const cards = repliedCards(await syncStatus('29:admin', {}));
    assert.equal(cards.length, 1);
    assert.ok(isSyncStatusCard(cards[0]!), cardText(cards[0]));
  });

  const cases: Array<[string, string, RegExp]> = [
    ['en-US', 'sync status', /I could not confirm who you are\nTeams did not answer .*\nPlease try again/],
    ['fr-FR', 'état de la synchronisation', /Je n’ai pas pu confirmer qui vous êtes\n.*\nRéessayez/],
    ['pt-BR', 'status da sincronização', /Não consegui confirmar quem é você\n.*\nTente de novo/],
  ];
  for (const [locale, text, message] of cases) {
    it(`shows no admin card to an activity naming an admin's object id when the member lookup fails (${locale})`, async () => {
      const lookups = h.channel.memberLookups;
      const cards = repliedCards(
        await syncStatus(
          '29:admin',
          {
            serviceUrl: await deadServiceUrl(),
            locale,
            from: { id: '29:admin', aadObjectId: ADMIN_OBJECT_ID },
          },
          text,
        ),
      );
      assert.equal(cards.length, 1);
      assert.ok(!isSyncStatusCard(cards[0]!), 'the sync status card was shown to an unconfirmed caller');
      const shown = cardText(cards[0]);
      assert.match(shown, message);
      assert.doesNotMatch(shown, /Eve|Ada|[Ll]icen|CloudLink/);
      assert.equal(h.channel.memberLookups, lookups, 'the real channel was not asked');
    });
  }

  it("does not take the activity's object id when the channel's answer has none", async () => {
    // Teams knows this sender, without an object id; the activity claims the admin's.
    h.channel.addMember({
      id: '29:mallory',
      name: 'Mallory',
      userPrincipalName: 'mallory@elsewhere.example',
    });
    const cards = repliedCards(
      await syncStatus('29:mallory', { from: { id: '29:mallory', aadObjectId: ADMIN_OBJECT_ID } }),
    );
    assert.equal(cards.length, 1);
    assert.ok(!isSyncStatusCard(cards[0]!), 'the sync status card was shown on a self-asserted object id');
    assert.match(cardText(cards[0]), /I do not know you in the phone system yet/);
  });
});

describe('a bot without credentials reached through a proxy', () => {
  let h: BotHarness;
  const logs: string[] = [];
  before(async () => {
    h = await BotHarness.start({ tenant: TENANT, logSink: (line) => logs.push(line) });
  });
  after(async () => {
    await h?.close();
  });

  const proxyWarnings = (): Array<Record<string, unknown>> =>
    logs
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg === 'request through a proxy to a bot without credentials');

  const ping = (): Record<string, unknown> =>
    h.activity('29:eve', { type: 'invoke', name: 'application/ping', value: {} });

  it('logs no proxy warning for requests without proxy headers', async () => {
    assert.equal((await h.post(ping())).status, 200);
    assert.deepEqual(proxyWarnings(), []);
  });

  it('warns once, naming the header, when requests carry X-Forwarded-For or Forwarded', async () => {
    assert.equal((await h.post(ping(), { 'x-forwarded-for': '203.0.113.7' })).status, 200);
    assert.equal((await h.post(ping(), { forwarded: 'for=203.0.113.8;proto=https' })).status, 200);
    assert.equal((await h.post(ping(), { 'x-forwarded-for': '203.0.113.9' })).status, 200);
    const warnings = proxyWarnings();
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.equal(warnings[0]!.level, 'warn');
    assert.equal(warnings[0]!.header, 'x-forwarded-for');
    assert.match(String(warnings[0]!.hint), /MicrosoftAppId/);
    assert.doesNotMatch(JSON.stringify(warnings), /203\.0\.113/, 'the forwarded address is not logged');
  });
});

describe('where a bot with credentials replies', () => {
  let tokens: FakeBotFrameworkTokens;
  let h: BotHarness;
  const logs: string[] = [];
  before(async () => {
    tokens = await new FakeBotFrameworkTokens().start();
    h = await startSecuredHarness({ tokens, tenant: TENANT, logSink: (line) => logs.push(line) });
  });
  after(async () => {
    await h?.close();
    await tokens?.close();
  });

  /** A ping (answered without calling the channel) at `serviceUrl`, with a genuine token for it. */
  const pingAt = (serviceUrl: string): Promise<PostResult> =>
    h.post(h.activity('29:admin', { type: 'invoke', name: 'application/ping', value: {}, serviceUrl }), {
      authorization: `Bearer ${tokens.channelToken(serviceUrl)}`,
    });

  it('refuses deliveryMode expectReplies with a clear 400, even with a valid token, and runs no turn', async () => {
    const sent = h.channel.sent.length;
    const lookups = h.channel.memberLookups;
    const activity = h.activity('29:admin', {
      type: 'message',
      text: 'sync status',
      deliveryMode: 'expectReplies',
    });
    const result = await h.post(activity, { authorization: `Bearer ${tokens.channelToken(h.channel.url)}` });
    assert.equal(result.status, 400);
    assert.deepEqual(result.body, {
      error: 'deliveryMode expectReplies is not accepted: this bot sends its replies to the channel',
    });
    assert.equal(h.channel.sent.length, sent);
    assert.equal(h.channel.memberLookups, lookups);
    assert.ok(logs.some((l) => l.includes('expectReplies with credentials')));
  });

  /** Pings that reached the application (it logs each invoke it does not handle). */
  const turnsRun = (): number => logs.filter((l) => l.includes('unhandled invoke')).length;

  it('serves a Teams service URL of the allow-list', async () => {
    const turns = turnsRun();
    assert.equal((await pingAt('https://smba.trafficmanager.net/emea/')).status, 200);
    assert.equal((await pingAt('https://smba.infra.gov.teams.microsoft.us/gcch/')).status, 200);
    assert.equal(turnsRun(), turns + 2);
  });

  it('refuses a service URL outside the allow-list before any work, even with a token naming it', async () => {
    for (const serviceUrl of [
      'https://attacker.example/',
      'http://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net.attacker.example/',
      'https://evil.smba.trafficmanager.net/',
      'https://smba.trafficmanager.net:8443/emea/',
    ]) {
      const turns = turnsRun();
      const result = await pingAt(serviceUrl);
      assert.equal(result.status, 403, serviceUrl);
      assert.deepEqual(result.body, {
        error: 'The service URL is not a Teams service URL this bot replies to',
      });
      assert.equal(turnsRun(), turns, `${serviceUrl}: a turn ran`);
    }
    const refusals = logs.filter((l) => l.includes('service URL not allowed'));
    assert.ok(refusals.some((l) => l.includes('"serviceHost":"attacker.example"')));
  });
});
