/**
 * Time zones: which names are zones, a zone's offset from UTC at an instant, and luxon zones that
 * use that offset. Luxon asks Intl for the offset of every DateTime it makes (a formatToParts
 * call, the costliest step of reading "tomorrow at 10am" or of laying out a day of free rooms).
 * Offsets change only at transitions, a few a year, and a quarter hour whose start and end have
 * the same offset has it throughout (two transitions are never that close): so the offset is asked
 * of Intl once per zone and quarter hour and kept; a quarter hour that holds a transition is
 * asked instant by instant.
 */
import { IANAZone, Info, Zone } from 'luxon';
import { memoizeText } from './memo';

/** Whether the runtime knows this IANA time zone (asked once per name). */
export const isTimeZone = memoizeText((zone: string): boolean => {
  if (zone === '' || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 1000);

/** The zone itself when the runtime knows it, else UTC. */
export function zoneOrUtc(zone: string): string {
  return isTimeZone(zone) ? zone : 'UTC';
}

const QUARTER_MS = 15 * 60_000;
/** Quarter hours kept per zone (about a year of them); the oldest go first. */
const KEPT = 35_000;
/** Outside these years the instant is asked of luxon (eras, two-digit years). */
const FROM = Date.UTC(1900, 0, 1);
const UNTIL = Date.UTC(2200, 0, 1);

const fieldFormats = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, Map<number, number>>();

function fieldsFormat(zone: string): Intl.DateTimeFormat {
  let f = fieldFormats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    fieldFormats.set(zone, f);
  }
  return f;
}

/** The offset from the wall-clock fields Intl gives for the instant (whole seconds, as luxon does). */
function exactOffsetMs(zone: string, ts: number): number {
  if (ts < FROM || ts >= UNTIL) return IANAZone.create(zone).offset(ts) * 60_000;
  const at = Math.floor(ts / 1000) * 1000;
  const f = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const part of fieldsFormat(zone).formatToParts(at)) {
    if (part.type in f) f[part.type as keyof typeof f] = Number(part.value);
  }
  const wall = Date.UTC(f.year, f.month - 1, f.day, f.hour, f.minute, f.second);
  return wall - at;
}

/** Milliseconds to add to a UTC instant to get the wall-clock time in `zone` (a valid IANA zone). */
export function zoneOffsetMs(zone: string, ts: number): number {
  let byQuarter = offsets.get(zone);
  if (!byQuarter) offsets.set(zone, (byQuarter = new Map<number, number>()));
  const quarter = Math.floor(ts / QUARTER_MS);
  let offset = byQuarter.get(quarter);
  if (offset === undefined) {
    const start = exactOffsetMs(zone, quarter * QUARTER_MS);
    const end = exactOffsetMs(zone, (quarter + 1) * QUARTER_MS - 1000);
    offset = start === end ? start : Number.NaN;
    if (byQuarter.size >= KEPT) byQuarter.delete(byQuarter.keys().next().value as number);
    byQuarter.set(quarter, offset);
  }
  return Number.isNaN(offset) ? exactOffsetMs(zone, ts) : offset;
}

/** An IANA zone whose offsets come from `zoneOffsetMs`; luxon treats it as the IANA zone it names. */
class KeptOffsetZone extends Zone {
  constructor(private readonly iana: IANAZone) {
    super();
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.iana.name;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override offsetName(ts: number, options: { format?: 'short' | 'long'; locale?: string }): string | null {
    return this.iana.offsetName(ts, options);
  }

  override formatOffset(ts: number, format: 'narrow' | 'short' | 'techie'): string {
    const minutes = Math.trunc(this.offset(ts));
    const sign = minutes >= 0 ? '+' : '-';
    const hours = Math.trunc(Math.abs(minutes) / 60);
    const rest = Math.abs(minutes) % 60;
    const hh = String(hours).padStart(2, '0');
    const mm = String(rest).padStart(2, '0');
    if (format === 'narrow') return `${sign}${hours}${rest > 0 ? `:${mm}` : ''}`;
    return format === 'techie' ? `${sign}${hh}${mm}` : `${sign}${hh}:${mm}`;
  }

  override offset(ts: number): number {
    return Number.isFinite(ts) ? zoneOffsetMs(this.iana.name, ts) / 60_000 : Number.NaN;
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }

  override get isValid(): boolean {
    return true;
  }
}

const zones = new Map<string, Zone>();

/**
 * The luxon zone for a zone name, to pass wherever luxon takes a zone: what luxon makes of the name
 * itself ("UTC" is its fixed zone, an unknown name its invalid zone), with the offsets of an IANA
 * zone kept.
 */
export function luxonZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const own = Info.normalizeZone(name);
    zone = own instanceof IANAZone && own.isValid ? new KeptOffsetZone(own as IANAZone<boolean>) : own;
    if (zones.size >= 1000) zones.clear();
    zones.set(name, zone);
  }
  return zone;
}
