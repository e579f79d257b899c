/** The search card: the request understood (editable), then the free rooms or the nearest free times. */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import { renderCard } from '../../../cards/render';
import { ANY_BUILDING, searchCard, type Choice, type SearchCardData } from '../../../cards/rooms/search';
import { DEFAULT_BOOKING_LIMITS } from '../../domain/booking';
import { formatDurationMinutes, formatNumber, formatRelativeDay, formatTime } from '../../language/format';
import { EQUIPMENT } from '../../language/intents';
import { tCount } from '../../language/plural';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';
import { bookButton } from './button-data';
import { equipmentLabel, formatIn, querySummary, roomDetails, roomEquipment, timeRange } from './labels';
import type { RoomCatalogue } from './room-catalogue';
import type { QueryProblem, RoomQuery } from './room-query';
import type { SearchOutcome } from './room-search';

/** Free rooms listed on the card; more are counted, not shown. */
export const ROOMS_SHOWN = 5;
const DURATIONS = [15, 30, 45, 60, 90, 120, 180, 240, 480];
const BUILDINGS_SHOWN = 100;

export interface SearchView {
  query: RoomQuery;
  catalogue: RoomCatalogue;
  problems: readonly QueryProblem[];
  timeChosen: boolean;
  /** Absent when the request could not be searched (problems). */
  outcome?: SearchOutcome;
  /** Something that happened first (the room was taken meanwhile). */
  notice?: string;
  nonce: string;
}

const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase() + text.slice(1);

function endOf(query: RoomQuery): Date {
  return new Date(query.start.getTime() + query.durationMinutes * 60_000);
}

/** The sentence explaining one problem of a request. */
export function problemText(turn: CommandTurn, problem: QueryProblem, query: RoomQuery): string {
  const t = turn.t;
  switch (problem) {
    case 'pastTime':
      return t('rooms.problem.pastTime', {
        when: capitalise(formatRelativeDay(query.start, formatIn(turn, query.timeZone))),
      });
    case 'endBeforeStart':
      return t('rooms.problem.endBeforeStart');
    case 'impossibleDate':
      return t('rooms.problem.impossibleDate');
    case 'tooShort':
      return t('rooms.problem.tooShort', { minutes: DEFAULT_BOOKING_LIMITS.minMinutes });
    case 'tooLong':
      return t('rooms.problem.tooLong', { hours: DEFAULT_BOOKING_LIMITS.maxMinutes / 60 });
    case 'invalidPeople':
      return t('rooms.problem.invalidPeople');
    case 'unknownBuilding':
      return t('rooms.problem.unknownBuilding', { building: query.building ?? '' });
    case 'missingTime':
      return t('rooms.problem.missingTime');
  }
}

function title(turn: CommandTurn, view: SearchView): string {
  const { outcome, query } = view;
  if (!outcome || view.problems.length > 0) return turn.t('rooms.search.title');
  if (outcome.fitting.length === 0) return turn.t('rooms.search.titleNoneFit');
  const when = timeRange(turn, query.start, endOf(query), query.timeZone);
  return outcome.free.length > 0
    ? turn.t('rooms.search.titleFree', { when })
    : turn.t('rooms.search.titleNoneFree', { when });
}

function buildingChoice(view: SearchView): { value: string; extra: Choice[] } {
  const wanted = view.query.building;
  if (wanted === undefined) return { value: ANY_BUILDING, extra: [] };
  if (view.catalogue.buildings.includes(wanted)) return { value: wanted, extra: [] };
  // The user's own words (several buildings answer to them) stay a choice of their own.
  if (!view.problems.includes('unknownBuilding'))
    return { value: wanted, extra: [{ title: wanted, value: wanted }] };
  return { value: ANY_BUILDING, extra: [] };
}

function form(turn: CommandTurn, view: SearchView): SearchCardData['form'] {
  const t = turn.t;
  const { query } = view;
  const local = DateTime.fromJSDate(query.start, { zone: luxonZone(query.timeZone) });
  const durations = [...new Set([...DURATIONS, query.durationMinutes])]
    .filter((m) => Number.isInteger(m) && m > 0 && m <= 24 * 60)
    .sort((a, b) => a - b);
  const building = buildingChoice(view);
  return {
    tz: query.timeZone,
    dateLabel: t('rooms.form.date'),
    date: local.toFormat('yyyy-MM-dd'),
    dateError: t('rooms.form.dateError'),
    timeLabel: t('rooms.form.time'),
    time: local.toFormat('HH:mm'),
    timeError: t('rooms.form.timeError'),
    durationLabel: t('rooms.form.duration'),
    duration: String(query.durationMinutes),
    durations: durations.map((m) => ({ title: formatDurationMinutes(m, turn.locale), value: String(m) })),
    peopleLabel: t('rooms.form.people'),
    people:
      query.people !== undefined && Number.isInteger(query.people) && query.people > 0 ? query.people : 0,
    peoplePlaceholder: t('rooms.form.peoplePlaceholder'),
    equipmentLabel: t('rooms.form.equipment'),
    equipmentPlaceholder: t('rooms.form.equipmentPlaceholder'),
    equipment: query.equipment.join(','),
    equipmentChoices: EQUIPMENT.map((e) => ({ title: equipmentLabel(turn, e), value: e })),
    buildingLabel: t('rooms.form.building'),
    building: building.value,
    buildingChoices: [
      { title: t('rooms.form.anyBuilding'), value: ANY_BUILDING },
      ...building.extra,
      ...view.catalogue.buildings.slice(0, BUILDINGS_SHOWN).map((b) => ({ title: b, value: b })),
    ],
    searchButton: t('rooms.form.search'),
  };
}

function results(
  turn: CommandTurn,
  view: SearchView,
): Pick<SearchCardData, 'resultsTitle' | 'rooms' | 'more' | 'alternatives'> {
  const t = turn.t;
  const { outcome, query } = view;
  const none = { resultsTitle: '', rooms: [], more: '', alternatives: [] };
  if (!outcome || view.problems.length > 0) return none;
  if (outcome.fitting.length === 0) {
    const largest = outcome.largest;
    if (!largest || query.people === undefined) return { ...none, resultsTitle: t('rooms.search.noneFit') };
    return {
      ...none,
      resultsTitle: t(
        largest.building ? 'rooms.search.largestTooSmall' : 'rooms.search.largestTooSmallNoBuilding',
        {
          people: formatNumber(query.people, turn.locale),
          room: largest.name,
          building: largest.building ?? '',
          capacity: formatNumber(largest.capacity, turn.locale),
        },
      ),
    };
  }
  if (outcome.free.length > 0) {
    const shown = outcome.free.slice(0, ROOMS_SHOWN);
    const hidden = outcome.free.length - shown.length;
    return {
      resultsTitle: tCount(turn, 'rooms.search.free', outcome.free.length),
      rooms: shown.map((room) => ({
        name: room.name,
        details: roomDetails(turn, room),
        equipment: roomEquipment(turn, room),
        button: t('rooms.search.book'),
        book: bookButton(room.id, query.start, query, view.nonce),
      })),
      more: hidden > 0 ? tCount(turn, 'rooms.search.more', hidden) : '',
      alternatives: [],
    };
  }
  const ctx = formatIn(turn, query.timeZone);
  const offered = outcome.alternatives.some((d) => d.slots.length > 0);
  return {
    resultsTitle: noneFreeText(turn, outcome.fitting.length, offered),
    rooms: [],
    more: '',
    alternatives: offered
      ? outcome.alternatives.map((day) => ({
          day: capitalise(formatRelativeDay(day.day, ctx, { withTime: false })),
          empty: day.slots.length === 0 ? t('rooms.search.dayFull') : '',
          slots: day.slots.map((slot) => ({
            title: t('rooms.search.slot', { time: formatTime(slot.start, ctx), room: slot.room.name }),
            book: bookButton(slot.room.id, slot.start, query, view.nonce),
          })),
        }))
      : [],
  };
}

function noneFreeText(turn: CommandTurn, count: number, offered: boolean): string {
  return tCount(turn, offered ? 'rooms.search.noneFree' : 'rooms.search.noneFreeAtAll', count);
}

/** The search card for a request, with its problems or its results. */
export function searchReply(turn: CommandTurn, view: SearchView): Reply {
  const { query } = view;
  const problem = view.problems.map((p) => problemText(turn, p, query)).join(' ');
  const hint =
    view.problems.length === 0 && view.timeChosen
      ? turn.t('rooms.search.timeChosen', { time: formatTime(query.start, formatIn(turn, query.timeZone)) })
      : '';
  return cardReply(
    renderCard(searchCard, {
      title: title(turn, view),
      understood: turn.t('rooms.search.understood', { summary: querySummary(turn, query) }),
      notice: view.notice ?? '',
      problem,
      hint,
      form: form(turn, view),
      ...results(turn, view),
    }),
  );
}
