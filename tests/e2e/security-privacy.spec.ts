import assert from 'node:assert/strict';
import { BotHarness, cardsOf, executeActions } from '../support/bot-harness';
import { FakeBotFrameworkTokens } from '../support/bot-framework-tokens';
import { ConsoleCapture } from '../support/console-capture';
import { startSecuredHarness } from '../support/secured-harness';
import { personalData, securityTenant } from '../support/security-tenant';

/** A whole session in three languages: help, commands of every area, their buttons. */
const SESSION: Array<{ text: string; locale: string }> = [
  { text: 'help', locale: 'en-US' },
  { text: 'aide', locale: 'fr-FR' },
  { text: 'ajuda', locale: 'pt-BR' },
  { text: 'call João', locale: 'en-US' },
  { text: 'call João on his mobile', locale: 'en-US' },
  { text: 'appeler João sur son portable', locale: 'fr-FR' },
  { text: 'ligar para João', locale: 'pt-BR' },
  { text: 'call +33 6 98 76 54 32', locale: 'en-US' },
  { text: 'is João available?', locale: 'en-US' },
  { text: 'João est-il disponible ?', locale: 'fr-FR' },
  { text: 'my calls', locale: 'en-US' },
  { text: 'mes appels manqués', locale: 'fr-FR' },
  { text: 'minhas chamadas de hoje', locale: 'pt-BR' },
  { text: 'book a room tomorrow at 10 for 1 hour', locale: 'en-US' },
  { text: 'réserver une salle demain à 14h', locale: 'fr-FR' },
  { text: 'reservar uma sala amanhã às 9h', locale: 'pt-BR' },
  { text: 'my bookings', locale: 'en-US' },
  { text: 'sync status', locale: 'en-US' },
  { text: 'état de la synchronisation', locale: 'fr-FR' },
  { text: 'status da sincronização', locale: 'pt-BR' },
  { text: 'helene.dalmeida@exemple.fr +33612345678', locale: 'en-US' },
];

/** The digits of a number as they could be written anywhere: its last eight. */
function phoneProbe(e164: string): string {
  return e164.replace(/\D/g, '').slice(-8);
}

/** A log line with the separators inside digit runs removed ("06 12 34" → "061234"). */
function digitsJoined(line: string): string {
  return line.replace(/(?<=\d)[\s().\-/]+(?=\d)/g, '');
}

/** Each way an address could be written in a log: as is, lower case, URL-encoded, JSON-escaped. */
function emailForms(email: string): string[] {
  return [
    email,
    email.toLowerCase(),
    encodeURIComponent(email),
    encodeURIComponent(email).toLowerCase(),
    JSON.stringify(email).slice(1, -1),
    email.normalize('NFD'),
  ];
}

function assertNothingLeaks(lines: string[], what: string): void {
  const { emails, phones } = personalData(securityTenant());
  const leaks: string[] = [];
  for (const line of lines) {
    for (const email of emails) {
      for (const form of emailForms(email)) {
        if (line.includes(form)) leaks.push(`e-mail ${email} in ${line.slice(0, 400)}`);
      }
    }
    const joined = digitsJoined(line);
    for (const phone of phones) {
      if (joined.includes(phoneProbe(phone))) leaks.push(`phone ${phone} in ${line.slice(0, 400)}`);
    }
    if (/bearer\s+(?!\[redacted\])[A-Za-z0-9._~+/=-]{8,}/i.test(line)) leaks.push(`bearer token in ${line}`);
    if (/eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./.test(line)) leaks.push(`JWT in ${line.slice(0, 400)}`);
  }
  assert.deepEqual([...new Set(leaks)].slice(0, 10), [], `personal data in the ${what}`);
}

describe('privacy of the logs over a whole session', function () {
  this.timeout(120_000);
  const logs: string[] = [];
  const library = new ConsoleCapture();
  let h: BotHarness;
  let answered = 0;
  let clicked = 0;

  before(async () => {
    library.start();
    try {
      h = await BotHarness.start({ tenant: securityTenant(), logSink: (line) => logs.push(line) });
      await runSession(h);
    } finally {
      library.stop();
    }
  });
  after(async () => {
    await h?.close();
  });

  async function runSession(bot: BotHarness): Promise<void> {
    for (const user of ['29:p-helene', '29:p-joao', '29:p-zoe']) {
      for (const { text, locale } of SESSION) {
        const replies = await bot.say(user, text, { locale });
        answered += replies.length;
        // Every button of the answer, once (calls placed, rooms booked, pages turned…).
        for (const action of replies.flatMap(cardsOf).flatMap(executeActions).slice(0, 4)) {
          await bot.invoke(user, action.verb, action.data, { locale });
          clicked++;
        }
      }
    }
    // Failures of every upstream system, in the three languages.
    const failures: Array<['cloudlink' | 'cronofy' | 'graph', Record<string, unknown>]> = [
      ['cloudlink', { status: 503, retryAfter: '1' }],
      ['cronofy', { garbage: true }],
      ['graph', { status: 500 }],
      ['cloudlink', { status: 401 }],
    ];
    for (const [system, fault] of failures) {
      bot.bot.simulators!.faults.set(system, fault);
      for (const { text, locale } of [
        { text: 'my calls', locale: 'en-US' },
        { text: 'réserver une salle demain à 10h', locale: 'fr-FR' },
        { text: 'status da sincronização', locale: 'pt-BR' },
        { text: 'call João', locale: 'en-US' },
      ]) {
        answered += (await bot.say('29:p-helene', text, { locale })).length;
      }
      bot.bot.simulators!.faults.clear();
    }
    // An activity from another tenant, full of personal data.
    await bot.post(
      bot.activity('29:p-helene', {
        type: 'message',
        text: 'call helene.dalmeida@exemple.fr on +33 6 12 34 56 78',
        conversation: { id: 'a:elsewhere', tenantId: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' },
        channelData: { tenant: { id: 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d' } },
      }),
    );
  }

  it('ran a real session (answers and button clicks from every area)', () => {
    assert.ok(answered > SESSION.length * 3, `only ${answered} answers`);
    assert.ok(clicked > 10, `only ${clicked} clicks`);
    assert.ok(logs.length > 100, `only ${logs.length} log lines`);
  });

  it('logs no e-mail address, phone number or token in full, in any component', () => {
    assertNothingLeaks(logs, 'bot logs');
  });

  it('prints nothing personal outside the logger either', () => {
    assertNothingLeaks(library.lines, 'library console output');
  });

  it('logs upstream failures with their system and correlation id, not their payloads', () => {
    const upstream = logs.filter((l) => l.includes('"component":"upstream"') && /failed/.test(l));
    assert.ok(upstream.length > 0, 'no upstream failure was logged');
    for (const line of upstream) {
      const entry = JSON.parse(line) as Record<string, unknown>;
      assert.ok(typeof entry.system === 'string');
    }
  });
});

describe('privacy of the logs with bot credentials', () => {
  it('never logs the bearer token of a request, valid or not', async () => {
    const tokens = await new FakeBotFrameworkTokens().start();
    const logs: string[] = [];
    const library = new ConsoleCapture().start();
    let h: BotHarness | undefined;
    const sent: string[] = [];
    try {
      h = await startSecuredHarness({ tokens, tenant: securityTenant(), logSink: (line) => logs.push(line) });
      const activity = h.activity('29:p-helene', { type: 'invoke', name: 'application/ping', value: {} });
      const now = Math.floor(Date.now() / 1000);
      for (const token of [
        tokens.channelToken(h.channel.url),
        tokens.channelToken(h.channel.url, { aud: 'someone-else' }),
        tokens.channelToken(h.channel.url, { exp: now - 3600, nbf: now - 7200 }),
        tokens.channelToken(h.channel.url, {}, { signer: 'unlisted', kid: tokens.kidOf('channel') }),
        tokens.unsigned({ iss: 'https://api.botframework.com' }),
      ]) {
        sent.push(token);
        await h.post(activity, { authorization: `Bearer ${token}` });
      }
    } finally {
      library.stop();
      await h?.close();
      await tokens.close();
    }
    const everything = [...logs, ...library.lines].join('\n');
    for (const token of sent) {
      for (const part of token.split('.').filter((p) => p.length > 20)) {
        assert.ok(!everything.includes(part), 'a part of a token reached the logs');
      }
    }
    assertNothingLeaks([...logs, ...library.lines], 'logs');
  });
});
