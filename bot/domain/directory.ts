/**
 * The people directory: finds a person from what someone typed (a name in any order, initials, a
 * typo, an extension, an e-mail, a phone number in any usual format).
 *
 * Built once, queried often: every name is folded and split into tokens up front, and a query
 * only touches the entries its tokens lead to (token map, sorted tokens for prefixes, a deletion
 * index for one typo, tokens by length for two typos in long words, first-letter lists for
 * initials), so 5,000 people answer as fast as 50. Build one per people list and keep it.
 */
import type { Phones } from '../tenant/types';
import { digitsKey, looksLikePhoneNumber, parsePhoneNumber, type CountryCode } from './phone-number';
import {
  deletions,
  editDistance,
  foldText,
  nameTokens,
  nameWords,
  typoAllowance,
  type NameWord,
} from './name-text';

export interface DirectoryEntry {
  id: string;
  name: string;
  email?: string;
  extension?: string;
  phones: Phones;
}

/** How the best matches were found. */
export type MatchedBy = 'fullName' | 'exact' | 'prefix' | 'typo' | 'extension' | 'email';

export type SearchResult<E extends DirectoryEntry = DirectoryEntry> =
  | { kind: 'unique'; match: E; matchedBy: MatchedBy }
  /** Best first, at most 10; `total` counts every match of the same quality. */
  | { kind: 'several'; matches: E[]; total: number; matchedBy: MatchedBy }
  /** The closest names, at most 5. */
  | { kind: 'none'; suggestions: E[] }
  /** The query was a phone number; `match` is its owner when exactly one person has it. */
  | { kind: 'number'; e164: string; match?: E };

export interface DirectoryOptions {
  /** The country numbers without "+" are read in. */
  defaultCountry?: CountryCode;
}

export const MAX_MATCHES = 10;
export const MAX_SUGGESTIONS = 5;

const EXACT = 3;
const PREFIX = 2;
const TYPO = 1;
const MIN_PREFIX = 2;
const SUGGESTION_NEIGHBOURS = 3;
const SUGGESTION_POOL = 50;
// Past this many query words the best assignment is found greedily.
const EXHAUSTIVE_WORDS = 4;
const MAX_INITIALS = 3;

/** A token of one entry: which word it comes from and which run of parts it covers. */
interface Occurrence {
  token: string;
  word: number;
  from: number;
  to: number;
}

interface Indexed<E> {
  entry: E;
  order: number;
  occurrences: Occurrence[];
  partCount: number;
  wordsKey: string;
  partsKey: string;
}

type QueryWord = { initial: string } | { word: NameWord };

interface Scored<E> {
  item: Indexed<E>;
  tier: number;
  score: number;
  uncovered: number;
}

const TIER_NAMES: Record<number, MatchedBy> = { 4: 'fullName', 3: 'exact', 2: 'prefix', 1: 'typo' };

export class Directory<E extends DirectoryEntry = DirectoryEntry> {
  private readonly items: Indexed<E>[];
  private readonly byToken = new Map<string, number[]>();
  private readonly sortedTokens: string[];
  private readonly byDeletion = new Map<string, string[]>();
  private readonly byLength = new Map<number, string[]>();
  private readonly byFirstLetter = new Map<string, number[]>();
  private readonly ids = new Map<string, number>();
  private readonly extensions = new Map<string, number[]>();
  private readonly numbers = new Map<string, number[]>();
  private readonly emails = new Map<string, number[]>();
  private readonly defaultCountry: CountryCode | undefined;

  constructor(entries: readonly E[], options: DirectoryOptions = {}) {
    this.defaultCountry = options.defaultCountry;
    // Ties are broken by folded name then id, whatever order the entries came in.
    const sorted = entries
      .map((entry) => ({ entry, key: foldText(entry.name).replace(/\s+/g, ' ').trim() }))
      .sort((a, b) => compareText(a.key, b.key) || compareText(a.entry.id, b.entry.id));
    this.items = sorted.map(({ entry }, order) => this.indexEntry(entry, order));
    this.sortedTokens = [...this.byToken.keys()].sort(compareText);
  }

  private indexEntry(entry: E, order: number): Indexed<E> {
    const words = nameWords(entry.name);
    const occurrences: Occurrence[] = [];
    words.forEach(({ parts }, w) => {
      for (let i = 0; i < parts.length; i++) {
        let run = '';
        for (let j = i; j < parts.length; j++) {
          run += parts[j]!;
          occurrences.push({ token: run, word: w, from: i, to: j });
        }
      }
    });
    for (const token of nameTokens(words)) {
      if (!this.byToken.has(token)) this.indexToken(token);
      push(this.byToken, token, order);
    }
    const letters = new Set(words.flatMap((w) => w.parts.map((p) => p[0]!)));
    for (const letter of letters) push(this.byFirstLetter, letter, order);

    this.ids.set(entry.id, order);
    const extension = entry.extension?.trim();
    if (extension) push(this.extensions, extension, order);
    if (entry.email) push(this.emails, entry.email.trim().toLowerCase(), order);
    const keys = new Set<string>();
    for (const phone of [entry.phones.work, entry.phones.mobile, entry.phones.home]) {
      if (phone) keys.add(digitsKey(phone, this.defaultCountry));
    }
    for (const key of keys) if (key) push(this.numbers, key, order);

    const parts = words.flatMap((w) => w.parts);
    return {
      entry,
      order,
      occurrences,
      partCount: parts.length,
      wordsKey: words
        .map((w) => w.joined)
        .sort(compareText)
        .join(' '),
      partsKey: [...parts].sort(compareText).join(' '),
    };
  }

  private indexToken(token: string): void {
    push(this.byLength, token.length, token);
    if (token.length < 3) return;
    for (const variant of deletions(token, 1)) push(this.byDeletion, variant, token);
  }

  /** The entry with this id. */
  byId(id: string): E | undefined {
    const i = this.ids.get(id);
    return i === undefined ? undefined : this.items[i]?.entry;
  }

  /** The one entry with this extension; undefined when nobody, or several people, have it. */
  byExtension(extension: string): E | undefined {
    return this.single(this.extensions.get(extension.trim()));
  }

  /** The one entry with this number (work, mobile or home); undefined when nobody, or several people, have it. */
  byNumber(e164: string): E | undefined {
    return this.single(this.numbers.get(digitsKey(e164, this.defaultCountry)));
  }

  /** Every entry with this number, in directory order. */
  allByNumber(e164: string): E[] {
    return (this.numbers.get(digitsKey(e164, this.defaultCountry)) ?? []).map((i) => this.items[i]!.entry);
  }

  /** Every entry, in directory order (folded name, then id). */
  all(): E[] {
    return this.items.map((i) => i.entry);
  }

  get size(): number {
    return this.items.length;
  }

  private single(orders: number[] | undefined): E | undefined {
    return orders?.length === 1 ? this.items[orders[0]!]?.entry : undefined;
  }

  /** Finds people from a name, initials and surname, an extension, an e-mail or a phone number. */
  search(query: string, options: { country?: CountryCode } = {}): SearchResult<E> {
    const text = query
      .trim()
      .replace(/^["'«“]+|["'»”]+$/g, '')
      .trim();
    if (text === '') return { kind: 'none', suggestions: [] };

    if (/\d/.test(text) && /^[+\d\s().\-/\u00a0]+$/.test(text))
      return this.searchDigits(text, options.country ?? this.defaultCountry);
    if (text.includes('@')) {
      const found = this.emails.get(text.toLowerCase());
      if (found) return this.result(found, 'email', found.length);
      return { kind: 'none', suggestions: [] };
    }
    return this.searchName(text);
  }

  /** Digits are read in `country` (the speaker's) when written without "+". */
  private searchDigits(text: string, country: CountryCode | undefined): SearchResult<E> {
    const compact = text.replace(/\D/g, '');
    if (!text.startsWith('+')) {
      const owners = this.extensions.get(compact);
      if (owners) return this.result(owners, 'extension', owners.length);
    }
    if (looksLikePhoneNumber(text)) {
      const e164 = parsePhoneNumber(text, country);
      if (e164 !== null) {
        const match = this.byNumber(e164);
        return match === undefined ? { kind: 'number', e164 } : { kind: 'number', e164, match };
      }
    }
    return { kind: 'none', suggestions: [] };
  }

  private result(orders: number[], matchedBy: MatchedBy, total: number): SearchResult<E> {
    const entries = [...orders].sort((a, b) => a - b).map((i) => this.items[i]!.entry);
    if (entries.length === 1) return { kind: 'unique', match: entries[0]!, matchedBy };
    return { kind: 'several', matches: entries.slice(0, MAX_MATCHES), total, matchedBy };
  }

  private searchName(text: string): SearchResult<E> {
    const queryWords = this.queryWords(nameWords(text));
    if (queryWords.length === 0) return { kind: 'none', suggestions: [] };

    const sets = queryWords.map((w) => this.candidates(w)).sort((a, b) => a.size - b.size);
    const [smallest, ...rest] = sets;
    const scored: Scored<E>[] = [];
    for (const order of smallest ?? []) {
      if (!rest.every((s) => s.has(order))) continue;
      const item = this.items[order]!;
      const s = this.score(item, queryWords);
      if (s !== undefined) scored.push(s);
    }
    if (scored.length === 0) return { kind: 'none', suggestions: this.suggest(queryWords) };

    // The best group: the best worst-word kind (full name > exact > prefix > typo), then the best total.
    const best = Math.max(...scored.map((s) => s.tier));
    const bestScore = Math.max(...scored.filter((s) => s.tier === best).map((s) => s.score));
    const top = scored
      .filter((s) => s.tier === best && s.score === bestScore)
      .sort((a, b) => a.uncovered - b.uncovered || a.item.order - b.item.order);
    const matchedBy = TIER_NAMES[best] ?? 'typo';
    if (top.length === 1) return { kind: 'unique', match: top[0]!.item.entry, matchedBy };
    return {
      kind: 'several',
      matches: top.slice(0, MAX_MATCHES).map((s) => s.item.entry),
      total: top.length,
      matchedBy,
    };
  }

  /** Query words as typed; a joined word that leads nowhere ("jean-paul" for "Jean Paul") is split into its parts. */
  private queryWords(words: NameWord[]): QueryWord[] {
    const out: QueryWord[] = [];
    for (const word of words) {
      if (word.joined.length === 1) {
        out.push({ initial: word.joined });
      } else if (word.parts.length > 1 && this.candidates({ word }).size === 0) {
        for (const part of word.parts) {
          out.push(part.length === 1 ? { initial: part } : { word: { joined: part, parts: [part] } });
        }
      } else if (word.joined.length <= MAX_INITIALS && this.candidates({ word }).size === 0) {
        // "JP Lefèvre": letters that lead nowhere as a word are read as initials.
        for (const letter of word.joined) out.push({ initial: letter });
      } else {
        out.push({ word });
      }
    }
    return out;
  }

  /** The entries a query word can lead to (a superset; scoring decides). */
  private candidates(q: QueryWord): Set<number> {
    if ('initial' in q) return new Set(this.byFirstLetter.get(q.initial) ?? []);
    const out = new Set<number>();
    for (const token of this.tokensFor(q.word.joined)) {
      for (const order of this.byToken.get(token) ?? []) out.add(order);
    }
    return out;
  }

  /** Tokens equal to the word, starting with it, or within its typo allowance. */
  private tokensFor(word: string): Set<string> {
    const tokens = new Set<string>();
    if (this.byToken.has(word)) tokens.add(word);
    if (word.length >= MIN_PREFIX) {
      for (let i = lowerBound(this.sortedTokens, word); i < this.sortedTokens.length; i++) {
        const t = this.sortedTokens[i]!;
        if (!t.startsWith(word)) break;
        tokens.add(t);
      }
    }
    const allowance = typoAllowance(word.length);
    if (allowance > 0) {
      for (const t of this.near(word, allowance)) {
        if (editDistance(word, t, allowance) <= allowance) tokens.add(t);
      }
    }
    return tokens;
  }

  /**
   * Tokens that may lie within `max` edits of the word (the caller checks): one edit through the
   * deletion index; two edits, which only long words allow, through the tokens of nearby lengths.
   */
  private near(word: string, max: number): Set<string> {
    const out = new Set<string>();
    for (const variant of deletions(word, 1)) {
      for (const t of this.byDeletion.get(variant) ?? []) out.add(t);
    }
    if (max >= 2) {
      for (let length = word.length - max; length <= word.length + max; length++) {
        for (const t of this.byLength.get(length) ?? []) out.add(t);
      }
    }
    return out;
  }

  /** Matches every query word to a distinct part of the name; undefined when some word finds none. */
  private score(item: Indexed<E>, queryWords: QueryWord[]): Scored<E> | undefined {
    const options = queryWords.map((q) => optionsFor(q, item.occurrences));
    if (options.some((o) => o.length === 0)) return undefined;
    const assignment =
      queryWords.length <= EXHAUSTIVE_WORDS
        ? bestAssignment(options, item.occurrences)
        : greedyAssignment(options, item.occurrences);
    if (assignment === undefined) return undefined;

    const words = queryWords.filter((q): q is { word: NameWord } => 'word' in q);
    const fullName =
      words.length === queryWords.length &&
      (words
        .map((w) => w.word.joined)
        .sort(compareText)
        .join(' ') === item.wordsKey ||
        words
          .flatMap((w) => w.word.parts)
          .sort(compareText)
          .join(' ') === item.partsKey);
    const worst = Math.min(...assignment.kinds);
    const tier = fullName ? 4 : worst;
    return { item, tier, score: assignment.total, uncovered: item.partCount - assignment.covered };
  }

  /** The closest names: entries reached from the tokens nearest each query word, a bounded pool. */
  private suggest(queryWords: QueryWord[]): E[] {
    const words = queryWords.flatMap((q) => ('word' in q ? [q.word.joined] : []));
    if (words.length === 0) return [];
    const pool = new Set<number>();
    for (const word of words) {
      const limit = suggestionLimit(word);
      const tokens = this.near(word, 2);
      const at = lowerBound(this.sortedTokens, word);
      const end = Math.min(this.sortedTokens.length, at + SUGGESTION_NEIGHBOURS);
      for (let i = Math.max(0, at - SUGGESTION_NEIGHBOURS); i < end; i++) tokens.add(this.sortedTokens[i]!);
      const close = [...tokens]
        .map((token) => ({ token, distance: editDistance(word, token, limit) }))
        .filter((t) => t.distance <= limit)
        .sort((a, b) => a.distance - b.distance || compareText(a.token, b.token));
      let added = 0;
      for (const { token } of close) {
        for (const order of this.byToken.get(token) ?? []) {
          if (!pool.has(order)) {
            pool.add(order);
            added += 1;
          }
        }
        if (added >= SUGGESTION_POOL) break;
      }
    }
    const ranked: Array<{ item: Indexed<E>; close: number; distance: number }> = [];
    for (const order of pool) {
      const item = this.items[order]!;
      let close = 0;
      let distance = 0;
      for (const word of words) {
        const limit = suggestionLimit(word);
        let best = limit + 1;
        for (const o of item.occurrences) best = Math.min(best, editDistance(word, o.token, best));
        distance += best;
        if (best <= limit) close += 1;
      }
      ranked.push({ item, close, distance });
    }
    return ranked
      .sort((a, b) => b.close - a.close || a.distance - b.distance || a.item.order - b.item.order)
      .slice(0, MAX_SUGGESTIONS)
      .map((r) => r.item.entry);
  }
}

/** How far a name may be from a query word and still be worth suggesting: about a third of it. */
function suggestionLimit(word: string): number {
  return Math.max(2, Math.ceil(word.length / 3));
}

interface Option {
  occurrence: number;
  kind: number;
}

function optionsFor(q: QueryWord, occurrences: Occurrence[]): Option[] {
  const options: Option[] = [];
  occurrences.forEach((o, i) => {
    if ('initial' in q) {
      // An initial stands for one part of the name ("A." for Alice, "J.-P." for Jean-Pierre).
      if (o.from === o.to && o.token.startsWith(q.initial)) options.push({ occurrence: i, kind: EXACT });
      return;
    }
    const word = q.word.joined;
    if (o.token === word) options.push({ occurrence: i, kind: EXACT });
    else if (word.length >= MIN_PREFIX && o.token.startsWith(word))
      options.push({ occurrence: i, kind: PREFIX });
    else {
      const allowance = typoAllowance(word.length);
      if (allowance > 0 && editDistance(word, o.token, allowance) <= allowance)
        options.push({ occurrence: i, kind: TYPO });
    }
  });
  return options;
}

interface Assignment {
  kinds: number[];
  total: number;
  covered: number;
}

function overlaps(a: Occurrence, b: Occurrence): boolean {
  return a.word === b.word && a.from <= b.to && b.from <= a.to;
}

/** The assignment of query words to non-overlapping name parts with the best total. */
function bestAssignment(options: Option[][], occurrences: Occurrence[]): Assignment | undefined {
  let best: Assignment | undefined;
  const chosen: Option[] = [];
  const visit = (i: number): void => {
    if (i === options.length) {
      const total = chosen.reduce((s, o) => s + o.kind, 0);
      const covered = chosen.reduce(
        (s, o) => s + occurrences[o.occurrence]!.to - occurrences[o.occurrence]!.from + 1,
        0,
      );
      if (best === undefined || total > best.total || (total === best.total && covered > best.covered)) {
        best = { kinds: chosen.map((o) => o.kind), total, covered };
      }
      return;
    }
    for (const option of options[i]!) {
      const occ = occurrences[option.occurrence]!;
      if (chosen.some((c) => overlaps(occurrences[c.occurrence]!, occ))) continue;
      chosen.push(option);
      visit(i + 1);
      chosen.pop();
    }
  };
  visit(0);
  return best;
}

function greedyAssignment(options: Option[][], occurrences: Occurrence[]): Assignment | undefined {
  const chosen: Occurrence[] = [];
  const kinds: number[] = [];
  for (const list of options) {
    const pick = [...list]
      .sort((a, b) => b.kind - a.kind)
      .find((o) => !chosen.some((c) => overlaps(c, occurrences[o.occurrence]!)));
    if (pick === undefined) return undefined;
    chosen.push(occurrences[pick.occurrence]!);
    kinds.push(pick.kind);
  }
  return {
    kinds,
    total: kinds.reduce((s, k) => s + k, 0),
    covered: chosen.reduce((s, o) => s + o.to - o.from + 1, 0),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (list[list.length - 1] !== value) list.push(value);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function lowerBound(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
