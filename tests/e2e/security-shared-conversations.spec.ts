import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  BotHarness,
  cardsOf,
  cardText,
  executeActions,
  type Card,
  type PostResult,
} from '../support/bot-harness';
import { BLOCKED_BY_USER, FakeChannel } from '../support/fake-channel';

/**
 * In a group chat or a channel every member reads what the bot posts, guests included. Personal and
 * admin answers go to the sender in the 1:1 chat, which the bot opens through the connector
 * (`POST /v3/conversations`); the shared conversation gets a notice and nothing personal.
 */

const HELENE = '29:p-helene-dalmeida-ferreira'; // an admin, with calls in her log
const LUCAS = '29:p-lucas-moreau';
const NOTICE = 'I sent you the answer in our private chat.';
const OPEN_PRIVATE_CHAT = /open a private chat with me/;

type Shared = { id: string; conversationType: 'groupChat' | 'channel' };

/** Every phone number of a person, as digits (the national part, whatever the formatting). */
function digitsOf(numbers: Array<string | undefined>): string[] {
  return numbers.filter((n): n is string => typeof n === 'string').map((n) => n.replace(/\D/g, '').slice(-9));
}

function containsAnyNumber(text: string, numbers: string[]): boolean {
  const digits = text.replace(/[\s.\-()]/g, '');
  return numbers.some((n) => digits.includes(n));
}

const PLACE = /^POST \/media\/[^/]+\/endpoints\/[^/]+\/calls$/;

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

describe('answers in group chats and channels, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start();
  });
  after(async () => {
    await h.close();
  });
  afterEach(() => {
    h.channel.refuseConversations = null;
    h.channel.refusedConversationIds.clear();
  });

  const groupChat = (): Shared => ({
    id: `19:group-${randomUUID().slice(0, 8)}@thread.v2`,
    conversationType: 'groupChat',
  });
  const channel = (): Shared => ({
    id: `19:channel-${randomUUID().slice(0, 8)}@thread.tacv2;messageid=1764876000000`,
    conversationType: 'channel',
  });

  /** An activity from `personId` in a shared conversation (Teams' shape for group chats and channels). */
  function sharedActivity(
    personId: string,
    where: Shared,
    fields: Record<string, unknown>,
  ): Record<string, unknown> {
    const tenantId = h.tenant.organization.azureTenantId;
    const base = h.activity(personId, fields);
    return {
      ...base,
      conversation: { id: where.id, conversationType: where.conversationType, isGroup: true, tenantId },
      channelData: {
        tenant: { id: tenantId },
        ...(where.conversationType === 'channel'
          ? { team: { id: '19:team-1@thread.tacv2' }, channel: { id: where.id.split(';')[0] } }
          : {}),
      },
    };
  }

  /** Posts text in a shared conversation; resolves once the HTTP answer is back. */
  async function sayIn(personId: string, where: Shared, text: string, locale = 'en-US'): Promise<void> {
    const result = await h.post(sharedActivity(personId, where, { type: 'message', text, locale }));
    assert.ok(result.status < 300, `POST /api/messages answered ${result.status}`);
  }

  /** Clicks an Action.Execute on a card in a shared conversation. */
  function clickIn(
    personId: string,
    where: Shared,
    verb: string,
    data: Record<string, unknown>,
    locale = 'en-US',
  ): Promise<PostResult> {
    return h.post(
      sharedActivity(personId, where, {
        type: 'invoke',
        name: 'adaptiveCard/action',
        locale,
        replyToId: 'card-message-1',
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    );
  }

  const privateChatOf = (personId: string): string => FakeChannel.personalChatId(personId);

  /** What the sender's 1:1 chat received since `before` (an index into the channel's record). */
  const privateSince = (personId: string, before: number): Array<Record<string, unknown>> =>
    h.channel.sent
      .slice(before)
      .filter((s) => s.conversationId === privateChatOf(personId))
      .map((s) => s.activity);

  const sharedSince = (where: Shared, before: number): Array<Record<string, unknown>> =>
    h.channel.sent
      .slice(before)
      .filter((s) => s.conversationId === where.id)
      .map((s) => s.activity);

  function onlyCard(activities: Array<Record<string, unknown>>): Card {
    const cards = activities.flatMap(cardsOf);
    assert.equal(cards.length, 1, `expected one card, got ${JSON.stringify(activities).slice(0, 400)}`);
    return cards[0]!;
  }

  it('answers "my calls" in a group chat with a notice only, and posts the call log in the 1:1 chat', async () => {
    const where = groupChat();
    const before = h.channel.sent.length;
    const created = h.channel.conversationsCreated.length;
    await sayIn(HELENE, where, 'my calls');

    const shared = sharedSince(where, before);
    assert.equal(shared.length, 1);
    assert.equal(shared[0]!.text, NOTICE);
    assert.equal(cardsOf(shared[0]!).length, 0);
    assert.doesNotMatch(JSON.stringify(shared), /Lucas Moreau|\+33/);

    const log = onlyCard(privateSince(HELENE, before));
    assert.match(cardText(log), /^My calls/);
    assert.match(cardText(log), /Lucas Moreau/);

    const request = h.channel.conversationsCreated[created]!.parameters;
    assert.deepEqual(request.members, [{ id: HELENE }]);
    assert.equal(request.isGroup, false);
    assert.deepEqual(request.channelData, { tenant: { id: h.tenant.organization.azureTenantId } });
  });

  it('shows no phone number in a channel on "call Lucas Moreau"; the person card arrives 1:1', async () => {
    const where = channel();
    const lucas = h.person('p-lucas-moreau');
    const numbers = digitsOf([lucas.phones.work, lucas.phones.mobile, lucas.phones.home]);
    assert.ok(numbers.length > 0);
    const before = h.channel.sent.length;
    await sayIn(HELENE, where, 'call Lucas Moreau');

    const shared = sharedSince(where, before);
    assert.deepEqual(
      shared.map((a) => a.text),
      [NOTICE],
    );
    assert.equal(containsAnyNumber(JSON.stringify(shared), numbers), false);

    const card = onlyCard(privateSince(HELENE, before));
    assert.match(cardText(card), /Lucas Moreau/);
    assert.equal(containsAnyNumber(JSON.stringify(card), numbers), true);
  });

  it('shows no e-mail address in a channel on an admin\'s "sync status"; the status arrives 1:1', async function () {
    this.timeout(60_000);
    const where = channel();
    const before = h.channel.sent.length;
    await sayIn(HELENE, where, 'sync status');

    const shared = sharedSince(where, before);
    assert.deepEqual(
      shared.map((a) => a.text),
      [NOTICE],
    );
    // What members see: the texts and attachments (the conversation's own id holds an '@').
    assert.doesNotMatch(JSON.stringify(shared.map((a) => [a.text, a.attachments])), EMAIL);

    const status = privateSince(HELENE, before).flatMap(cardsOf);
    assert.ok(status.length >= 1, 'the sync status card arrives in the 1:1 chat');
    assert.match(cardText(status), EMAIL);
  });

  it("answers the notice in the sender's language (French, Brazilian Portuguese)", async () => {
    const where = groupChat();
    let before = h.channel.sent.length;
    await sayIn(LUCAS, where, 'mes appels', 'fr-FR');
    assert.deepEqual(
      sharedSince(where, before).map((a) => a.text),
      ['Je vous ai envoyé la réponse dans notre conversation privée.'],
    );
    before = h.channel.sent.length;
    await sayIn(LUCAS, where, 'minhas chamadas', 'pt-BR');
    assert.deepEqual(
      sharedSince(where, before).map((a) => a.text),
      ['Enviei a resposta para você na nossa conversa privada.'],
    );
    assert.equal(privateSince(LUCAS, before).flatMap(cardsOf).length, 1);
  });

  it('answers a call-log button clicked in a group chat with the notice, and the page arrives 1:1', async () => {
    const where = groupChat();
    const before = h.channel.sent.length;
    const result = await clickIn(HELENE, where, 'calls.page', { filter: 'all', page: 1 });

    assert.equal(result.status, 200);
    const body = result.body as { type?: string; value?: unknown };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.equal(body.value, NOTICE);
    assert.doesNotMatch(JSON.stringify(result.body), /Lucas Moreau|\+33/);
    assert.equal(sharedSince(where, before).length, 0);

    const page = onlyCard(privateSince(HELENE, before));
    assert.match(cardText(page), /^My calls/);
  });

  it('keeps the help card in place when its "My calls" button is clicked in a group chat, the log going 1:1', async () => {
    const where = groupChat();
    const before = h.channel.sent.length;
    const result = await clickIn(HELENE, where, 'help.start', { command: 'my calls' });

    assert.equal(result.status, 200);
    const body = result.body as { type?: string; value?: Card };
    assert.equal(body.type, 'application/vnd.microsoft.card.adaptive');
    assert.doesNotMatch(JSON.stringify(body.value), /Lucas Moreau/);
    assert.deepEqual(
      sharedSince(where, before).map((a) => a.text),
      [NOTICE],
    );
    assert.match(cardText(onlyCard(privateSince(HELENE, before))), /^My calls/);
  });

  it('answers help in place in a group chat, where the speed dials asked next go 1:1', async () => {
    const where = groupChat();
    let before = h.channel.sent.length;
    const created = h.channel.conversationsCreated.length;
    await sayIn(LUCAS, where, 'help');
    assert.equal(sharedSince(where, before).flatMap(cardsOf).length, 1);
    assert.equal(h.channel.conversationsCreated.length, created, 'help opens no private chat');
    assert.equal(privateSince(LUCAS, before).length, 0);

    before = h.channel.sent.length;
    await sayIn(LUCAS, where, 'speed dials');
    assert.deepEqual(
      sharedSince(where, before).map((a) => a.text),
      [NOTICE],
    );
    assert.equal(privateSince(LUCAS, before).flatMap(cardsOf).length, 1);
  });

  it("answers small talk in place in a channel, where a colleague's presence goes 1:1", async () => {
    const where = channel();
    let before = h.channel.sent.length;
    await sayIn(LUCAS, where, 'thank you');
    const thanks = sharedSince(where, before);
    assert.equal(thanks.length, 1);
    assert.notEqual(thanks[0]!.text, NOTICE);
    assert.equal(privateSince(LUCAS, before).length, 0);

    before = h.channel.sent.length;
    await sayIn(LUCAS, where, 'presence Hélène');
    assert.deepEqual(
      sharedSince(where, before).map((a) => a.text),
      [NOTICE],
    );
    assert.match(cardText(onlyCard(privateSince(LUCAS, before))), /Hélène/);
  });

  it('asks the sender to open a private chat, with no personal data, when the 1:1 chat cannot be created', async () => {
    h.channel.refuseConversations = BLOCKED_BY_USER;
    const where = groupChat();
    const before = h.channel.sent.length;
    await sayIn(HELENE, where, 'my calls');

    const shared = sharedSince(where, before);
    assert.equal(shared.length, 1);
    assert.match(String(shared[0]!.text), OPEN_PRIVATE_CHAT);
    assert.equal(cardsOf(shared[0]!).length, 0);
    assert.doesNotMatch(JSON.stringify(shared), /Lucas Moreau|\+33/);
    assert.equal(privateSince(HELENE, before).length, 0);
  });

  it('asks the sender to open a private chat in their language when a click cannot be answered 1:1', async () => {
    h.channel.refuseConversations = {
      status: 403,
      code: 'BotNotInConversationRoster',
      message: 'The bot is not part of the conversation roster.',
    };
    const where = channel();
    const before = h.channel.sent.length;
    const result = await clickIn(HELENE, where, 'calls.page', { filter: 'all', page: 1 }, 'fr-FR');

    assert.equal(result.status, 200);
    const body = result.body as { type?: string; value?: unknown };
    assert.equal(body.type, 'application/vnd.microsoft.activity.message');
    assert.match(String(body.value), /Ouvrez une conversation privée avec moi/);
    assert.doesNotMatch(JSON.stringify(result.body), /Lucas Moreau|\+33/);
    assert.equal(sharedSince(where, before).length, 0);
    assert.equal(privateSince(HELENE, before).length, 0);
  });

  it('asks the sender to open a private chat when the answer cannot be posted in the 1:1 chat', async () => {
    h.channel.refusedConversationIds.add(privateChatOf(LUCAS));
    const where = groupChat();
    const before = h.channel.sent.length;
    await sayIn(LUCAS, where, 'minhas chamadas', 'pt-BR');

    const shared = sharedSince(where, before);
    assert.equal(shared.length, 1);
    assert.match(String(shared[0]!.text), /Abra uma conversa privada comigo/);
    assert.equal(cardsOf(shared[0]!).length, 0);
  });

  it('places no call when a Call button clicked in a channel cannot be answered 1:1, and places it once it can', async () => {
    const person = await h.sayCard(HELENE, 'call Lucas Moreau');
    const work = h.person('p-lucas-moreau').phones.work;
    const button = executeActions(person).find((a) => a.verb === 'call.place' && a.data.number === work);
    assert.ok(button, `no Call button for the work number on ${cardText(person)}`);
    const placed = (): number => h.bot.simulators!.state.requestCounts.count('cloudlink', PLACE);
    const where = channel();

    h.channel.refuseConversations = BLOCKED_BY_USER;
    let count = placed();
    const refused = await clickIn(HELENE, where, 'call.place', button.data);
    assert.match(String((refused.body as { value?: unknown }).value), OPEN_PRIVATE_CHAT);
    assert.equal(placed(), count, 'no call without a private answer');

    h.channel.refuseConversations = null;
    count = placed();
    const before = h.channel.sent.length;
    const accepted = await clickIn(HELENE, where, 'call.place', button.data);
    assert.equal((accepted.body as { value?: unknown }).value, NOTICE);
    assert.equal(placed(), count + 1);
    assert.match(cardText(onlyCard(privateSince(HELENE, before))), /Lucas Moreau/);
  });

  for (const [label, conversation] of [
    ['marked as a group, with no type', { isGroup: true }],
    ['marked as a group while its type says personal', { isGroup: true, conversationType: 'personal' }],
    ['of a type Teams does not document', { conversationType: 'meeting' }],
  ] as const) {
    it(`treats a conversation ${label} as shared`, async () => {
      const where = groupChat();
      const tenantId = h.tenant.organization.azureTenantId;
      const before = h.channel.sent.length;
      const activity = {
        ...h.activity(HELENE, { type: 'message', text: 'my calls' }),
        conversation: { id: where.id, tenantId, ...conversation },
      };
      const result = await h.post(activity);
      assert.ok(result.status < 300);
      assert.deepEqual(
        sharedSince(where, before).map((a) => a.text),
        [NOTICE],
      );
      assert.match(cardText(onlyCard(privateSince(HELENE, before))), /^My calls/);
    });
  }

  it('answers "my calls" in the personal chat itself, and from a group chat in the 1:1 chat', async () => {
    let before = h.channel.sent.length;
    const created = h.channel.conversationsCreated.length;
    const card = await h.sayCard(HELENE, 'my calls');
    assert.match(cardText(card), /^My calls/);
    assert.equal(h.channel.conversationsCreated.length, created, 'a personal chat opens no other chat');
    assert.equal(privateSince(HELENE, before).length, 0);

    const where = groupChat();
    before = h.channel.sent.length;
    await sayIn(HELENE, where, 'my calls');
    assert.equal(h.channel.conversationsCreated.length, created + 1);
    assert.match(cardText(onlyCard(privateSince(HELENE, before))), /^My calls/);
  });
});
