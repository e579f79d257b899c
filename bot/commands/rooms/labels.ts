/** Words for rooms, equipment and times, in the user's language. */
import type { Equipment } from '../../language/intents';
import {
  formatDurationMinutes,
  formatList,
  formatRelativeDay,
  formatTimeRange,
  type FormatContext,
} from '../../language/format';
import type { StringKey } from '../../language/strings';
import { tCount } from '../../language/plural';
import type { CommandTurn } from '../module';
import type { Room } from './room';
import type { RoomQuery } from './room-query';

/** The formatting context of a turn, in the given time zone. */
export function formatIn(turn: CommandTurn, timeZone: string): FormatContext {
  return { locale: turn.locale, timeZone, now: turn.now, clock: turn.clock };
}

/** "Screen", "Écran", "Tela". */
export function equipmentLabel(turn: CommandTurn, equipment: Equipment): string {
  return turn.t(`rooms.equipment.${equipment}` as StringKey);
}

/** "Screen, video conferencing and whiteboard" (wheelchair access included when the room has it). */
export function roomEquipment(turn: CommandTurn, room: Room): string {
  const all: Equipment[] = [
    ...room.equipment,
    ...(room.wheelchairAccessible ? (['wheelchair'] as const) : []),
  ];
  // Labels are capitalised on their own; within a sentence only the first keeps its capital.
  const words = all.map((e, i) => {
    const label = equipmentLabel(turn, e);
    return i === 0 ? label : label.charAt(0).toLocaleLowerCase(turn.locale) + label.slice(1);
  });
  return formatList(words, turn.locale);
}

/** "Lyon – Confluence, floor 3" (or whichever of the two is known). */
export function roomPlace(turn: CommandTurn, room: Room): string {
  const floor = room.floor !== undefined ? floorText(turn, room.floor) : '';
  return [room.building ?? '', floor].filter((p) => p !== '').join(', ');
}

// How the ground floor is written in the three languages (and Graph's "G"/"GF" labels).
const GROUND = /^(0|g|gf|ground|ground floor|rdc|rez[- ]de[- ]chauss[ée]e|t[ée]rreo)$/i;

/**
 * A floor as a phrase: "floor 3", "3e étage", "3º andar" for a number ("basement 1" below ground); the ground floor in words
 * ("ground floor", "rez-de-chaussée", "térreo") however the directory writes it; any other label
 * ("Mezzanine", "Level 2") as the directory gives it, never inside "floor …".
 */
export function floorText(turn: Pick<CommandTurn, 't'>, floor: string): string {
  const text = floor.trim();
  if (GROUND.test(text)) return turn.t('rooms.floorGround');
  if (/^-\d+$/.test(text)) return turn.t('rooms.floorBelow', { floor: text.slice(1) });
  if (text === '1') return turn.t('rooms.floorFirst');
  if (/^\d+$/.test(text)) return turn.t('rooms.floor', { floor: text });
  return text;
}

/** "12 seats · Lyon – Confluence, floor 3". */
export function roomDetails(turn: CommandTurn, room: Room): string {
  const seats = room.capacity > 0 ? tCount(turn, 'rooms.seats', room.capacity) : '';
  return [seats, roomPlace(turn, room)].filter((p) => p !== '').join(' · ');
}

/** "tomorrow 14:00–15:00", "tomorrow 2:00–3:00 PM" (the end's day is added when it is another day). */
export function timeRange(turn: CommandTurn, start: Date, end: Date, timeZone: string): string {
  const ctx = formatIn(turn, timeZone);
  const startDay = formatRelativeDay(start, ctx, { withTime: false });
  if (startDay === formatRelativeDay(end, ctx, { withTime: false })) {
    return `${startDay} ${formatTimeRange(start, end, ctx)}`;
  }
  return `${formatRelativeDay(start, ctx)}–${formatRelativeDay(end, ctx)}`;
}

/** "6 people" / "1 person". */
export function peopleLabel(turn: CommandTurn, count: number): string {
  return tCount(turn, 'rooms.people', count);
}

/** What was understood, in words: "tomorrow 14:00–15:00, 1 h, 6 people, screen, building B". */
export function querySummary(turn: CommandTurn, query: RoomQuery): string {
  const end = new Date(query.start.getTime() + query.durationMinutes * 60_000);
  const parts = [
    timeRange(turn, query.start, end, query.timeZone),
    formatDurationMinutes(query.durationMinutes, turn.locale),
    ...(query.people !== undefined ? [peopleLabel(turn, query.people)] : []),
    ...query.equipment.map((e) => {
      const label = equipmentLabel(turn, e);
      return label.charAt(0).toLocaleLowerCase(turn.locale) + label.slice(1);
    }),
    ...(query.building !== undefined ? [turn.t('rooms.inBuilding', { building: query.building })] : []),
  ];
  return parts.join(', ');
}
