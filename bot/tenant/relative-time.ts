/**
 * Instants in the tenant file: an ISO 8601 instant, or a signed ISO 8601 duration taken relative
 * to the moment the tenant is loaded, so that a bundled demo never goes stale.
 */

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const DURATION = /^([+-])?P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
// The range of a JavaScript Date.
const MAX_TIME = 8.64e15;

const EXPECTED =
  'expected an ISO 8601 instant such as "2026-11-23T09:30:00Z" or a signed ISO 8601 duration such as "-PT3H" or "P1DT2H"';

/** A tenant-file instant that cannot be read. */
export class InvalidInstantError extends Error {
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {
    super(`"${text}" is not a valid instant: ${reason}`);
    this.name = 'InvalidInstantError';
  }
}

/**
 * Resolves a tenant-file instant: an ISO 8601 instant with its offset (`2026-11-23T09:30:00Z`),
 * or a signed ISO 8601 duration in weeks, days, hours, minutes and seconds (`-PT3H`, `P1DT2H`,
 * `+P2W`) added to `now`. Days and weeks are exact 24-hour spans. Throws `InvalidInstantError`.
 */
export function resolveInstant(text: string, now: Date): Date {
  if (typeof text !== 'string') throw new InvalidInstantError(String(text), EXPECTED);
  const trimmed = text.trim();
  if (trimmed.startsWith('P') || trimmed.startsWith('+') || trimmed.startsWith('-')) {
    return resolveDuration(trimmed, text, now);
  }
  return resolveAbsolute(trimmed, text);
}

function resolveDuration(trimmed: string, text: string, now: Date): Date {
  const match = DURATION.exec(trimmed);
  if (!match) throw new InvalidInstantError(text, EXPECTED);
  const [, sign, weeks, days, hours, minutes, seconds] = match;
  if ([weeks, days, hours, minutes, seconds].every((part) => part === undefined)) {
    throw new InvalidInstantError(text, 'the duration has no weeks, days, hours, minutes or seconds');
  }
  if (trimmed.endsWith('T')) {
    throw new InvalidInstantError(text, 'a "T" in a duration must be followed by hours, minutes or seconds');
  }
  const span =
    num(weeks) * WEEK + num(days) * DAY + num(hours) * HOUR + num(minutes) * MINUTE + num(seconds) * SECOND;
  const time = now.getTime() + (sign === '-' ? -span : span);
  if (!Number.isFinite(time) || Math.abs(time) > MAX_TIME) {
    throw new InvalidInstantError(text, 'the duration is too large');
  }
  return new Date(time);
}

function resolveAbsolute(trimmed: string, text: string): Date {
  const match = INSTANT.exec(trimmed);
  if (!match) throw new InvalidInstantError(text, EXPECTED);
  const [, y, mo, d, h, mi, s, fraction, , offSign, offH, offM] = match;
  const year = num(y);
  const month = num(mo);
  const day = num(d);
  const hour = num(h);
  const minute = num(mi);
  const second = num(s);
  if (month < 1 || month > 12) throw new InvalidInstantError(text, `there is no month ${month}`);
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) {
    throw new InvalidInstantError(text, `there is no day ${day} in ${y}-${mo}`);
  }
  if (hour > 23 || minute > 59 || second > 59) {
    throw new InvalidInstantError(text, 'the time of day is out of range');
  }
  const offsetHours = num(offH);
  const offsetMinutes = num(offM);
  if (offsetHours > 23 || offsetMinutes > 59) {
    throw new InvalidInstantError(text, 'the UTC offset is out of range');
  }
  const offset = (offSign === '-' ? -1 : 1) * (offsetHours * HOUR + offsetMinutes * MINUTE);
  const millis = fraction ? Math.floor(Number(`0${fraction}`) * 1000) : 0;
  const utc = new Date(0);
  // setUTCFullYear keeps years 0–99 as written (Date.UTC would move them to 1900–1999).
  utc.setUTCFullYear(year, month - 1, day);
  utc.setUTCHours(hour, minute, second, millis);
  return new Date(utc.getTime() - offset);
}

/**
 * Writes an offset from now as a signed ISO 8601 duration in days, hours, minutes and seconds
 * (`-P3DT4H5M`, `PT20M`, `PT0S`); the inverse of `resolveInstant` for whole seconds.
 */
export function durationText(offsetMs: number): string {
  const sign = offsetMs < 0 ? '-' : '';
  let rest = Math.round(Math.abs(offsetMs) / SECOND);
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const seconds = rest - minutes * 60;
  let time = '';
  if (hours) time += `${hours}H`;
  if (minutes) time += `${minutes}M`;
  if (seconds) time += `${seconds}S`;
  if (!days && !time) return 'PT0S';
  return `${sign}P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

function num(part: string | undefined): number {
  return part === undefined ? 0 : Number(part);
}
