import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../bot/simulator';
import { parseTenant } from '../../bot/tenant/load';
import type { Tenant } from '../../bot/tenant/types';
import { BotHarness, cardText, executeActions } from '../support/bot-harness';
import { serviceSettings, startBotProcess, type BotProcess } from '../support/bot-process';
import { syntheticTenant } from '../support/synthetic-tenant';

const PLACE = /^POST \/media\/[^/]+\/endpoints\/[^/]+\/calls$/;

describe('stopping: SIGTERM while a turn is in flight', function () {
  this.timeout(90_000);
  let tenant: Tenant;
  let sims: Simulators;
  let bot: BotProcess;
  let h: BotHarness;

  before(async () => {
    tenant = parseTenant(
      syntheticTenant({ people: 20, callsPerPerson: 2, rooms: 1 }),
      'shutdown tenant',
      new Date(),
    );
    sims = await startSimulators(tenant, { callProgress: { ringMs: 0, answerMs: 200, talkMs: 400 } });
    bot = await startBotProcess(serviceSettings(sims));
    h = await BotHarness.attach(bot.url, tenant);
  });
  after(async () => {
    await h?.close();
    await bot?.stop();
    await sims?.close();
  });

  it('answers the Call click in flight, places the call once, stops accepting, then exits 0', async () => {
    const caller = `29:${tenant.people[0]!.id}`;
    const callee = tenant.people[5]!;
    const card = await h.sayCard(caller, `call ${callee.name}`);
    const button = executeActions(card).find((a) => a.verb === 'call.place');
    assert.ok(button, cardText(card));
    // The PBX takes a second to take the call: the stop arrives while the click waits for it.
    sims.faults.set('cloudlink', { delayMs: 1000, times: 1, match: /\/calls$/ });
    const before = sims.state.requestCounts.count('cloudlink', PLACE);
    const exited = new Promise<number | null>((resolve) => bot.child.once('exit', (code) => resolve(code)));
    const click = h.click(caller, 'call.place', button.data);
    await new Promise((resolve) => setTimeout(resolve, 300));
    bot.child.kill('SIGTERM');

    const answer = await click;
    assert.ok(cardText(answer).includes(callee.name), cardText(answer));
    assert.equal(sims.state.requestCounts.count('cloudlink', PLACE), before + 1);
    assert.equal(await exited, 0);
    // Stopped: nothing listens any more.
    await assert.rejects(fetch(`${bot.url}/healthz`));
  });
});
