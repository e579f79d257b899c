import assert from 'node:assert/strict';
import fc from 'fast-check';
import { DateTime, IANAZone } from 'luxon';
import { luxonZone, zoneOffsetMs } from '../../bot/time-zones';

const ZONES = [
  'Europe/Paris',
  'America/Sao_Paulo',
  'America/New_York',
  'America/St_Johns',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'UTC',
];

/** The offset luxon computes on its own, in milliseconds. */
const reference = (zone: string, ts: number): number => IANAZone.create(zone).offset(ts) * 60_000;

describe('zone offsets', () => {
  it('agrees with luxon for any instant from 1990 to 2060 in zones with half-hour, 45-minute and half-hour-DST offsets', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }),
        (zone, ts) => {
          assert.equal(zoneOffsetMs(zone, ts), reference(zone, ts));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('switches at the exact second of a daylight-saving change, both ways', () => {
    // Paris: 2026-03-29 01:00 UTC (+1 → +2) and 2026-10-25 01:00 UTC (+2 → +1).
    const spring = Date.UTC(2026, 2, 29, 1, 0, 0);
    const autumn = Date.UTC(2026, 9, 25, 1, 0, 0);
    assert.equal(zoneOffsetMs('Europe/Paris', spring - 1000), 3600_000);
    assert.equal(zoneOffsetMs('Europe/Paris', spring), 7200_000);
    assert.equal(zoneOffsetMs('Europe/Paris', autumn - 1000), 7200_000);
    assert.equal(zoneOffsetMs('Europe/Paris', autumn), 3600_000);
  });

  it('agrees with luxon on every minute around the changes of a year in Lord Howe (30-minute DST)', () => {
    for (let ts = Date.UTC(2026, 0, 1); ts < Date.UTC(2027, 0, 1); ts += 7 * 60_000 + 13_000) {
      assert.equal(zoneOffsetMs('Australia/Lord_Howe', ts), reference('Australia/Lord_Howe', ts));
    }
  });

  it('makes luxon DateTimes identical to those of the zone name: wall time, ISO text, day starts and the spring-forward gap', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ZONES),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        fc.integer({ min: -40, max: 40 }),
        (zone, ts, days) => {
          const kept = DateTime.fromMillis(ts, { zone: luxonZone(zone) });
          const plain = DateTime.fromMillis(ts, { zone });
          assert.equal(kept.toISO(), plain.toISO());
          assert.equal(kept.zoneName, zone);
          assert.equal(
            kept.startOf('day').plus({ days }).toISO(),
            plain.startOf('day').plus({ days }).toISO(),
          );
          const wall = { year: plain.year, month: plain.month, day: plain.day, hour: 2, minute: 30 };
          assert.equal(
            DateTime.fromObject(wall, { zone: luxonZone(zone) }).toISO(),
            DateTime.fromObject(wall, { zone }).toISO(),
          );
          assert.equal(kept.toFormat('ZZ ZZZ'), plain.toFormat('ZZ ZZZ'));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('gives luxon an invalid zone for a name the runtime does not know', () => {
    assert.equal(DateTime.now().setZone(luxonZone('Mars/Olympus_Mons')).isValid, false);
  });
});
