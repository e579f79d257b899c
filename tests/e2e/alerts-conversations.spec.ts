import assert from 'node:assert/strict';
import { conversationOf } from '../../bot/alerts/conversations';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness } from '../support/bot-harness';

/** A small company: three people on the phone system and in Teams, in three countries. */
export const ALERTS_TENANT: TenantFile = {
  organization: { name: 'Alertes SA', timeZone: 'Europe/Paris' },
  pbx: { type: 'MiVoice Business' },
  people: [
    {
      id: 'a-claire',
      name: 'Claire Dubois',
      email: 'claire.dubois@alerts.example',
      extension: '4101',
      phones: { work: '+33140004101' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'a-bruno',
      name: 'Bruno Azevedo',
      email: 'bruno.azevedo@alerts.example',
      extension: '4102',
      phones: { work: '+551130004102' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'a-emma',
      name: 'Emma Clarke',
      email: 'emma.clarke@alerts.example',
      extension: '4103',
      phones: { work: '+442070004103' },
      cloudlinkRole: 'CTI',
    },
  ],
};

async function personKey(h: BotHarness, extension: string): Promise<string> {
  const people = await h.bot.services.people.snapshot();
  const person = people.byExtension(extension);
  assert.ok(person, `nobody has extension ${extension}`);
  return person.key;
}

async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('Missed-call alerts: where the bot may write to each user', function () {
  this.timeout(30_000);
  let h: BotHarness;

  beforeEach(async () => {
    h = await BotHarness.start({ tenant: ALERTS_TENANT });
  });
  afterEach(async () => {
    await h.close();
  });

  it('keeps the personal chat when the bot is installed for a user, and forgets it on uninstall', async () => {
    const key = await personKey(h, '4101');
    const install = h.activity('29:a-claire', {
      type: 'conversationUpdate',
      membersAdded: [{ id: '28:bot' }],
      locale: 'fr-FR',
    });
    assert.equal((await h.post(install)).status, 200);
    const kept = await conversationOf(h.bot.services.store, key);
    assert.ok(kept, 'the conversation was kept');
    assert.equal(kept.address.conversationId, (install.conversation as { id: string }).id);
    assert.equal(kept.address.serviceUrl, h.channel.url);
    assert.equal(kept.address.userId, '29:a-claire');
    assert.equal(kept.locale, 'fr');

    const uninstall = h.activity('29:a-claire', { type: 'installationUpdate', action: 'remove' });
    assert.equal((await h.post(uninstall)).status, 200);
    assert.equal(await conversationOf(h.bot.services.store, key), undefined);
  });

  it('keeps the personal chat on an installationUpdate add, and when the user talks to the bot there', async () => {
    const bruno = await personKey(h, '4102');
    const add = h.activity('29:a-bruno', { type: 'installationUpdate', action: 'add', locale: 'pt-BR' });
    assert.equal((await h.post(add)).status, 200);
    assert.equal((await conversationOf(h.bot.services.store, bruno))?.locale, 'pt-BR');

    const emma = await personKey(h, '4103');
    await h.say('29:a-emma', 'help');
    await eventually(
      async () => (await conversationOf(h.bot.services.store, emma)) !== undefined,
      'the chat of a user who wrote to the bot',
    );
  });

  it('does not keep a group chat as a place to alert anyone', async () => {
    const key = await personKey(h, '4103');
    const activity = h.activity('29:a-emma', { type: 'message', text: 'help' });
    (activity.conversation as Record<string, unknown>).conversationType = 'groupChat';
    (activity.conversation as Record<string, unknown>).isGroup = true;
    assert.equal((await h.post(activity)).status, 200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    assert.equal(await conversationOf(h.bot.services.store, key), undefined);
  });
});
