import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import { searchPeriods, searchRooms } from '../../../../bot/commands/rooms/room-search';
import type { Room } from '../../../../bot/commands/rooms/room';
import type { RoomQuery } from '../../../../bot/commands/rooms/room-query';
import type { TimeSlot } from '../../../../bot/services';
import { room } from './fixtures';

const ZONE = 'Europe/Paris';
const at = (text: string): Date => DateTime.fromISO(text, { zone: ZONE }).toJSDate();
// Monday 23 November 2026, 09:00.
const now = at('2026-11-23T09:00');

/** A fake availability API over busy intervals per sub, answering like Cronofy's slots. */
function fakeCronofy(busy: Record<string, Array<[string, string]>>): {
  calls: Array<{ subs: string[]; periods: TimeSlot[]; minutes: number; interval?: number }>;
  availability: (
    subs: string[],
    period: TimeSlot | readonly TimeSlot[],
    minutes: number,
    options?: { startIntervalMinutes?: number },
  ) => Promise<Map<string, TimeSlot[]>>;
} {
  const calls: Array<{ subs: string[]; periods: TimeSlot[]; minutes: number; interval?: number }> = [];
  return {
    calls,
    availability: (subs, period, minutes, options = {}) => {
      const periods = Array.isArray(period) ? [...(period as TimeSlot[])] : [period as TimeSlot];
      calls.push({ subs, periods, minutes, interval: options.startIntervalMinutes });
      const step = (options.startIntervalMinutes ?? 30) * 60_000;
      const length = minutes * 60_000;
      const result = new Map<string, TimeSlot[]>();
      for (const sub of subs) {
        const taken = (busy[sub] ?? []).map(([s, e]) => ({ start: at(s).getTime(), end: at(e).getTime() }));
        const slots: TimeSlot[] = [];
        for (const p of periods) {
          for (let t = p.start.getTime(); t + length <= p.end.getTime(); t += step) {
            if (!taken.some((b) => b.start < t + length && b.end > t))
              slots.push({ start: new Date(t), end: new Date(t + length) });
          }
        }
        result.set(sub, slots);
      }
      return Promise.resolve(result);
    },
  };
}

const rooms: Room[] = [
  room('big', { name: 'Big', capacity: 20, equipment: ['display', 'videoConference'], building: 'South' }),
  room('small', { name: 'Small', capacity: 4, equipment: ['display'], building: 'North' }),
  room('mid-south', { name: 'Mid South', capacity: 8, equipment: ['display'], building: 'South' }),
  room('mid-north', { name: 'Mid North', capacity: 8, equipment: ['display'], building: 'North' }),
  room('bare', { name: 'Bare', capacity: 10, equipment: [] }),
  room('ramp', {
    name: 'Ramp',
    capacity: 12,
    equipment: ['display'],
    wheelchairAccessible: true,
    building: 'South',
  }),
];

function query(fields: Partial<RoomQuery>): RoomQuery {
  return { start: at('2026-11-24T14:00'), durationMinutes: 60, equipment: [], timeZone: ZONE, ...fields };
}

describe('rooms: searching the free rooms', () => {
  it('offers only the free rooms that fit, smallest first, then by building', async () => {
    const cronofy = fakeCronofy({ 'res_mid-north': [['2026-11-24T13:30', '2026-11-24T14:30']] });
    const outcome = await searchRooms(cronofy, rooms, query({ people: 5, equipment: ['display'] }), { now });
    assert.deepEqual(
      outcome.fitting.map((r) => r.name),
      ['Mid North', 'Mid South', 'Ramp', 'Big'],
    );
    assert.deepEqual(
      outcome.free.map((r) => r.name),
      ['Mid South', 'Ramp', 'Big'],
    );
    assert.deepEqual(outcome.alternatives, []);
  });

  it('asks only for the slot when a room is free then, in one request for every room', async () => {
    const cronofy = fakeCronofy({});
    await searchRooms(cronofy, rooms, query({ start: at('2026-11-24T14:05'), durationMinutes: 30 }), { now });
    assert.equal(cronofy.calls.length, 1);
    const call = cronofy.calls[0]!;
    assert.equal(call.subs.length, rooms.length);
    assert.equal(call.minutes, 30);
    assert.deepEqual(
      call.periods.map((p) => [p.start.toISOString(), p.end.toISOString()]),
      [[at('2026-11-24T14:05').toISOString(), at('2026-11-24T14:35').toISOString()]],
    );
  });

  it('when every room that fits is taken, asks again for the working hours of that day and the next, on the quarter hour', async () => {
    const allDay: Array<[string, string]> = [['2026-11-24T14:00', '2026-11-24T15:00']];
    const cronofy = fakeCronofy(Object.fromEntries(rooms.map((r) => [r.sub, allDay])));
    await searchRooms(cronofy, rooms, query({ start: at('2026-11-24T14:05'), durationMinutes: 30 }), { now });
    assert.equal(cronofy.calls.length, 2);
    const call = cronofy.calls[1]!;
    assert.equal(call.subs.length, rooms.length);
    assert.equal(call.interval, 15);
    assert.equal(call.minutes, 30);
    assert.deepEqual(
      call.periods.map((p) => [p.start.toISOString(), p.end.toISOString()]),
      [
        [at('2026-11-24T08:00').toISOString(), at('2026-11-24T19:00').toISOString()],
        [at('2026-11-25T08:00').toISOString(), at('2026-11-25T19:00').toISOString()],
      ],
    );
  });

  it('keeps to the buildings asked for and to wheelchair access', async () => {
    const cronofy = fakeCronofy({});
    const south = await searchRooms(cronofy, rooms, query({ equipment: ['display'] }), {
      now,
      buildings: ['South'],
    });
    assert.deepEqual(
      south.free.map((r) => r.name),
      ['Mid South', 'Ramp', 'Big'],
    );
    const accessible = await searchRooms(cronofy, rooms, query({ equipment: ['wheelchair'] }), { now });
    assert.deepEqual(
      accessible.free.map((r) => r.name),
      ['Ramp'],
    );
  });

  it('asks nothing when no room fits', async () => {
    const cronofy = fakeCronofy({});
    const outcome = await searchRooms(cronofy, rooms, query({ people: 50 }), { now });
    assert.deepEqual(
      { ...outcome, largest: undefined },
      { fitting: [], free: [], alternatives: [], largest: undefined },
    );
    assert.equal(cronofy.calls.length, 0);
  });

  it('names the largest room that fits the rest of the request when none holds everyone', async () => {
    const cronofy = fakeCronofy({});
    const largestOfAll = [...rooms].sort((a, b) => b.capacity - a.capacity)[0]!;
    const outcome = await searchRooms(cronofy, rooms, query({ people: 500 }), { now });
    assert.equal(outcome.largest?.name, largestOfAll.name);
    const accessible = await searchRooms(cronofy, rooms, query({ people: 500, equipment: ['wheelchair'] }), {
      now,
    });
    assert.equal(accessible.largest?.name, 'Ramp');
  });

  it('names no largest room when the equipment or the building rules every room out', async () => {
    const cronofy = fakeCronofy({});
    const outcome = await searchRooms(cronofy, rooms, query({ people: 2 }), { now, buildings: ['Nowhere'] });
    assert.equal(outcome.largest, undefined);
  });

  it('offers the nearest free times that day and the next when every room that fits is taken', async () => {
    const cronofy = fakeCronofy({ res_big: [['2026-11-24T10:00', '2026-11-24T17:00']] });
    const outcome = await searchRooms(cronofy, rooms, query({ people: 15 }), { now });
    assert.deepEqual(outcome.free, []);
    const [today, tomorrow] = outcome.alternatives;
    const times = (slots: Array<{ start: Date }>): string[] =>
      slots.map((s) => DateTime.fromJSDate(s.start, { zone: ZONE }).toFormat('ccc HH:mm'));
    assert.deepEqual(times(today!.slots), ['Tue 17:00', 'Tue 17:15', 'Tue 17:30']);
    assert.deepEqual(times(tomorrow!.slots), ['Wed 13:45', 'Wed 14:00', 'Wed 14:15']);
    assert.ok(today!.slots.every((s) => s.room.name === 'Big'));
  });

  it('never offers the room just taken at the time asked, and no time in the past', async () => {
    const cronofy = fakeCronofy({});
    const asked = query({ start: at('2026-11-23T09:30'), people: 15 });
    const outcome = await searchRooms(cronofy, rooms, asked, { now, takenRoom: 'cal_big' });
    assert.deepEqual(outcome.free, []);
    const slots = outcome.alternatives.flatMap((d) => d.slots);
    assert.ok(slots.length > 0);
    assert.ok(slots.every((s) => s.start.getTime() >= now.getTime()));
    assert.ok(!slots.some((s) => s.start.getTime() === asked.start.getTime()));
  });

  it('skips the closed days: a Saturday request looks at Monday and Tuesday', () => {
    const { windows } = searchPeriods(query({ start: at('2026-11-28T10:00') }), now);
    assert.deepEqual(
      windows.map((w) => DateTime.fromJSDate(w.start, { zone: ZONE }).toFormat('ccc HH:mm')),
      ['Mon 08:00', 'Tue 08:00'],
    );
  });

  it('offers as free only rooms that fit and are free for the whole slot (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 25 }),
        fc.subarray(['display', 'videoConference'] as const),
        fc.array(
          fc.tuple(
            fc.constantFrom(...rooms.map((r) => r.sub)),
            fc.integer({ min: 0, max: 40 }),
            fc.integer({ min: 1, max: 8 }),
          ),
        ),
        async (people, equipment, bookings) => {
          const busy: Record<string, Array<[string, string]>> = {};
          for (const [sub, quarter, length] of bookings) {
            const start = DateTime.fromISO('2026-11-24T08:00', { zone: ZONE }).plus({
              minutes: quarter * 15,
            });
            (busy[sub] ??= []).push([start.toISO()!, start.plus({ minutes: length * 15 }).toISO()!]);
          }
          const q = query({ people, equipment: [...equipment] });
          const outcome = await searchRooms(fakeCronofy(busy), rooms, q, { now });
          const end = q.start.getTime() + q.durationMinutes * 60_000;
          for (const r of outcome.free) {
            assert.ok(r.capacity >= people);
            assert.ok(equipment.every((e) => r.equipment.includes(e)));
            assert.ok(
              !(busy[r.sub] ?? []).some(
                ([s, e]) => at(s).getTime() < end && at(e).getTime() > q.start.getTime(),
              ),
            );
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
