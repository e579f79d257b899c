import assert from 'node:assert/strict';
import { durationText, InvalidInstantError, resolveInstant } from '../../../bot/tenant/relative-time';

const now = new Date('2026-11-23T09:30:00Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function offset(text: string): number {
  return resolveInstant(text, now).getTime() - now.getTime();
}

describe('resolveInstant', () => {
  it('reads an ISO 8601 instant in UTC', () => {
    assert.equal(resolveInstant('2026-11-23T09:30:00Z', now).toISOString(), '2026-11-23T09:30:00.000Z');
  });

  it('reads an instant with an offset, without seconds, or with fractions of a second', () => {
    assert.equal(resolveInstant('2026-11-23T10:30+01:00', now).toISOString(), '2026-11-23T09:30:00.000Z');
    assert.equal(resolveInstant('2026-11-23T06:30:15-03:00', now).toISOString(), '2026-11-23T09:30:15.000Z');
    assert.equal(resolveInstant('2026-11-23T09:30:00.250Z', now).toISOString(), '2026-11-23T09:30:00.250Z');
  });

  it('takes an unsigned duration as a time after now', () => {
    assert.equal(offset('PT3H'), 3 * HOUR);
  });

  it('takes "-" as before now and "+" as after now', () => {
    assert.equal(offset('-PT3H'), -3 * HOUR);
    assert.equal(offset('+PT45M'), 45 * MINUTE);
  });

  it('reads weeks, days, hours, minutes and seconds', () => {
    assert.equal(offset('+P2W'), 14 * DAY);
    assert.equal(offset('P1D'), DAY);
    assert.equal(offset('PT90S'), 90_000);
  });

  it('adds up combined parts ("P1DT2H" is tomorrow, two hours later than now)', () => {
    assert.equal(offset('P1DT2H'), DAY + 2 * HOUR);
    assert.equal(offset('-P1W2DT3H4M5S'), -(9 * DAY + 3 * HOUR + 4 * MINUTE + 5000));
  });

  it('leaves the given now untouched', () => {
    const before = now.getTime();
    resolveInstant('-P3D', now);
    assert.equal(now.getTime(), before);
  });

  for (const bad of [
    '',
    'yesterday',
    'P',
    '-P',
    'PT',
    'P1DT',
    'P1H',
    'PT1D',
    'P1.5D',
    'P1Y',
    '--PT3H',
    '2026-11-23',
    '2026-11-23T09:30:00',
    '2026-13-01T00:00:00Z',
    '2026-02-30T00:00:00Z',
    '2026-11-23T24:00:00Z',
    '2026-11-23T09:60:00Z',
    '2026-11-23T09:30:00+25:00',
  ]) {
    it(`refuses ${JSON.stringify(bad)} with a message that quotes it`, () => {
      assert.throws(
        () => resolveInstant(bad, now),
        (error: unknown) =>
          error instanceof InvalidInstantError &&
          error.message.startsWith(`"${bad}" is not a valid instant: `),
      );
    });
  }

  it('refuses a duration too large for a date', () => {
    assert.throws(() => resolveInstant('P99999999999D', now), /too large/);
  });

  it('accepts 29 February in a leap year only', () => {
    assert.equal(resolveInstant('2028-02-29T12:00:00Z', now).toISOString(), '2028-02-29T12:00:00.000Z');
    assert.throws(() => resolveInstant('2027-02-29T12:00:00Z', now), /no day 29/);
  });
});

describe('durationText', () => {
  it('writes offsets as signed durations that resolveInstant reads back', () => {
    for (const ms of [
      0,
      4 * MINUTE,
      -4 * MINUTE,
      -(3 * DAY + 4 * HOUR + 5 * MINUTE + 6000),
      20 * DAY + 6 * HOUR,
    ]) {
      assert.equal(offset(durationText(ms)), ms);
    }
  });

  it('writes the shortest form', () => {
    assert.equal(durationText(-4 * MINUTE), '-PT4M');
    assert.equal(durationText(DAY + 2 * HOUR), 'P1DT2H');
    assert.equal(durationText(0), 'PT0S');
  });
});
