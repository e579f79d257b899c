/**
 * Text as it arrives from Teams, cleaned for reading: the original spelling (for names) and a
 * folded copy (lower case, no accents, plain apostrophes) that the patterns match, with a map from
 * every folded character back to the original.
 */
export interface Folded {
  readonly original: string;
  readonly folded: string;
  /** `map[i]` is the index in `original` of folded character `i`; one extra entry for the end. */
  readonly map: readonly number[];
}

const ENTITIES: Record<string, string> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  laquo: '«',
  raquo: '»',
  rsquo: '’',
  lsquo: '‘',
  hellip: '…',
  ndash: '–',
  mdash: '—',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : ' ';
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/**
 * Removes Teams `<at>…</at>` mentions. A scan rather than one regular expression, so that text with
 * many openings and no closing (or the reverse) costs one pass instead of one pass per opening.
 */
function removeMentions(text: string): string {
  const lower = text.toLowerCase();
  let out = '';
  let cursor = 0;
  let open = lower.indexOf('<at', cursor);
  while (open !== -1) {
    const after = lower[open + 3] ?? '';
    // `<at>` or `<at …>`, not `<atom>`.
    if (after !== '>' && !/\s/.test(after)) {
      open = lower.indexOf('<at', open + 3);
      continue;
    }
    const close = lower.indexOf('</at>', open);
    if (close === -1) break;
    out += `${text.slice(cursor, open)} `;
    cursor = close + 5;
    open = lower.indexOf('<at', cursor);
  }
  return out + text.slice(cursor);
}

/**
 * Removes what is not the user's words: Teams `<at>` mentions, HTML tags and entities, emojis,
 * invisible characters; collapses white space. Every step is linear in the length of the text.
 */
export function cleanText(text: string): string {
  // A tag holds no `<`: `[^<>]*` stops at the next one, so a run of unclosed `<a` is one pass.
  return decodeEntities(removeMentions(text).replace(/<\/?[a-z][^<>]*>/gi, ' '))
    .replace(/<\/?at>/gi, ' ')
    .replace(
      /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}|\u20e3|\ufe0e|\ufe0f/gu,
      ' ',
    )
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '')
    .replace(/[\p{Cc}\p{Zs}\u2028\u2029]+/gu, ' ')
    .trim();
}

const SPECIAL: Record<string, string> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  '’': "'",
  '‘': "'",
  '‛': "'",
  '`': "'",
  '´': "'",
  ʼ: "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '…': '.',
  º: 'o',
  ª: 'a',
};

function foldChar(ch: string): string {
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

// Punctuation that never carries meaning for the patterns becomes a space (same length).
function blankPunctuation(folded: string): string {
  let out = '';
  for (let i = 0; i < folded.length; i += 1) {
    const ch = folded[i] ?? '';
    const prev = folded[i - 1] ?? '';
    const next = folded[i + 1] ?? '';
    if (ch === ',' && /\d/.test(prev) && /\d/.test(next)) out += ch;
    else if (/[?!;,"()[\]{}¿¡*_~#|<>=]/.test(ch)) out += ' ';
    else if (ch === ':' && !(/\d/.test(prev) && /\d/.test(next))) out += ' ';
    else if (ch === '.' && (next === '' || next === ' ') && endsSentence(folded, i)) out += ' ';
    else out += ch;
  }
  return out;
}

// A full stop ends a sentence unless it closes an initial ("A.") or an abbreviation like "p.m.".
// Looks back over the word before the dot only (at most two characters), never the whole text.
function endsSentence(folded: string, dot: number): boolean {
  const isWordChar = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
  const last = folded[dot - 1];
  if (!isWordChar(last)) return true;
  if (isWordChar(folded[dot - 2])) return true;
  return !/\p{L}/u.test(last ?? '');
}

/** Folds cleaned text for matching, keeping the way back to the original. */
export function fold(original: string): Folded {
  let folded = '';
  const map: number[] = [];
  let i = 0;
  for (const ch of original) {
    const f = foldChar(ch);
    for (let k = 0; k < f.length; k += 1) map.push(i);
    folded += f;
    i += ch.length;
  }
  map.push(original.length);
  return { original, folded: blankPunctuation(folded), map };
}

/**
 * The longest text read: a chat message is a sentence or two, and everything after this is
 * ignored before any pattern sees it. Teams allows about 28 KB in a message, so this bound, and
 * not the channel, keeps the cost of a turn's reading fixed.
 */
export const MAX_READ_CHARS = 1000;

/** The first `max` characters of `text`, never splitting a surrogate pair. */
export function cutText(text: string, max = MAX_READ_CHARS): string {
  if (text.length <= max) return text;
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

/** Cuts to MAX_READ_CHARS, cleans, trims stray punctuation at both ends, then folds. */
export function prepare(text: string): Folded {
  return fold(trimPunctuation(cleanText(cutText(text))));
}

/** The original text behind folded positions [start, end), trimmed of spaces and stray punctuation. */
export function originalSlice(f: Folded, start: number, end: number): string {
  const from = f.map[Math.max(0, Math.min(start, f.folded.length))] ?? 0;
  const to = f.map[Math.max(0, Math.min(end, f.folded.length))] ?? f.original.length;
  return trimPunctuation(f.original.slice(from, to));
}

const EDGE_PUNCTUATION = /[\s,;:!?¿¡."“”«»()[\]{}*_~…-]/u;
const TRAILING_PUNCTUATION = /[\s,;:!?¿¡"“”«»()[\]{}*_~…-]/u;
const QUOTE = /['‘’]/u;
const SPACE = /\s/u;

/** `text` without the characters matching `set` at its end; a backwards scan (linear). */
function trimEndWhile(text: string, set: RegExp): string {
  let end = text.length;
  while (end > 0 && set.test(text[end - 1] ?? '')) end -= 1;
  return text.slice(0, end);
}

/** `text` without the characters matching `set` at its start. */
function trimStartWhile(text: string, set: RegExp): string {
  let start = 0;
  while (start < text.length && set.test(text[start] ?? '')) start += 1;
  return text.slice(start);
}

/**
 * Trims spaces and punctuation that cannot start or end a name (keeps "A." inside, "O'Brien").
 * Only the ends are looked at, so the cost is linear whatever the text holds.
 */
export function trimPunctuation(text: string): string {
  let out = trimEndWhile(trimStartWhile(text, EDGE_PUNCTUATION), TRAILING_PUNCTUATION);
  // A trailing full stop goes, unless it closes a one-letter initial ("A.").
  if (out.endsWith('.')) {
    const before = [...out.slice(-3, -1)];
    const wordOfTwo = before.length === 2 && before.every((ch) => ch !== '.' && !SPACE.test(ch));
    const afterSpace = before.length > 0 && SPACE.test(before[before.length - 1] ?? '');
    if (wordOfTwo || afterSpace) out = out.slice(0, -1).trimEnd();
  }
  // Quotes around the whole ('Alice'), or hanging apart from a word.
  if (out.length > 2 && QUOTE.test(out[0] ?? '') && QUOTE.test(out[out.length - 1] ?? ''))
    out = out.slice(1, -1);
  const leading = trimStartWhile(out, QUOTE);
  if (leading !== out && SPACE.test(leading[0] ?? '')) out = leading;
  else {
    const trailing = trimEndWhile(out, QUOTE);
    if (trailing !== out && SPACE.test(trailing[trailing.length - 1] ?? '')) out = trailing;
  }
  return out.trim();
}

/** The original text with the folded ranges removed, cleaned again. */
export function removeRanges(f: Folded, ranges: ReadonlyArray<readonly [number, number]>): Folded {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  let out = '';
  let cursor = 0;
  for (const [start, end] of sorted) {
    const from = f.map[start] ?? f.original.length;
    const to = f.map[end] ?? f.original.length;
    if (from < cursor) continue;
    out += f.original.slice(cursor, from) + ' ';
    cursor = to;
  }
  out += f.original.slice(cursor);
  return prepare(out);
}
