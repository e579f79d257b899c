import assert from 'node:assert/strict';
import { AVAILABILITY_BATCH_SIZE } from '../../bot/services';
import { BotHarness, cardText, executeActions } from '../support/bot-harness';
import { syntheticTenant } from '../support/synthetic-tenant';
import { at } from './rooms-fixtures';

const ROOMS = 200;

describe('rooms: searching 200 rooms, over HTTP', () => {
  let h: BotHarness;
  const user = '29:sp-0';

  before(async () => {
    h = await BotHarness.start({ tenant: syntheticTenant({ people: 20, callsPerPerson: 0, rooms: ROOMS }) });
  });
  after(async () => {
    await h.close();
  });

  it(`asks the availability of ${ROOMS} rooms in at most ceil(${ROOMS} / ${AVAILABILITY_BATCH_SIZE}) requests per search`, async () => {
    const counts = h.bot.simulators!.state.requestCounts;
    const bound = Math.ceil(ROOMS / AVAILABILITY_BATCH_SIZE);
    for (const text of ['book a room tomorrow at 10am', 'réserver une salle demain à 15h pour 2 personnes']) {
      counts.reset();
      const started = Date.now();
      const card = await h.sayCard(user, text, { locale: text.startsWith('book') ? 'en-US' : 'fr-FR' });
      const availability = counts.count('cronofy', 'POST /v1/availability');
      assert.ok(availability >= 1 && availability <= bound, `${availability} availability requests`);
      // Well under Cronofy's 50 requests a second, all requests of the search included.
      assert.ok(counts.count('cronofy') < 20, JSON.stringify(counts.byPath('cronofy')));
      assert.ok(
        executeActions(card).some((a) => a.verb === 'rooms.book'),
        cardText(card).slice(0, 300),
      );
      assert.ok(Date.now() - started < 5000);
    }
  });

  it('reads the room list once and serves later searches from memory', async () => {
    const counts = h.bot.simulators!.state.requestCounts;
    counts.reset();
    await h.sayCard(user, 'book a room tomorrow at 11am', { locale: 'en-US' });
    await h.sayCard(user, 'book a room tomorrow at 4pm', { locale: 'en-US' });
    assert.equal(counts.count('cronofy', 'GET /v1/resources'), 0);
    assert.equal(counts.count('graph', /places/), 0);
  });

  it('asks nothing when no room is large enough', async () => {
    const counts = h.bot.simulators!.state.requestCounts;
    counts.reset();
    const none = await h.sayCard(user, 'book a room tomorrow at 10am for 500 people', { locale: 'en-US' });
    assert.match(cardText(none), /No room fits/);
    assert.equal(counts.count('cronofy', 'POST /v1/availability'), 0);
  });

  it('keeps the batching bound in both rounds when every room is taken and the nearest free times are offered', async () => {
    const state = h.bot.simulators!.state;
    const start = at(2, '10:00').getTime();
    for (const room of state.rooms) {
      state.calendars.seed({
        calendarId: room.calendarId,
        eventId: `busy-${room.room.id}`,
        summary: 'Busy',
        start,
        end: start + 3600_000,
        organizer: { email: room.room.email },
        attendees: [],
        created: start,
        updated: start,
      });
    }
    state.requestCounts.reset();
    const card = await h.sayCard(user, 'book a room in 2 days at 10am for 1 hour', { locale: 'en-US' });
    assert.match(cardText(card), /Nearest free times/);
    const slots = executeActions(card).filter((a) => a.verb === 'rooms.book');
    assert.ok(slots.length > 0);
    assert.ok(slots.every((a) => (a.data.book as { start: string }).start !== new Date(start).toISOString()));
    // Two rounds: the slot asked for, then the working hours of both days.
    assert.equal(
      state.requestCounts.count('cronofy', 'POST /v1/availability'),
      2 * Math.ceil(ROOMS / AVAILABILITY_BATCH_SIZE),
    );
  });
});
