/**
 * Personal data kept out of stored reports: e-mail addresses keep their first letter and domain,
 * phone numbers their country code and last two digits (bot/domain/phone-number).
 */
import { maskPhoneNumber } from '../../domain/phone-number';

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
// A run of digits with the usual separators, 7 digits or more.
const PHONE = /\+?\d[\d ().\-/]{5,}\d/g;

/** "a***@example.com". */
export function maskEmail(address: string): string {
  return address.replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`);
}

/** The text with every e-mail address and phone number masked. */
export function maskPersonalData(text: string): string {
  return maskEmail(text).replace(PHONE, (m) => {
    const digits = m.replace(/\D/g, '');
    // Dates and times are not phone numbers.
    if (digits.length < 7 || /^\d{4}-\d{2}-\d{2}/.test(m) || /^\d{1,2}[:.]\d{2}\b/.test(m)) return m;
    return maskPhoneNumber(m.trim());
  });
}
