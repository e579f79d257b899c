/**
 * Reading untrusted JSON from an upstream into the project's types. A missing or mistyped field
 * throws `WireShapeError`, which the HTTP layer turns into a 'protocol' `UpstreamError` carrying
 * the system, operation and correlation id. Messages name fields, never values.
 */

export class WireShapeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WireShapeError';
  }
}

export type WireObject = Record<string, unknown>;

/** The value as an object, or a WireShapeError naming `what`. */
export function asObject(value: unknown, what: string): WireObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new WireShapeError(`${what} is not an object`);
  }
  return value as WireObject;
}

export function asArray(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new WireShapeError(`${what} is not an array`);
  return value as unknown[];
}

export function reqString(o: WireObject, key: string, what: string): string {
  const v = o[key];
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new WireShapeError(`${what}.${key} is missing or not a string`);
}

/** A string field; null, absent and '' read as undefined. */
export function optString(o: WireObject, key: string, what: string): string | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  throw new WireShapeError(`${what}.${key} is not a string`);
}

export function reqNumber(o: WireObject, key: string, what: string): number {
  const v = o[key];
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  throw new WireShapeError(`${what}.${key} is missing or not a number`);
}

export function optNumber(o: WireObject, key: string, what: string): number | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  return reqNumber(o, key, what);
}

export function optBoolean(o: WireObject, key: string, what: string): boolean | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new WireShapeError(`${what}.${key} is not a boolean`);
}

export function reqBoolean(o: WireObject, key: string, what: string): boolean {
  const v = optBoolean(o, key, what);
  if (v === undefined) throw new WireShapeError(`${what}.${key} is missing`);
  return v;
}

/** An instant field (ISO 8601 text or epoch milliseconds). */
export function optDate(o: WireObject, key: string, what: string): Date | undefined {
  const v = o[key];
  if (v === undefined || v === null || v === '') return undefined;
  const date = typeof v === 'string' || typeof v === 'number' ? new Date(v) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw new WireShapeError(`${what}.${key} is not a date`);
  return date;
}

export function reqDate(o: WireObject, key: string, what: string): Date {
  const v = optDate(o, key, what);
  if (!v) throw new WireShapeError(`${what}.${key} is missing`);
  return v;
}

/** An optional array field; absent or null reads as []. */
export function arrayField(o: WireObject, key: string, what: string): unknown[] {
  const v = o[key];
  if (v === undefined || v === null) return [];
  return asArray(v, `${what}.${key}`);
}

/** An optional object field; absent or null reads as undefined. */
export function optObject(o: WireObject, key: string, what: string): WireObject | undefined {
  const v = o[key];
  if (v === undefined || v === null) return undefined;
  return asObject(v, `${what}.${key}`);
}

/** The value when it is one of `allowed`, else `fallback` (upstreams add enum values over time). */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}
