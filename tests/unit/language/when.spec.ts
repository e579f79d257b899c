import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import {
  dayRange,
  parseDuration,
  parseWhen,
  periodRange,
  type WhenContext,
} from '../../../bot/language/when';

const PARIS = 'Europe/Paris';
const SAO_PAULO = 'America/Sao_Paulo';

// Monday 23 November 2026, 10:30 in Paris, 06:30 in São Paulo.
const MONDAY: WhenContext = { now: new Date('2026-11-23T09:30:00Z'), timeZone: PARIS };

/** The start as local wall-clock time in the context's zone: "Tue 2026-11-24 14:00". */
function localStart(text: string, ctx: WhenContext): string | undefined {
  const { start } = parseWhen(text, ctx);
  return start
    ? DateTime.fromJSDate(start, { zone: ctx.timeZone }).toFormat('ccc yyyy-MM-dd HH:mm')
    : undefined;
}

describe('reading dates and times', () => {
  const cases: ReadonlyArray<readonly [string, string]> = [
    ['now', 'Mon 2026-11-23 10:30'],
    ['maintenant', 'Mon 2026-11-23 10:30'],
    ['agora', 'Mon 2026-11-23 10:30'],
    ['at 3pm', 'Mon 2026-11-23 15:00'],
    ['à 15h', 'Mon 2026-11-23 15:00'],
    ['às 15h', 'Mon 2026-11-23 15:00'],
    ['2:30 pm', 'Mon 2026-11-23 14:30'],
    ['14:30', 'Mon 2026-11-23 14:30'],
    ['14h30', 'Mon 2026-11-23 14:30'],
    ['at 2', 'Mon 2026-11-23 14:00'],
    ['noon', 'Mon 2026-11-23 12:00'],
    ['midi', 'Mon 2026-11-23 12:00'],
    ['meio-dia', 'Mon 2026-11-23 12:00'],
    ['tomorrow at 14h', 'Tue 2026-11-24 14:00'],
    ['demain à 14h', 'Tue 2026-11-24 14:00'],
    ['amanhã às 14h', 'Tue 2026-11-24 14:00'],
    ['amanha as 14h', 'Tue 2026-11-24 14:00'],
    ['tomorrow morning', 'Tue 2026-11-24 09:00'],
    ['demain matin', 'Tue 2026-11-24 09:00'],
    ['amanhã de manhã', 'Tue 2026-11-24 09:00'],
    ['this afternoon', 'Mon 2026-11-23 14:00'],
    ['cet après-midi', 'Mon 2026-11-23 14:00'],
    ['hoje à tarde', 'Mon 2026-11-23 14:00'],
    ["à 3h de l'après-midi", 'Mon 2026-11-23 15:00'],
    ['às 2 da tarde', 'Mon 2026-11-23 14:00'],
    ['day after tomorrow at noon', 'Wed 2026-11-25 12:00'],
    ['après-demain à 10h', 'Wed 2026-11-25 10:00'],
    ['depois de amanhã às 10h', 'Wed 2026-11-25 10:00'],
    ['next Tuesday morning', 'Tue 2026-11-24 09:00'],
    ['mardi prochain à 9h', 'Tue 2026-11-24 09:00'],
    ['próxima terça às 9h', 'Tue 2026-11-24 09:00'],
    ['terça que vem às 9h', 'Tue 2026-11-24 09:00'],
    ['friday 9am', 'Fri 2026-11-27 09:00'],
    ['vendredi à 9h', 'Fri 2026-11-27 09:00'],
    ['sexta-feira às 9h', 'Fri 2026-11-27 09:00'],
    ['lundi à 9h30', 'Mon 2026-11-30 09:30'],
    ['monday 11am', 'Mon 2026-11-23 11:00'],
    ['next monday', 'Mon 2026-11-30 00:00'],
    ['25/12 at 10:00', 'Fri 2026-12-25 10:00'],
    ['12/25', 'Fri 2026-12-25 00:00'],
    ['2026-12-25', 'Fri 2026-12-25 00:00'],
    ['05/01', 'Tue 2027-01-05 00:00'],
    ['le 25 décembre à 10h', 'Fri 2026-12-25 10:00'],
    ['25 de dezembro às 10h', 'Fri 2026-12-25 10:00'],
    ['December 25th at 10am', 'Fri 2026-12-25 10:00'],
    ['in 2 hours', 'Mon 2026-11-23 12:30'],
    ['dans 30 minutes', 'Mon 2026-11-23 11:00'],
    ['daqui a 1 hora', 'Mon 2026-11-23 11:30'],
    ['tomorrow', 'Tue 2026-11-24 00:00'],
    ['today', 'Mon 2026-11-23 10:30'],
  ];
  for (const [text, expected] of cases) {
    it(`reads "${text}" as ${expected} in Paris`, () => {
      assert.equal(localStart(text, MONDAY), expected);
    });
  }

  it('tells a named time of day from a day alone', () => {
    assert.equal(parseWhen('demain', MONDAY).understood?.hasTime, false);
    assert.equal(parseWhen('demain', MONDAY).understood?.hasDate, true);
    assert.equal(parseWhen('demain à 9h', MONDAY).understood?.hasTime, true);
    assert.equal(parseWhen('demain matin', MONDAY).understood?.partOfDay, 'morning');
  });

  it('finds nothing in a sentence without a date', () => {
    const result = parseWhen('call Alice', MONDAY);
    assert.equal(result.start, undefined);
    assert.equal(result.understood, undefined);
    assert.deepEqual(result.errors, []);
  });
});

describe('reading durations and ranges', () => {
  const durations: ReadonlyArray<readonly [string, number]> = [
    ['for 1 hour', 60],
    ['for an hour', 60],
    ['for 90 minutes', 90],
    ['for 1.5 hours', 90],
    ['pendant 45 min', 45],
    ['pendant une heure', 60],
    ['pendant 1h30', 90],
    ['pendant une demi-heure', 30],
    ['une heure et demie', 90],
    ['por 2 horas', 120],
    ['por 1,5 hora', 90],
    ['durante 30 minutos', 30],
    ['por meia hora', 30],
    ['uma hora e meia', 90],
    ['1h30', 90],
    ['an hour and a half', 90],
    ['a 2-hour meeting', 120],
  ];
  for (const [text, minutes] of durations) {
    it(`reads "${text}" as ${minutes} minutes`, () => {
      assert.equal(parseWhen(text, MONDAY).durationMinutes, minutes);
    });
  }

  it('reads a duration alone with parseDuration', () => {
    assert.equal(parseDuration('1h30'), 90);
    assert.equal(parseDuration('45 min'), 45);
    assert.equal(parseDuration('2 horas'), 120);
    assert.equal(parseDuration('une demi-heure'), 30);
    assert.equal(parseDuration('Alice'), undefined);
  });

  const ranges: ReadonlyArray<readonly [string, string, number]> = [
    ['from 2 to 4pm', 'Mon 2026-11-23 14:00', 120],
    ['from 11 to 1pm', 'Mon 2026-11-23 11:00', 120],
    ['between 2 and 3:30pm', 'Mon 2026-11-23 14:00', 90],
    ['2-4pm', 'Mon 2026-11-23 14:00', 120],
    ['de 14h à 15h30', 'Mon 2026-11-23 14:00', 90],
    ['entre 14h et 15h', 'Mon 2026-11-23 14:00', 60],
    ['das 14h às 16h', 'Mon 2026-11-23 14:00', 120],
    ['demain 14h-15h30', 'Tue 2026-11-24 14:00', 90],
    ["jusqu'à 16h", 'Mon 2026-11-23 10:30', 330],
  ];
  for (const [text, start, minutes] of ranges) {
    it(`reads the range "${text}" as ${minutes} minutes from ${start}`, () => {
      assert.equal(localStart(text, MONDAY), start);
      assert.equal(parseWhen(text, MONDAY).durationMinutes, minutes);
    });
  }

  it('keeps a time of "à 14h" apart from a duration of "pendant 1h30" in the same sentence', () => {
    const result = parseWhen('demain à 14h pendant 1h30', MONDAY);
    assert.equal(localStart('demain à 14h pendant 1h30', MONDAY), 'Tue 2026-11-24 14:00');
    assert.equal(result.durationMinutes, 90);
    assert.equal(result.end?.toISOString(), '2026-11-24T14:30:00.000Z');
  });
});

describe('dates that cannot be used', () => {
  it('flags a time already past today', () => {
    assert.deepEqual(parseWhen('today at 9', MONDAY).errors, ['pastTime']);
    assert.deepEqual(parseWhen("aujourd'hui à 8h", MONDAY).errors, ['pastTime']);
    assert.deepEqual(parseWhen('hoje às 9h', MONDAY).errors, ['pastTime']);
  });

  it('flags a bare time of day already past, rather than moving it to tomorrow', () => {
    const result = parseWhen('at 9am', MONDAY);
    assert.deepEqual(result.errors, ['pastTime']);
    assert.equal(localStart('at 9am', MONDAY), 'Mon 2026-11-23 09:00');
  });

  it('flags yesterday', () => {
    assert.deepEqual(parseWhen('yesterday at 3pm', MONDAY).errors, ['pastTime']);
    assert.deepEqual(parseWhen('hier', MONDAY).errors, ['pastTime']);
  });

  it('does not flag today without a time, nor a time later today', () => {
    assert.deepEqual(parseWhen('today', MONDAY).errors, []);
    assert.deepEqual(parseWhen('at 10:30', MONDAY).errors, []);
    assert.deepEqual(parseWhen('à 16h', MONDAY).errors, []);
  });

  it('flags impossible dates instead of rolling them over', () => {
    for (const text of [
      '31/02',
      '30 février',
      '30 de fevereiro',
      'February 30',
      '2027-02-29',
      '31/04/2027',
      '13/13',
    ]) {
      const result = parseWhen(text, MONDAY);
      assert.deepEqual(result.errors, ['impossibleDate'], text);
      assert.equal(result.start, undefined, text);
    }
  });

  it('accepts 29 February in a leap year', () => {
    assert.equal(localStart('29/02/2028', MONDAY), 'Tue 2028-02-29 00:00');
  });

  it('flags an end before the start', () => {
    assert.deepEqual(parseWhen('from 4pm to 2pm', MONDAY).errors, ['endBeforeStart']);
    assert.deepEqual(parseWhen('de 15h à 14h', MONDAY).errors, ['endBeforeStart']);
    assert.equal(parseWhen('de 15h à 14h', MONDAY).durationMinutes, undefined);
  });
});

describe('time zones and daylight saving', () => {
  it('resolves "tomorrow" from the user\'s own date: late evening in São Paulo is already tomorrow in Paris', () => {
    // 02:00 UTC: Sunday 22 November 23:00 in São Paulo, Monday 23 November 03:00 in Paris.
    const now = new Date('2026-11-23T02:00:00Z');
    const sp = parseWhen('amanhã às 14h', { now, timeZone: SAO_PAULO });
    const paris = parseWhen('demain à 14h', { now, timeZone: PARIS });
    assert.equal(sp.start?.toISOString(), '2026-11-23T17:00:00.000Z');
    assert.equal(paris.start?.toISOString(), '2026-11-24T13:00:00.000Z');
  });

  it('gives São Paulo wall-clock times at UTC-3', () => {
    const ctx: WhenContext = { now: new Date('2026-11-23T09:30:00Z'), timeZone: SAO_PAULO };
    assert.equal(parseWhen('hoje às 15h', ctx).start?.toISOString(), '2026-11-23T18:00:00.000Z');
    assert.deepEqual(parseWhen('hoje às 6h', ctx).errors, ['pastTime']);
  });

  it('keeps 14:00 at 14:00 across the spring change in Paris (UTC+1 the day before, UTC+2 the day after)', () => {
    const saturday: WhenContext = { now: new Date('2026-03-28T20:00:00Z'), timeZone: PARIS };
    assert.equal(parseWhen('tomorrow at 14h', saturday).start?.toISOString(), '2026-03-29T12:00:00.000Z');
    assert.equal(parseWhen('today at 21:30', saturday).start?.toISOString(), '2026-03-28T20:30:00.000Z');
  });

  it('counts real minutes over the night the clocks go forward', () => {
    const saturday: WhenContext = { now: new Date('2026-03-28T20:00:00Z'), timeZone: PARIS };
    const result = parseWhen('demain de 1h à 4h', saturday);
    assert.equal(result.start?.toISOString(), '2026-03-29T00:00:00.000Z');
    assert.equal(result.durationMinutes, 120);
  });

  it('moves a time that does not exist on the spring change day to a time that does', () => {
    const saturday: WhenContext = { now: new Date('2026-03-28T20:00:00Z'), timeZone: PARIS };
    const start = parseWhen('demain à 2h30', saturday).start;
    assert.ok(start);
    assert.equal(DateTime.fromJSDate(start, { zone: PARIS }).toFormat('HH:mm'), '03:30');
  });

  it('keeps 9:00 at 9:00 across the autumn change (UTC+1 after it)', () => {
    const saturday: WhenContext = { now: new Date('2026-10-24T20:00:00Z'), timeZone: PARIS };
    assert.equal(parseWhen('tomorrow at 9', saturday).start?.toISOString(), '2026-10-25T08:00:00.000Z');
    assert.equal(parseWhen('lundi à 9h', saturday).start?.toISOString(), '2026-10-26T08:00:00.000Z');
  });

  it('falls back to UTC when the time zone is unknown', () => {
    const result = parseWhen('tomorrow at 14h', { now: MONDAY.now, timeZone: 'Not/AZone' });
    assert.equal(result.start?.toISOString(), '2026-11-24T14:00:00.000Z');
  });

  it('gives a day of 23 hours on the spring change day', () => {
    const { from, to } = dayRange(new Date('2026-03-29T10:00:00Z'), { timeZone: PARIS });
    assert.equal(from.toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal((to.getTime() - from.getTime()) / 3_600_000, 23);
  });

  it("gives call-log periods in the user's time zone", () => {
    const today = periodRange('today', MONDAY);
    assert.equal(today.from.toISOString(), '2026-11-22T23:00:00.000Z');
    assert.equal(today.to.toISOString(), '2026-11-23T23:00:00.000Z');
    const yesterday = periodRange('yesterday', { now: MONDAY.now, timeZone: SAO_PAULO });
    assert.equal(yesterday.from.toISOString(), '2026-11-22T03:00:00.000Z');
    const week = periodRange('week', { now: new Date('2026-11-26T12:00:00Z'), timeZone: PARIS });
    assert.equal(week.from.toISOString(), '2026-11-22T23:00:00.000Z');
  });
});
