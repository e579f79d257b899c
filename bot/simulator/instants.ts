/** Instants as the simulators read and write them: ISO 8601, UTC, without milliseconds. */
import { DateTime } from 'luxon';
import { isTimeZone, luxonZone } from '../time-zones';

const WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** `2026-11-23T14:00:00Z`. */
export function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Whether a time zone name is a valid IANA zone. */
export const validZone = isTimeZone;

/**
 * Milliseconds for an instant with an offset, or for a local time or date in `tzid`;
 * NaN when the text is neither.
 */
export function parseInstant(text: string, tzid?: string): number {
  if (WITH_OFFSET.test(text)) return Date.parse(text);
  if ((LOCAL_TIME.test(text) || DATE_ONLY.test(text)) && tzid !== undefined && validZone(tzid)) {
    const dt = DateTime.fromISO(text, { zone: luxonZone(tzid) });
    return dt.isValid ? dt.toMillis() : Number.NaN;
  }
  return Number.NaN;
}
