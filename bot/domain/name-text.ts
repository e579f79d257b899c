/**
 * Name text for matching: accent- and case-folding, words and their parts (hyphens, apostrophes),
 * and the edit distance that decides "one typo".
 */

import { memoizeText } from '../memo';

const FOLDS: Array<[RegExp, string]> = [
  [/ß/g, 'ss'],
  [/æ/g, 'ae'],
  [/œ/g, 'oe'],
  [/ø/g, 'o'],
  [/ł/g, 'l'],
  [/đ/g, 'd'],
  [/ı/g, 'i'],
];

/** Lower case without accents, with typographic apostrophes made plain. */
export const foldText = memoizeText(fold);

function fold(text: string): string {
  // Plain ASCII (most addresses, many names) has nothing to decompose or fold but case and `.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/`/g, "'");
  let out = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out.replace(/[\u2018\u2019\u02bc`´]/g, "'");
}

/** One word of a name: its joined form ("dalmeidaferreira") and its parts (["d", "almeida", "ferreira"]). */
export interface NameWord {
  joined: string;
  parts: string[];
}

/** Splits a name or a query into folded words; hyphens, apostrophes and dots separate parts. */
export function nameWords(text: string): NameWord[] {
  const words: NameWord[] = [];
  for (const raw of foldText(text).split(/[\s,;/]+/)) {
    const parts = raw
      .replace(/[^\p{L}\p{N}'.-]/gu, '')
      .split(/[-'.]+/)
      .filter((p) => p.length > 0);
    if (parts.length > 0) words.push({ joined: parts.join(''), parts });
  }
  return words;
}

/**
 * Every token a name is found by: each part, and each run of consecutive parts joined
 * ("d", "almeida", "ferreira", "dalmeida", "almeidaferreira", "dalmeidaferreira").
 */
export function nameTokens(words: NameWord[]): string[] {
  const tokens = new Set<string>();
  for (const { parts } of words) {
    for (let i = 0; i < parts.length; i++) {
      let run = '';
      for (let j = i; j < parts.length; j++) {
        run += parts[j]!;
        tokens.add(run);
      }
    }
  }
  return [...tokens];
}

/**
 * Damerau-Levenshtein distance (optimal string alignment); stops early and returns `limit + 1`
 * once the distance is known to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = Number.POSITIVE_INFINITY): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const n = b.length;
  // Three rolling rows (two back for transpositions), reused between calls.
  if (rows[0]!.length < n + 1) rows = [new Int32Array(n + 1), new Int32Array(n + 1), new Int32Array(n + 1)];
  let [prevPrev, prev, row] = rows as [Int32Array, Int32Array, Int32Array];
  for (let j = 0; j <= n; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) {
        v = Math.min(v, prevPrev[j - 2]! + 1);
      }
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > limit) return limit + 1;
    [prevPrev, prev, row] = [prev, row, prevPrev];
  }
  const distance = prev[n]!;
  return distance > limit ? limit + 1 : distance;
}

let rows: Int32Array[] = [new Int32Array(32), new Int32Array(32), new Int32Array(32)];

/** The typos tolerated in a query word: none under 4 letters, one from 4, two from 8. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/** The strings left after deleting up to `max` letters (the word itself included). */
export function deletions(word: string, max: number): Set<string> {
  const out = new Set<string>([word]);
  let frontier = [word];
  for (let d = 0; d < max; d++) {
    const next: string[] = [];
    for (const w of frontier) {
      for (let i = 0; i < w.length; i++) {
        const v = w.slice(0, i) + w.slice(i + 1);
        if (!out.has(v)) {
          out.add(v);
          next.push(v);
        }
      }
    }
    frontier = next;
  }
  return out;
}
