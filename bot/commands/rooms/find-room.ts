/**
 * "book a room tomorrow at 2pm for 6 people with a screen" and the card's Search button: the
 * request understood, then the free rooms that fit (best first) or the nearest free times.
 */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import { VERBS } from '../../../cards/verbs';
import type { BookRoomIntent } from '../../language/intents';
import { deadlineFor, identify, TURN_BUDGET_MS } from '../caller';
import { failureReply, notice } from '../failure';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { newNonce } from './button-data';
import { roomCatalogue } from './catalogue-of';
import type { RoomCatalogue } from './room-catalogue';
import { resolveBuildings } from './room-lookup';
import { queryFromInputs, queryFromIntent, type ReadQuery, type RoomQuery } from './room-query';
import { searchRooms } from './room-search';
import { searchReply } from './search-view';

/** A typed request has no more time than a click: the user gets an answer within 5 s either way. */
export const MESSAGE_BUDGET_MS = TURN_BUDGET_MS;
export const CLICK_BUDGET_MS = TURN_BUDGET_MS;

export interface SearchOptions {
  deadline: number;
  /** Said first on the card (the room was taken meanwhile). */
  notice?: string;
  /** A room known to be taken at the time asked. */
  takenRoom?: string;
}

/** The card inputs that ask for this search again (the Search and Retry buttons). */
export function searchInputs(query: RoomQuery): Record<string, unknown> {
  const local = DateTime.fromJSDate(query.start, { zone: luxonZone(query.timeZone) });
  return {
    tz: query.timeZone,
    date: local.toFormat('yyyy-MM-dd'),
    time: local.toFormat('HH:mm'),
    duration: String(query.durationMinutes),
    people: query.people ?? '',
    equipment: query.equipment.join(','),
    building: query.building ?? '',
  };
}

/** Searches the rooms for a request read from text or a card, and answers with the search card. */
export async function answerSearch(
  turn: CommandTurn,
  read: ReadQuery,
  options: SearchOptions,
): Promise<Reply> {
  const { query } = read;
  const retry = { verb: VERBS.roomsSearch, data: searchInputs(query) };
  let catalogue: RoomCatalogue;
  try {
    catalogue = await roomCatalogue(turn.services, { deadline: options.deadline });
  } catch (error) {
    return failureReply(turn, error, { retry });
  }
  if (catalogue.rooms.length === 0) {
    return notice({
      tone: 'info',
      title: turn.t('rooms.noRooms.title'),
      message: turn.t('rooms.noRooms.message'),
      facts: [],
      hint: '',
      actions: [],
    });
  }
  const buildings = query.building !== undefined ? resolveBuildings(catalogue, query.building) : undefined;
  const problems = [...read.problems, ...(buildings?.length === 0 ? (['unknownBuilding'] as const) : [])];
  const view = {
    query,
    catalogue,
    problems,
    timeChosen: read.timeChosen,
    nonce: newNonce(),
    notice: options.notice,
  };
  if (problems.length > 0) return searchReply(turn, view);
  try {
    const outcome = await searchRooms(turn.services.cronofy, catalogue.rooms, query, {
      now: turn.now,
      deadline: options.deadline,
      ...(buildings ? { buildings } : {}),
      ...(options.takenRoom ? { takenRoom: options.takenRoom } : {}),
    });
    turn.log.info('room search', {
      fitting: outcome.fitting.length,
      free: outcome.free.length,
      alternatives: outcome.alternatives.reduce((n, d) => n + d.slots.length, 0),
    });
    return searchReply(turn, { ...view, outcome });
  } catch (error) {
    return failureReply(turn, error, { retry });
  }
}

/** "book a room…": the request as understood, searched. */
export async function bookRoom(turn: CommandTurn, intent: BookRoomIntent): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const read = queryFromIntent(intent, { now: turn.now, timeZone: turn.timeZone });
  return answerSearch(turn, read, { deadline: deadlineFor(turn, MESSAGE_BUDGET_MS) });
}

/** The Search button: the card's edited inputs, searched. */
export async function searchClicked(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const read = queryFromInputs(data, { now: turn.now, timeZone: turn.timeZone });
  return answerSearch(turn, read, { deadline: deadlineFor(turn, CLICK_BUDGET_MS) });
}
