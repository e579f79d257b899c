/**
 * Phone numbers: reading what people type, showing numbers in the viewer's format, masking them
 * for logs and reports, and a key for matching call records to people. Built on libphonenumber-js.
 */
import {
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js';
import { memoizeText } from '../memo';
import { timeZoneCountry } from './time-zone-countries';

export type { CountryCode };

// Legacy single-word zones and prefixes that zone.tab does not cover; the rest comes from the table.
const REGION_PREFIXES: Array<[string, CountryCode]> = [
  ['us/', 'US'],
  ['canada/', 'CA'],
  ['brazil/', 'BR'],
  ['mexico/', 'MX'],
  ['chile/', 'CL'],
  ['australia/', 'AU'],
];

/**
 * The country a time zone belongs to (Europe/Paris → FR, America/Sao_Paulo → BR, Europe/London → GB),
 * from the tz database's zone table; zones of no country (Etc/UTC, unknown names) give `fallback`.
 */
export function countryForTimeZone(timeZone: string, fallback: CountryCode = 'US'): CountryCode {
  const country = timeZoneCountry(timeZone);
  if (country !== undefined && isSupportedCountry(country)) return country;
  const lower = timeZone.trim().toLowerCase();
  for (const [prefix, code] of REGION_PREFIXES) if (lower.startsWith(prefix)) return code;
  return fallback;
}

const NUMBER_TEXT = /^\+?[\d\s().\-/\u00a0\u202f]+$/;
const MIN_DIGITS = 6;

/** Whether a text is written like a phone number (digits and the usual separators, enough digits). */
export function looksLikePhoneNumber(raw: string): boolean {
  const text = stripTel(raw);
  return NUMBER_TEXT.test(text) && text.replace(/\D/g, '').length >= MIN_DIGITS;
}

function stripTel(raw: string): string {
  return raw.trim().replace(/^tel:/i, '').trim();
}

function parse(raw: string, defaultCountry?: CountryCode): PhoneNumber | undefined {
  const text = stripTel(raw);
  if (!looksLikePhoneNumber(text)) return undefined;
  const first = parsePhoneNumberFromString(text, defaultCountry);
  if (first?.isPossible()) return first;
  // "0033 …" typed in a country whose international prefix is not 00 (Brazil's is 00 + carrier).
  if (text.startsWith('00')) {
    const second = parsePhoneNumberFromString('+' + text.slice(2));
    if (second?.isPossible()) return second;
  }
  return undefined;
}

/**
 * Reads a number typed in any usual format ("+33 1 23 45 67 89", "01 23 45 67 89" in FR,
 * "(11) 98765-4321" in BR, "0033 1 …") and returns it in E.164, or null when it is not one.
 */
export function parsePhoneNumber(raw: string, defaultCountry?: CountryCode): string | null {
  return parse(raw, defaultCountry)?.number ?? null;
}

/**
 * Shows an E.164 number in national format when it belongs to the viewer's country, else in
 * international format; text that is not a number comes back unchanged.
 */
export function formatPhoneNumber(e164: string, viewerCountry?: CountryCode): string {
  return formatted(`${viewerCountry ?? ''} ${e164}`);
}

/** The country an E.164 number belongs to ("+551130405105" → BR), when libphonenumber knows it. */
export const countryOfNumber = memoizeText((e164: string): CountryCode | '' => {
  return parsePhoneNumberFromString(e164)?.country ?? '';
});

/**
 * The one rule for showing a number to someone, on every card and text: national format when the
 * number is of the viewer's country ("07700 900238" to a user in the UK), international otherwise
 * ("+44 7700 900238" to a user in France). Extensions and other text without "+" are shown as is.
 */
export function displayPhoneNumber(number: string, viewerCountry: CountryCode | undefined): string {
  return number.trim().startsWith('+') ? formatPhoneNumber(number.trim(), viewerCountry) : number;
}

// A call log shows the same few numbers on every page: each is parsed and formatted once.
const formatted = memoizeText((key: string): string => {
  const space = key.indexOf(' ');
  const viewerCountry = (space > 0 ? key.slice(0, space) : undefined) as CountryCode | undefined;
  const e164 = key.slice(space + 1);
  const number = parse(e164);
  if (number === undefined) return e164;
  if (viewerCountry !== undefined && isDomestic(number, viewerCountry)) return number.formatNational();
  return number.formatInternational();
});

function isDomestic(number: PhoneNumber, viewerCountry: CountryCode): boolean {
  if (number.country !== undefined) return number.country === viewerCountry;
  // Numbers libphonenumber cannot pin to one country (e.g. a +1 test range): go by calling code.
  return getCountryCallingCode(viewerCountry) === number.countryCallingCode;
}

/**
 * Masks a number for logs and reports: the country code and the last two digits stay
 * ("+33 • •• •• •• 89").
 */
export function maskPhoneNumber(e164: string): string {
  const number = parse(e164);
  if (number === undefined) {
    const digits = e164.replace(/\D/g, '');
    return (
      (e164.trim().startsWith('+') ? '+' : '') + '•'.repeat(Math.max(0, digits.length - 2)) + digits.slice(-2)
    );
  }
  const prefix = '+' + number.countryCallingCode;
  const rest = number.formatInternational().slice(prefix.length);
  const total = rest.replace(/\D/g, '').length;
  let seen = 0;
  const masked = rest.replace(/\d/g, (d) => {
    seen += 1;
    return seen > total - 2 ? d : '•';
  });
  return prefix + masked;
}

/**
 * The digits of a number (country code included), for matching a call record's number to a
 * person. A number without "+" is read in `defaultCountry` when given.
 */
export function digitsKey(number: string, defaultCountry?: CountryCode): string {
  const text = number.trim();
  // Already E.164 (the usual case for stored numbers): no need to parse.
  if (/^\+\d{6,15}$/.test(text)) return text.slice(1);
  if (text.startsWith('+') || defaultCountry !== undefined) {
    const parsed = parse(text, defaultCountry);
    if (parsed !== undefined) return parsed.number.slice(1);
  }
  return text.replace(/\D/g, '');
}
