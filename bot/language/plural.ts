import type { Locale } from './locale';
import { intlTag } from './locale';
import type { StringKey } from './strings';

/**
 * Grammatical number for every count the bot shows, decided by Intl.PluralRules rather than by
 * `count === 1`: the languages disagree on zero (French "0 salle", English "0 rooms") and on
 * fractions. A counted string is written twice in the catalogue, `<base>.one` and `<base>.other`;
 * the helper picks one of the two keys for a locale and a count.
 */

/** The bases that have both a `.one` and an `.other` string (checked by the compiler). */
export type CountedKey = {
  [K in StringKey]: K extends `${infer B}.one` ? (`${B}.other` extends StringKey ? B : never) : never;
}[StringKey];

const rules = new Map<Locale, Intl.PluralRules>();

function pluralRules(locale: Locale): Intl.PluralRules {
  let r = rules.get(locale);
  if (!r) rules.set(locale, (r = new Intl.PluralRules(intlTag(locale))));
  return r;
}

/**
 * 'one' or 'other' for `count` in `locale`. The catalogue has only these two forms, so the other
 * CLDR categories ('zero', 'two', 'few', 'many' — French uses 'many' for 1 000 000) read as 'other'.
 */
export function pluralCategory(locale: Locale, count: number): 'one' | 'other' {
  return pluralRules(locale).select(count) === 'one' ? 'one' : 'other';
}

/** The catalogue key for `count` of `base` in `locale`: `rooms.seats` and 1 → `rooms.seats.one`. */
export function countKey(locale: Locale, base: CountedKey, count: number): StringKey {
  return `${base}.${pluralCategory(locale, count)}` as StringKey;
}

/**
 * The string for `count` of `base`, in the turn's language: `{count}` is the count itself unless
 * `params` gives it (e.g. already formatted as "1 234").
 */
export function tCount(
  turn: { locale: Locale; t: (key: StringKey, params?: Record<string, string | number>) => string },
  base: CountedKey,
  count: number,
  params: Record<string, string | number> = {},
): string {
  return turn.t(countKey(turn.locale, base, count), { count, ...params });
}
