import { defineCard } from '../render';
import json from './booked.json';

/** What a Cancel button carries (see bot/commands/rooms/button-data.ts). */
export interface CancelData {
  room: string;
  event: string;
  start: string;
  tz: string;
  nonce: string;
}

/** The booking made, in place of the card whose Book button was clicked. */
export interface BookedCardData {
  title: string;
  message: string;
  facts: Array<{ title: string; value: string }>;
  hint: string;
  cancelButton: string;
  cancel: CancelData;
  bookingsButton: string;
}

export const bookedCard = defineCard<BookedCardData>('rooms.booked', json, {
  title: 'Booked: Matterhorn',
  message: 'The room is yours tomorrow 14:00–15:00.',
  facts: [
    { title: 'When', value: 'tomorrow 14:00–15:00' },
    { title: 'Where', value: 'Building A, floor 2' },
  ],
  hint: 'It shows in your bookings; cancel it here if plans change.',
  cancelButton: 'Cancel booking',
  cancel: {
    room: 'cal_1',
    event: 'bk_1',
    start: '2026-11-24T13:00:00.000Z',
    tz: 'Europe/Paris',
    nonce: 'n1',
  },
  bookingsButton: 'My bookings',
});
