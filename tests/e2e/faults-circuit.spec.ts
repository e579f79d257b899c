/**
 * The circuit breaker end to end: after repeated failures of one system the bot stops calling it
 * and answers at once that it is unavailable; after the cool-down, once the system is back, the
 * next turn tries it again and gets the normal answer. The cool-down is shortened through the
 * configuration (UPSTREAM_CIRCUIT_COOLDOWN_MS) so that the test does not wait 30 s.
 */
import assert from 'node:assert/strict';
import type { BotHarness } from '../support/bot-harness';
import { executeActions } from '../support/bot-harness';
import {
  ask,
  assertFailureCard,
  assertInTime,
  click,
  EN_USER,
  FR_USER,
  requests,
  retryButton,
  simulators,
  startFreshBot,
  WORDS,
} from './faults-helpers';

const FAILURES = 3;
const COOLDOWN_MS = 1500;
const CIRCUIT = {
  UPSTREAM_CIRCUIT_FAILURES: String(FAILURES),
  UPSTREAM_CIRCUIT_COOLDOWN_MS: String(COOLDOWN_MS),
};
/** The advice of a card answered by an open circuit: the seconds left of the cool-down. */
const RETRY_IN_COOLDOWN = /Try again in [12] seconds?/;

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));
/** Past the cool-down, with room for a busy machine's timers. */
const pastCooldown = (): Promise<void> => wait(COOLDOWN_MS + 200);

describe('the circuit breaker of each upstream system, end to end', () => {
  let h: BotHarness;

  beforeEach(async () => {
    h = await startFreshBot({ env: CIRCUIT });
  });
  afterEach(async () => {
    await h.close();
  });

  it('after CloudLink fails again and again, answers "my calls" at once without calling it, then normally once it is back after the cool-down', async () => {
    const sims = simulators(h);
    sims.faults.set('cloudlink', { status: 503, match: /calls\/records/ });
    const failing = await ask(h, EN_USER, 'my calls');
    assertFailureCard(failing, {
      words: WORDS.en,
      system: 'cloudlink',
      failure: 'down',
      advice: /Try again/,
      retryButton: true,
    });

    const before = requests(h, 'cloudlink');
    const open = await ask(h, EN_USER, 'my calls');
    assertFailureCard(open, {
      words: WORDS.en,
      system: 'cloudlink',
      failure: 'down',
      advice: RETRY_IN_COOLDOWN,
      retryButton: true,
    });
    assert.equal(requests(h, 'cloudlink'), before, 'no request while the circuit is open');

    sims.faults.clear('cloudlink');
    await pastCooldown();
    const back = await ask(h, EN_USER, 'my calls');
    assertInTime(back);
    assert.match(back.text, /^My calls/);
    const again = await ask(h, EN_USER, 'missed calls');
    assertInTime(again);
    assert.match(again.text, /^My calls/);
  });

  it('while the circuit is open, a Call button answers at once that the phone system is not answering, and places nothing', async () => {
    const reply = await ask(h, EN_USER, 'call João Conceição');
    const button = executeActions(reply.card).find((a) => a.verb === 'call.place');
    assert.ok(button, reply.text);
    const sims = simulators(h);
    sims.faults.set('cloudlink', { status: 503, match: /calls\/records/ });
    await ask(h, EN_USER, 'my calls');
    sims.faults.clear('cloudlink');

    const before = requests(h, 'cloudlink');
    const refused = await click(h, EN_USER, 'call.place', button.data);
    assertFailureCard(refused, {
      words: WORDS.en,
      system: 'cloudlink',
      failure: 'down',
      advice: RETRY_IN_COOLDOWN,
      retryButton: true,
    });
    assert.equal(requests(h, 'cloudlink'), before, 'nothing sent to the phone system');

    // The card's own Try again (a new click: the refused one keeps its answer).
    const again = retryButton(refused, WORDS.en);
    await pastCooldown();
    const placed = await click(h, EN_USER, again.verb, again.data);
    assertInTime(placed);
    assert.match(placed.text, /(Calling|Connected with) João Conceição/);
  });

  it('when the room calendars come back during the cool-down, waits for its end before trying them, then lists the bookings (in French)', async () => {
    const sims = simulators(h);
    await sims.takeDown('cronofy');
    const down = await ask(h, FR_USER, 'mes réservations', 'fr-FR');
    assertFailureCard(down, {
      words: WORDS.fr,
      system: 'cronofy',
      failure: 'down',
      advice: /Réessayez/,
      retryButton: true,
    });
    await sims.bringUp('cronofy');

    const before = requests(h, 'cronofy');
    const open = await ask(h, FR_USER, 'mes réservations', 'fr-FR');
    assertFailureCard(open, {
      words: WORDS.fr,
      system: 'cronofy',
      failure: 'down',
      advice: /Réessayez dans [12] secondes?/,
      retryButton: true,
    });
    assert.equal(requests(h, 'cronofy'), before, 'not tried before the end of the cool-down');

    await pastCooldown();
    const back = await ask(h, FR_USER, 'mes réservations', 'fr-FR');
    assertInTime(back);
    assert.match(back.text, /Vos réservations de salles/);
  });

  it('after Graph fails again and again, answers the room search at once without calling it, then with the free rooms once it is back', async () => {
    const sims = simulators(h);
    sims.faults.set('graph', { status: 502, match: /^\/v1\.0\/places\// });
    const failing = await ask(h, EN_USER, 'book a room tomorrow at 10am');
    assertFailureCard(failing, {
      words: WORDS.en,
      system: 'graph',
      failure: 'down',
      advice: /Try again/,
      retryButton: true,
    });

    const before = requests(h, 'graph');
    const open = await ask(h, EN_USER, 'book a room tomorrow at 10am');
    assertFailureCard(open, {
      words: WORDS.en,
      system: 'graph',
      failure: 'down',
      advice: RETRY_IN_COOLDOWN,
      retryButton: true,
    });
    assert.equal(requests(h, 'graph'), before, 'no request while the circuit is open');

    sims.faults.clear('graph');
    await pastCooldown();
    const back = await ask(h, EN_USER, 'book a room tomorrow at 10am');
    assertInTime(back);
    assert.ok(
      executeActions(back.card).some((a) => a.verb === 'rooms.book'),
      back.text,
    );
  });
});
