/**
 * The Book button: the event is made on the room's calendar with an id derived from the request
 * (bookingEventId), once per click (runOnce), with the booker as first attendee (the organiser).
 * If someone else took the slot meanwhile, the user gets the rooms and times still free.
 */
import { renderCard } from '../../../cards/render';
import { bookedCard } from '../../../cards/rooms/booked';
import { VERBS } from '../../../cards/verbs';
import { bookingEventId } from '../../domain/booking';
import type { Person } from '../../people';
import { isUpstreamError } from '../../services';
import { runOnce } from '../../state/claims';
import { deadlineFor, identify } from '../caller';
import { failureReply, notice, rateLimitedReply } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';
import { cancelButton, newNonce, readBookButton, type Booking } from './button-data';
import { roomCatalogue } from './catalogue-of';
import { answerSearch, CLICK_BUDGET_MS } from './find-room';
import { roomDetails, roomEquipment, roomPlace, timeRange } from './labels';
import { bookerAddress } from './organizer';
import type { Room } from './room';
import type { RoomCatalogue } from './room-catalogue';
import { queryProblems } from './room-query';

/** What a booking attempt came to (stored by runOnce for duplicate clicks). */
export type BookOutcome = { kind: 'booked'; eventId: string } | { kind: 'taken' };

/** A stale or crafted button: say so and offer a new search. */
export function outdatedButton(turn: CommandTurn): Reply {
  return notice({
    tone: 'warning',
    title: turn.t('rooms.outdated.title'),
    message: turn.t('rooms.outdated.message'),
    facts: [],
    hint: '',
    actions: [{ title: turn.t('rooms.bookings.bookButton'), verb: VERBS.roomsSearch, data: {} }],
  });
}

async function makeBooking(
  turn: CommandTurn,
  booking: Booking,
  room: Room,
  person: Person,
  booker: string,
  eventId: string,
  deadline: number,
): Promise<BookOutcome> {
  const end = new Date(booking.start.getTime() + booking.durationMinutes * 60_000);
  try {
    await turn.services.cronofy.upsertEvent(
      room.calendarId,
      {
        eventId,
        summary: turn.t('rooms.eventSummary', { name: person.name }),
        start: booking.start,
        end,
        tzid: booking.query.timeZone,
        location: room.name,
        // The first attendee is the organiser (the booker), as on the room calendar.
        attendees: [{ email: booker, displayName: person.name }],
      },
      { deadline },
    );
    turn.log.info('room booked', { room: room.id, minutes: booking.durationMinutes });
    return { kind: 'booked', eventId };
  } catch (error) {
    if (isUpstreamError(error) && error.kind === 'conflict') {
      turn.log.info('room taken meanwhile', { room: room.id });
      return { kind: 'taken' };
    }
    throw error;
  }
}

function bookedReply(turn: CommandTurn, booking: Booking, room: Room, eventId: string): Reply {
  const t = turn.t;
  const end = new Date(booking.start.getTime() + booking.durationMinutes * 60_000);
  const when = timeRange(turn, booking.start, end, booking.query.timeZone);
  const place = roomPlace(turn, room);
  const equipment = roomEquipment(turn, room);
  return cardReply(
    renderCard(bookedCard, {
      title: t('rooms.booked.title', { room: room.name }),
      message: t('rooms.booked.message', { room: room.name, when }),
      facts: [
        { title: t('rooms.booked.when'), value: when },
        { title: t('rooms.booked.room'), value: `${room.name} (${roomDetails(turn, room)})` },
        ...(place ? [{ title: t('rooms.booked.where'), value: place }] : []),
        ...(equipment ? [{ title: t('rooms.booked.equipment'), value: equipment }] : []),
      ],
      hint: t('rooms.booked.hint'),
      cancelButton: t('rooms.cancel.button'),
      cancel: cancelButton(room.calendarId, eventId, booking.start, booking.query.timeZone, newNonce()),
      bookingsButton: t('rooms.bookings.button'),
    }),
  );
}

/** The Book button (a free room, or one of the nearest free times). */
export async function bookClicked(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const deadline = deadlineFor(turn, CLICK_BUDGET_MS);
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const { person } = caller;
  const booking = readBookButton(data, turn.timeZone);
  if (!booking) return outdatedButton(turn);

  let catalogue: RoomCatalogue;
  try {
    catalogue = await roomCatalogue(turn.services, { deadline });
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.roomsBook, data } });
  }
  const room = catalogue.byCalendar(booking.calendarId);
  if (!room) return outdatedButton(turn);
  // The button may be old: a time gone by is refused, never booked.
  const problems = queryProblems(booking.query, turn.now);
  if (problems.length > 0) {
    return answerSearch(turn, { query: booking.query, problems, timeChosen: false }, { deadline });
  }
  const booker = bookerAddress(person);
  if (booker === undefined) {
    return notice({
      tone: 'warning',
      title: turn.t('rooms.noAddress.title'),
      message: turn.t('rooms.noAddress.message'),
      facts: [],
      hint: turn.t('identity.adminFix'),
      actions: [],
    });
  }

  const eventId = bookingEventId({
    roomId: room.calendarId,
    start: booking.start,
    durationMinutes: booking.durationMinutes,
    organizerId: person.key,
  });
  const rate = turn.services.actionRates.take('bookRoom', person.key, `${booking.nonce}:${eventId}`);
  if (!rate.allowed) {
    turn.log.warn('booking refused: too many in a short time', { retryAfterMs: rate.retryAfterMs });
    return rateLimitedReply(turn, 'bookRoom', rate.retryAfterMs);
  }
  let result;
  try {
    result = await runOnce(
      turn.services.claims,
      `rooms.book:${person.key}:${booking.nonce}:${eventId}`,
      () => makeBooking(turn, booking, room, person, booker, eventId, deadline),
      { waitMs: Math.max(0, deadline - Date.now() - 500) },
    );
  } catch (error) {
    // The event id makes a retry safe: it updates the event if the first try got through.
    return failureReply(turn, error, { retry: { verb: VERBS.roomsBook, data }, repeatable: true });
  }
  if (result.kind === 'pending') {
    return notice({
      tone: 'info',
      title: turn.t('rooms.pending.title'),
      message: turn.t('rooms.pending.message'),
      facts: [],
      hint: '',
      actions: [{ title: turn.t('rooms.bookings.button'), verb: VERBS.roomsBookings, data: {} }],
    });
  }
  if (result.value.kind === 'booked') return bookedReply(turn, booking, room, result.value.eventId);
  return answerSearch(
    turn,
    { query: booking.query, problems: [], timeChosen: false },
    { deadline, notice: turn.t('rooms.taken', { room: room.name }), takenRoom: room.id },
  );
}
