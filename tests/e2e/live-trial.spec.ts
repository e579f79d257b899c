import assert from 'node:assert/strict';
import http from 'node:http';
import { startSimulators, type Simulators } from '../../bot/simulator';
import { parseTenant } from '../../bot/tenant/load';
import type { Tenant } from '../../bot/tenant/types';
import { startAzurite, uniqueContainer, type Azurite } from '../support/azurite';
import { BotHarness, cardText, executeActions } from '../support/bot-harness';
import { runToExit, serviceSettings, startBotProcess, type BotProcess } from '../support/bot-process';
import { syntheticTenant } from '../support/synthetic-tenant';

/** More people than one page of Graph users (999) and of CloudLink users (1,000). */
const PEOPLE = 1_150;

describe('a local live trial: `npm start` with real service settings and no bot credentials', function () {
  this.timeout(120_000);
  let tenant: Tenant;
  let sims: Simulators;
  let bot: BotProcess;
  let h: BotHarness;

  const person = (id: string): Tenant['people'][number] => {
    const found = tenant.people.find((p) => p.id === id);
    assert.ok(found, id);
    return found;
  };
  const count = (system: 'cloudlink' | 'graph', match: RegExp): number =>
    sims.state.requestCounts.count(system, match);

  before(async () => {
    tenant = parseTenant(
      syntheticTenant({ people: PEOPLE, callsPerPerson: 30, rooms: 2, bookingsPerRoom: 1 }),
      'live trial tenant',
      new Date(),
    );
    // The vendors' services, as a deployment sees them: servers of their own, on their own ports.
    sims = await startSimulators(tenant, { callProgress: { ringMs: 0, answerMs: 200, talkMs: 400 } });
    bot = await startBotProcess(serviceSettings(sims));
    h = await BotHarness.attach(bot.url, tenant);
  });
  after(async () => {
    await h?.close();
    await bot?.stop();
    await sims?.close();
  });

  it('says at start-up that it is a local live trial, on which loopback address, with which live services', () => {
    const line = bot
      .stdout()
      .split('\n')
      .find((l) => l.startsWith('Local live trial'));
    assert.ok(line, bot.stdout());
    assert.match(line, /^Local live trial on http:\/\/127\.0\.0\.1:\d+ only/);
    assert.ok(line.includes(`CloudLink ${sims.cloudlink.baseUrl}`), line);
    assert.ok(line.includes(`Cronofy ${sims.cronofy.baseUrl}`), line);
    assert.ok(line.includes(`Microsoft Graph ${sims.graph.baseUrl}`), line);
    assert.match(line, /storage: memory/);
    assert.match(bot.url, /^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('calls someone found beyond the first page of the directory, without a Bot Framework token', async () => {
    const caller = person('sp-0');
    const callee = person(`sp-${PEOPLE - 1}`);
    const card = await h.sayCard(`29:${caller.id}`, `call ${callee.name}`);
    const button = executeActions(card).find((a) => a.verb === 'call.place');
    assert.ok(button, cardText(card));
    const place = /^POST \/media\/[^/]+\/endpoints\/[^/]+\/calls$/;
    const before = count('cloudlink', place);
    const progress = await h.click(`29:${caller.id}`, 'call.place', button.data);
    assert.equal(count('cloudlink', place), before + 1);
    assert.ok(cardText(progress).includes(callee.name), cardText(progress));
    // Both directories were read past their first page.
    assert.ok(count('graph', /^GET .*\/users$/) >= 2, 'Graph users read one page only');
    assert.ok(count('cloudlink', /^GET .*\/users$/) >= 2, 'CloudLink users read one page only');
  });

  it('shows my calls and their next page', async () => {
    const me = `29:${person('sp-3').id}`;
    const first = await h.sayCard(me, 'my calls');
    const range = (text: string): [number, number, number] => {
      const m = /Calls (\d+)–(\d+) of (\d+)/.exec(text);
      assert.ok(m, text);
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    const [from, to, total] = range(cardText(first));
    assert.equal(from, 1);
    assert.ok(total > to);
    const next = executeActions(first).find((a) => a.title === 'Next');
    assert.ok(next, cardText(first));
    const second = await h.click(me, next.verb, next.data);
    assert.equal(range(cardText(second))[0], to + 1);
  });

  it('shows the presence of someone', async () => {
    const someone = person(`sp-${PEOPLE - 2}`);
    const card = await h.sayCard(`29:${person('sp-0').id}`, `presence ${someone.name}`);
    const text = cardText(card);
    assert.ok(text.includes(someone.name), text);
    assert.match(text, /Teams/);
    assert.ok(count('graph', /getPresencesByUserId|\/presence$/) >= 1);
  });

  it('refuses a request that does not come through the loopback host name', async () => {
    const activity = h.activity(`29:${person('sp-0').id}`, { type: 'message', text: 'help' });
    const status = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(
        `${bot.url}/api/messages`,
        { method: 'POST', headers: { 'content-type': 'application/json', host: 'bot.example.com' } },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode));
        },
      );
      req.on('error', reject);
      req.end(JSON.stringify(activity));
    });
    assert.equal(status, 403);
    assert.equal(h.channel.sent.filter((s) => s.replyToId === activity.id).length, 0);
  });
});

describe('a live trial’s limits, and live mode with bot credentials', function () {
  this.timeout(120_000);
  let sims: Simulators;
  let tenant: Tenant;

  before(async () => {
    tenant = parseTenant(syntheticTenant({ people: 20, rooms: 1 }), 'small tenant', new Date());
    sims = await startSimulators(tenant);
  });
  after(async () => {
    await sims?.close();
  });

  it('refuses to serve a live trial on an address other machines can reach', async () => {
    const exit = await runToExit({ ...serviceSettings(sims), HOST: '0.0.0.0' });
    assert.notEqual(exit.code, 0);
    assert.match(exit.stderr, /HOST must be a loopback address/);
  });

  it('with MicrosoftAppId set, refuses a request without a Bot Framework token, even from this machine', async () => {
    let azurite: Azurite | undefined;
    let bot: BotProcess | undefined;
    try {
      azurite = await startAzurite();
      bot = await startBotProcess({
        ...serviceSettings(sims),
        HOST: '127.0.0.1',
        MicrosoftAppId: '7c3a1f40-2b1e-4d8a-9c55-0b6f2e9d1a11',
        MicrosoftAppPassword: 'not-used-here',
        MicrosoftAppType: 'MultiTenant',
        ALLOWED_TENANT_IDS: tenant.organization.azureTenantId,
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: uniqueContainer('trial'),
      });
      assert.doesNotMatch(bot.stdout(), /Local live trial/);
      const h = await BotHarness.attach(bot.url, tenant);
      try {
        const someone = tenant.people.find((p) => p.inTeams)!;
        const result = await h.post(h.activity(`29:${someone.id}`, { type: 'message', text: 'help' }));
        assert.equal(result.status, 401);
        assert.equal(h.channel.sent.length, 0);
      } finally {
        await h.close();
      }
    } finally {
      await bot?.stop();
      await azurite?.stop();
    }
  });
});
