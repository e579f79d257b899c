/**
 * Query strings for OData-style and Cronofy-style APIs. Values are percent-encoded with `%20`
 * for spaces (OData servers do not all read `+` as a space); `$` and `[]` stay literal in names
 * (`$top`, `calendar_ids[]`), as the vendors' documentation writes them.
 */

export type QueryValue = string | number | boolean | Date;
export type QueryParams = Record<string, QueryValue | readonly QueryValue[] | undefined | null>;

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%24/g, '$').replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}

function encodeValue(value: QueryValue): string {
  const text = value instanceof Date ? value.toISOString() : String(value);
  return encodeURIComponent(text);
}

/** `?a=1&b=x%20y` for the defined parameters, in insertion order; '' when there are none. */
export function buildQuery(params: QueryParams | undefined): string {
  if (!params) return '';
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    const values: readonly QueryValue[] = Array.isArray(value)
      ? (value as readonly QueryValue[])
      : [value as QueryValue];
    for (const v of values) parts.push(`${encodeName(name)}=${encodeValue(v)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** Appends `params` to a URL that may already carry a query. */
export function withQuery(url: string, params: QueryParams | undefined): string {
  const query = buildQuery(params);
  if (!query) return url;
  return url.includes('?') ? `${url}&${query.slice(1)}` : `${url}${query}`;
}

/** An OData string literal: single quotes around, inner quotes doubled (`o'brien` → `'o''brien'`). */
export function odataString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** An OData DateTimeOffset literal in UTC, without milliseconds when they are zero. */
export function odataInstant(value: Date): string {
  return value.toISOString().replace(/\.000Z$/, 'Z');
}
