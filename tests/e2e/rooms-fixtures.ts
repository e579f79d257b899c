/**
 * A small tenant for the rooms tests: five rooms in two buildings with distinct sizes and
 * equipment, three people with accented names, and bookings placed on days relative to now.
 */
import { DateTime } from 'luxon';
import type { TenantFile } from '../../bot/tenant/types';
import { cardText, executeActions, type BotHarness, type Card } from '../support/bot-harness';

export const ZONE = 'Europe/Paris';

/** An instant `days` from today at `time` (HH:mm) in Paris. */
export function at(days: number, time: string): Date {
  const [hour, minute] = time.split(':').map(Number);
  return DateTime.now()
    .setZone(ZONE)
    .startOf('day')
    .plus({ days })
    .set({ hour: hour ?? 0, minute: minute ?? 0 })
    .toJSDate();
}

export const ALICE = '29:p-helene';
export const BRUNO = '29:p-joao';
export const CARLA = '29:p-zoe';

export function roomsTenant(): TenantFile {
  const iso = (d: Date): string => d.toISOString();
  return {
    organization: { name: 'Salles & Cie', timeZone: ZONE },
    pbx: { type: 'MiVoice 5000' },
    people: [
      { id: 'p-helene', name: 'Hélène Dupré', email: 'helene.dupre@salles.example', extension: '2001' },
      { id: 'p-joao', name: 'João Araújo', email: 'joao.araujo@salles.example', extension: '2002' },
      { id: 'p-zoe', name: "Zoé N'Diaye", email: 'zoe.ndiaye@salles.example', extension: '2003' },
    ],
    rooms: [
      {
        id: 'r-alpes',
        email: 'alpes@salles.example',
        name: 'Alpes',
        capacity: 4,
        roomList: 'Nord',
        building: 'Bâtiment Nord',
        floor: '1',
        equipment: ['display'],
      },
      {
        id: 'r-bretagne',
        email: 'bretagne@salles.example',
        name: 'Bretagne',
        capacity: 8,
        roomList: 'Nord',
        building: 'Bâtiment Nord',
        floor: '2',
        equipment: ['display', 'videoConference'],
      },
      {
        id: 'r-corse',
        email: 'corse@salles.example',
        name: 'Corse',
        capacity: 8,
        roomList: 'Sud',
        building: 'Bâtiment Sud',
        floor: '1',
        equipment: ['display', 'videoConference', 'whiteboard'],
      },
      {
        id: 'r-dauphine',
        email: 'dauphine@salles.example',
        name: 'Dauphiné',
        capacity: 20,
        roomList: 'Sud',
        building: 'Bâtiment Sud',
        floor: '3',
        equipment: ['display', 'videoConference', 'phone'],
        wheelchairAccessible: true,
      },
      {
        id: 'r-ecrins',
        email: 'ecrins@salles.example',
        name: 'Écrins',
        capacity: 10,
        roomList: 'Nord',
        building: 'Bâtiment Nord',
        floor: '0',
        equipment: [],
      },
    ],
    bookings: [
      // Bretagne is taken tomorrow 10:00–11:00 by Zoé.
      {
        id: 'seed-bretagne',
        room: 'r-bretagne',
        organizer: 'p-zoe',
        subject: 'Revue trimestrielle',
        start: iso(at(1, '10:00')),
        end: iso(at(1, '11:00')),
      },
      // Dauphiné is taken in two days 09:00–12:00 by Zoé (the only room for 15 people).
      {
        id: 'seed-dauphine',
        room: 'r-dauphine',
        organizer: 'p-zoe',
        subject: 'Séminaire',
        start: iso(at(2, '09:00')),
        end: iso(at(2, '12:00')),
      },
      // Hélène's own booking, the day after tomorrow.
      {
        id: 'seed-helene',
        room: 'r-alpes',
        organizer: 'p-helene',
        subject: 'Point produit',
        start: iso(at(2, '16:00')),
        end: iso(at(2, '16:30')),
      },
    ],
  };
}

/** The calendar id the simulator gave a room. */
export function calendarOf(h: BotHarness, roomId: string): string {
  const room = h.bot.simulators!.state.room(roomId);
  if (!room) throw new Error(`no room ${roomId}`);
  return room.calendarId;
}

/** The events on a room's calendar overlapping [from, to). */
export function eventsOn(
  h: BotHarness,
  roomId: string,
  from: Date,
  to: Date,
): Array<{ eventId: string; organizer: string }> {
  return h.bot
    .simulators!.state.calendars.overlapping(calendarOf(h, roomId), from.getTime(), to.getTime())
    .map((e) => ({ eventId: e.eventId, organizer: e.organizer.email }));
}

/** The Book buttons of a card, by the calendar they book. */
export function bookButtons(
  card: Card,
): Array<{ title?: string; room: string; start: string; data: Record<string, unknown> }> {
  return executeActions(card)
    .filter((a) => a.verb === 'rooms.book')
    .map((a) => {
      const book = a.data.book as { room: string; start: string };
      return { title: a.title, room: book.room, start: book.start, data: a.data };
    });
}

/** The room names a search card offers to book, in order. */
export function offeredRooms(h: BotHarness, card: Card): string[] {
  const byCalendar = new Map(h.bot.simulators!.state.rooms.map((r) => [r.calendarId, r.room.name]));
  return bookButtons(card).map((b) => byCalendar.get(b.room) ?? b.room);
}

export { cardText };
