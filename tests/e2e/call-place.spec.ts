import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { CALLER, NO_EXTENSION, NO_ROLE, WRONG_ROLE, callTenant } from './call-tenant';

const me = `29:${CALLER}`;
const PLACE = /^POST \/media\/[^/]+\/endpoints\/[^/]+\/calls$/;

function placeCount(h: BotHarness): number {
  return h.bot.simulators!.state.requestCounts.count('cloudlink', PLACE);
}

/** The Call button of one of the person's numbers, from the person card. */
async function callButton(
  h: BotHarness,
  text: string,
  number: string,
  locale = 'en-US',
): Promise<Record<string, unknown>> {
  const card = await h.sayCard(me, text, { locale });
  const button = executeActions(card).find((a) => a.verb === 'call.place' && a.data.number === number);
  assert.ok(button, `no Call button for ${number} on ${cardText(card)}`);
  return button.data;
}

async function outboundRecords(h: BotHarness, to: string): Promise<number> {
  const history = await h.bot.services.cloudlink.readCallHistory(CALLER);
  return history.records.filter((r) => r.direction === 'outbound' && r.to.number === to).length;
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('call: placing the call through the PBX, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: callTenant() });
  });
  after(async () => {
    await h.close();
  });

  it('places the call from the caller’s extension, replaces the card with its progress, and the call reaches the call records', async () => {
    const data = await callButton(h, 'call Alice Martin', '+33123452001');
    const before = placeCount(h);
    const card = await h.click(me, 'call.place', data);
    assert.equal(placeCount(h), before + 1);
    const text = cardText(card);
    assert.match(text, /(Calling|Connected with) Alice Martin \(work\)/);
    assert.match(text, /01 23 45 20 01/);
    assert.match(text, /Your desk phone \(1001\)/);

    await wait(300);
    assert.equal(await outboundRecords(h, '+33123452001'), 1);
    // Her desk phone rang: the call is in her log too.
    const alice = await h.bot.services.cloudlink.readCallHistory('p-alice');
    assert.equal(
      alice.records.filter((r) => r.direction === 'inbound' && r.from.number === '+33123451001').length,
      1,
    );
  });

  it('places one call when Teams delivers the same invoke twice (same activity id)', async () => {
    const data = await callButton(h, 'call Bruno Martin', '+33123452005');
    const before = placeCount(h);
    const first = await h.click(me, 'call.place', data, { activityId: 'redelivered-1' });
    const second = await h.click(me, 'call.place', data, { activityId: 'redelivered-1' });
    assert.equal(placeCount(h), before + 1);
    assert.match(cardText(first), /Bruno Martin \(work\)/);
    assert.match(cardText(second), /Bruno Martin \(work\)/);
    await wait(300);
    assert.equal(await outboundRecords(h, '+33123452005'), 1);
  });

  it('places one call on a double click (the same button, twice at once)', async () => {
    const data = await callButton(h, 'call Alice Bernard', '+33612342002');
    const before = placeCount(h);
    const [a, b] = await Promise.all([h.click(me, 'call.place', data), h.click(me, 'call.place', data)]);
    assert.equal(placeCount(h), before + 1);
    for (const card of [a, b]) assert.match(cardText(card), /Alice Bernard \(mobile\)/);
    await wait(300);
    assert.equal(await outboundRecords(h, '+33612342002'), 1);
  });

  it('places a second call for a second button (a new nonce)', async () => {
    const first = await callButton(h, 'call Hélène', '+33612342003');
    const second = await callButton(h, 'call Hélène', '+33612342003');
    const before = placeCount(h);
    await h.click(me, 'call.place', first);
    await h.click(me, 'call.place', second);
    assert.equal(placeCount(h), before + 2);
  });

  it('says how the call goes in French and in Portuguese', async () => {
    const fr = await h.click(me, 'call.place', await callButton(h, 'appeler Alice Martin', '2001', 'fr-FR'), {
      locale: 'fr-FR',
    });
    assert.match(cardText(fr), /(Appel vers|En communication avec) Alice Martin \(poste\)/);
    assert.match(cardText(fr), /Votre poste \(1001\)/);
    const pt = await h.click(
      me,
      'call.place',
      await callButton(h, 'ligar para Alice Martin', '+33198762001', 'pt-BR'),
      { locale: 'pt-BR' },
    );
    assert.match(cardText(pt), /(Ligando para|Em ligação com) Alice Martin \(residencial\)/);
  });

  it('says in plain words why a call did not go through', async () => {
    const data = await callButton(h, 'call Gaspard Roux', '+33123452010');
    const card = await h.click(me, 'call.place', data);
    const text = cardText(card);
    assert.match(text, /The call to Gaspard Roux \(work\) did not go through/);
    assert.match(text, /The line is out of service\./);
    assert.ok(executeActions(card).some((a) => a.verb === 'call.place' && a.data.nonce !== data.nonce));
  });

  it('tells a caller without an extension, or without a CloudLink role, why they cannot call; nothing is placed', async () => {
    const data = await callButton(h, 'call Alice Martin', '+33123452001');
    const before = placeCount(h);
    const noExtension = cardText(await h.click(`29:${NO_EXTENSION}`, 'call.place', data));
    assert.match(noExtension, /You cannot place calls through the phone system yet/);
    assert.match(noExtension, /no extension/);
    assert.match(noExtension, /An administrator must give you an extension/);

    const noRole = cardText(await h.click(`29:${NO_ROLE}`, 'call.place', data, { locale: 'fr-FR' }));
    assert.match(noRole, /Vous ne pouvez pas encore appeler/);
    assert.match(noRole, /pas de rôle CloudLink/);
    assert.match(noRole, /Un administrateur doit vous attribuer un rôle CloudLink/);
    assert.equal(placeCount(h), before);
  });

  it('refuses kindly to call the caller’s own number', async () => {
    const before = placeCount(h);
    const card = await h.click(me, 'call.place', { number: '+33611223301', nonce: 'own-1' });
    assert.match(cardText(card), /That is your own number/);
    assert.equal(placeCount(h), before);
  });

  it('answers a button without a usable number with a card, never an error', async () => {
    const card = await h.click(me, 'call.place', { number: 'DROP TABLE', nonce: 'x' });
    assert.match(cardText(card), /This button no longer works/);
  });

  it('explains that the caller’s own line is out of service when the PBX refuses for that reason', async () => {
    const data = await callButton(h, 'call Alice Martin', '+33123452001');
    const card = await h.click('29:p-gone-line', 'call.place', data);
    assert.match(cardText(card), /Your own phone line \(extension 2010\) is out of service/);
  });
});

describe('call: a call still ringing, a slow PBX and roles per PBX type', () => {
  let h: BotHarness;
  let clock = Date.now();

  before(async () => {
    h = await BotHarness.start({
      tenant: callTenant('MiVoice 5000'),
      env: { UPSTREAM_TIMEOUT_MS: '1500' },
      simulatorOptions: {
        now: () => clock,
        callProgress: { ringMs: 0, answerMs: 10 * 60_000, talkMs: 60_000 },
      },
    });
  });
  after(async () => {
    await h.close();
  });

  it('returns the "Calling…" card with a refresh for the caller and a Refresh button, then the outcome', async () => {
    const data = await callButton(h, 'call Alice Martin', '+33612342001');
    const card: Card = await h.click(me, 'call.place', data);
    assert.match(cardText(card), /Calling Alice Martin \(mobile\) from your desk phone…/);
    const refresh = card.refresh as {
      action: { type: string; verb: string; data: Record<string, unknown> };
      userIds: string[];
    };
    assert.equal(refresh.action.type, 'Action.Execute');
    assert.equal(refresh.action.verb, 'call.status');
    assert.deepEqual(refresh.userIds, [me]);
    assert.ok(executeActions(card).some((a) => a.verb === 'call.status' && a.title === 'Refresh'));

    const still = await h.click(me, 'call.status', refresh.action.data);
    assert.match(cardText(still), /Calling Alice Martin \(mobile\)/);

    clock += 10 * 60_000 + 5_000;
    const connected = await h.click(me, 'call.status', refresh.action.data);
    assert.match(cardText(connected), /Connected with Alice Martin \(mobile\)/);
    assert.equal(connected.refresh, undefined);

    clock += 2 * 60_000;
    const ended = await h.click(me, 'call.status', refresh.action.data, { locale: 'pt-BR' });
    assert.match(cardText(ended), /Sua ligação com Alice Martin \(celular\) terminou/);
    assert.ok(executeActions(ended).some((a) => a.verb === 'call.place'));
  });

  it('does not let someone else follow the call', async () => {
    const data = await callButton(h, 'call Bruno Martin', '+33123452005');
    const card = await h.click(me, 'call.place', data);
    const refresh = card.refresh as { action: { data: Record<string, unknown> } };
    const other = await h.click('29:p-alice', 'call.status', refresh.action.data);
    assert.match(cardText(other), /This call is no longer known/);
  });

  it('asks for the CTI role on a MiVoice 5000', async () => {
    const data = await callButton(h, 'call Alice Martin', '+33123452001');
    const before = placeCount(h);
    const text = cardText(await h.click(`29:${WRONG_ROLE}`, 'call.place', data, { locale: 'pt-BR' }));
    assert.match(text, /Sua função no CloudLink é User, mas um MiVoice 5000 exige a função CTI/);
    assert.match(text, /função CTI do CloudLink/);
    assert.equal(placeCount(h), before);
  });

  it('says the call may have gone through when the PBX does not answer in time, and never places it twice', async () => {
    const data = await callButton(h, 'call Hélène', '+33612342003');
    h.bot.simulators!.faults.set('cloudlink', { delayMs: 2500, match: /\/calls$/, times: 1 });
    const before = placeCount(h);
    const card = await h.click(me, 'call.place', data);
    const text = cardText(card);
    assert.match(text, /took too long/);
    assert.match(text, /may still have gone through/);
    assert.equal(executeActions(card).length, 0, 'no blind retry');
    const again = await h.click(me, 'call.place', data);
    assert.match(cardText(again), /may still have gone through/);
    assert.equal(placeCount(h), before + 1);
  });
});

describe('call: a bound on calls placed per person, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: callTenant() });
  });
  after(async () => {
    await h.close();
  });

  it('places at most 10 calls a minute for one person, and says in their language when to try again', async () => {
    const data = await callButton(h, 'call Alice Martin', '+33123452001');
    const before = placeCount(h);
    // Twenty distinct buttons (distinct nonces), clicked one after another.
    const cards: Card[] = [];
    for (let i = 0; i < 20; i++) cards.push(await h.click(me, 'call.place', { ...data, nonce: `rate-${i}` }));
    assert.equal(placeCount(h), before + 10);
    for (const card of cards.slice(0, 10)) assert.match(cardText(card), /Alice Martin \(work\)/);
    for (const card of cards.slice(10)) {
      assert.match(
        cardText(card),
        /^Too many calls in a short time\nNothing was done this time\. You can try again in \d+ seconds\./,
      );
    }
    // The same button again is still answered with its call, never refused.
    assert.match(
      cardText(await h.click(me, 'call.place', { ...data, nonce: 'rate-0' })),
      /Alice Martin \(work\)/,
    );
    assert.equal(placeCount(h), before + 10);
    const fr = await h.click(me, 'call.place', { ...data, nonce: 'rate-fr' }, { locale: 'fr-FR' });
    assert.match(
      cardText(fr),
      /^Trop d’appels en peu de temps\nRien n’a été fait cette fois-ci\. Vous pourrez réessayer dans \d+ secondes\./,
    );
    const pt = await h.click(me, 'call.place', { ...data, nonce: 'rate-pt' }, { locale: 'pt-BR' });
    assert.match(cardText(pt), /^Muitas ligações em pouco tempo\nNada foi feito desta vez\./);
    assert.equal(placeCount(h), before + 10);
  });
});
