import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { ALICE_MOBILE, ALICE_WORK, callsTenant, ME, OTHER, type CallsTenant } from './calls-tenant';

const me = `29:${ME}`;

function callBacks(card: Card): Array<{ title?: string; verb: string; data: Record<string, unknown> }> {
  return executeActions(card).filter((a) => a.verb === 'call.place');
}

describe('Call back from my calls, over HTTP', () => {
  let h: BotHarness;
  let data: CallsTenant;
  const placed = (extension: string): number =>
    h.bot.simulators!.state.requestCounts.count(
      'cloudlink',
      new RegExp(`^POST .*/endpoints/${extension}/calls$`),
    );

  before(async () => {
    const now = new Date();
    data = callsTenant(now, 40);
    h = await BotHarness.start({ tenant: data.tenant, now });
  });
  after(async () => {
    await h.close();
  });

  it('gives each row a call.place button with the number, the person when known, and a fresh nonce', async () => {
    const card = await h.sayCard(me, 'my calls');
    const buttons = callBacks(card);
    assert.equal(buttons.length, 10);
    assert.ok(buttons.every((b) => b.title === 'Call back'));
    assert.equal(new Set(buttons.map((b) => b.data.nonce)).size, 10);
    assert.deepEqual(
      buttons.map((b) => b.data.number),
      data.mine.slice(0, 10).map((c) => c.peer.number),
    );
    const alice = buttons.find((b) => b.data.number === ALICE_WORK || b.data.number === ALICE_MOBILE)!;
    assert.equal(alice.data.personKey, 'cl:c-alice-martin');
    assert.equal(alice.data.name, 'Alice Martin');
    const again = callBacks(await h.sayCard(me, 'my calls'));
    assert.ok(again.every((b) => !buttons.some((old) => old.data.nonce === b.data.nonce)));
  });

  // Placing the call is the call area's handler (call.place); this proves the button reaches it.
  it('places one call from my own extension to the number, once however often the click arrives', async () => {
    const card = await h.sayCard(me, 'my calls');
    const button = callBacks(card).find((b) => String(b.data.number).startsWith('+4420'))!;
    const before = placed('3001');
    const status = await h.click(me, 'call.place', button.data);
    assert.equal(placed('3001'), before + 1);
    assert.doesNotMatch(cardText(status), /did not understand/);
    await h.click(me, 'call.place', button.data);
    assert.equal(placed('3001'), before + 1, 'a repeated click places no second call');

    // Once answered, the call is in my log, newest first.
    let newest = '';
    for (let attempt = 0; attempt < 20 && newest !== button.data.number; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const top = callBacks(await h.sayCard(me, 'outgoing calls'))[0];
      newest = typeof top?.data.number === 'string' ? top.data.number : '';
    }
    assert.equal(newest, button.data.number);
  });

  it("places a colleague's click on my Call back button from the colleague's own extension", async () => {
    const card = await h.sayCard(me, 'my calls');
    const button = callBacks(card).find((b) => String(b.data.number).startsWith('+4420'))!;
    const mine = placed('3001');
    const theirs = placed('3002');
    await h.click(`29:${OTHER}`, 'call.place', button.data);
    assert.equal(placed('3001'), mine);
    assert.equal(placed('3002'), theirs + 1);
  });
});
