import assert from 'node:assert/strict';
import {
  bookButton,
  readAgendaButton,
  readBookButton,
  readCancelButton,
} from '../../../../bot/commands/rooms/button-data';

describe('rooms: what the buttons carry', () => {
  const query = {
    start: new Date('2026-11-24T13:00:00Z'),
    durationMinutes: 60,
    people: 6,
    equipment: ['display' as const, 'wheelchair' as const],
    building: 'Tower B',
    timeZone: 'Europe/Paris',
  };

  it('reads back the booking a Book button was made for', () => {
    const data = { book: bookButton('cal_1', query.start, query, 'nonce-1') };
    const booking = readBookButton(JSON.parse(JSON.stringify(data)) as Record<string, unknown>, 'UTC');
    assert.equal(booking?.calendarId, 'cal_1');
    assert.equal(booking?.start.toISOString(), '2026-11-24T13:00:00.000Z');
    assert.equal(booking?.durationMinutes, 60);
    assert.deepEqual(booking?.query.equipment, ['display', 'wheelchair']);
    assert.equal(booking?.query.people, 6);
    assert.equal(booking?.query.timeZone, 'Europe/Paris');
  });

  it('rejects button data that is missing parts or crafted', () => {
    const good = bookButton('cal_1', query.start, query, 'n');
    assert.equal(readBookButton({}, 'UTC'), undefined);
    assert.equal(readBookButton({ book: { ...good, start: 'yesterday' } }, 'UTC'), undefined);
    assert.equal(readBookButton({ book: { ...good, minutes: 'ten' } }, 'UTC'), undefined);
    assert.equal(readBookButton({ book: { ...good, nonce: '' } }, 'UTC'), undefined);
    assert.equal(readBookButton({ book: { ...good, tz: 'Mars/Olympus' } }, 'UTC')?.query.timeZone, 'UTC');
    assert.equal(
      readCancelButton({ cancel: { room: 'cal_1', start: '2026-11-24T13:00:00Z', nonce: 'n' } }, 'UTC'),
      undefined,
    );
    assert.equal(readAgendaButton({ agenda: { room: 'cal_1', day: '24/11/2026' } }, 'UTC'), undefined);
  });
});
