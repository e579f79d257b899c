import type { Locale } from './locale';
import { catalogue, type StringKey } from './strings';

export type Params = Record<string, string | number>;

/** The localised string for `key`, with `{placeholders}` filled from `params`. */
export function t(locale: Locale, key: StringKey, params: Params = {}): string {
  const template = catalogue(locale).get(key) ?? catalogue('en').get(key) ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** A translator bound to one locale, handed to commands and cards. */
export type Translate = (key: StringKey, params?: Params) => string;

export function translator(locale: Locale): Translate {
  return (key, params) => t(locale, key, params);
}
