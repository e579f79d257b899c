import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import {
  ALICE_MOBILE,
  ALICE_WORK,
  callsTenant,
  EMPTY,
  isMissed,
  ME,
  NO_ROLE,
  OTHER,
  OTHER_PREFIX,
  TEAMS_ONLY,
  type CallsTenant,
} from './calls-tenant';

const me = `29:${ME}`;

/** The Call back numbers of a card's rows, top to bottom (one per row with a number). */
function rowNumbers(card: Card): string[] {
  return executeActions(card)
    .filter((a) => a.verb === 'call.place')
    .map((a) => String(a.data.number));
}

function button(card: Card, title: RegExp): { verb: string; data: Record<string, unknown> } {
  const found = executeActions(card).find((a) => title.test(a.title ?? ''));
  assert.ok(
    found,
    `no button ${String(title)} in: ${executeActions(card)
      .map((a) => a.title)
      .join(', ')}`,
  );
  return found;
}

function range(card: Card): [number, number, number] | undefined {
  const m = /Calls (\d+)–(\d+) of (\d+)/.exec(cardText(card));
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

/** The text blocks in the attention colour (missed calls and the missed-call header). */
function attention(card: Card): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const r = node as Record<string, unknown>;
      if (r.type === 'TextBlock' && r.color === 'Attention') out.push(String(r.text));
      Object.values(r).forEach(walk);
    }
  };
  walk(card.body);
  return out;
}

describe('my calls, over HTTP on a tenant of several hundred calls', () => {
  let h: BotHarness;
  let data: CallsTenant;
  const records = (): number => h.bot.simulators!.state.requestCounts.count('cloudlink', /calls\/records$/);

  before(async () => {
    const now = new Date();
    data = callsTenant(now, 400);
    h = await BotHarness.start({ tenant: data.tenant, now });
  });
  after(async () => {
    await h.close();
  });

  it('shows the newest ten calls first, with the counts and a Next button', async () => {
    const card = await h.sayCard(me, 'my calls');
    const text = cardText(card);
    assert.match(text, /^My calls/);
    const missed = data.mine.filter(isMissed).length;
    assert.match(text, new RegExp(`${missed} missed calls · 400 calls in all`));
    assert.deepEqual(range(card), [1, 10, 400]);
    assert.deepEqual(
      rowNumbers(card),
      data.mine.slice(0, 10).map((c) => c.peer.number),
    );
    assert.match(text, /400 calls in all/);
    assert.match(text, /\nAll\n/);
    button(card, /^Next$/);
    assert.ok(!executeActions(card).some((a) => a.title === 'Previous'));
  });

  it('pages forward to the oldest call and back again, each page costing the same few requests', async function () {
    // Forty-odd turns: generous on a busy machine (no timing is asserted).
    this.timeout(180_000);
    let card = await h.sayCard(me, 'my calls');
    const seen: string[] = [...rowNumbers(card)];
    const pages: Card[] = [card];
    const costs = new Set<number>();
    for (let page = 2; page <= 40; page++) {
      const before = records();
      card = await h.click(me, 'calls.page', button(card, /^Next$/).data);
      costs.add(records() - before);
      assert.deepEqual(range(card), [(page - 1) * 10 + 1, page * 10, 400]);
      seen.push(...rowNumbers(card));
      pages.push(card);
    }
    assert.ok(!executeActions(card).some((a) => a.title === 'Next'), 'no Next on the last page');
    assert.deepEqual(
      seen,
      data.mine.map((c) => c.peer.number),
    );
    // The history (400 calls) is read in one request a turn: CloudLink filters by principal only.
    assert.deepEqual([...costs], [1]);
    for (let page = 39; page >= 36; page--) {
      card = await h.click(me, 'calls.page', button(card, /^Previous$/).data);
      assert.deepEqual(range(card), [(page - 1) * 10 + 1, page * 10, 400]);
      assert.deepEqual(rowNumbers(card), rowNumbers(pages[page - 1]!));
    }
  });

  it('filters missed, incoming and outgoing calls by typing and by the filter buttons', async () => {
    const expected = {
      missed: data.mine.filter(isMissed),
      incoming: data.mine.filter((c) => c.direction === 'inbound'),
      outgoing: data.mine.filter((c) => c.direction === 'outbound'),
    };
    for (const [text, filter] of [
      ['missed calls', 'missed'],
      ['incoming calls', 'incoming'],
      ['outgoing calls', 'outgoing'],
    ] as const) {
      const typed = await h.sayCard(me, text);
      assert.deepEqual(range(typed), [1, 10, expected[filter].length], text);
      assert.deepEqual(
        rowNumbers(typed),
        expected[filter].slice(0, 10).map((c) => c.peer.number),
      );
    }
    const all = await h.sayCard(me, 'my calls');
    const missedButton = button(all, /^Missed \(\d+\)$/);
    assert.equal(missedButton.data.filter, 'missed');
    const missed = await h.click(me, 'calls.page', missedButton.data);
    assert.deepEqual(range(missed), [1, 10, expected.missed.length]);
    const second = await h.click(me, 'calls.page', button(missed, /^Next$/).data);
    assert.deepEqual(
      rowNumbers(second),
      expected.missed.slice(10, 20).map((c) => c.peer.number),
    );
    const back = await h.click(me, 'calls.page', button(second, /^All$/).data);
    assert.deepEqual(range(back), [1, 10, 400]);
  });

  it('makes missed calls stand out with the attention colour, an icon and the word', async () => {
    const card = await h.sayCard(me, 'missed calls');
    const marked = attention(card);
    assert.equal(marked.filter((t) => t === '✗').length, 10);
    assert.equal(marked.filter((t) => /^Missed\b/.test(t)).length, 10);
    const all = await h.sayCard(me, 'my calls');
    const missedOnPage = data.mine.slice(0, 10).filter(isMissed).length;
    assert.ok(missedOnPage > 0);
    assert.equal(attention(all).filter((t) => t === '✗').length, missedOnPage);
  });

  it('narrows to today, and says which filter is empty with a button back to all calls', async () => {
    const today = await h.sayCard(me, 'calls today');
    assert.deepEqual(range(today), [1, 6, 6]);
    assert.match(cardText(today), /today · 6 calls in all/);
    const empty = await h.sayCard(me, 'missed calls yesterday');
    assert.match(cardText(empty), /No missed calls yesterday\./);
    const all = await h.click(me, 'calls.page', button(empty, /^All my calls$/).data);
    assert.deepEqual(range(all), [1, 10, 400]);
  });

  it('finds "calls from Alice" through the directory: a choice between the two Alices, then her calls', async () => {
    const choice = await h.sayCard(me, 'calls from Alice');
    assert.match(cardText(choice), /Several people match "Alice"/);
    const martin = button(choice, /^Alice Martin$/);
    assert.equal(martin.data.filter, 'incoming');
    const card = await h.click(me, 'calls.page', martin.data);
    assert.match(cardText(card), /My calls with Alice Martin/);
    const fromAlice = data.mine.filter(
      (c) => c.direction === 'inbound' && (c.peer.number === ALICE_WORK || c.peer.number === ALICE_MOBILE),
    );
    assert.deepEqual(range(card), [1, 10, fromAlice.length]);
    assert.deepEqual(
      rowNumbers(card),
      fromAlice.slice(0, 10).map((c) => c.peer.number),
    );
    assert.match(cardText(card), /Alice Martin/);
    const next = await h.click(me, 'calls.page', button(card, /^Next$/).data);
    assert.deepEqual(
      rowNumbers(next),
      fromAlice.slice(10, 20).map((c) => c.peer.number),
    );
  });

  it('takes a unique name at once, and says so when nobody is called that', async () => {
    const card = await h.sayCard(me, 'calls with Alice Martin');
    const withAlice = data.mine.filter((c) => c.peer.number === ALICE_WORK || c.peer.number === ALICE_MOBILE);
    assert.deepEqual(range(card), [1, 10, withAlice.length]);
    const unknown = await h.sayCard(me, 'calls from Zebulon Quasimodo');
    assert.match(cardText(unknown), /I could not find "Zebulon Quasimodo"/);
    button(unknown, /^All my calls$/);
  });

  it("shows each user only their own calls, whatever the button's data says", async () => {
    const theirs = await h.sayCard(`29:${OTHER}`, 'my calls');
    assert.deepEqual(range(theirs), [1, 10, 30]);
    assert.ok(rowNumbers(theirs).every((n) => n.startsWith(OTHER_PREFIX)));
    const mine = await h.sayCard(me, 'my calls');
    assert.ok(rowNumbers(mine).every((n) => !n.startsWith(OTHER_PREFIX)));
    // Olivier replays my Next button, with a principal added: he still gets his own page 2.
    const replayed = await h.click(`29:${OTHER}`, 'calls.page', {
      ...button(mine, /^Next$/).data,
      principal: ME,
      principalId: ME,
    });
    assert.deepEqual(range(replayed), [11, 20, 30]);
    assert.ok(rowNumbers(replayed).every((n) => n.startsWith(OTHER_PREFIX)));
  });

  it('tells a user without a CloudLink role why there is no call log and what an admin must do', async () => {
    const card = await h.sayCard(`29:${NO_ROLE}`, 'my calls');
    const text = cardText(card);
    assert.match(text, /No call log for you yet/);
    assert.match(text, /no CloudLink role/);
    assert.match(text, /PBX integration with CloudLink/);
    assert.match(text, /CTI on MiVoice 5000, User on MX-ONE/);
    assert.deepEqual(executeActions(card), []);
  });

  it('tells a user outside the phone system why there is no call log', async () => {
    const card = await h.sayCard(`29:${TEAMS_ONLY}`, 'mes appels', { locale: 'fr-FR' });
    const text = cardText(card);
    assert.match(text, /Pas encore de journal d'appels pour vous/);
    assert.match(text, /pas dans la téléphonie \(CloudLink\)/);
  });

  it('says what failed when the phone system turns the request away, with a Try again that works once it is back', async () => {
    const faults = h.bot.simulators!.faults;
    // Throttled past the click's budget: retryable, and it does not trip the circuit breaker.
    faults.set('cloudlink', { status: 429, retryAfter: '30', match: /calls\/records/ });
    let failed: Card;
    try {
      failed = await h.sayCard(me, 'missed calls today');
    } finally {
      faults.clear('cloudlink');
    }
    assert.match(cardText(failed), /phone system \(CloudLink\)/);
    const retry = button(failed, /^Try again$/);
    assert.equal(retry.verb, 'calls.page');
    assert.deepEqual(retry.data, { filter: 'missed', period: 'today', page: 1 });
    const card = await h.click(me, 'calls.page', retry.data);
    assert.match(cardText(card), /missed calls? today|No missed calls today/i);
  });

  it('says kindly when the history is empty', async () => {
    const card = await h.sayCard(`29:${EMPTY}`, 'my calls');
    assert.match(cardText(card), /You have no calls yet/);
    assert.deepEqual(rowNumbers(card), []);
  });
});
