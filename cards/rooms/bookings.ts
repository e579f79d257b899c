import { defineCard } from '../render';
import type { CancelData } from './booked';
import json from './bookings.json';

export interface BookingRow {
  when: string;
  room: string;
  subject: string;
  canCancel: boolean;
  cancelButton: string;
  cancel: CancelData;
}

/** The user's upcoming room bookings, each with Cancel. */
export interface BookingsCardData {
  title: string;
  intro: string;
  bookings: BookingRow[];
  footer: string;
  bookButton: string;
  refreshButton: string;
}

export const bookingsCard = defineCard<BookingsCardData>('rooms.bookings', json, {
  title: 'Your room bookings',
  intro: 'Upcoming, over the next 14 days.',
  bookings: [
    {
      when: 'tomorrow 14:00–15:00',
      room: 'Matterhorn · Building A, floor 2',
      subject: 'Team meeting',
      canCancel: true,
      cancelButton: 'Cancel',
      cancel: {
        room: 'cal_1',
        event: 'bk_1',
        start: '2026-11-24T13:00:00.000Z',
        tz: 'Europe/Paris',
        nonce: 'n1',
      },
    },
  ],
  footer: '',
  bookButton: 'Book a room',
  refreshButton: 'Refresh',
});
