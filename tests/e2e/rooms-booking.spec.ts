import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import {
  ALICE,
  at,
  BRUNO,
  bookButtons,
  calendarOf,
  eventsOn,
  offeredRooms,
  roomsTenant,
} from './rooms-fixtures';

interface Language {
  locale: string;
  /** Tomorrow 10:00, 1 h, 6 people, a screen. */
  fit: string;
  /** In 3 days at `onceTime`, 2 people (Alpes, the smallest room, fits). */
  once: string;
  onceTime: string;
  /**
   * In 4 days at `raceTime`, 1 h, 8 people, video (Bretagne first, then Corse, Dauphiné). Never
   * 10:00: when the day after tomorrow is a Saturday, the "none" test books Dauphiné on the next
   * open day, day 4, at the nearest free time to 10:00.
   */
  race: string;
  raceTime: string;
  /** In 2 days at 10:00, 1 h, 15 people: only Dauphiné fits, and it is taken. */
  none: string;
  past: string;
  words: {
    free: RegExp;
    booked: RegExp;
    taken: RegExp;
    pastTime: RegExp;
    cancelled: RegExp;
    notYours: RegExp;
    noneFree: RegExp;
  };
}

const LANGUAGES: Language[] = [
  {
    locale: 'en-US',
    fit: 'book a room tomorrow at 10am for 1 hour for 6 people with a screen',
    once: 'book a room in 3 days at 1pm for 2 people',
    onceTime: '13:00',
    race: 'book a room in 4 days at 3pm for 1 hour for 8 people with video',
    raceTime: '15:00',
    none: 'book a room in 2 days at 10am for 1 hour for 15 people',
    past: 'book a room yesterday at 3pm',
    words: {
      free: /Free rooms/,
      booked: /Booked: Alpes/,
      taken: /Bretagne was booked by someone else just before you/,
      pastTime: /has already passed/,
      cancelled: /Booking cancelled/,
      notYours: /Only the person who booked the room can cancel/,
      noneFree: /taken then\. Nearest free times/,
    },
  },
  {
    locale: 'fr-FR',
    fit: 'réserver une salle demain à 10h pendant 1h pour 6 personnes avec écran',
    once: 'réserver une salle dans 3 jours à 15h pour 2 personnes',
    onceTime: '15:00',
    race: 'réserver une salle dans 4 jours à 14h pendant 1h pour 8 personnes avec visio',
    raceTime: '14:00',
    none: 'réserver une salle dans 2 jours à 10h pendant 1h pour 15 personnes',
    past: 'réserver une salle hier à 15h',
    words: {
      free: /Salles libres/,
      booked: /Réservée : Alpes/,
      taken: /Bretagne vient d'être réservée par quelqu'un d'autre/,
      pastTime: /est déjà passé/,
      cancelled: /Réservation annulée/,
      notYours: /Seule la personne qui a réservé la salle peut annuler/,
      noneFree: /prises? à ce moment-là\. Créneaux libres les plus proches/,
    },
  },
  {
    locale: 'pt-BR',
    fit: 'reservar uma sala amanhã às 10h por 1 hora para 6 pessoas com tela',
    once: 'reservar uma sala daqui a 3 dias às 17h para 2 pessoas',
    onceTime: '17:00',
    race: 'reservar uma sala daqui a 4 dias às 16h por 1 hora para 8 pessoas com vídeo',
    raceTime: '16:00',
    none: 'reservar uma sala daqui a 2 dias às 10h por 1 hora para 15 pessoas',
    past: 'reservar uma sala ontem às 15h',
    words: {
      free: /Salas livres/,
      booked: /Reservada: Alpes/,
      taken: /Bretagne acabou de ser reservada por outra pessoa/,
      pastTime: /já passou/,
      cancelled: /Reserva cancelada/,
      notYours: /Só quem reservou a sala pode cancelar/,
      noneFree: /ocupadas? nesse horário\. Horários livres mais próximos/,
    },
  },
];

/** The value of the card input with this id. */
function inputValue(card: Card, id: string): unknown {
  let found: unknown;
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.id === id && typeof record.type === 'string' && record.type.startsWith('Input.'))
        found = record.value;
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

describe('rooms: finding and booking a room, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: roomsTenant() });
  });
  after(async () => {
    await h.close();
  });

  for (const lang of LANGUAGES) {
    describe(`in ${lang.locale}`, () => {
      it('answers a request with time, duration, people and equipment with only the free rooms that fit, smallest first', async () => {
        const card = await h.sayCard(ALICE, lang.fit, { locale: lang.locale });
        const text = cardText(card);
        assert.match(text, lang.words.free);
        // Bretagne fits but is taken then; Alpes is too small; Écrins has no screen.
        assert.deepEqual(offeredRooms(h, card), ['Corse', 'Dauphiné']);
        assert.doesNotMatch(text, /Bretagne|Alpes|Écrins/);
        // The request understood, editable.
        assert.equal(
          inputValue(card, 'date'),
          at(1, '10:00').toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' }),
        );
        assert.equal(inputValue(card, 'time'), '10:00');
        assert.equal(inputValue(card, 'duration'), '60');
        assert.equal(inputValue(card, 'people'), 6);
        assert.equal(inputValue(card, 'equipment'), 'display');
        assert.ok(executeActions(card).some((a) => a.verb === 'rooms.search'));
      });

      it('searches again with the edited inputs when Search is clicked', async () => {
        const card = await h.sayCard(ALICE, lang.fit, { locale: lang.locale });
        const search = executeActions(card).find((a) => a.verb === 'rooms.search')!;
        // Teams sends the inputs with the button's data: now 15 people, any equipment.
        const edited = await h.click(
          ALICE,
          'rooms.search',
          {
            ...search.data,
            date: inputValue(card, 'date'),
            time: '10:00',
            duration: '60',
            people: '15',
            equipment: '',
            building: '*',
          },
          { locale: lang.locale },
        );
        assert.deepEqual(offeredRooms(h, edited), ['Dauphiné']);
        assert.equal(inputValue(edited, 'people'), 15);
      });

      it('refuses a time already past, with a clear message, and books nothing', async () => {
        const counts = h.bot.simulators!.state.requestCounts;
        counts.reset();
        const card = await h.sayCard(ALICE, lang.past, { locale: lang.locale });
        assert.match(cardText(card), lang.words.pastTime);
        assert.equal(bookButtons(card).length, 0);
        assert.equal(counts.count('cronofy', /availability|\/events/), 0);
      });

      it('books the room exactly once when the same Book invoke arrives twice, then cancels it', async () => {
        const card = await h.sayCard(ALICE, lang.once, { locale: lang.locale });
        const first = bookButtons(card)[0]!;
        assert.equal(first.room, calendarOf(h, 'r-alpes'));
        const [one, two] = await Promise.all([
          h.click(ALICE, 'rooms.book', first.data, { locale: lang.locale }),
          h.click(ALICE, 'rooms.book', first.data, { locale: lang.locale }),
        ]);
        assert.match(cardText(one), lang.words.booked);
        assert.match(cardText(two), lang.words.booked);
        const start = at(3, lang.onceTime);
        const end = new Date(start.getTime() + 30 * 60_000);
        const events = eventsOn(h, 'r-alpes', start, end);
        assert.equal(events.length, 1);
        assert.equal(events[0]!.organizer, 'helene.dupre@salles.example');

        // The same Book button from another card (another nonce) still makes no second event.
        const again = await h.sayCard(ALICE, lang.once, { locale: lang.locale });
        const sameSlot = bookButtons(again).find((b) => b.room === first.room && b.start === first.start);
        if (sameSlot) await h.click(ALICE, 'rooms.book', sameSlot.data, { locale: lang.locale });
        assert.equal(eventsOn(h, 'r-alpes', start, end).length, 1);

        // Someone else's click on the Cancel button is refused server-side.
        const cancel = executeActions(one).find((a) => a.verb === 'rooms.cancel')!;
        const refused = await h.click(BRUNO, 'rooms.cancel', cancel.data, { locale: lang.locale });
        assert.match(cardText(refused), lang.words.notYours);
        assert.equal(eventsOn(h, 'r-alpes', start, end).length, 1);

        const cancelled = await h.click(ALICE, 'rooms.cancel', cancel.data, { locale: lang.locale });
        assert.match(cardText(cancelled), lang.words.cancelled);
        assert.equal(eventsOn(h, 'r-alpes', start, end).length, 0);
      });

      it('lets one of two users racing for the same room and slot book it, and offers the other what is still free', async () => {
        // Both see the same free room; the race is on the clicks.
        const cardA = await h.sayCard(ALICE, lang.race, { locale: lang.locale });
        const cardB = await h.sayCard(BRUNO, lang.race, { locale: lang.locale });
        assert.deepEqual(offeredRooms(h, cardA), ['Bretagne', 'Corse', 'Dauphiné']);
        const a = bookButtons(cardA)[0]!;
        const b = bookButtons(cardB)[0]!;
        assert.equal(a.room, b.room);
        const [answerA, answerB] = await Promise.all([
          h.click(ALICE, 'rooms.book', a.data, { locale: lang.locale }),
          h.click(BRUNO, 'rooms.book', b.data, { locale: lang.locale }),
        ]);
        const start = at(4, lang.raceTime);
        const events = eventsOn(h, 'r-bretagne', start, new Date(start.getTime() + 3600_000));
        assert.equal(events.length, 1, 'exactly one booking made');
        const winnerIsAlice = events[0]!.organizer === 'helene.dupre@salles.example';
        const loser = winnerIsAlice ? answerB : answerA;
        const winner = winnerIsAlice ? answerA : answerB;
        assert.match(cardText(winner), /Bretagne/);
        assert.equal(bookButtons(winner).length, 0);
        assert.match(cardText(loser), lang.words.taken);
        assert.deepEqual(offeredRooms(h, loser), ['Corse', 'Dauphiné']);
      });

      it('offers the nearest free times when no room that fits is free, and books one in a click', async () => {
        const card = await h.sayCard(ALICE, lang.none, { locale: lang.locale });
        assert.match(cardText(card), lang.words.noneFree);
        const slots = bookButtons(card);
        assert.ok(slots.length > 0);
        assert.ok(slots.every((s) => s.room === calendarOf(h, 'r-dauphine')));
        // Never the time asked, which is taken.
        assert.ok(slots.every((s) => s.start !== at(2, '10:00').toISOString()));
        const booked = await h.click(ALICE, 'rooms.book', slots[0]!.data, { locale: lang.locale });
        assert.match(cardText(booked), /Dauphiné/);
        const start = new Date(slots[0]!.start);
        assert.equal(eventsOn(h, 'r-dauphine', start, new Date(start.getTime() + 3600_000)).length, 1);
      });
    });
  }

  it('refuses an end before the start', async () => {
    const card = await h.sayCard(ALICE, 'book a room tomorrow from 3pm to 2pm', { locale: 'en-US' });
    assert.match(cardText(card), /The end time comes before the start time/);
    assert.equal(bookButtons(card).length, 0);
  });

  it('searches from the next quarter hour when no time is given', async () => {
    const card = await h.sayCard(ALICE, 'book a room', { locale: 'en-US' });
    const time = String(inputValue(card, 'time'));
    assert.match(time, /^\d{2}:(00|15|30|45)$/);
    assert.match(cardText(card), /You gave no time, so I looked from/);
  });

  it('keeps to the building asked for', async () => {
    const card = await h.sayCard(ALICE, 'book a room tomorrow at 10am in building Sud', { locale: 'en-US' });
    assert.deepEqual(offeredRooms(h, card), ['Corse', 'Dauphiné']);
    const unknown = await h.sayCard(ALICE, 'book a room tomorrow at 10am in building Zeta', {
      locale: 'en-US',
    });
    assert.match(cardText(unknown), /I know no building called "Zeta"/);
  });

  it('refuses a stale Book button whose time has passed, without booking', async () => {
    const card = await h.sayCard(ALICE, 'book a room in 3 days at 9am for 2 people', { locale: 'en-US' });
    const data = bookButtons(card)[0]!.data;
    const book = data.book as Record<string, unknown>;
    const past = at(-1, '09:00').toISOString();
    const answer = await h.click(
      ALICE,
      'rooms.book',
      { book: { ...book, start: past } },
      { locale: 'en-US' },
    );
    assert.match(cardText(answer), /has already passed/);
    assert.equal(eventsOn(h, 'r-alpes', new Date(past), at(0, '00:00')).length, 0);
  });
});
