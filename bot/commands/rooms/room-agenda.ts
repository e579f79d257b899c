/**
 * "what's on in Everest (tomorrow)": the room's meetings of the day, as a room screen shows them
 * (GoToRoom). Others' meetings show their time and organiser; the subject only on the user's own.
 * A name that matches no room gets the closest names to choose from.
 */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import { agendaCard, type AgendaData } from '../../../cards/rooms/agenda';
import { renderCard } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import { formatRelativeDay, formatTimeRange } from '../../language/format';
import type { IntentOf } from '../../language/intents';
import type { PeopleSnapshot } from '../../people';
import type { CalendarEvent } from '../../services';
import { deadlineFor, identify } from '../caller';
import { failureReply, notice } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';
import { outdatedButton } from './book';
import { readAgendaButton } from './button-data';
import { roomCatalogue } from './catalogue-of';
import { CLICK_BUDGET_MS, MESSAGE_BUDGET_MS } from './find-room';
import { formatIn, roomDetails, roomEquipment } from './labels';
import { addressesOf, isOrganizer } from './organizer';
import type { Room } from './room';
import type { RoomCatalogue } from './room-catalogue';
import { findRoom } from './room-lookup';

function agendaData(room: Room, day: DateTime, timeZone: string): AgendaData {
  return { room: room.calendarId, day: day.toFormat('yyyy-MM-dd'), tz: timeZone };
}

function organizerName(people: PeopleSnapshot, email: string | undefined): string | undefined {
  if (!email) return undefined;
  return (people.byCloudLinkEmail(email) ?? people.byUpn(email) ?? people.byTeamsMail(email))?.name;
}

function eventRow(
  turn: CommandTurn,
  event: CalendarEvent,
  day: { from: Date; to: Date; timeZone: string },
  who: { people: PeopleSnapshot; addresses: ReadonlySet<string> },
): { time: string; who: string; subject: string } {
  const ctx = formatIn(turn, day.timeZone);
  // A meeting running over midnight shows the part of it within the day.
  const start = event.start < day.from ? day.from : event.start;
  const end = event.end > day.to ? day.to : event.end;
  const time = event.allDay ? turn.t('rooms.agenda.allDay') : formatTimeRange(start, end, ctx);
  const mine = isOrganizer(event, who.addresses);
  const name = organizerName(who.people, event.organizerEmail);
  return {
    time,
    who: mine
      ? turn.t('rooms.agenda.you')
      : name
        ? turn.t('rooms.agenda.by', { name })
        : turn.t('rooms.agenda.busy'),
    subject: mine ? event.summary : '',
  };
}

async function showAgenda(
  turn: CommandTurn,
  room: Room,
  day: DateTime,
  caller: { people: PeopleSnapshot; addresses: ReadonlySet<string> },
  deadline: number,
): Promise<Reply> {
  const timeZone = day.zoneName ?? turn.timeZone;
  const from = day.startOf('day');
  const range = { from: from.toJSDate(), to: from.plus({ days: 1 }).toJSDate(), timeZone };
  let events: CalendarEvent[];
  try {
    events = await turn.services.cronofy.listEvents({
      calendarIds: [room.calendarId],
      from: range.from,
      to: range.to,
      tzid: timeZone,
      deadline,
    });
  } catch (error) {
    return failureReply(turn, error, {
      retry: { verb: VERBS.roomsAgenda, data: { agenda: agendaData(room, from, timeZone) } },
    });
  }
  const t = turn.t;
  const dayText = formatRelativeDay(range.from, formatIn(turn, timeZone), { withTime: false });
  return cardReply(
    renderCard(agendaCard, {
      title: t('rooms.agenda.title', { room: room.name, day: dayText }),
      details: roomDetails(turn, room),
      equipment: roomEquipment(turn, room),
      events: events
        .sort((a, b) => a.start.getTime() - b.start.getTime())
        .map((e) => eventRow(turn, e, range, caller)),
      empty: events.length === 0 ? t('rooms.agenda.empty') : '',
      previousButton: t('rooms.agenda.previous'),
      previous: agendaData(room, from.minus({ days: 1 }), timeZone),
      nextButton: t('rooms.agenda.next'),
      next: agendaData(room, from.plus({ days: 1 }), timeZone),
    }),
  );
}

/** "what's on in <room> [day]". */
export async function roomAgenda(turn: CommandTurn, intent: IntentOf<'roomAgenda'>): Promise<Reply> {
  const deadline = deadlineFor(turn, MESSAGE_BUDGET_MS);
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  let catalogue: RoomCatalogue;
  try {
    catalogue = await roomCatalogue(turn.services, { deadline });
  } catch (error) {
    return failureReply(turn, error);
  }
  const day = DateTime.fromJSDate(intent.day ?? turn.now, { zone: luxonZone(turn.timeZone) }).startOf('day');
  const who = { people: caller.people, addresses: addressesOf(caller.person) };
  const match = findRoom(catalogue, intent.room);
  if (match.kind === 'found') return showAgenda(turn, match.room, day, who, deadline);
  const t = turn.t;
  const choices = match.kind === 'ambiguous' ? match.rooms : match.closest;
  return notice({
    tone: 'info',
    title:
      match.kind === 'ambiguous'
        ? t('rooms.agenda.ambiguousTitle', { room: intent.room })
        : t('rooms.agenda.unknownTitle', { room: intent.room }),
    message:
      choices.length === 0
        ? t('rooms.noRooms.message')
        : match.kind === 'ambiguous'
          ? t('rooms.agenda.ambiguous')
          : t('rooms.agenda.unknown'),
    facts: [],
    hint: '',
    actions: choices.map((room) => ({
      title: room.building ? `${room.name} · ${room.building}` : room.name,
      verb: VERBS.roomsAgenda,
      data: { agenda: agendaData(room, day, turn.timeZone) },
    })),
  });
}

/** The agenda buttons (a room chosen, the previous or next day). */
export async function agendaClicked(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const deadline = deadlineFor(turn, CLICK_BUDGET_MS);
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const asked = readAgendaButton(data, turn.timeZone);
  if (!asked) return outdatedButton(turn);
  const day = DateTime.fromISO(asked.day, { zone: luxonZone(asked.timeZone) });
  if (!day.isValid) return outdatedButton(turn);
  let catalogue: RoomCatalogue;
  try {
    catalogue = await roomCatalogue(turn.services, { deadline });
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.roomsAgenda, data } });
  }
  const room = catalogue.byCalendar(asked.calendarId);
  if (!room) return outdatedButton(turn);
  return showAgenda(
    turn,
    room,
    day,
    { people: caller.people, addresses: addressesOf(caller.person) },
    deadline,
  );
}
