import type { Locale } from '../locale';

/**
 * One area's strings in the three languages. English is the reference: French and Portuguese must
 * have exactly the same keys (the compiler checks it; tests/unit/language/catalogue.spec.ts too).
 * Placeholders are written `{name}`.
 */
export type AreaStrings<K extends string> = Record<Locale, Record<K, string>>;

export function defineStrings<K extends string>(strings: {
  en: Record<K, string>;
  fr: Record<K, string>;
  'pt-BR': Record<K, string>;
}): AreaStrings<K> {
  return strings;
}
