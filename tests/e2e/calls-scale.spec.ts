import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { callsTenant, ME } from './calls-tenant';

const me = `29:${ME}`;

/** What one turn asks of CloudLink's call records, and the numbers on the card. */
async function turn(
  h: BotHarness,
  run: () => Promise<Card>,
): Promise<{ requests: number; numbers: string[]; card: Card }> {
  const counts = h.bot.simulators!.state.requestCounts;
  const before = counts.count('cloudlink', /calls\/records$/);
  const card = await run();
  const numbers = executeActions(card)
    .filter((a) => a.verb === 'call.place')
    .map((a) => String(a.data.number));
  return { requests: counts.count('cloudlink', /calls\/records$/) - before, numbers, card };
}

/** The same turns on a history of `size` calls (the newest ones are the same whatever the size). */
async function costs(
  size: number,
  texts: string[] = [],
): Promise<Array<{ requests: number; numbers: string[] }>> {
  const now = new Date();
  const h = await BotHarness.start({ tenant: callsTenant(now, 100, { extraMine: size - 100 }).tenant, now });
  try {
    const out: Array<{ requests: number; numbers: string[] }> = [];
    const first = await turn(h, () => h.sayCard(me, 'my calls'));
    texts.push(cardText(first.card));
    out.push(first);
    const next = executeActions(first.card).find((a) => a.title === 'Next')!;
    out.push(await turn(h, () => h.click(me, 'calls.page', next.data)));
    out.push(await turn(h, () => h.sayCard(me, 'missed calls today')));
    out.push(await turn(h, () => h.sayCard(me, 'calls with Alice Martin')));
    return out.map(({ requests, numbers }) => ({ requests, numbers }));
  } finally {
    await h.close();
  }
}

describe('my calls at scale, over HTTP', () => {
  it('asks CloudLink the same few questions with 100,000 calls in the history as with 100', async function () {
    // Loading a tenant of 100,000 calls takes a few seconds; nothing here measures time.
    this.timeout(180_000);
    const smallTexts: string[] = [];
    const largeTexts: string[] = [];
    const small = await costs(100, smallTexts);
    const large = await costs(100_000, largeTexts);
    assert.deepEqual(large, small);
    // Only the newest part of the long history is read, and the card says so.
    assert.match(largeTexts[0]!, /among your newest 1,000 calls/);
    assert.match(
      largeTexts[0]!,
      /Counted among your newest 1,000 calls only; choose a period to see older ones\./,
    );
    assert.match(smallTexts[0]!, /100 calls in all/);
    assert.ok(
      small.every((t) => t.requests <= 6),
      JSON.stringify(small.map((t) => t.requests)),
    );
  });
});
