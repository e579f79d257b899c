import { DateTime } from 'luxon';
import { luxonZone, zoneOrUtc } from '../time-zones';
import type { CallPeriod, PartOfDay, WhenError, WhenUnderstood } from './intents';
import { type Folded, originalSlice, prepare } from './normalize';
import { numberValue } from './numbers';
import {
  clockOf,
  type Clock,
  DUR,
  durationOf,
  type Groups,
  MONTHS,
  officeHour,
  PATTERNS,
  plausibleBareDuration,
  WEEKDAYS,
} from './when-patterns';

/** The moment and the place a sentence is read in. */
export interface WhenContext {
  now: Date;
  /** IANA time zone of the user (e.g. `Europe/Paris`); UTC when unknown. */
  timeZone: string;
}

export interface WhenResult {
  start?: Date;
  end?: Date;
  durationMinutes?: number;
  /** Undefined when nothing date-like was found. */
  understood?: WhenUnderstood;
  errors: WhenError[];
  /** Folded positions [start, end) that were read as dates, times or durations. */
  spans: Array<[number, number]>;
}

/** Hours that "morning", "afternoon" and "evening" stand for. */
export const PART_OF_DAY_HOUR: Record<PartOfDay, number> = { morning: 9, afternoon: 14, evening: 18 };

type DayMode = 'exact' | 'weekdayPlain';

interface Found {
  day?: DateTime;
  dayMode?: DayMode;
  impossible?: boolean;
  absolute?: DateTime;
  time?: Clock;
  end?: Clock;
  until?: Clock;
  partOfDay?: PartOfDay;
  partOfDayToday?: boolean;
  durationMinutes?: number;
}

class Scanner {
  private work: string;
  readonly spans: Array<[number, number]> = [];

  constructor(folded: string) {
    this.work = folded;
  }

  // Runs a pattern over what is still unread; a handler that accepts a match marks it read.
  each(pattern: RegExp, accept: (g: Groups, text: string) => boolean): void {
    pattern.lastIndex = 0;
    for (const match of [...this.work.matchAll(pattern)]) {
      const start = match.index;
      const text = match[0].trimEnd();
      if (text.length === 0) continue;
      if (accept(match.groups ?? {}, text)) this.mark(start, start + text.length);
    }
  }

  private mark(start: number, end: number): void {
    this.work = this.work.slice(0, start) + '|'.repeat(end - start) + this.work.slice(end);
    this.spans.push([start, end]);
  }
}

function validDay(zone: string, y: number, m: number, d: number): DateTime | undefined {
  if (m < 1 || m > 12 || d < 1) return undefined;
  const day = DateTime.fromObject({ year: y, month: m, day: d }, { zone: luxonZone(zone) });
  return day.isValid && day.day === d && day.month === m ? day : undefined;
}

// A day and month without a year: this year, or next year once this year's has gone by.
function upcoming(zone: string, today: DateTime, m: number, d: number, y?: number): DateTime | undefined {
  if (y !== undefined) return validDay(zone, y, m, d);
  const thisYear = validDay(zone, today.year, m, d);
  if (thisYear && thisYear >= today) return thisYear;
  if (!thisYear && m >= today.month) return undefined;
  return validDay(zone, today.year + 1, m, d);
}

function fullYear(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const y = Number(text);
  return text.length === 2 ? 2000 + y : y;
}

/** Finds dates, times and durations in folded text (as made by `prepare`). */
export function scanWhen(f: Folded, ctx: WhenContext): WhenResult {
  const zone = zoneOrUtc(ctx.timeZone);
  const now = DateTime.fromJSDate(ctx.now, { zone: luxonZone(zone) });
  const today = now.startOf('day');
  const scan = new Scanner(f.folded);
  const found: Found = {};
  const setDay = (day: DateTime | undefined, mode: DayMode = 'exact'): boolean => {
    if (found.day !== undefined || found.impossible) return true;
    if (day === undefined) found.impossible = true;
    else {
      found.day = day.startOf('day');
      found.dayMode = mode;
    }
    return true;
  };
  const p = PATTERNS;

  // Dates: explicit forms first, then words.
  scan.each(p.iso, (g) => setDay(validDay(zone, Number(g.y), Number(g.m), Number(g.d))));
  scan.each(p.numeric, (g) => {
    if (g.s !== '/' && g.y === undefined) return false;
    let d = Number(g.a);
    let m = Number(g.b);
    // Day first (en-GB, fr, pt); "12/25" can only be month first.
    if (m > 12 && d <= 12) [d, m] = [m, d];
    return setDay(m > 12 ? undefined : upcoming(zone, today, m, d, fullYear(g.y)));
  });
  const monthOf = (g: Groups): number => MONTHS[g.mon ?? ''] ?? 0;
  scan.each(p.dayMonth, (g) => setDay(upcoming(zone, today, monthOf(g), Number(g.d), fullYear(g.y))));
  scan.each(p.monthDay, (g) => setDay(upcoming(zone, today, monthOf(g), Number(g.d), fullYear(g.y))));
  scan.each(p.afterTomorrow, () => setDay(today.plus({ days: 2 })));
  scan.each(p.tomorrow, () => setDay(today.plus({ days: 1 })));
  scan.each(p.today, () => setDay(today));
  scan.each(p.yesterday, () => setDay(today.minus({ days: 1 })));
  scan.each(p.inDays, (g) => {
    const n = numberValue(g.n ?? '');
    if (n === undefined || !Number.isInteger(n)) return false;
    const days = /^(w|sem)/.test(g.unit ?? '') ? n * 7 : n;
    return setDay(today.plus({ days }));
  });
  scan.each(p.weekday, (g) => {
    const wd = WEEKDAYS[g.wd ?? ''] ?? 1;
    const post = g.post ?? '';
    if (/week|semaine|semana/.test(post))
      return setDay(today.startOf('week').plus({ weeks: 1, days: wd - 1 }));
    const next =
      /next|proxim|coming/.test(`${g.pre ?? ''} ${g.pre2 ?? ''}`) || /prochain|vient|que vem/.test(post);
    let diff = (wd - today.weekday + 7) % 7;
    if (next && diff === 0) diff = 7;
    return setDay(today.plus({ days: diff }), next ? 'exact' : 'weekdayPlain');
  });
  scan.each(p.nextWeek, () => setDay(today.startOf('week').plus({ weeks: 1 })));
  scan.each(p.dayOnly, (g) => {
    const d = Number(g.d ?? g.d2);
    const thisMonth = validDay(zone, today.year, today.month, d);
    if (thisMonth && thisMonth >= today) return setDay(thisMonth);
    const next = today.plus({ months: 1 });
    return setDay(validDay(zone, next.year, next.month, d));
  });

  // Moments relative to now.
  scan.each(p.now, () => {
    found.absolute ??= now.startOf('minute');
    return true;
  });
  scan.each(p.inDuration, (g) => {
    const minutes = durationOf(g);
    if (minutes === undefined) return false;
    found.absolute ??= now.plus({ minutes }).startOf('minute');
    return true;
  });

  // Durations introduced as such, before times, so that "pendant 1h30" is not half past one.
  scan.each(p.durationAfterPrep, (g) => {
    const minutes = durationOf(g);
    if (minutes === undefined) return false;
    const ambiguous = /^(for|pour|para)$/.test(g.dp ?? '');
    const abbreviated = g.du === 'h' || g.du === 'hs';
    if (ambiguous && abbreviated && !plausibleBareDuration(g, minutes)) return false;
    found.durationMinutes ??= minutes;
    return true;
  });

  scan.each(p.range, (g) => {
    let start = clockOf(g, '1');
    let end = clockOf(g, '2');
    if (!start || !end) return false;
    const between = g.from === 'entre' || g.from === 'between';
    if (/^\s+(and|et|e)\s+$/.test(g.conn ?? '') && !between) return false;
    if (!start.marked && !end.marked && g.from === undefined) return false;
    if (!start.marked && end.marked) {
      if (end.ap !== undefined) {
        const pm = (start.h % 12) + 12;
        start = {
          ...start,
          h: end.ap === 'pm' && pm * 60 + start.m <= end.h * 60 + end.m ? pm : start.h % 12,
        };
      } else if (start.h < 12 && start.h * 60 + start.m >= end.h * 60 + end.m && start.h + 12 < end.h) {
        start = { ...start, h: start.h + 12 };
      }
    } else if (start.marked && !end.marked) {
      end = start.h >= 12 && end.h < 12 && end.h + 12 > start.h ? { ...end, h: end.h + 12 } : end;
    } else if (!start.marked && !end.marked) {
      start = officeHour(start);
      end = officeHour(end);
    }
    found.time ??= start;
    found.end ??= end;
    return true;
  });
  scan.each(p.until, (g) => {
    const clock = clockOf(g, 'u');
    if (!clock) return false;
    found.until ??= officeHour(clock);
    return true;
  });
  scan.each(p.at, (g) => {
    const t = g.ht2 !== undefined || g.nmt2 !== undefined ? 't2' : 't';
    const clock = clockOf(g, t);
    if (!clock) return false;
    if (/^(for|pour|para|pra)$/.test(g.prep ?? '') && !clock.marked) return false;
    found.time ??= officeHour(clock);
    return true;
  });
  scan.each(p.bareDuration, (g) => {
    const minutes = durationOf(g);
    if (minutes === undefined || !plausibleBareDuration(g, minutes)) return false;
    found.durationMinutes ??= minutes;
    return true;
  });
  scan.each(p.bareTime, (g) => {
    const clock = clockOf(g, 'b');
    if (!clock || !clock.marked) return false;
    found.time ??= clock;
    return true;
  });
  scan.each(p.partOfDay, (g) => {
    const word = g.pod ?? '';
    const part: PartOfDay = /morning|matin|manha/.test(word)
      ? 'morning'
      : /afternoon|apres|aprem|tarde/.test(word)
        ? 'afternoon'
        : 'evening';
    found.partOfDay ??= part;
    if (word === 'tonight' || /^(this|ce|cet|cette|esta|este|nesta|neste)$/.test(g.pre ?? ''))
      found.partOfDayToday = true;
    return true;
  });

  return resolve(found, f, scan.spans, now);
}

function at(day: DateTime, clock: { h: number; m: number }): DateTime {
  return day.set({ hour: clock.h, minute: clock.m, second: 0, millisecond: 0 });
}

function resolve(found: Found, f: Folded, spans: Array<[number, number]>, now: DateTime): WhenResult {
  const errors: WhenError[] = [];
  const result: WhenResult = { errors, spans };
  if (spans.length === 0) return result;
  const today = now.startOf('day');
  const clock = found.time ?? (found.partOfDay ? { h: PART_OF_DAY_HOUR[found.partOfDay], m: 0 } : undefined);
  const hasTime = found.absolute !== undefined || clock !== undefined;
  let start: DateTime | undefined;
  if (found.impossible) errors.push('impossibleDate');
  else if (found.absolute) start = found.absolute;
  else {
    let day = found.day ?? (clock || found.until ? today : undefined);
    if (day && clock) {
      start = at(day, clock);
      // "Monday at 9" said on a Monday after 9 means next Monday.
      if (found.dayMode === 'weekdayPlain' && start < now) {
        day = day.plus({ weeks: 1 });
        start = at(day, clock);
      }
    } else if (day) start = day.hasSame(today, 'day') ? now.startOf('minute') : day;
  }

  let end: DateTime | undefined;
  const endClock = found.end ?? found.until;
  if (start && endClock) {
    end = at(start.startOf('day'), endClock);
    if (end <= start) {
      errors.push('endBeforeStart');
      end = undefined;
    }
  }
  const durationMinutes =
    end && start ? Math.round(end.diff(start, 'minutes').minutes) : found.durationMinutes;
  if (start && start < now.startOf('minute') && (hasTime || start < today)) errors.push('pastTime');

  if (start) result.start = start.toJSDate();
  if (end) result.end = end.toJSDate();
  else if (start && durationMinutes !== undefined)
    result.end = start.plus({ minutes: durationMinutes }).toJSDate();
  if (durationMinutes !== undefined) result.durationMinutes = durationMinutes;
  result.understood = {
    phrases: [...spans].sort((a, b) => a[0] - b[0]).map(([s, e]) => originalSlice(f, s, e)),
    hasDate: found.day !== undefined || found.impossible === true || found.partOfDayToday === true,
    hasTime,
    ...(found.partOfDay && !found.time ? { partOfDay: found.partOfDay } : {}),
    ...(start ? { date: start.toFormat('yyyy-MM-dd') } : {}),
    ...(start && hasTime ? { time: start.toFormat('HH:mm') } : {}),
    ...(end ? { endTime: end.toFormat('HH:mm') } : {}),
  };
  return result;
}

/** Reads the dates, times and durations in a sentence, in the user's time zone, relative to `now`. */
export function parseWhen(text: string, ctx: WhenContext): WhenResult {
  return scanWhen(prepare(text), ctx);
}

/** A duration alone ("1h30", "45 min", "une demi-heure", "2 horas"), in minutes. */
export function parseDuration(text: string): number | undefined {
  const folded = prepare(text).folded.trim();
  const match = new RegExp(`^${DUR}$`, 'u').exec(folded);
  return match ? durationOf(match.groups ?? {}) : undefined;
}

/** The instants a call-log period covers, in the user's time zone: [from, to). */
export function periodRange(period: CallPeriod, ctx: WhenContext): { from: Date; to: Date } {
  const now = DateTime.fromJSDate(ctx.now, { zone: luxonZone(zoneOrUtc(ctx.timeZone)) });
  const today = now.startOf('day');
  if (period === 'today') return { from: today.toJSDate(), to: today.plus({ days: 1 }).toJSDate() };
  if (period === 'yesterday') return { from: today.minus({ days: 1 }).toJSDate(), to: today.toJSDate() };
  return { from: today.startOf('week').toJSDate(), to: today.plus({ days: 1 }).toJSDate() };
}

/** The instants one calendar day covers in the user's time zone (23 or 25 hours on a DST change). */
export function dayRange(day: Date, ctx: Pick<WhenContext, 'timeZone'>): { from: Date; to: Date } {
  const start = DateTime.fromJSDate(day, { zone: luxonZone(zoneOrUtc(ctx.timeZone)) }).startOf('day');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}
