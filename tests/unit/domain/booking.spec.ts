import assert from 'node:assert/strict';
import {
  bookingEventId,
  defaultWorkingHours,
  fitsRoom,
  freeSlots,
  nearestSlots,
  rankRooms,
  roomMisfits,
  validateBooking,
  workingWindows,
  type BookableRoom,
  type Interval,
} from '../../../bot/domain/booking';

const ROOMS: BookableRoom[] = [
  {
    id: 'r1',
    name: 'Everest',
    capacity: 12,
    equipment: ['display', 'videoConference', 'whiteboard'],
    building: 'Tour Nord',
  },
  { id: 'r2', name: 'Bureau Mont-Blanc', capacity: 4, equipment: ['display'], building: 'Tour Sud' },
  {
    id: 'r3',
    name: 'Aiguille',
    capacity: 6,
    equipment: ['Display', 'Video conference'],
    building: 'Tour Sud',
  },
  {
    id: 'r4',
    name: 'Cervin',
    capacity: 6,
    equipment: ['display', 'videoConference'],
    building: 'Tour Nord',
    wheelchairAccessible: true,
  },
  {
    id: 'r5',
    name: 'Annapurna',
    capacity: 6,
    equipment: ['videoConference', 'display'],
    building: 'Tour Nord',
  },
];

const at = (iso: string): Date => new Date(iso);
const iv = (start: string, end: string): Interval => ({ start: at(start), end: at(end) });
const times = (slots: Interval[]): string[] => slots.map((s) => s.start.toISOString().slice(11, 16));

describe('domain/booking', () => {
  describe('fitsRoom and rankRooms', () => {
    it('a room fits when it seats everyone and has the equipment, named in any style', () => {
      assert.equal(fitsRoom(ROOMS[2]!, { people: 6, equipment: ['videoConference', 'DISPLAY'] }), true);
      assert.equal(fitsRoom(ROOMS[1]!, { people: 6, equipment: [] }), false);
      assert.deepEqual(
        roomMisfits(ROOMS[1]!, { people: 6, equipment: ['whiteboard'], building: 'Tour Nord' }),
        ['tooSmall', 'missingEquipment', 'otherBuilding'],
      );
    });

    it('honours the building, ignoring case and accents, and wheelchair access', () => {
      assert.equal(fitsRoom(ROOMS[0]!, { equipment: [], building: 'tour nord' }), true);
      assert.equal(fitsRoom(ROOMS[0]!, { equipment: [], wheelchairAccessible: true }), false);
      assert.equal(fitsRoom(ROOMS[3]!, { equipment: [], wheelchairAccessible: true }), true);
    });

    it('offers the smallest room that fits first, then by building, then by name', () => {
      const ranked = rankRooms(ROOMS, { people: 5, equipment: ['display', 'videoConference'] });
      assert.deepEqual(
        ranked.map((r) => r.name),
        ['Annapurna', 'Cervin', 'Aiguille', 'Everest'],
      );
    });

    it('without a head count, every room with the equipment is offered, smallest first', () => {
      assert.deepEqual(
        rankRooms(ROOMS, { equipment: [] }).map((r) => r.id),
        ['r2', 'r5', 'r4', 'r3', 'r1'],
      );
      assert.deepEqual(rankRooms(ROOMS, { people: 40, equipment: [] }), []);
    });
  });

  describe('workingWindows', () => {
    it('gives that day and the next open day, 08:00–19:00 in the organisation’s time zone', () => {
      // Thursday 2026-11-26 in Paris (UTC+1).
      const windows = workingWindows(at('2026-11-26T10:00:00Z'), 2, defaultWorkingHours('Europe/Paris'));
      assert.deepEqual(windows, [
        iv('2026-11-26T07:00:00Z', '2026-11-26T18:00:00Z'),
        iv('2026-11-27T07:00:00Z', '2026-11-27T18:00:00Z'),
      ]);
    });

    it('skips the weekend: Friday is followed by Monday', () => {
      const windows = workingWindows(at('2026-11-27T10:00:00Z'), 2, defaultWorkingHours('America/Sao_Paulo'));
      assert.deepEqual(windows, [
        iv('2026-11-27T11:00:00Z', '2026-11-27T22:00:00Z'),
        iv('2026-11-30T11:00:00Z', '2026-11-30T22:00:00Z'),
      ]);
    });

    it('takes the day in the organisation’s zone, not in UTC', () => {
      // 01:30 UTC on Friday is still Thursday evening in São Paulo.
      const [first] = workingWindows(at('2026-11-27T01:30:00Z'), 1, defaultWorkingHours('America/Sao_Paulo'));
      assert.deepEqual(first, iv('2026-11-26T11:00:00Z', '2026-11-26T22:00:00Z'));
    });

    it('keeps local working hours across a daylight-saving change', () => {
      // Paris moves to summer time on Sunday 2026-03-29; custom hours include the weekend.
      const hours = { ...defaultWorkingHours('Europe/Paris'), days: [1, 2, 3, 4, 5, 6, 7] };
      const windows = workingWindows(at('2026-03-28T12:00:00Z'), 2, hours);
      assert.deepEqual(windows, [
        iv('2026-03-28T07:00:00Z', '2026-03-28T18:00:00Z'),
        iv('2026-03-29T06:00:00Z', '2026-03-29T17:00:00Z'),
      ]);
    });

    it('accepts other working hours, injected', () => {
      const windows = workingWindows(at('2026-11-26T10:00:00Z'), 1, {
        timeZone: 'Europe/London',
        start: '09:30',
        end: '17:00',
        days: [4],
      });
      assert.deepEqual(windows, [iv('2026-11-26T09:30:00Z', '2026-11-26T17:00:00Z')]);
    });
  });

  describe('freeSlots', () => {
    const window = [iv('2026-11-26T08:00:00Z', '2026-11-26T12:00:00Z')];

    it('lists every 15-minute start where the duration fits between bookings', () => {
      const busy = [
        iv('2026-11-26T08:30:00Z', '2026-11-26T09:40:00Z'),
        iv('2026-11-26T10:30:00Z', '2026-11-26T11:30:00Z'),
      ];
      assert.deepEqual(times(freeSlots(busy, window, 30)), ['08:00', '09:45', '10:00', '11:30']);
    });

    it('handles overlapping and unsorted busy intervals', () => {
      const busy = [
        iv('2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z'),
        iv('2026-11-26T08:15:00Z', '2026-11-26T09:30:00Z'),
      ];
      assert.deepEqual(times(freeSlots(busy, window, 60)), ['10:00', '10:15', '10:30', '10:45', '11:00']);
    });

    it('starts no slot before now, on the next step boundary', () => {
      const slots = freeSlots([], window, 60, { notBefore: at('2026-11-26T10:07:00Z') });
      assert.deepEqual(times(slots), ['10:15', '10:30', '10:45', '11:00']);
    });

    it('stops at the limit and at the end of the window', () => {
      assert.deepEqual(times(freeSlots([], window, 120, { limit: 3 })), ['08:00', '08:15', '08:30']);
      assert.deepEqual(freeSlots([], window, 300), []);
    });

    it('finds slots on the next day when the first is full', () => {
      const windows = workingWindows(at('2026-11-26T10:00:00Z'), 2, defaultWorkingHours('Europe/London'));
      const busy = [iv('2026-11-26T08:00:00Z', '2026-11-26T19:00:00Z')];
      const [first] = freeSlots(busy, windows, 60);
      assert.equal(first?.start.toISOString(), '2026-11-27T08:00:00.000Z');
    });

    it('nearestSlots picks the slots closest to the wanted time, in time order', () => {
      const slots = freeSlots([iv('2026-11-26T09:00:00Z', '2026-11-26T10:00:00Z')], window, 60);
      assert.deepEqual(times(nearestSlots(slots, at('2026-11-26T09:00:00Z'), 3)), [
        '08:00',
        '10:00',
        '10:15',
      ]);
    });
  });

  describe('bookingEventId', () => {
    const booking = {
      roomId: 'room-42@contoso.fr',
      start: at('2026-11-26T13:00:00Z'),
      durationMinutes: 60,
      organizerId: 'p01',
    };

    it('is the same for the same booking, so a retry updates one event', () => {
      assert.equal(
        bookingEventId(booking),
        bookingEventId({ ...booking, start: new Date(booking.start.getTime()) }),
      );
    });

    it('differs when the room, the time, the duration or the organiser differs', () => {
      const ids = new Set([
        bookingEventId(booking),
        bookingEventId({ ...booking, roomId: 'room-43@contoso.fr' }),
        bookingEventId({ ...booking, start: at('2026-11-26T13:15:00Z') }),
        bookingEventId({ ...booking, durationMinutes: 30 }),
        bookingEventId({ ...booking, organizerId: 'p02' }),
      ]);
      assert.equal(ids.size, 5);
    });

    it('uses only letters, digits, "-" and "_", at most 64 characters, whatever the input', () => {
      const id = bookingEventId({
        ...booking,
        roomId: 'Salle « Hélène » / 3ᵉ étage',
        organizerId: 'x'.repeat(500),
      });
      assert.match(id, /^[A-Za-z0-9_-]{1,64}$/);
      assert.match(bookingEventId(booking), /^bk_20261126T1300_[A-Za-z0-9_-]{32}$/);
    });
  });

  describe('validateBooking', () => {
    const now = at('2026-11-26T10:00:00Z');

    it('accepts a booking later today', () => {
      assert.deepEqual(
        validateBooking({ start: at('2026-11-26T14:00:00Z'), durationMinutes: 60, people: 4 }, now),
        [],
      );
    });

    it('refuses a start in the past, allowing the minutes spent typing', () => {
      assert.deepEqual(validateBooking({ start: at('2026-11-26T09:00:00Z'), durationMinutes: 30 }, now), [
        'pastTime',
      ]);
      assert.deepEqual(validateBooking({ start: at('2026-11-26T09:57:00Z'), durationMinutes: 30 }, now), []);
    });

    it('refuses an end before the start', () => {
      assert.deepEqual(
        validateBooking({ start: at('2026-11-26T14:00:00Z'), end: at('2026-11-26T13:00:00Z') }, now),
        ['endBeforeStart'],
      );
      assert.deepEqual(validateBooking({ start: at('2026-11-26T14:00:00Z'), durationMinutes: 0 }, now), [
        'endBeforeStart',
      ]);
    });

    it('keeps the duration between 15 minutes and 12 hours', () => {
      assert.deepEqual(validateBooking({ start: at('2026-11-26T14:00:00Z'), durationMinutes: 10 }, now), [
        'tooShort',
      ]);
      assert.deepEqual(
        validateBooking({ start: at('2026-11-26T14:00:00Z'), durationMinutes: 13 * 60 }, now),
        ['tooLong'],
      );
    });

    it('refuses a head count below one', () => {
      assert.deepEqual(
        validateBooking({ start: at('2026-11-26T14:00:00Z'), durationMinutes: 60, people: 0 }, now),
        ['invalidPeople'],
      );
    });
  });
});
