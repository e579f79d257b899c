/**
 * The fault matrix for the phone system (CloudLink): "my calls" reads the call records, the Call
 * button places a call, "call <name>" reads the line's state. Each fault is injected in the
 * CloudLink simulator; the user must get a card within 5 s saying what failed and whether to retry.
 */
import assert from 'node:assert/strict';
import type { BotHarness } from '../support/bot-harness';
import { executeActions } from '../support/bot-harness';
import {
  ask,
  assertFailureCard,
  assertInTime,
  click,
  CLOCK_SLACK_MS,
  EN_USER,
  FR_USER,
  PT_USER,
  requests,
  retryButton,
  simulators,
  spreadOf,
  startFreshBot,
  WORDS,
} from './faults-helpers';

const RECORDS = /^GET \/media\/[^/]+\/calls\/records$/;
const PLACE = /^POST \/media\/[^/]+\/endpoints\/[^/]+\/calls$/;
const ENDPOINT = /^GET \/media\/[^/]+\/endpoints\/[^/]+$/;
const CALL_STATE = /^GET \/media\/[^/]+\/endpoints\/[^/]+\/calls\/[^/]+$/;
/** "my calls" reads the history once a turn: one page of records for these tenants. */
const RECORDS_PER_TURN = 1;

/** The Call button of a person's first number, from their person card. */
async function callButton(h: BotHarness, user: string, who: string): Promise<Record<string, unknown>> {
  const reply = await ask(h, user, `call ${who}`);
  const button = executeActions(reply.card).find((a) => a.verb === 'call.place');
  assert.ok(button, `no Call button on: ${reply.text}`);
  return button.data;
}

describe('faults of the phone system (CloudLink), end to end', () => {
  let h: BotHarness;

  beforeEach(async () => {
    h = await startFreshBot();
  });
  afterEach(async () => {
    await h.close();
  });

  describe('"my calls"', () => {
    it('when CloudLink answers slower than the time allowed, says within 5 s that the phone system took too long, and offers to try again', async () => {
      simulators(h).faults.set('cloudlink', { delayMs: 6000, match: /calls\/records/ });
      const reply = await ask(h, EN_USER, 'my calls');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'slow',
        advice: WORDS.en.retrySoon,
        retryButton: true,
      });
    });

    it('when CloudLink refuses connections, says in French that the phone system is not answering, and the Try again works once it is back', async () => {
      const sims = simulators(h);
      await sims.takeDown('cloudlink');
      const reply = await ask(h, FR_USER, 'mes appels', 'fr-FR');
      await sims.bringUp('cloudlink');
      assertFailureCard(reply, {
        words: WORDS.fr,
        system: 'cloudlink',
        failure: 'down',
        advice: WORDS.fr.retrySoon,
        retryButton: true,
      });
      assert.equal(requests(h, 'cloudlink', RECORDS), 0, 'nothing reached the phone system');
      const again = retryButton(reply, WORDS.fr);
      const log = await click(h, FR_USER, again.verb, again.data, 'fr-FR');
      assertInTime(log);
      assert.match(log.text, /^Mes appels/);
    });

    it('when CloudLink answers 429 with Retry-After: 1, waits a second before trying again and shows the call log', async () => {
      simulators(h).faults.set('cloudlink', { retryAfter: '1', times: 1, match: /calls\/records/ });
      const reply = await ask(h, EN_USER, 'my calls');
      assertInTime(reply);
      assert.match(reply.text, /^My calls/);
      assert.equal(requests(h, 'cloudlink', RECORDS), RECORDS_PER_TURN + 1, 'one retry');
      assert.ok(spreadOf(h, 'cloudlink', RECORDS) >= 1000 - CLOCK_SLACK_MS, 'the retry waited Retry-After');
    });

    it('when CloudLink answers 429 with Retry-After: 30, does not wait it out but says at once to try again in 30 seconds', async () => {
      simulators(h).faults.set('cloudlink', { retryAfter: '30', match: /calls\/records/ });
      const reply = await ask(h, EN_USER, 'my calls');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'busy',
        advice: WORDS.en.retryIn(30),
        retryButton: true,
      });
      assert.equal(requests(h, 'cloudlink', RECORDS), RECORDS_PER_TURN, 'no retry before the 30 s');
    });

    it('when CloudLink answers 500 once, tries again and shows the call log', async () => {
      simulators(h).faults.set('cloudlink', { status: 500, times: 1, match: /calls\/records/ });
      const reply = await ask(h, EN_USER, 'my calls');
      assertInTime(reply);
      assert.match(reply.text, /^My calls/);
      assert.match(reply.text, /calls in all/);
      assert.equal(requests(h, 'cloudlink', RECORDS), RECORDS_PER_TURN + 1, 'one retry');
    });

    it('when CloudLink answers 200 with a page that is not JSON, says in Portuguese that the answer could not be read and that trying again will not help', async () => {
      simulators(h).faults.set('cloudlink', { garbage: true, match: /calls\/records/ });
      const reply = await ask(h, PT_USER, 'minhas chamadas', 'pt-BR');
      assertFailureCard(reply, {
        words: WORDS.pt,
        system: 'cloudlink',
        failure: 'unreadable',
        advice: WORDS.pt.noRetry,
        retryButton: false,
      });
    });

    it('when CloudLink answers JSON of the wrong shape, says the answer could not be read', async () => {
      simulators(h).faults.set('cloudlink', {
        body: { count: 'many', _embedded: { items: 'none' } },
        match: /calls\/records/,
      });
      const reply = await ask(h, EN_USER, 'my calls');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'unreadable',
        advice: WORDS.en.noRetry,
        retryButton: false,
      });
    });
  });

  describe('the Call button (call.place)', () => {
    it('when placing the call gets no answer in time, says within 5 s that it may have gone through and offers no blind retry', async () => {
      const data = await callButton(h, EN_USER, 'João Conceição');
      simulators(h).faults.set('cloudlink', { delayMs: 6000, match: /\/calls$/ });
      const reply = await click(h, EN_USER, 'call.place', data);
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'slow',
        advice: WORDS.en.maybeDone,
        retryButton: false,
      });
      assert.equal(requests(h, 'cloudlink', PLACE), 1, 'never sent twice');
    });

    it('when CloudLink refuses connections, says nothing was placed and offers to try again', async () => {
      const data = await callButton(h, EN_USER, 'João Conceição');
      const sims = simulators(h);
      await sims.takeDown('cloudlink');
      const reply = await click(h, EN_USER, 'call.place', data);
      await sims.bringUp('cloudlink');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'down',
        advice: WORDS.en.retrySoon,
        retryButton: true,
      });
      const again = retryButton(reply, WORDS.en);
      assert.equal(again.verb, 'call.place');
      const placed = await click(h, EN_USER, again.verb, again.data);
      assertInTime(placed);
      assert.match(placed.text, /(Calling|Connected with) João Conceição/);
      assert.equal(requests(h, 'cloudlink', PLACE), 1);
    });

    it('when the connection drops after the request left, says the call may have gone through and does not send it again', async () => {
      const data = await callButton(h, EN_USER, 'João Conceição');
      simulators(h).faults.set('cloudlink', { reset: true, times: 1, match: /\/calls$/ });
      const reply = await click(h, EN_USER, 'call.place', data);
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'down',
        advice: WORDS.en.maybeDone,
        retryButton: false,
      });
      assert.equal(requests(h, 'cloudlink', PLACE), 1);
    });

    it('when CloudLink answers 429 with Retry-After: 1, waits a second, places the call once and shows its progress', async () => {
      const data = await callButton(h, EN_USER, 'João Conceição');
      simulators(h).faults.set('cloudlink', { retryAfter: '1', times: 1, match: /\/calls$/ });
      const reply = await click(h, EN_USER, 'call.place', data);
      assertInTime(reply);
      assert.match(reply.text, /(Calling|Connected with) João Conceição/);
      assert.equal(requests(h, 'cloudlink', PLACE), 2, 'the refused try and the one that placed the call');
      assert.ok(spreadOf(h, 'cloudlink', PLACE) >= 1000 - CLOCK_SLACK_MS, 'the retry waited Retry-After');
    });

    it('when CloudLink answers 429 with Retry-After: 60, says in French to try again in 60 seconds, nothing placed', async () => {
      const data = await callButton(h, FR_USER, 'João Conceição');
      simulators(h).faults.set('cloudlink', { retryAfter: '60', match: /\/calls$/ });
      const reply = await click(h, FR_USER, 'call.place', data, 'fr-FR');
      assertFailureCard(reply, {
        words: WORDS.fr,
        system: 'cloudlink',
        failure: 'busy',
        advice: WORDS.fr.retryIn(60),
        retryButton: true,
      });
      assert.equal(requests(h, 'cloudlink', PLACE), 1);
    });

    it('when CloudLink answers 500 to placing the call, never repeats it (it may have been placed) and says to check first', async () => {
      const data = await callButton(h, EN_USER, 'João Conceição');
      simulators(h).faults.set('cloudlink', { status: 500, times: 1, match: /\/calls$/ });
      const reply = await click(h, EN_USER, 'call.place', data);
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'down',
        advice: WORDS.en.maybeDone,
        retryButton: false,
      });
      assert.equal(requests(h, 'cloudlink', PLACE), 1);
    });

    it('when CloudLink answers 500 once to the call’s Refresh, tries again and shows the call', async () => {
      const data = await callButton(h, EN_USER, 'João Conceição');
      const placed = await click(h, EN_USER, 'call.place', data);
      const refresh = executeActions(placed.card).find((a) => a.verb === 'call.status');
      assert.ok(refresh, `no Refresh on: ${placed.text}`);
      simulators(h).faults.set('cloudlink', {
        status: 500,
        times: 1,
        match: /\/endpoints\/[^/]+\/calls\/[^/?]+$/,
      });
      const before = requests(h, 'cloudlink', CALL_STATE);
      const reply = await click(h, EN_USER, 'call.status', refresh.data);
      assertInTime(reply);
      assert.match(reply.text, /João Conceição/);
      assert.doesNotMatch(reply.text, WORDS.en.title);
      assert.equal(requests(h, 'cloudlink', CALL_STATE) - before, 2, 'one retry');
    });

    it('when CloudLink answers the call request with a page that is not JSON, says the call may have gone through', async () => {
      const data = await callButton(h, PT_USER, 'João Conceição');
      simulators(h).faults.set('cloudlink', { garbage: true, match: /\/calls$/ });
      const reply = await click(h, PT_USER, 'call.place', data, 'pt-BR');
      assertFailureCard(reply, {
        words: WORDS.pt,
        system: 'cloudlink',
        failure: 'unreadable',
        advice: WORDS.pt.maybeDone,
        retryButton: false,
      });
    });
  });

  describe('"call <name>"', () => {
    it('when the line’s state does not come in time, still shows the person with their Call buttons within 5 s', async () => {
      simulators(h).faults.set('cloudlink', { delayMs: 6000, match: /\/endpoints\/[^/]+$/ });
      const reply = await ask(h, EN_USER, 'call João Conceição');
      assertInTime(reply);
      assert.match(reply.text, /João Conceição/);
      assert.ok(executeActions(reply.card).some((a) => a.verb === 'call.place'));
      assert.equal(requests(h, 'cloudlink', ENDPOINT), 1);
    });
  });
});
