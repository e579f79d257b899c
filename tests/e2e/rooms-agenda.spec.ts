import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions } from '../support/bot-harness';
import { ALICE, at, BRUNO, CARLA, eventsOn, roomsTenant } from './rooms-fixtures';

const LANGUAGES = [
  {
    locale: 'en-US',
    agenda: "what's on in Bretagne tomorrow",
    unknown: "what's on in Corsica",
    bookings: 'my bookings',
    words: {
      title: /Bretagne, tomorrow/,
      // en-US reads the 12-hour clock.
      meeting: /10:00–11:00 AM/,
      bookedBy: /Booked by Zoé N'Diaye/,
      you: /^You$/m,
      unknown: /No room called "Corsica"/,
      mine: /Your room bookings/,
      none: /You have no room booked/,
      empty: /Nothing booked: the room is free all day/,
      cancelled: /Booking cancelled/,
    },
  },
  {
    locale: 'fr-FR',
    agenda: 'planning de la salle Bretagne demain',
    unknown: 'planning de la salle Corsica',
    bookings: 'mes réservations',
    words: {
      title: /Bretagne, demain/,
      meeting: /10:00–11:00(?! [AP]M)/,
      bookedBy: /Réservée par Zoé N'Diaye/,
      you: /^Vous$/m,
      unknown: /Aucune salle nommée « Corsica »/,
      mine: /Vos réservations de salles/,
      none: /Vous n'avez aucune salle réservée/,
      empty: /Aucune réservation : la salle est libre toute la journée/,
      cancelled: /Réservation annulée/,
    },
  },
  {
    locale: 'pt-BR',
    agenda: 'agenda da sala Bretagne amanhã',
    unknown: 'agenda da sala Corsica',
    bookings: 'minhas reservas',
    words: {
      title: /Bretagne, amanhã/,
      meeting: /10:00–11:00(?! [AP]M)/,
      bookedBy: /Reservada por Zoé N'Diaye/,
      you: /^Você$/m,
      unknown: /Nenhuma sala chamada "Corsica"/,
      mine: /Suas reservas de sala/,
      none: /Você não tem nenhuma sala reservada/,
      empty: /Nenhuma reserva: a sala está livre o dia todo/,
      cancelled: /Reserva cancelada/,
    },
  },
];

describe('rooms: agendas and my bookings, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: roomsTenant() });
  });
  after(async () => {
    await h.close();
  });

  for (const lang of LANGUAGES) {
    describe(`in ${lang.locale}`, () => {
      it("shows a room's meetings of the day, with the subject only to its organiser", async () => {
        const card = await h.sayCard(ALICE, lang.agenda, { locale: lang.locale });
        const text = cardText(card);
        assert.match(text, lang.words.title);
        assert.match(text, lang.words.meeting);
        assert.match(text, lang.words.bookedBy);
        assert.doesNotMatch(text, /Revue trimestrielle/);

        const own = cardText(await h.sayCard(CARLA, lang.agenda, { locale: lang.locale }));
        assert.match(own, lang.words.you);
        assert.match(own, /Revue trimestrielle/);
      });

      it('moves to the next day with a button', async () => {
        const card = await h.sayCard(ALICE, lang.agenda, { locale: lang.locale });
        const [, next] = executeActions(card).filter((a) => a.verb === 'rooms.agenda');
        const nextDay = await h.click(ALICE, 'rooms.agenda', next!.data, { locale: lang.locale });
        assert.doesNotMatch(cardText(nextDay), lang.words.meeting);
        assert.match(cardText(nextDay), lang.words.empty);
      });

      it('answers an unknown room with the closest room names, each opening its agenda', async () => {
        const card = await h.sayCard(ALICE, lang.unknown, { locale: lang.locale });
        assert.match(cardText(card), lang.words.unknown);
        const choices = executeActions(card).filter((a) => a.verb === 'rooms.agenda');
        assert.match(choices[0]?.title ?? '', /^Corse/);
        const agenda = await h.click(ALICE, 'rooms.agenda', choices[0]!.data, { locale: lang.locale });
        assert.match(cardText(agenda), /^Corse, /);
      });

      it("lists only the user's own upcoming bookings", async () => {
        const mine = cardText(await h.sayCard(ALICE, lang.bookings, { locale: lang.locale }));
        assert.match(mine, lang.words.mine);
        assert.match(mine, /Point produit/);
        assert.match(mine, /Alpes/);
        assert.doesNotMatch(mine, /Revue trimestrielle|Séminaire/);

        const none = cardText(await h.sayCard(BRUNO, lang.bookings, { locale: lang.locale }));
        assert.match(none, lang.words.none);
      });
    });
  }

  // In a suite of its own, so that it runs after the suites above (it cancels Hélène's booking).
  describe('cancelling from "my bookings"', () => {
    it('cancels a booking from "my bookings", for its organiser only', async () => {
      const card = await h.sayCard(ALICE, 'my bookings', { locale: 'en-US' });
      const cancel = executeActions(card).find((a) => a.verb === 'rooms.cancel')!;
      const start = at(2, '16:00');
      const end = at(2, '16:30');
      assert.equal(eventsOn(h, 'r-alpes', start, end).length, 1);

      const refused = await h.click(BRUNO, 'rooms.cancel', cancel.data);
      assert.match(cardText(refused), /Only the person who booked the room can cancel/);
      assert.equal(eventsOn(h, 'r-alpes', start, end).length, 1);

      const done = await h.click(ALICE, 'rooms.cancel', cancel.data);
      assert.match(cardText(done), /Booking cancelled/);
      assert.equal(eventsOn(h, 'r-alpes', start, end).length, 0);
      // A second delivery of the same click gets the same answer.
      const again = await h.click(ALICE, 'rooms.cancel', cancel.data);
      assert.match(cardText(again), /Booking cancelled/);

      const after = cardText(await h.sayCard(ALICE, 'my bookings', { locale: 'en-US' }));
      assert.doesNotMatch(after, /Point produit/);
    });
  });
});
