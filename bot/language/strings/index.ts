import type { Locale } from '../locale';
import { adminStrings } from './admin';
import { callStrings } from './call';
import { callsStrings } from './calls';
import { common } from './common';
import { errors } from './errors';
import { help } from './help';
import { identity } from './identity';
import { roomsStrings } from './rooms';
import { sharedStrings } from './shared';

/**
 * Every area's strings. A new area adds one import and one entry here; keys are prefixed with the
 * area name so that areas never collide.
 */
export const AREAS = [
  common,
  errors,
  help,
  identity,
  callStrings,
  callsStrings,
  roomsStrings,
  adminStrings,
  sharedStrings,
] as const;

type Area = (typeof AREAS)[number];
type KeysOf<A> = A extends { en: Record<infer K, string> } ? K : never;
export type StringKey = KeysOf<Area>;

const merged: Record<Locale, Map<string, string>> = { en: new Map(), fr: new Map(), 'pt-BR': new Map() };
for (const area of AREAS) {
  for (const locale of Object.keys(merged) as Locale[]) {
    for (const [key, value] of Object.entries(area[locale] as Record<string, string>)) {
      merged[locale].set(key, value);
    }
  }
}

/** The catalogue of one locale, as a map (used by tests and by t()). */
export function catalogue(locale: Locale): ReadonlyMap<string, string> {
  return merged[locale];
}
