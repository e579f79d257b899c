import { defineCard } from '../render';
import json from './agenda.json';

/** What an agenda button carries (see bot/commands/rooms/button-data.ts). */
export interface AgendaData {
  room: string;
  /** yyyy-MM-dd */
  day: string;
  tz: string;
}

/** One room's meetings of one day. */
export interface AgendaCardData {
  title: string;
  details: string;
  equipment: string;
  events: Array<{ time: string; who: string; subject: string }>;
  /** Shown when nothing is booked. */
  empty: string;
  previousButton: string;
  previous: AgendaData;
  nextButton: string;
  next: AgendaData;
}

export const agendaCard = defineCard<AgendaCardData>('rooms.agenda', json, {
  title: 'Matterhorn, today',
  details: '6 seats · Building A, floor 2',
  equipment: 'Screen and whiteboard',
  events: [{ time: '09:00–10:00', who: 'Hélène Dupont', subject: '' }],
  empty: '',
  previousButton: 'Previous day',
  previous: { room: 'cal_1', day: '2026-11-22', tz: 'Europe/Paris' },
  nextButton: 'Next day',
  next: { room: 'cal_1', day: '2026-11-24', tz: 'Europe/Paris' },
});
