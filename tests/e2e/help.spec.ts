import assert from 'node:assert/strict';
import { BotHarness, cardText, cardsOf, executeActions } from '../support/bot-harness';
import { DEMO_SIGNED_IN_PERSON_ID } from '../../bot/tenant/demo';
import { memberOf } from '../support/bot-harness';

describe('help, over HTTP on the demo tenant', () => {
  let h: BotHarness;
  const user = `29:${DEMO_SIGNED_IN_PERSON_ID}`;

  before(async () => {
    h = await BotHarness.start();
  });
  after(async () => {
    await h.close();
  });

  it('serves /healthz with a small JSON body once ready', async () => {
    const response = await fetch(`${h.bot.url}/healthz`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as { status: string; mode: string };
    assert.equal(body.status, 'ok');
    assert.equal(body.mode, 'demo');
  });

  it('answers "help" with the help card in English', async () => {
    const card = await h.sayCard(user, 'help', { locale: 'en-US' });
    const text = cardText(card);
    assert.match(text, /I connect Teams to your phone system/);
    assert.match(text, /My calls/);
    assert.match(text, /Book a room/);
  });

  it('answers "aide" with the help card in French', async () => {
    const card = await h.sayCard(user, 'aide', { locale: 'fr-FR' });
    const text = cardText(card);
    assert.match(text, /je relie Teams à votre téléphonie/);
    assert.match(text, /Mes appels/);
    assert.match(text, /Réserver une salle/);
  });

  it('answers "ajuda" with the help card in Portuguese', async () => {
    const card = await h.sayCard(user, 'ajuda', { locale: 'pt-BR' });
    const text = cardText(card);
    assert.match(text, /eu conecto o Teams ao seu sistema telefônico/);
    assert.match(text, /Minhas chamadas/);
    assert.match(text, /Reservar uma sala/);
  });

  it('answers text it does not understand with the help card, quoting the text', async () => {
    const card = await h.sayCard(user, 'florp the wibble', { locale: 'en-GB' });
    assert.match(cardText(card), /did not understand "florp the wibble"/);
  });

  it('repeats typed Markdown as literal text: a link typed by the user never becomes a link', async () => {
    const typed = 'x [Reset your PBX PIN](https://evil.example/reset) **now**';
    const card = await h.sayCard(user, typed, { locale: 'en-GB' });
    const raw = JSON.stringify(card);
    // The card carries the escaped characters; Teams shows them as typed, as plain text.
    assert.ok(!raw.includes('[Reset your PBX PIN](https://evil.example/reset)'));
    const escaped = String.raw`\[Reset your PBX PIN\](https://evil.example/reset) \*\*now`;
    assert.ok(raw.includes(JSON.stringify(escaped).slice(1, -1)));
    assert.match(
      cardText(card),
      /did not understand "x \[Reset your PBX PIN\]\(https:\/\/evil\.example\/reset\) \*\*now"/,
    );
  });

  it('gives every help button a command the bot understands, in each language', async () => {
    for (const locale of ['en-US', 'fr-FR', 'pt-BR']) {
      const card = await h.sayCard(user, 'help', { locale });
      const starts = executeActions(card).filter((a) => a.verb === 'help.start');
      assert.ok(starts.length >= 5, `only ${starts.length} buttons in ${locale}`);
      for (const start of starts) {
        const command = String(start.data.command);
        const reply = await h.sayCard(user, command, { locale });
        assert.doesNotMatch(
          cardText(reply),
          /did not understand|pas compris|Não entendi/,
          `"${command}" was not understood`,
        );
      }
    }
  });

  it("runs a help button's command below the help card and leaves the help card in place", async () => {
    const card = await h.sayCard(user, 'help', { locale: 'en-US' });
    const start = executeActions(card).find((a) => a.verb === 'help.start')!;
    const before = h.channel.sent.length;
    const replaced = await h.click(user, 'help.start', start.data);
    assert.match(cardText(replaced), /I connect Teams/);
    assert.equal(h.channel.sent.length, before + 1);
    assert.equal(cardsOf(h.channel.sent[before]!.activity).length, 1);
  });

  it('welcomes a user when the bot is installed', async () => {
    const person = h.person(DEMO_SIGNED_IN_PERSON_ID);
    const member = memberOf(person);
    const before = h.channel.sent.length;
    const result = await h.post(
      h.activity(member.id, {
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:bot' }],
        locale: 'fr-FR',
      }),
    );
    assert.equal(result.status, 200);
    const cards = h.channel.sent.slice(before).flatMap((s) => cardsOf(s.activity));
    assert.equal(cards.length, 1);
    assert.match(cardText(cards[0]), /Bienvenue/);
  });
});
