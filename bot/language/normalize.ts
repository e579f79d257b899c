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
 * Removes what is not the user's words: Teams `<at>` mentions, HTML tags and entities, emojis,
 * invisible characters; collapses white space.
 */
export function cleanText(text: string): string {
  return decodeEntities(text.replace(/<at\b[^>]*>[\s\S]*?<\/at>/gi, ' ').replace(/<\/?[a-z][^>]*>/gi, ' '))
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
function endsSentence(folded: string, dot: number): boolean {
  const before = /[\p{L}\p{N}]+$/u.exec(folded.slice(0, dot))?.[0] ?? '';
  if (before.length === 0) return true;
  if (before.length === 1 && /\p{L}/u.test(before)) return false;
  return true;
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

/** Cleans, trims stray punctuation at both ends, then folds. */
export function prepare(text: string): Folded {
  return fold(trimPunctuation(cleanText(text)));
}

/** The original text behind folded positions [start, end), trimmed of spaces and stray punctuation. */
export function originalSlice(f: Folded, start: number, end: number): string {
  const from = f.map[Math.max(0, Math.min(start, f.folded.length))] ?? 0;
  const to = f.map[Math.max(0, Math.min(end, f.folded.length))] ?? f.original.length;
  return trimPunctuation(f.original.slice(from, to));
}

/** Trims spaces and punctuation that cannot start or end a name (keeps "A." inside, "O'Brien"). */
export function trimPunctuation(text: string): string {
  let out = text
    .replace(/^[\s,;:!?¿¡."“”«»()[\]{}*_~…-]+/u, '')
    .replace(/[\s,;:!?¿¡"“”«»()[\]{}*_~…-]+$/u, '');
  // A trailing full stop goes, unless it closes a one-letter initial.
  if (/[^\s.]{2,}\.$/u.test(out) || /\s\.$/.test(out)) out = out.slice(0, -1).trimEnd();
  // Quotes around the whole ('Alice'), or hanging apart from a word.
  if (/^['‘’].*['‘’]$/su.test(out) && out.length > 2) out = out.slice(1, -1);
  return out.replace(/^['‘’]+(?=\s)|(?<=\s)['‘’]+$/u, '').trim();
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
