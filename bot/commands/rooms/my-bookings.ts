/** "my bookings": the user's upcoming bookings on the room calendars (they organise them), with Cancel. */
import { renderCard } from '../../../cards/render';
import { bookingsCard, type BookingRow } from '../../../cards/rooms/bookings';
import { VERBS } from '../../../cards/verbs';
import type { CalendarEvent, CallOptions, CronofyClient } from '../../services';
import { chunk, mapLimit } from '../../services/http/batches';
import { deadlineFor, identify } from '../caller';
import { failureReply } from '../failure';
import type { CommandTurn } from '../module';
import { tCount } from '../../language/plural';
import { cardReply, type Reply } from '../turn';
import { cancelButton, newNonce } from './button-data';
import { roomCatalogue } from './catalogue-of';
import { CLICK_BUDGET_MS, MESSAGE_BUDGET_MS } from './find-room';
import { roomPlace, timeRange } from './labels';
import { addressesOf, isOrganizer } from './organizer';
import type { Room } from './room';
import type { RoomCatalogue } from './room-catalogue';

/** How far ahead "upcoming" looks. */
export const BOOKINGS_DAYS = 14;
/** Bookings listed on the card; later ones are counted. */
export const BOOKINGS_SHOWN = 10;
/** Calendars per events request (one URL), and requests in flight at once. */
const CALENDARS_PER_REQUEST = 50;
const EVENTS_CONCURRENCY = 2;

/** The events of many room calendars over [from, to), a few requests at a time. */
export async function roomEvents(
  cronofy: Pick<CronofyClient, 'listEvents'>,
  rooms: readonly Room[],
  range: { from: Date; to: Date; timeZone: string },
  options: CallOptions = {},
): Promise<CalendarEvent[]> {
  const batches = chunk(
    rooms.map((r) => r.calendarId),
    CALENDARS_PER_REQUEST,
  );
  const pages = await mapLimit(batches, EVENTS_CONCURRENCY, (calendarIds) =>
    cronofy.listEvents({ calendarIds, from: range.from, to: range.to, tzid: range.timeZone, ...options }),
  );
  return pages.flat();
}

function row(turn: CommandTurn, event: CalendarEvent, room: Room | undefined, nonce: string): BookingRow {
  const where = room
    ? [room.name, roomPlace(turn, room)].filter((p) => p !== '').join(' · ')
    : (event.location ?? '');
  const canCancel = room !== undefined && event.eventId !== undefined;
  return {
    when: timeRange(turn, event.start, event.end, turn.timeZone),
    room: where,
    subject: event.summary,
    canCancel,
    cancelButton: turn.t('rooms.cancel.short'),
    cancel: cancelButton(event.calendarId, event.eventId ?? '', event.start, turn.timeZone, nonce),
  };
}

async function answerBookings(turn: CommandTurn, deadline: number): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const t = turn.t;
  let catalogue: RoomCatalogue;
  let events: CalendarEvent[];
  const from = turn.now;
  const to = new Date(from.getTime() + BOOKINGS_DAYS * 24 * 3600 * 1000);
  try {
    catalogue = await roomCatalogue(turn.services, { deadline });
    events = await roomEvents(
      turn.services.cronofy,
      catalogue.rooms,
      { from, to, timeZone: turn.timeZone },
      { deadline },
    );
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.roomsBookings, data: {} } });
  }
  const addresses = addressesOf(caller.person);
  // Only the user's own bookings, and only those not over yet.
  const mine = events
    .filter((e) => isOrganizer(e, addresses) && e.end.getTime() > from.getTime())
    .sort((a, b) => a.start.getTime() - b.start.getTime() || a.calendarId.localeCompare(b.calendarId));
  const shown = mine.slice(0, BOOKINGS_SHOWN);
  const nonce = newNonce();
  const hidden = mine.length - shown.length;
  return cardReply(
    renderCard(bookingsCard, {
      title: t('rooms.bookings.title'),
      intro:
        mine.length === 0
          ? t('rooms.bookings.none', { days: BOOKINGS_DAYS })
          : t('rooms.bookings.intro', { days: BOOKINGS_DAYS }),
      bookings: shown.map((e) => row(turn, e, catalogue.byCalendar(e.calendarId), nonce)),
      footer: hidden > 0 ? tCount(turn, 'rooms.bookings.more', hidden) : '',
      bookButton: t('rooms.bookings.bookButton'),
      refreshButton: t('rooms.bookings.refresh'),
    }),
  );
}

/** "my bookings". */
export function myBookings(turn: CommandTurn): Promise<Reply> {
  return answerBookings(turn, deadlineFor(turn, MESSAGE_BUDGET_MS));
}

/** The "My bookings" and "Refresh" buttons. */
export function bookingsClicked(turn: CommandTurn): Promise<Reply> {
  return answerBookings(turn, deadlineFor(turn, CLICK_BUDGET_MS));
}
