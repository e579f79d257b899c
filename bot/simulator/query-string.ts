/**
 * Query strings as OData and Cronofy servers read them: `+` stays a plus (phone numbers in
 * `$filter`), `%20` is a space, repeated names (`calendar_ids[]`) keep every value.
 */

export class QueryString {
  private readonly values = new Map<string, string[]>();

  constructor(search: string) {
    const text = search.startsWith('?') ? search.slice(1) : search;
    if (!text) return;
    for (const part of text.split('&')) {
      if (!part) continue;
      const eq = part.indexOf('=');
      const name = decode(eq < 0 ? part : part.slice(0, eq));
      const value = eq < 0 ? '' : decode(part.slice(eq + 1));
      const list = this.values.get(name);
      if (list) list.push(value);
      else this.values.set(name, [value]);
    }
  }

  /** The first value of a parameter. */
  get(name: string): string | undefined {
    return this.values.get(name)?.[0];
  }

  /** Every value of a parameter, in order. */
  getAll(name: string): string[] {
    return this.values.get(name) ?? [];
  }

  /** Parameter names, in order of first appearance. */
  names(): string[] {
    return [...this.values.keys()];
  }
}

/** Thrown for a malformed percent-encoding; the servers answer 400. */
export class QueryDecodeError extends Error {}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    throw new QueryDecodeError(`Malformed query string: ${(error as Error).message}`);
  }
}

/** Rebuilds a URL with some parameters replaced, keeping the others (and their order). */
export function replaceQuery(url: URL, changes: Record<string, string | undefined>): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  const search = url.search.startsWith('?') ? url.search.slice(1) : url.search;
  for (const part of search ? search.split('&') : []) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    let name: string;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      name = rawName;
    }
    if (name in changes) {
      if (seen.has(name)) continue;
      seen.add(name);
      const value = changes[name];
      if (value !== undefined) parts.push(`${rawName}=${encodeURIComponent(value)}`);
      continue;
    }
    parts.push(part);
  }
  for (const [name, value] of Object.entries(changes)) {
    if (!seen.has(name) && value !== undefined)
      parts.push(`${encodeName(name)}=${encodeURIComponent(value)}`);
  }
  return `${url.origin}${url.pathname}${parts.length ? `?${parts.join('&')}` : ''}`;
}

function encodeName(name: string): string {
  return encodeURIComponent(name).replace(/%24/g, '$').replace(/%5B/gi, '[').replace(/%5D/gi, ']');
}
