/**
 * The fault matrix for the room calendars (Cronofy): "book a room …" asks for the free slots,
 * "my bookings" reads the events, the Book button writes an event. Each fault is injected in the
 * Cronofy simulator; the user must get a card within 5 s saying what failed and whether to retry.
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

const SEARCH = 'book a room tomorrow at 10am for 1 hour';
const AVAILABILITY = 'POST /v1/availability';
const EVENTS = 'GET /v1/events';
const UPSERT = /^POST \/v1\/calendars\/[^/]+\/events$/;

/** The first Book button of a search for tomorrow. */
async function bookButton(h: BotHarness, user: string): Promise<Record<string, unknown>> {
  const reply = await ask(h, user, SEARCH);
  const button = executeActions(reply.card).find((a) => a.verb === 'rooms.book');
  assert.ok(button, `no Book button on: ${reply.text}`);
  return button.data;
}

describe('faults of the room calendars (Cronofy), end to end', () => {
  let h: BotHarness;

  beforeEach(async () => {
    h = await startFreshBot();
  });
  afterEach(async () => {
    await h.close();
  });

  describe('"book a room …"', () => {
    it('when Cronofy answers slower than the time allowed, says within 5 s that the room calendars took too long, and offers to search again', async () => {
      simulators(h).faults.set('cronofy', { delayMs: 9000, match: /^\/v1\/availability/ });
      const reply = await ask(h, EN_USER, SEARCH);
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cronofy',
        failure: 'slow',
        advice: WORDS.en.retrySoon,
        retryButton: true,
      });
      assert.equal(retryButton(reply, WORDS.en).verb, 'rooms.search');
    });

    it('when Cronofy refuses connections, says in Portuguese that the room calendars are not answering', async () => {
      const sims = simulators(h);
      await sims.takeDown('cronofy');
      const reply = await ask(h, PT_USER, 'reservar uma sala amanhã às 10h', 'pt-BR');
      await sims.bringUp('cronofy');
      assertFailureCard(reply, {
        words: WORDS.pt,
        system: 'cronofy',
        failure: 'down',
        advice: WORDS.pt.retrySoon,
        retryButton: true,
      });
    });

    it('when Cronofy answers 429 with Retry-After: 1, waits a second before asking again and shows the free rooms', async () => {
      simulators(h).faults.set('cronofy', { retryAfter: '1', times: 1, match: /^\/v1\/availability/ });
      const reply = await ask(h, EN_USER, SEARCH);
      assertInTime(reply);
      assert.ok(
        executeActions(reply.card).some((a) => a.verb === 'rooms.book'),
        reply.text,
      );
      assert.equal(requests(h, 'cronofy', AVAILABILITY), 2, 'one retry');
      assert.ok(
        spreadOf(h, 'cronofy', AVAILABILITY) >= 1000 - CLOCK_SLACK_MS,
        'the retry waited Retry-After',
      );
    });

    it('when Cronofy answers 429 with Retry-After: 45, says at once in French to try again in 45 seconds', async () => {
      simulators(h).faults.set('cronofy', { retryAfter: '45', match: /^\/v1\/availability/ });
      const reply = await ask(h, FR_USER, 'réserver une salle demain à 10h', 'fr-FR');
      assertFailureCard(reply, {
        words: WORDS.fr,
        system: 'cronofy',
        failure: 'busy',
        advice: WORDS.fr.retryIn(45),
        retryButton: true,
      });
      assert.equal(requests(h, 'cronofy', AVAILABILITY), 1, 'no retry before the 45 s');
    });

    it('when Cronofy answers 500 once, asks again and shows the free rooms', async () => {
      simulators(h).faults.set('cronofy', { status: 500, times: 1, match: /^\/v1\/availability/ });
      const reply = await ask(h, EN_USER, SEARCH);
      assertInTime(reply);
      assert.ok(
        executeActions(reply.card).some((a) => a.verb === 'rooms.book'),
        reply.text,
      );
      assert.equal(requests(h, 'cronofy', AVAILABILITY), 2, 'one retry');
    });

    it('when Cronofy answers free slots of the wrong shape, says the answer could not be read', async () => {
      simulators(h).faults.set('cronofy', {
        body: { available_slots: [{ start: 'soon', participants: 'all' }] },
        match: /^\/v1\/availability/,
      });
      const reply = await ask(h, EN_USER, SEARCH);
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cronofy',
        failure: 'unreadable',
        advice: WORDS.en.noRetry,
        retryButton: false,
      });
    });
  });

  describe('"my bookings"', () => {
    it('when Cronofy answers slower than the time allowed, says within 5 s that the room calendars took too long', async () => {
      simulators(h).faults.set('cronofy', { delayMs: 9000, match: /^\/v1\/events/ });
      const reply = await ask(h, EN_USER, 'my bookings');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cronofy',
        failure: 'slow',
        advice: WORDS.en.retrySoon,
        retryButton: true,
      });
    });

    it('when Cronofy answers 500 once, reads the events again and lists the bookings', async () => {
      const normal = await ask(h, EN_USER, 'my bookings');
      const pages = requests(h, 'cronofy', EVENTS);
      simulators(h).faults.set('cronofy', { status: 500, times: 1, match: /^\/v1\/events/ });
      const reply = await ask(h, EN_USER, 'my bookings');
      assertInTime(reply);
      assert.equal(reply.text, normal.text);
      assert.equal(requests(h, 'cronofy', EVENTS), 2 * pages + 1, 'one retry');
    });

    it('when Cronofy answers 200 with a page that is not JSON, says in French that the answer could not be read', async () => {
      simulators(h).faults.set('cronofy', { garbage: true, match: /^\/v1\/events/ });
      const reply = await ask(h, FR_USER, 'mes réservations', 'fr-FR');
      assertFailureCard(reply, {
        words: WORDS.fr,
        system: 'cronofy',
        failure: 'unreadable',
        advice: WORDS.fr.noRetry,
        retryButton: false,
      });
    });
  });

  describe('the Book button (rooms.book)', () => {
    it('when Cronofy answers 500 once to the booking, books again with the same event id: one booking', async () => {
      const data = await bookButton(h, EN_USER);
      simulators(h).faults.set('cronofy', { status: 500, times: 1, match: /^\/v1\/calendars\// });
      const reply = await click(h, EN_USER, 'rooms.book', data);
      assertInTime(reply);
      assert.match(reply.text, /Booked: /);
      assert.equal(requests(h, 'cronofy', UPSERT), 2, 'one retry');
    });

    it('when Cronofy refuses connections, says within 5 s that the booking was not made, with a Try again that books once it is back', async () => {
      const data = await bookButton(h, EN_USER);
      const sims = simulators(h);
      await sims.takeDown('cronofy');
      const reply = await click(h, EN_USER, 'rooms.book', data);
      await sims.bringUp('cronofy');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cronofy',
        failure: 'down',
        advice: WORDS.en.retrySoon,
        retryButton: true,
      });
      const again = retryButton(reply, WORDS.en);
      const booked = await click(h, EN_USER, again.verb, again.data);
      assertInTime(booked);
      assert.match(booked.text, /Booked: /);
    });

    it('when the booking gets no answer in time, says within 5 s it may have gone through and that trying again is safe; Try again leaves one booking', async () => {
      const data = await bookButton(h, EN_USER);
      const sims = simulators(h);
      // The simulator makes the event once the delay is over, as a slow server would.
      sims.faults.set('cronofy', { delayMs: 9000, times: 1, match: /^\/v1\/calendars\// });
      const reply = await click(h, EN_USER, 'rooms.book', data);
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'cronofy',
        failure: 'slow',
        advice: /It may have gone through already; trying again is safe: it will not be done twice\./,
        retryButton: true,
      });
      assert.doesNotMatch(reply.text, /Nothing was changed/);
      const again = retryButton(reply, WORDS.en);
      const booked = await click(h, EN_USER, again.verb, again.data);
      assertInTime(booked);
      assert.match(booked.text, /Booked: /);
      const { room, start } = data.book as { room: string; start: string };
      const at = Date.parse(start);
      const mine = sims.state.calendars
        .overlapping(room, at, at + 60_000)
        .filter((e) => e.organizer.email === h.person('p-siobhan-oconnor').email);
      assert.equal(mine.length, 1);
    });

    it('when Cronofy answers 429 with Retry-After: 1, waits a second and books', async () => {
      const data = await bookButton(h, EN_USER);
      simulators(h).faults.set('cronofy', { retryAfter: '1', times: 1, match: /^\/v1\/calendars\// });
      const reply = await click(h, EN_USER, 'rooms.book', data);
      assertInTime(reply);
      assert.match(reply.text, /Booked: /);
      assert.ok(spreadOf(h, 'cronofy', UPSERT) >= 1000 - CLOCK_SLACK_MS, 'the retry waited Retry-After');
    });
  });
});
