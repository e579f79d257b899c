import { defineCard } from '../render';
import json from './search.json';

/** The building choice that stands for any building (a choice's value cannot be empty). */
export const ANY_BUILDING = '*';

export interface Choice {
  title: string;
  value: string;
}

/** What a Book button carries (see bot/commands/rooms/button-data.ts). */
export interface BookData {
  room: string;
  start: string;
  minutes: number;
  people: number;
  equipment: string;
  building: string;
  tz: string;
  nonce: string;
}

export interface SearchForm {
  /** The time zone the date and time inputs are read in. */
  tz: string;
  dateLabel: string;
  /** yyyy-MM-dd */
  date: string;
  dateError: string;
  timeLabel: string;
  /** HH:mm */
  time: string;
  timeError: string;
  durationLabel: string;
  /** Minutes, one of `durations`. */
  duration: string;
  durations: Choice[];
  peopleLabel: string;
  /** 0 when not given. */
  people: number;
  peoplePlaceholder: string;
  equipmentLabel: string;
  equipmentPlaceholder: string;
  /** Comma-separated equipment names. */
  equipment: string;
  equipmentChoices: Choice[];
  buildingLabel: string;
  /** ANY_BUILDING for any building. */
  building: string;
  buildingChoices: Choice[];
  searchButton: string;
}

export interface FreeRoomRow {
  name: string;
  details: string;
  equipment: string;
  button: string;
  book: BookData;
}

export interface AlternativeDayRow {
  day: string;
  /** Shown when the day has no free time. */
  empty: string;
  slots: Array<{ title: string; book: BookData }>;
}

/** The request understood (editable) and the free rooms that fit, or the nearest free times. */
export interface SearchCardData {
  title: string;
  understood: string;
  /** Something that happened (the room was taken meanwhile). */
  notice: string;
  /** Why the request cannot be searched as it is. */
  problem: string;
  hint: string;
  form: SearchForm;
  resultsTitle: string;
  rooms: FreeRoomRow[];
  more: string;
  alternatives: AlternativeDayRow[];
}

const book: BookData = {
  room: 'cal_1',
  start: '2026-11-24T13:00:00.000Z',
  minutes: 60,
  people: 6,
  equipment: 'display',
  building: '',
  tz: 'Europe/Paris',
  nonce: 'n1',
};

export const searchCard = defineCard<SearchCardData>('rooms.search', json, {
  title: 'Free rooms, tomorrow 14:00–15:00',
  understood: 'I understood: tomorrow 14:00–15:00, 1 h, 6 people, screen',
  notice: 'Everest was booked by someone else just before you.',
  problem: '',
  hint: '',
  form: {
    tz: 'Europe/Paris',
    dateLabel: 'Date',
    date: '2026-11-24',
    dateError: 'Choose a date',
    timeLabel: 'Start',
    time: '14:00',
    timeError: 'Choose a start time',
    durationLabel: 'Duration',
    duration: '60',
    durations: [
      { title: '30 min', value: '30' },
      { title: '1 h', value: '60' },
    ],
    peopleLabel: 'People',
    people: 6,
    peoplePlaceholder: 'Any number',
    equipmentLabel: 'Equipment',
    equipmentPlaceholder: 'None needed',
    equipment: 'display',
    equipmentChoices: [
      { title: 'Screen', value: 'display' },
      { title: 'Whiteboard', value: 'whiteboard' },
    ],
    buildingLabel: 'Building',
    building: '*',
    buildingChoices: [
      { title: 'Any building', value: '*' },
      { title: 'Building A', value: 'Building A' },
    ],
    searchButton: 'Search',
  },
  resultsTitle: '2 free rooms fit, best first',
  rooms: [
    {
      name: 'Matterhorn',
      details: '6 seats · Building A, floor 2',
      equipment: 'Screen and whiteboard',
      button: 'Book',
      book,
    },
  ],
  more: '',
  alternatives: [
    {
      day: 'Tomorrow',
      empty: '',
      slots: [{ title: '14:30 · Matterhorn', book }],
    },
    { day: 'Wed 25 Nov', empty: 'Nothing free that day.', slots: [] },
  ],
});
