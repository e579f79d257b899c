/**
 * The Cancel button: only the booking's organiser may cancel it (checked on the calendar, not
 * trusted from the button), once per click.
 */
import { VERBS } from '../../../cards/verbs';
import { runOnce } from '../../state/claims';
import { deadlineFor, identify } from '../caller';
import { failureReply, notice } from '../failure';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { outdatedButton } from './book';
import { readCancelButton, type Cancellation } from './button-data';
import { roomCatalogue } from './catalogue-of';
import { CLICK_BUDGET_MS } from './find-room';
import { timeRange } from './labels';
import { addressesOf, isOrganizer } from './organizer';
import type { Room } from './room';
import type { RoomCatalogue } from './room-catalogue';

/** What a cancellation came to (stored by runOnce for duplicate clicks). */
export type CancelOutcome =
  { kind: 'cancelled'; start: string; end: string } | { kind: 'gone' } | { kind: 'notYours' };

const DAY_MS = 24 * 3600 * 1000;

async function cancelBooking(
  turn: CommandTurn,
  cancellation: Cancellation,
  room: Room,
  addresses: ReadonlySet<string>,
  deadline: number,
): Promise<CancelOutcome> {
  const { cronofy } = turn.services;
  // The button's start only narrows the search; the event itself says whose it is.
  const events = await cronofy.listEvents({
    calendarIds: [room.calendarId],
    from: new Date(cancellation.start.getTime() - DAY_MS),
    to: new Date(cancellation.start.getTime() + DAY_MS),
    tzid: cancellation.timeZone,
    deadline,
  });
  const event = events.find((e) => e.eventId === cancellation.eventId);
  if (!event) return { kind: 'gone' };
  if (!isOrganizer(event, addresses)) {
    turn.log.warn('cancel refused: not the organiser', { room: room.id });
    return { kind: 'notYours' };
  }
  await cronofy.deleteEvent(room.calendarId, cancellation.eventId, { deadline });
  turn.log.info('booking cancelled', { room: room.id });
  return { kind: 'cancelled', start: event.start.toISOString(), end: event.end.toISOString() };
}

/** The Cancel button (on a booking made, or in "my bookings"). */
export async function cancelClicked(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const deadline = deadlineFor(turn, CLICK_BUDGET_MS);
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const cancellation = readCancelButton(data, turn.timeZone);
  if (!cancellation) return outdatedButton(turn);
  const retry = { verb: VERBS.roomsCancel, data };
  let catalogue: RoomCatalogue;
  try {
    catalogue = await roomCatalogue(turn.services, { deadline });
  } catch (error) {
    return failureReply(turn, error, { retry });
  }
  const room = catalogue.byCalendar(cancellation.calendarId);
  if (!room) return outdatedButton(turn);

  let result;
  try {
    result = await runOnce(
      turn.services.claims,
      `rooms.cancel:${caller.person.key}:${cancellation.nonce}:${cancellation.eventId}`,
      () => cancelBooking(turn, cancellation, room, addressesOf(caller.person), deadline),
      { waitMs: Math.max(0, deadline - Date.now() - 500) },
    );
  } catch (error) {
    // Deleting an event already gone counts as done: a retry is safe.
    return failureReply(turn, error, { retry, repeatable: true });
  }
  const t = turn.t;
  const bookings = { title: t('rooms.bookings.button'), verb: VERBS.roomsBookings, data: {} };
  if (result.kind === 'pending') {
    return notice({
      tone: 'info',
      title: t('rooms.cancel.pendingTitle'),
      message: t('rooms.cancel.pending'),
      facts: [],
      hint: '',
      actions: [bookings],
    });
  }
  const outcome = result.value;
  if (outcome.kind === 'notYours') {
    return notice({
      tone: 'warning',
      title: t('rooms.cancel.notYoursTitle'),
      message: t('rooms.cancel.notYours'),
      facts: [],
      hint: '',
      actions: [bookings],
    });
  }
  if (outcome.kind === 'gone') {
    return notice({
      tone: 'info',
      title: t('rooms.cancel.goneTitle'),
      message: t('rooms.cancel.gone', { room: room.name }),
      facts: [],
      hint: '',
      actions: [bookings],
    });
  }
  const when = timeRange(turn, new Date(outcome.start), new Date(outcome.end), cancellation.timeZone);
  return notice({
    tone: 'success',
    title: t('rooms.cancel.doneTitle'),
    message: t('rooms.cancel.done', { room: room.name, when }),
    facts: [],
    hint: '',
    actions: [bookings, { title: t('rooms.bookings.bookButton'), verb: VERBS.roomsSearch, data: {} }],
  });
}
