import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { CALLER, callTenant } from './call-tenant';

const me = `29:${CALLER}`;

function callButtons(card: Card): Array<{ title?: string; data: Record<string, unknown> }> {
  return executeActions(card).filter((a) => a.verb === 'call.place');
}

function choices(card: Card): Array<{ title?: string; data: Record<string, unknown> }> {
  return executeActions(card).filter((a) => a.verb === 'call.show');
}

/** The highlighted buttons of a card (the number the user asked for). */
function positiveActions(card: Card): Array<{ data: Record<string, unknown> }> {
  const found: Array<{ data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute' && record.style === 'positive')
        found.push({ data: record.data as Record<string, unknown> });
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('call: finding the person, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: callTenant() });
  });
  after(async () => {
    await h.close();
  });

  it('answers a unique name with the person card: e-mail, extension, presence, one Call button per number', async () => {
    const card = await h.sayCard(me, 'call Alice Martin', { locale: 'en-US' });
    const text = cardText(card);
    assert.match(text, /Alice Martin/);
    assert.match(text, /alice\.martin@example\.com/);
    assert.match(text, /Extension\n2001/);
    assert.match(text, /🟢 Available · phone line free/);
    // Numbers in the organisation's (French) format.
    assert.match(text, /Work\n01 23 45 20 01/);
    assert.match(text, /Mobile\n06 12 34 20 01/);
    assert.match(text, /Home\n01 98 76 20 01/);
    const calls = callButtons(card);
    assert.deepEqual(
      calls.map((c) => c.data.number),
      ['2001', '+33123452001', '+33612342001', '+33198762001'],
    );
    assert.ok(calls.every((c) => typeof c.data.nonce === 'string' && c.data.personKey === 'cl:p-alice'));
    assert.equal(new Set(calls.map((c) => c.data.nonce)).size, calls.length, 'one nonce per button');
    const verbs = executeActions(card).map((a) => a.verb);
    assert.ok(verbs.includes('call.speedDialAdd'));
    assert.ok(verbs.includes('call.presence'));
  });

  it('answers in French and in Portuguese, accents and case ignored', async () => {
    const fr = cardText(await h.sayCard(me, 'appeler helene', { locale: 'fr-FR' }));
    assert.match(fr, /Hélène D'Almeida-Ferreira/);
    assert.match(fr, /Portable\n06 12 34 20 03/);
    assert.match(fr, /Absent\(e\)/);
    assert.match(fr, /Appeler/);

    const pt = cardText(await h.sayCard(me, 'ligar para o JOAO', { locale: 'pt-BR' }));
    assert.match(pt, /João Gonçalves/);
    assert.match(pt, /📞 no telefone/);
    assert.match(pt, /Ligar/);
  });

  it('finds people by surname, initials and surname, one typo, or extension', async () => {
    const cases: Array<[string, RegExp]> = [
      ['call Gonçalves', /João Gonçalves/],
      ['call A. Martin', /Alice Martin/],
      ['call Alicce Martin', /Alice Martin/],
      ['call Remy Carron', /Rémi Caron/],
      ['call 2004', /João Gonçalves/],
      ["call Hélène D'Almeida-Ferreira", /Hélène D'Almeida-Ferreira/],
    ];
    for (const [text, expected] of cases) {
      const card = await h.sayCard(me, text);
      assert.match(cardText(card), expected, text);
      assert.ok(callButtons(card).length > 0, text);
    }
  });

  it('offers a choice when several people match, then the chosen person card on click', async () => {
    for (const [text, locale, title] of [
      ['call Alice', 'en-US', /Several people match “Alice”/],
      ['appeler Martin', 'fr-FR', /Plusieurs personnes correspondent à « Martin »/],
      ['ligar para Alice', 'pt-BR', /Várias pessoas correspondem a “Alice”/],
    ] as const) {
      const card = await h.sayCard(me, text, { locale });
      const text1 = cardText(card);
      assert.match(text1, title);
      const rows = choices(card);
      assert.equal(rows.length, 2, text);
      // Each row tells the people apart by e-mail and extension.
      assert.match(text1, /alice\.martin@example\.com · (ext\.|poste|ramal) 2001/);
      const alice = rows.find((r) => r.data.personKey === 'cl:p-alice')!;
      const person = await h.click(me, 'call.show', alice.data, { locale });
      assert.match(cardText(person), /Alice Martin/);
      assert.equal(callButtons(person).length, 4);
    }
  });

  it('keeps the number asked for when a choice was needed ("call Alice on her mobile")', async () => {
    const card = await h.sayCard(me, 'call Alice on her mobile');
    const alice = choices(card).find((r) => r.data.personKey === 'cl:p-alice')!;
    assert.equal(alice.data.numberKind, 'mobile');
    const person = await h.click(me, 'call.show', alice.data);
    assert.deepEqual(
      positiveActions(person).map((a) => a.data.number),
      ['+33612342001'],
    );
  });

  it('says so when nobody matches, and suggests the closest names, in each language', async () => {
    for (const [text, locale, title, suggested] of [
      ['call Alixandre Martine', 'en-US', /No one matches “Alixandre Martine”/, 'cl:p-alice'],
      ['appeler Helenna Dalmeidas', 'fr-FR', /Personne ne correspond à « Helenna Dalmeidas »/, 'cl:p-helene'],
      ['ligar para Joana Goncalo', 'pt-BR', /Ninguém corresponde a “Joana Goncalo”/, 'cl:p-joao'],
    ] as const) {
      const card = await h.sayCard(me, text, { locale });
      assert.match(cardText(card), title);
      const suggestions = choices(card);
      assert.ok(
        suggestions.some((s) => s.data.personKey === suggested),
        `${text}: ${JSON.stringify(suggestions)}`,
      );
      assert.equal(callButtons(card).length, 0);
    }
  });

  it('answers a typed number with its card, naming the person it belongs to', async () => {
    for (const [text, locale] of [
      ['call +33 1 23 45 20 01', 'en-US'],
      ['appelle le 01 23 45 20 01', 'fr-FR'],
      ['ligar para 0033 1 23 45 20 01', 'pt-BR'],
    ] as const) {
      const card = await h.sayCard(me, text, { locale });
      const text1 = cardText(card);
      assert.match(text1, /01 23 45 20 01/, text);
      assert.match(text1, /Alice Martin \((work|bureau|trabalho)\)/, text);
      const calls = callButtons(card);
      assert.equal(calls.length, 1, text);
      assert.equal(calls[0]!.data.number, '+33123452001');
    }
  });

  it('answers a number nobody has with a Call button, and unreadable digits with a hint', async () => {
    const card = await h.sayCard(me, 'call +44 20 7946 0000');
    assert.match(cardText(card), /\+44 20 7946 0000/);
    assert.match(cardText(card), /not in the directory/);
    assert.equal(callButtons(card)[0]?.data.number, '+442079460000');

    const unreadable = await h.sayCard(me, 'call 12345678901234567');
    assert.match(cardText(unreadable), /cannot read/);
  });

  it('answers the whole directory from its index: no user listing per turn', async () => {
    await h.sayCard(me, 'call Alice');
    const counts = h.bot.simulators!.state.requestCounts;
    const before =
      counts.count('cloudlink', /GET \/admin\/.*\/users/) + counts.count('graph', /GET .*\/users$/);
    assert.ok(before > 0, 'the directory was loaded from the user listings once');
    await h.sayCard(me, 'call Bruno Martin');
    await h.sayCard(me, 'call Alice');
    const after =
      counts.count('cloudlink', /GET \/admin\/.*\/users/) + counts.count('graph', /GET .*\/users$/);
    assert.equal(after, before);
  });
});
