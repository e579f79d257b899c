/** Dates, times, durations, numbers and lists for cards, in the user's locale and time zone. */
import { DateTime } from 'luxon';
import { intlTag, type Locale } from './locale';

export interface FormatContext {
  locale: Locale;
  /** IANA time zone; UTC when unknown. */
  timeZone: string;
  /** The present, for "today" / "yesterday"; defaults to the clock. */
  now?: Date;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function zoneOf(timeZone: string): string {
  return DateTime.now().setZone(timeZone).isValid ? timeZone : 'UTC';
}

function dateTimeFormat(ctx: FormatContext, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = zoneOf(ctx.timeZone);
  const key = `${ctx.locale}|${zone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(intlTag(ctx.locale), { ...options, timeZone: zone });
    formatters.set(key, formatter);
  }
  return formatter;
}

function localDay(date: Date, ctx: FormatContext): DateTime {
  return DateTime.fromJSDate(date, { zone: zoneOf(ctx.timeZone) }).startOf('day');
}

/** "14:05" (24-hour clock in all three languages). */
export function formatTime(date: Date, ctx: FormatContext): string {
  return dateTimeFormat(ctx, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "Mon 16 Nov", "lun. 16 nov.", "seg., 16 de nov."; the year is added when it is not this year's. */
export function formatDate(date: Date, ctx: FormatContext): string {
  const thisYear = localDay(ctx.now ?? new Date(), ctx).year === localDay(date, ctx).year;
  return dateTimeFormat(ctx, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(thisYear ? {} : { year: 'numeric' }),
  }).format(date);
}

/** "Mon 16 Nov 14:05", "lun. 16 nov. 14:05", "seg., 16 de nov. 14:05". */
export function formatDateTime(date: Date, ctx: FormatContext): string {
  return `${formatDate(date, ctx)} ${formatTime(date, ctx)}`;
}

/**
 * Today, yesterday and tomorrow in words, another day as a date: "today 14:05",
 * "aujourd'hui 14:05", "ontem 09:12", "Mon 16 Nov 14:05". `withTime: false` leaves the time out.
 */
export function formatRelativeDay(
  date: Date,
  ctx: FormatContext,
  options: { withTime?: boolean } = {},
): string {
  const withTime = options.withTime ?? true;
  const days = Math.round(localDay(date, ctx).diff(localDay(ctx.now ?? new Date(), ctx), 'days').days);
  const time = withTime ? ` ${formatTime(date, ctx)}` : '';
  if (days >= -1 && days <= 1) {
    const words = new Intl.RelativeTimeFormat(intlTag(ctx.locale), { numeric: 'auto' }).format(days, 'day');
    // Straight apostrophe ("aujourd'hui"), as everywhere else in the catalogues.
    return `${words.replace(/’/g, "'")}${time}`;
  }
  return `${formatDate(date, ctx)}${time}`;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A call's length: "45 s", "1 min 05 s", "1 h 02 min" ("1 h 02 min 05 s" is never needed on a card). */
export function formatDuration(seconds: number, locale: Locale): string {
  const total = Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${formatNumber(h, locale)} h ${pad(m)} min`;
  if (m > 0) return `${m} min ${pad(s)} s`;
  return `${s} s`;
}

/** A meeting's length: "45 min", "1 h", "1 h 30 min" (en, pt-BR), "1 h 30" (fr). */
export function formatDurationMinutes(minutes: number, locale: Locale): string {
  const total = Number.isFinite(minutes) && minutes > 0 ? Math.round(minutes) : 0;
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  if (m === 0) return `${formatNumber(h, locale)} h`;
  return locale === 'fr'
    ? `${formatNumber(h, locale)} h ${pad(m)}`
    : `${formatNumber(h, locale)} h ${pad(m)} min`;
}

/** "1,234.5" (en), "1 234,5" (fr), "1.234,5" (pt-BR). */
export function formatNumber(value: number, locale: Locale, options: Intl.NumberFormatOptions = {}): string {
  return new Intl.NumberFormat(intlTag(locale), options).format(value);
}

/** "Alice, Bob and Carol", "Alice, Bob et Carol", "Alice, Bob e Carol" (or "or"/"ou" with `disjunction`). */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return new Intl.ListFormat(intlTag(locale), { style: 'long', type }).format(items);
}
