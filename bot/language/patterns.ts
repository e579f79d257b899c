/** Helpers to match folded text with regular expressions and get back to the original words. */
import { type Folded, originalSlice } from './normalize';

/** Word boundaries that also hold for accented and non-Latin letters. */
export const B = '(?<![\\p{L}\\p{N}])';
export const E = '(?![\\p{L}\\p{N}])';

/** A pattern that must cover the whole text. */
export function anchored(source: string): RegExp {
  return new RegExp(`^\\s*(?:${source})\\s*$`, 'du');
}

export interface Hit {
  /** Start and end of the whole match in the folded text. */
  readonly start: number;
  readonly end: number;
  group(name: string): string | undefined;
  /** Folded [start, end) of a named group, when it took part in the match. */
  range(name: string): [number, number] | undefined;
}

/** The first match of a pattern in folded text, or undefined. */
export function hit(pattern: RegExp, folded: string): Hit | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(folded);
  if (!match) return undefined;
  return {
    start: match.index,
    end: match.index + match[0].length,
    group: (name) => match.groups?.[name],
    range: (name) => {
      const r = match.indices?.groups?.[name];
      return r ? [r[0], r[1]] : undefined;
    },
  };
}

/** The first of several patterns that matches. */
export function firstHit(patterns: readonly RegExp[], folded: string): Hit | undefined {
  for (const pattern of patterns) {
    const found = hit(pattern, folded);
    if (found) return found;
  }
  return undefined;
}

/** The original words behind a named group. */
export function originalOf(f: Folded, h: Hit, name: string): string | undefined {
  const r = h.range(name);
  if (!r) return undefined;
  const text = originalSlice(f, r[0], r[1]);
  return text.length > 0 ? text : undefined;
}

/** A copy of folded text where the given ranges are blanked out with `|` (positions unchanged). */
export function mask(f: Folded, ranges: ReadonlyArray<readonly [number, number]>): Folded {
  let folded = f.folded;
  for (const [start, end] of ranges) {
    folded = folded.slice(0, start) + '|'.repeat(Math.max(0, end - start)) + folded.slice(end);
  }
  return { ...f, folded };
}
