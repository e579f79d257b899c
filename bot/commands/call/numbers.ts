/**
 * A person's numbers as the call cards offer them: which ones can be called, what each is called
 * in the user's language, whether a number is someone's own, and what may be sent to the PBX.
 */
import { digitsKey, parsePhoneNumber, type CountryCode } from '../../domain/phone-number';
import type { Translate } from '../../language/i18n';
import type { Person } from '../../people';
import type { PlaceCallData } from './place-call-data';

export type CallableKind = NonNullable<PlaceCallData['numberKind']>;

export interface CallableNumber {
  kind: Exclude<CallableKind, 'other'>;
  /** E.164, or the extension's digits. */
  number: string;
}

type NumberHolder = Pick<Person, 'extension' | 'phones'>;

/** The numbers a person can be called on: extension first (an internal call), then work, mobile, home. */
export function callableNumbers(person: NumberHolder): CallableNumber[] {
  const out: CallableNumber[] = [];
  const extension = person.extension?.trim();
  if (extension) out.push({ kind: 'extension', number: extension });
  for (const kind of ['work', 'mobile', 'home'] as const) {
    const number = person.phones[kind];
    if (number) out.push({ kind, number });
  }
  return out;
}

/** Which of the person's numbers this is (extension compared as digits, phones as E.164 digits). */
export function kindOfNumber(
  person: NumberHolder,
  number: string,
  country?: CountryCode,
): CallableNumber['kind'] | undefined {
  const compact = number.replace(/[\s().\-/]/g, '');
  if (person.extension !== undefined && compact === person.extension.trim()) return 'extension';
  const key = digitsKey(number, country);
  for (const kind of ['work', 'mobile', 'home'] as const) {
    const phone = person.phones[kind];
    if (phone && digitsKey(phone, country) === key) return kind;
  }
  return undefined;
}

/** The label of a kind of number ("Mobile", "Portable", "Celular"). */
export function numberKindLabel(t: Translate, kind: CallableKind): string {
  switch (kind) {
    case 'extension':
      return t('call.number.extension');
    case 'work':
      return t('call.number.work');
    case 'mobile':
      return t('call.number.mobile');
    case 'home':
      return t('call.number.home');
    default:
      return t('call.number.other');
  }
}

const DIALLABLE = /^\+?\d{2,15}$/;

/**
 * What may be sent to the PBX as the number to call: digits, optionally after a leading "+"
 * (separators removed; a national number read in the organisation's country); null otherwise.
 */
export function dialString(raw: unknown, country?: CountryCode): string | null {
  if (typeof raw !== 'string') return null;
  const compact = raw.trim().replace(/[\s().\-/\u00a0]/g, '');
  if (!DIALLABLE.test(compact)) return null;
  // Short digit strings are extensions; longer national numbers are read in the organisation's country.
  if (compact.startsWith('+') || compact.length < 7) return compact;
  return parsePhoneNumber(compact, country) ?? compact;
}

/** Whether `number` is one of the person's own (their extension or one of their phones). */
export function isOwnNumber(person: NumberHolder, number: string, country?: CountryCode): boolean {
  return kindOfNumber(person, number, country) !== undefined;
}
