/** Dates, times, durations, numbers and lists for cards, in the user's locale and time zone. */
import { type HourClock, intlTag, type Locale } from './locale';
import { zoneOffsetMs, zoneOrUtc } from '../time-zones';

export interface FormatContext {
  locale: Locale;
  /** IANA time zone; UTC when unknown. */
  timeZone: string;
  /** The present, for "today" / "yesterday"; defaults to the clock. */
  now?: Date;
  /** "14:05" or "2:05 PM", from the user's own locale tag (en-US reads 12-hour); 24-hour when absent. */
  clock?: HourClock;
}

// Intl formatters are costly to build and cheap to use: a card formats dozens of dates and
// numbers, so each formatter is built once per locale, zone and options, then kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function cached<K, V>(cache: Map<K, V>, key: K, make: () => V): V {
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}

function dateTimeFormat(ctx: FormatContext, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const zone = zoneOrUtc(ctx.timeZone);
  const tag = options.hourCycle === 'h12' && ctx.locale === 'en' ? 'en-US' : intlTag(ctx.locale);
  const key = `${tag}|${zone}|${JSON.stringify(options)}`;
  return cached(
    formatters,
    key,
    // The 12-hour clock is written the American way in English ("2:05 PM", not "2:05 pm").
    () => new Intl.DateTimeFormat(tag, { ...options, timeZone: zone }),
  );
}

const DAY_MS = 86_400_000;

/** The calendar day a date falls on in the context's zone, as days since 1970-01-01. */
function localDayNumber(date: Date, ctx: FormatContext): number {
  const ts = date.getTime();
  return Math.floor((ts + zoneOffsetMs(zoneOrUtc(ctx.timeZone), ts)) / DAY_MS);
}

function localYear(date: Date, ctx: FormatContext): number {
  return new Date(localDayNumber(date, ctx) * DAY_MS).getUTCFullYear();
}

/** "14:05" (24-hour clock), or "2:05 PM" for a user whose locale reads the 12-hour clock (en-US). */
export function formatTime(date: Date, ctx: FormatContext): string {
  if (ctx.clock === '12h') {
    return dateTimeFormat(ctx, { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
      .format(date)
      .replace(/\u202f|\u00a0/g, ' ');
  }
  return dateTimeFormat(ctx, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

/** "10:00–11:00", or "10:00–11:00 AM" / "11:30 AM–1:00 PM" on the 12-hour clock. */
export function formatTimeRange(start: Date, end: Date, ctx: FormatContext): string {
  if (ctx.clock !== '12h') return `${formatTime(start, ctx)}–${formatTime(end, ctx)}`;
  return dateTimeFormat(ctx, { hour: 'numeric', minute: '2-digit', hourCycle: 'h12' })
    .formatRange(start, end)
    .replace(/\u202f|\u00a0/g, ' ')
    .replace(/\s*[–-]\s*/g, '–');
}

/** "Mon 16 Nov", "lun. 16 nov.", "seg., 16 de nov."; the year is added when it is not this year's. */
export function formatDate(date: Date, ctx: FormatContext): string {
  const thisYear = localYear(ctx.now ?? new Date(), ctx) === localYear(date, ctx);
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
  const days = localDayNumber(date, ctx) - localDayNumber(ctx.now ?? new Date(), ctx);
  const time = withTime ? ` ${formatTime(date, ctx)}` : '';
  if (days >= -1 && days <= 1) {
    const words = cached(
      relativeFormats,
      ctx.locale,
      () => new Intl.RelativeTimeFormat(intlTag(ctx.locale), { numeric: 'auto' }),
    ).format(days, 'day');
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
  const key = `${locale}|${JSON.stringify(options)}`;
  return cached(numberFormats, key, () => new Intl.NumberFormat(intlTag(locale), options)).format(value);
}

/** "Alice, Bob and Carol", "Alice, Bob et Carol", "Alice, Bob e Carol" (or "or"/"ou" with `disjunction`). */
export function formatList(
  items: readonly string[],
  locale: Locale,
  type: 'conjunction' | 'disjunction' = 'conjunction',
): string {
  return cached(
    listFormats,
    `${locale}|${type}`,
    () => new Intl.ListFormat(intlTag(locale), { style: 'long', type }),
  ).format(items);
}
