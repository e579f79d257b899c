import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { nextQuarterHour, queryFromInputs, queryFromIntent } from '../../../../bot/commands/rooms/room-query';
import type { BookRoomIntent } from '../../../../bot/language/intents';

const ZONE = 'Europe/Paris';
// Monday 23 November 2026, 14:04:30 in Paris.
const now = DateTime.fromISO('2026-11-23T14:04:30', { zone: ZONE }).toJSDate();
const ctx = { now, timeZone: ZONE };
const local = (d: Date, zone = ZONE): string => DateTime.fromJSDate(d, { zone }).toFormat('yyyy-MM-dd HH:mm');

describe('rooms: reading the request', () => {
  it('rounds up to the next quarter hour in the time zone, also where quarters are not UTC quarters', () => {
    assert.equal(local(nextQuarterHour(now, ZONE)), '2026-11-23 14:15');
    const kathmandu = DateTime.fromISO('2026-11-23T10:50', { zone: 'Asia/Kathmandu' }).toJSDate();
    assert.equal(local(nextQuarterHour(kathmandu, 'Asia/Kathmandu'), 'Asia/Kathmandu'), '2026-11-23 11:00');
    const onTheQuarter = DateTime.fromISO('2026-11-23T14:30', { zone: ZONE }).toJSDate();
    assert.equal(local(nextQuarterHour(onTheQuarter, ZONE)), '2026-11-23 14:30');
  });

  it('searches from the next quarter hour, for 30 minutes, when the sentence gives no time', () => {
    const read = queryFromIntent({ kind: 'bookRoom', equipment: [] }, ctx);
    assert.equal(local(read.query.start), '2026-11-23 14:15');
    assert.equal(read.query.durationMinutes, 30);
    assert.equal(read.timeChosen, true);
    assert.deepEqual(read.problems, []);
  });

  it('searches from the opening hour of a later day named without a time', () => {
    const intent: BookRoomIntent = {
      kind: 'bookRoom',
      equipment: ['display', 'display'],
      start: DateTime.fromISO('2026-11-24T00:00', { zone: ZONE }).toJSDate(),
      when: { phrases: ['tomorrow'], hasDate: true, hasTime: false, date: '2026-11-24' },
    };
    const read = queryFromIntent(intent, ctx);
    assert.equal(local(read.query.start), '2026-11-24 08:00');
    assert.deepEqual(read.query.equipment, ['display']);
    assert.equal(read.timeChosen, true);
  });

  it("keeps the language layer's findings and adds the booking rules' own", () => {
    const past = queryFromIntent(
      {
        kind: 'bookRoom',
        equipment: [],
        start: DateTime.fromISO('2026-11-22T15:00', { zone: ZONE }).toJSDate(),
        people: 0,
        when: { phrases: ['yesterday', 'at 3pm'], hasDate: true, hasTime: true },
        errors: ['pastTime'],
      },
      ctx,
    );
    assert.deepEqual(past.problems, ['pastTime', 'invalidPeople']);
    const long = queryFromIntent(
      {
        kind: 'bookRoom',
        equipment: [],
        durationMinutes: 14 * 60,
        start: now,
        when: { phrases: [], hasDate: false, hasTime: true },
      },
      ctx,
    );
    assert.deepEqual(long.problems, ['tooLong']);
  });

  it("reads the card's inputs in the card's time zone", () => {
    const read = queryFromInputs(
      {
        tz: 'America/Sao_Paulo',
        date: '2026-11-25',
        time: '09:30',
        duration: '90',
        people: '7',
        equipment: 'videoConference,whiteboard,teleporter',
        building: 'Torre Norte',
      },
      ctx,
    );
    assert.equal(read.query.start.toISOString(), '2026-11-25T12:30:00.000Z');
    assert.equal(read.query.durationMinutes, 90);
    assert.equal(read.query.people, 7);
    assert.deepEqual(read.query.equipment, ['videoConference', 'whiteboard']);
    assert.equal(read.query.building, 'Torre Norte');
    assert.deepEqual(read.problems, []);
  });

  it('reads "any building" and an empty head count as no filter, and a button without inputs as a fresh search', () => {
    const any = queryFromInputs({ date: '2026-11-25', time: '09:30', people: '', building: '*' }, ctx);
    assert.equal(any.query.building, undefined);
    assert.equal(any.query.people, undefined);
    const fresh = queryFromInputs({}, ctx);
    assert.equal(local(fresh.query.start), '2026-11-23 14:15');
    assert.deepEqual(fresh.problems, []);
  });

  it('says what is wrong with inputs that cannot be read, or a time gone by', () => {
    assert.deepEqual(queryFromInputs({ date: '2026-02-30', time: '10:00' }, ctx).problems, [
      'impossibleDate',
    ]);
    assert.deepEqual(queryFromInputs({ date: '2026-11-25', time: '' }, ctx).problems, ['missingTime']);
    assert.deepEqual(queryFromInputs({ date: '2026-11-23', time: '09:00' }, ctx).problems, ['pastTime']);
    assert.deepEqual(queryFromInputs({ date: '2026-11-25', time: '10:00', duration: '5' }, ctx).problems, [
      'tooShort',
    ]);
  });
});
