import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { memoizeText } from '../../memo';

/**
 * A phone number as E.164 when it is written internationally (`+…` or `00…`) and plausible;
 * otherwise the text with separators removed (an extension, a national number) so that it stays
 * dialable as the PBX gave it.
 */
export const toE164 = memoizeText(e164);

function e164(raw: string): string {
  const compact = raw.trim().replace(/[\s().-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  if (!international.startsWith('+')) return compact;
  const parsed = parsePhoneNumberFromString(international);
  return parsed?.isPossible() ? parsed.number : compact;
}
