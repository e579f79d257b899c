import type { Locale } from './locale';
import { catalogue, type StringKey } from './strings';

export type Params = Record<string, string | number>;

/** The localised string for `key`, with `{placeholders}` filled from `params`. */
export function t(locale: Locale, key: StringKey, params: Params = {}): string {
  const template = catalogue(locale).get(key) ?? catalogue('en').get(key) ?? key;
  const filled = (name: string): string | undefined =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : undefined;
  if (locale === 'fr') {
    // French elides "de" before a vowel or a mute h: "la fiche d’Hélène", "présence d’Anaïs".
    return template.replace(/(\b[Dd]e )?\{(\w+)\}/g, (whole, de: string | undefined, name: string) => {
      const value = filled(name);
      if (value === undefined) return whole;
      return de !== undefined && ELIDES.test(value) ? `${de[0]}’${value}` : `${de ?? ''}${value}`;
    });
  }
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => filled(name) ?? whole);
}

/** A word French elides "de" before: a vowel (accented or not) or an h, which in names is mute. */
const ELIDES = /^[aeiouyhàâäéèêëîïôöùûüœæ]/i;

/** A translator bound to one locale, handed to commands and cards. */
export type Translate = (key: StringKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
