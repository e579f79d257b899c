/**
 * Structured logging (one JSON object per line on stderr). Values are redacted on the way out:
 * e-mail addresses, phone numbers and credentials never reach the log in full, and no single value
 * can make a line huge.
 *
 * How `redact` stays linear on any input: it makes a fixed number of passes. Credentials and
 * "protected" spans (dates, times, UUIDs, IPv4 addresses) are found by regular expressions that
 * start only at a keyword or a word boundary, whose quantifiers are bounded, and whose only
 * unbounded parts are greedy runs that nothing after them can make fail: a failed attempt costs
 * a bounded amount of work, and a successful one consumes what it scanned. E-mail addresses and
 * phone numbers are found by two hand-written scanners that look at each character a bounded
 * number of times (no regular expression, hence no backtracking, over free text).
 */
export type Level = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<Level, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export type Fields = Record<string, unknown>;

export interface Logger {
  debug(msg: string, fields?: Fields): void;
  info(msg: string, fields?: Fields): void;
  warn(msg: string, fields?: Fields): void;
  error(msg: string, fields?: Fields): void;
  child(fields: Fields): Logger;
}

/** What replaces a credential. */
const REDACTED = '[redacted]';

// ---------------------------------------------------------------------------------------------
// Credentials
// ---------------------------------------------------------------------------------------------

/**
 * Words that follow "bearer" in prose ("no bearer token") rather than a credential. Anything else
 * after "bearer" is taken for a token: a real token is never one of these words.
 */
const BEARER_PROSE = new Set([
  'auth',
  'authentication',
  'authorization',
  'credential',
  'credentials',
  'header',
  'jeton',
  'scheme',
  'token',
  'tokens',
]);
// The gap is bounded; the token cannot start with "[" nor with what the gap is made of, so that
// "Bearer [redacted]" and "Bearer %20[redacted]" read the same way the second time.
const BEARER = /\b(bearer)((?:[ \t]|%20|\+){1,8})(?!%20|\+)([A-Za-z0-9._~+/=%-]+)/gi;
// Basic credentials are base64("user:password"); the replacer leaves plain words ("basic
// information") alone.
const BASIC = /\b(basic)([ \t]{1,8})([A-Za-z0-9+/=]{8,})/gi;
// A whole Authorization header value ("Authorization: Negotiate …", `"authorization":"…"`).
// A quoted value ends at its closing quote (JSON stays JSON); an unquoted one at the end of the line.
const AUTHORIZATION =
  /\b((?:proxy-)?authorization["']?[ \t]{0,3}(?:[:=]|%3[ADad])[ \t]{0,3})("[^"\r\n]*"?|'[^'\r\n]*'?|[^\r\n]+)/gi;
// Cookie headers carry sessions; their whole value goes.
const COOKIE =
  /\b((?:set-)?cookie["']?[ \t]{0,3}(?:[:=]|%3[ADad])[ \t]{0,3})("[^"\r\n]*"?|'[^'\r\n]*'?|[^\r\n]+)/gi;
// A JWT (or any base64url JSON blob, which is what "eyJ" starts): header, payload, signature and
// the two extra parts of a JWE. Not after a letter, so "surveyJson…" stays; the first attempt on a
// run of base64url characters consumes all of it, so repeated "eyJ" cannot cost more than once.
const JWT = /(?<![A-Za-z])eyJ[A-Za-z0-9_-]{6,}(?:\.[A-Za-z0-9_-]*){0,4}/g;
/**
 * `name=value` / `name: value` / `"name":"value"` where the name ends like a secret: OAuth
 * parameters (access_token, refresh_token, id_token, client_secret, client_assertion, code_verifier),
 * API keys (apiKey, x-api-key, Ocp-Apim-Subscription-Key), storage keys (AccountKey=…), SAS
 * signatures (sig=…). Camel-case and prefixed names are caught by the bounded free prefix.
 */
const SECRET_PARAM = new RegExp(
  '(?<![A-Za-z0-9])([A-Za-z]{0,20}?[_-]?(?:token|secret|password|passwd|pwd|passphrase|assertion|' +
    '(?:api|account|access|private|subscription|shared[_-]?access)[_-]?key|sig|signature|' +
    'code[_-]?verifier))' +
    '(["\']?[ \\t]{0,3}(?:[:=]|%3[ADad])[ \\t]{0,3})' +
    // A quoted value runs to its closing quote; an unquoted one to the next delimiter.
    '("[^"\\r\\n]*"?|\'[^\'\\r\\n]*\'?|[^\\s&"\',;<>{}\\[\\]]+)',
  'gi',
);

/** Masks a value, keeping its quotes so that the text around it still reads (JSON stays JSON). */
function maskQuoted(value: string): string {
  const quote = value[0] === '"' || value[0] === "'" ? value[0] : '';
  const closed = quote !== '' && value.length > 1 && value.endsWith(quote);
  return `${quote}${REDACTED}${closed ? quote : ''}`;
}

/**
 * Whether what follows "basic" is a credential rather than a word ("basic information", "Basic
 * Auth"): base64 of "user:password" mixes cases or has digits or symbols. Only the token's own
 * text decides, so that masking phone numbers later cannot change the verdict.
 */
function isBasicCredential(token: string): boolean {
  return !/^(?:[a-z]+|[A-Z][a-z]+|[A-Z]+)$/.test(token);
}

/** Known Authorization schemes: kept in front of the masked credential, as they help and are not secret. */
const AUTH_SCHEME =
  /^["']?(bearer|basic|digest|negotiate|ntlm|hoba|mutual|token|mac|hawk|pop|sharedkey|aws4-hmac-sha256)[ \t]+\S/i;

function maskAuthorization(_match: string, head: string, value: string): string {
  // An unknown first word might be the credential itself, so it goes with the rest.
  const scheme = AUTH_SCHEME.exec(value);
  const masked = maskQuoted(value);
  return `${head}${scheme ? masked.replace(REDACTED, `${scheme[1]} ${REDACTED}`) : masked}`;
}

function maskSecretParam(match: string, name: string, sep: string, value: string): string {
  return value === REDACTED || /^["']\[redacted\]/.test(value) ? match : `${name}${sep}${maskQuoted(value)}`;
}

function maskBearer(
  match: string,
  word: string,
  gap: string,
  token: string,
  offset: number,
  all: string,
): string {
  // "bearer x@y.com" names a person, and the e-mail pass masks it; "bearer token" is prose.
  const next = all.charCodeAt(offset + match.length);
  if (next === 0x40 || next === 0x2a) return match;
  return BEARER_PROSE.has(token.replace(/\.+$/, '').toLowerCase()) ? match : `${word}${gap}${REDACTED}`;
}

function maskBasic(match: string, word: string, gap: string, token: string): string {
  return isBasicCredential(token) ? `${word}${gap}${REDACTED}` : match;
}

function maskCredentials(text: string): string {
  const headers = text
    .replace(AUTHORIZATION, maskAuthorization)
    .replace(COOKIE, (_m, head: string, value: string) => `${head}${maskQuoted(value)}`);
  // Bearer and Basic come last: whether they mask depends on the text after the token, which the
  // rules before may change ("Bearer xaccess_token=y@" → "…=[redacted]"), never the other way.
  return headers
    .replace(SECRET_PARAM, maskSecretParam)
    .replace(JWT, REDACTED)
    .replace(BEARER, maskBearer)
    .replace(BASIC, maskBasic);
}

// ---------------------------------------------------------------------------------------------
// Character classes and percent-escapes shared by the scanners
// ---------------------------------------------------------------------------------------------

const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const LETTER_MARK_OR_NUMBER = /[\p{L}\p{M}\p{N}]/uy;
const DECIMAL_DIGIT = /\p{Nd}/uy;

/** Length (1 or 2 UTF-16 units) of a match of a sticky one-character class at `i`, else 0. */
function classAt(re: RegExp, text: string, i: number): number {
  re.lastIndex = i;
  return re.test(text) ? re.lastIndex - i : 0;
}

function hexValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

function hexByteAt(text: string, i: number): number {
  if (i + 1 >= text.length) return -1;
  const high = hexValue(text.charCodeAt(i));
  const low = hexValue(text.charCodeAt(i + 1));
  return high < 0 || low < 0 ? -1 : high * 16 + low;
}

/**
 * The byte of a percent-escape at `i` (`%40`, or `%2540` when the text was encoded twice) and
 * the escape's length, or undefined when `i` does not start an escape.
 */
function percentEscapeAt(text: string, i: number): { byte: number; length: number } | undefined {
  if (text.charCodeAt(i) !== 0x25) return undefined;
  const byte = hexByteAt(text, i + 1);
  if (byte < 0) return undefined;
  if (byte === 0x25) {
    const inner = hexByteAt(text, i + 3);
    if (inner >= 0) return { byte: inner, length: 5 };
  }
  return { byte, length: 3 };
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses
// ---------------------------------------------------------------------------------------------

/** ASCII characters of a local part (RFC 5322 atext and dots, minus the ones that delimit text). */
const LOCAL_ASCII = asciiSet(
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+-!#$*^`{|}~\\',
);
const DOMAIN_ASCII = asciiSet('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-');
/** Longest domain looked at (253 characters, percent-encoded: up to three times as many). */
const MAX_DOMAIN = 1024;

function asciiSet(chars: string): Uint8Array {
  const set = new Uint8Array(128);
  for (let i = 0; i < chars.length; i++) set[chars.charCodeAt(i)] = 1;
  return set;
}

/** Length of a local-part character at `i` (letters, marks and digits of any script count), else 0. */
function localCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return LOCAL_ASCII[code] ? 1 : 0;
  return classAt(LETTER_MARK_OR_NUMBER, text, i);
}

/** Length of a domain-label character at `i` (IDN labels: any letter, mark or digit; or an escape of a non-ASCII byte). */
function domainCharLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x25) {
    const escape = percentEscapeAt(text, i);
    return escape && escape.byte >= 0x80 ? escape.length : 0;
  }
  if (code < 128) return DOMAIN_ASCII[code] ? 1 : 0;
  return classAt(LETTER_MARK_OR_NUMBER, text, i);
}

/** A top-level domain: at least two characters, starting with a letter, not ending with a hyphen. */
function isTopLevel(label: string): boolean {
  if (label.length < 2 || label.endsWith('-')) return false;
  const code = label.charCodeAt(0);
  if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x25) return true;
  return code >= 128 && classAt(LETTER_OR_MARK, label, 0) > 0;
}

/**
 * End of the domain that starts at `start`: the longest run of two or more labels whose last one
 * can be a top-level domain ("salles.example" in "salles.example.123" or "salles.example."), or
 * -1 when there is none.
 */
function domainEnd(text: string, start: number): number {
  const limit = Math.min(text.length, start + MAX_DOMAIN);
  let labels = 0;
  let labelStart = start;
  let best = -1;
  let i = start;
  for (;;) {
    const length = i < limit ? domainCharLength(text, i) : 0;
    if (length > 0) {
      i += length;
      continue;
    }
    if (i === labelStart) break; // an empty label ends the domain
    labels++;
    if (labels >= 2 && isTopLevel(text.slice(labelStart, i))) best = i;
    if (i < limit && text.charCodeAt(i) === 0x2e) {
      i++;
      labelStart = i;
      continue;
    }
    break;
  }
  return best;
}

const FIRST_LETTER = /^[\p{L}\p{N}]/u;

/**
 * "hélène.dupré" → "h***"; a local part that starts with an escape or a symbol keeps nothing. One
 * that already ends with the mask is left as it is, so that redacting twice changes nothing even
 * when the phone pass has since rewritten digits before the mask ("06 12 34 56 7***@…").
 */
function maskLocal(local: string): string {
  if (local.endsWith('***')) return local;
  return `${FIRST_LETTER.exec(local)?.[0] ?? ''}***`;
}

/** Length of an at-sign at `i`: "@", "%40" or "%2540"; 0 otherwise. */
function atSignLength(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code === 0x40) return 1;
  if (code !== 0x25) return 0;
  const escape = percentEscapeAt(text, i);
  return escape && escape.byte === 0x40 ? escape.length : 0;
}

/** Text with its e-mail addresses masked, and where the (masked) addresses now stand. */
interface MaskedEmails {
  text: string;
  /** Start and end offsets, in pairs, of each address in `text`. */
  spans: number[];
}

/**
 * One left-to-right pass. The scanner remembers where the current run of local-part characters
 * started, so reaching an at-sign costs nothing more than reading the domain after it; domain
 * reads never overlap (a domain ends before the next at-sign), so the whole pass is linear.
 */
function maskEmails(text: string): MaskedEmails {
  const spans: number[] = [];
  if (text.indexOf('@') < 0 && !/%(?:25)?40/.test(text)) return { text, spans };
  let out = '';
  let copied = 0;
  let runStart = -1;
  let i = 0;
  while (i < text.length) {
    const at = atSignLength(text, i);
    if (at === 0) {
      const escape = percentEscapeAt(text, i);
      if (escape && escape.byte < 0x80 && !LOCAL_ASCII[escape.byte]) {
        // An encoded delimiter ("%20", "%27", "%3D"…) ends a local part like the character itself.
        runStart = -1;
        i += escape.length;
        continue;
      }
      const length = escape ? escape.length : localCharLength(text, i);
      if (length > 0) {
        if (runStart < 0) runStart = i;
        i += length;
      } else {
        runStart = -1;
        i += 1;
      }
      continue;
    }
    const end = runStart >= 0 ? domainEnd(text, i + at) : -1;
    if (end > 0) {
      out += text.slice(copied, runStart);
      spans.push(out.length);
      out += maskLocal(text.slice(runStart, i)) + text.slice(i, end);
      spans.push(out.length);
      copied = end;
      i = end;
    } else {
      i += at;
    }
    runStart = -1;
  }
  return { text: copied === 0 ? text : out + text.slice(copied), spans };
}

// ---------------------------------------------------------------------------------------------
// Phone numbers
// ---------------------------------------------------------------------------------------------

/** Not inside a percent-escape ("%2" + "0…" of "%20…" is no digit of the text). */
const NOT_IN_ESCAPE = '(?<!%[0-9A-Fa-f]?)';
/** A digit of the text itself, not the second hex digit of an escape. */
const REAL_DIGIT = '(?<!%[0-9A-Fa-f])\\d';
const YEAR = '(?:19|20)\\d\\d';
const MONTH = '(?:0?[1-9]|1[0-2])';
const DAY = '(?:0?[1-9]|[12]\\d|3[01])';
const CLOCK = '(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?';
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';
const HEX = '[0-9A-Fa-f]';
/** What the phone scan takes for a separator, written as a pattern (see `Atoms`). */
const SEPARATOR_TEXT =
  '[-.()+ \\u00a0\\u2000-\\u200a\\u2010-\\u2013\\u202f\\u3000]|%(?:25)?(?:2[0BbDdEe89]|C2%(?:25)?A0|E2%(?:25)?80%(?:25)?(?:8[0-9Aa]|9[0-3]|AF))';

/**
 * Spans that contain digits but are not phone numbers, found before the phone scan so that it
 * treats them as plain text: ISO dates and instants, other dates with a four-digit year, times,
 * UUIDs (correlation ids), IPv4 addresses with their port. None may start right after a digit of
 * the text (nor inside a percent-escape), so a phone number cannot hide a date-shaped tail from
 * the scan. Every quantifier is bounded.
 */
const PROTECTED: RegExp[] = [
  `(?<!${REAL_DIGIT}[-./]?)${YEAR}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01])` +
    `(?:T(?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:[.,]\\d{1,9})?)?(?:Z|[+-]\\d\\d(?::?\\d\\d)?)?)?(?!\\.?\\d)`,
  `(?<!${REAL_DIGIT}[-./]?)${YEAR}([./])${MONTH}\\1${DAY}(?!\\.?\\d)`,
  // Day first or month first: both parts up to 31.
  `(?<!${REAL_DIGIT}[-./]?)${DAY}([-./])${DAY}\\1${YEAR}(?!\\.?\\d)`,
  // A time may follow digits ("…0314:30"): a colon always ends a number, and a guard here would
  // read "***14:30" differently from the text it was masked from.
  `(?<!:)${CLOCK}(?![\\d:])`,
  `(?<!(?<!%${HEX})${HEX})${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}(?!${HEX})`,
  // Not after a number and its separators either: "+351 21.123.45.67" is a phone number.
  `(?<!\\.|${REAL_DIGIT}(?:${SEPARATOR_TEXT}){0,3})(?:${OCTET}\\.){3}${OCTET}(?::\\d{1,5})?(?!\\.?\\d)`,
].map((source) => new RegExp(NOT_IN_ESCAPE + source, 'g'));

/**
 * Marks the protected spans, and the e-mail addresses: digits in a domain are no phone number,
 * and masking them would let a second redaction read the text differently from the first.
 */
function protectedSpans(text: string, emails: number[]): Uint8Array | undefined {
  let mask: Uint8Array | undefined;
  for (let k = 0; k + 1 < emails.length; k += 2) {
    mask ??= new Uint8Array(text.length);
    mask.fill(1, emails[k], emails[k + 1]);
  }
  for (const re of PROTECTED) {
    for (const match of text.matchAll(re)) {
      mask ??= new Uint8Array(text.length);
      mask.fill(1, match.index, match.index + match[0].length);
    }
  }
  return mask;
}

const DIGIT = 0;
const SEPARATOR = 1;
const PLUS = 2;
const WORD = 3;
const OTHER = 4;
type Kind = typeof DIGIT | typeof SEPARATOR | typeof PLUS | typeof WORD | typeof OTHER;

/** A phone number has 7 to 15 digits; fewer is a figure, a time, a status or a port. */
const MIN_PHONE_DIGITS = 7;
/** Separators allowed between two digit groups ("06 12", "(11) 9", "12 - 34"). */
const MAX_SEPARATORS = 3;

/** Spaces that Intl and word processors put between digit groups, besides the plain space. */
function isSpaceSeparator(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x3000 ||
    (code >= 0x2010 && code <= 0x2013) // hyphens and dashes
  );
}

/**
 * Reads the text as a stream of atoms: digits (of any script), separators (spaces, dots, hyphens,
 * parentheses, and their percent-escapes), plus signs (also `%2B`), word characters, anything
 * else. Protected spans read as "other". Reading one atom is O(1).
 */
class Atoms {
  kind: Kind = OTHER;
  length = 1;

  constructor(
    readonly text: string,
    private readonly shielded: Uint8Array | undefined,
  ) {}

  read(i: number): Kind {
    const text = this.text;
    this.length = 1;
    if (i >= text.length) return (this.kind = OTHER);
    if (this.shielded?.[i]) return (this.kind = OTHER);
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return (this.kind = DIGIT);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 0x5f) return (this.kind = WORD);
    if (code === 0x2b) return (this.kind = PLUS);
    if (code === 0x2e || code === 0x2d || code === 0x28 || code === 0x29 || isSpaceSeparator(code)) {
      return (this.kind = SEPARATOR);
    }
    if (code === 0x25) return this.readEscape(i);
    if (code < 128) return (this.kind = OTHER);
    let length = classAt(DECIMAL_DIGIT, text, i);
    if (length > 0) {
      this.length = length;
      return (this.kind = DIGIT);
    }
    length = classAt(LETTER_OR_MARK, text, i);
    if (length > 0) {
      this.length = length;
      return (this.kind = WORD);
    }
    return (this.kind = OTHER);
  }

  /** A percent-escape is one atom, so that the digits of "%20" are never read as digits. */
  private readEscape(i: number): Kind {
    const first = percentEscapeAt(this.text, i);
    if (!first) return (this.kind = OTHER);
    this.length = first.length;
    const byte = first.byte;
    if (byte === 0x2b) return (this.kind = PLUS);
    if (byte === 0x20 || byte === 0x2e || byte === 0x2d || byte === 0x28 || byte === 0x29) {
      return (this.kind = SEPARATOR);
    }
    // UTF-8 of U+00A0 (C2 A0) and of U+2000–U+200A, U+2010–U+2013, U+202F (E2 80 xx).
    const second = percentEscapeAt(this.text, i + first.length);
    if (byte === 0xc2 && second?.byte === 0xa0) {
      this.length += second.length;
      return (this.kind = SEPARATOR);
    }
    if (byte === 0xe2 && second?.byte === 0x80) {
      const third = percentEscapeAt(this.text, i + first.length + second.length);
      if (
        third &&
        ((third.byte >= 0x80 && third.byte <= 0x8a) ||
          (third.byte >= 0x90 && third.byte <= 0x93) ||
          third.byte === 0xaf)
      ) {
        this.length += second.length + third.length;
        return (this.kind = SEPARATOR);
      }
    }
    // An encoded letter (ASCII, or a byte of a UTF-8 sequence) is a letter: digits glued to it are
    // an identifier, as they would be to the letter itself.
    const letter =
      (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || byte === 0x5f || byte >= 0x80;
    return (this.kind = letter ? WORD : OTHER);
  }
}

/**
 * Reads tokens (digit groups joined by single dots: "01.23.45.67.89", "4.23.3", "0612345678")
 * into its own fields, without allocating, and keeps the last two digits read.
 */
class TokenReader {
  start = 0;
  end = 0;
  digits = 0;
  groups = 0;
  /** Whether the token can be (part of) a phone number rather than a version or a decimal. */
  phoneLike = false;
  /** The last two digit atoms read so far in the run (offset and length; -1 when none). */
  lastAt = -1;
  lastLength = 0;
  previousAt = -1;
  previousLength = 0;

  constructor(private readonly atoms: Atoms) {}

  read(start: number): void {
    const atoms = this.atoms;
    let i = start;
    let digits = 0;
    let groups = 0;
    let first = 0;
    // The dotted-token verdict, built group by group (see the comment at the end).
    let pending = -1;
    let middlesLong = true;
    let stretch = 0;
    let stretchDigits = 0;
    let stretchFound = false;
    for (;;) {
      let group = 0;
      while (atoms.read(i) === DIGIT) {
        this.previousAt = this.lastAt;
        this.previousLength = this.lastLength;
        this.lastAt = i;
        this.lastLength = atoms.length;
        group++;
        i += atoms.length;
      }
      groups++;
      digits += group;
      if (groups === 1) first = group;
      else {
        if (pending >= 0) middlesLong &&= pending >= 2;
        pending = group;
      }
      if (group >= 2 && group <= 4) {
        stretch++;
        stretchDigits += group;
        if (stretch >= 3 && stretchDigits >= MIN_PHONE_DIGITS) stretchFound = true;
      } else {
        stretch = 0;
        stretchDigits = 0;
      }
      if (atoms.text.charCodeAt(i) === 0x2e && atoms.read(i) === SEPARATOR && atoms.read(i + 1) === DIGIT) {
        i += 1;
        continue;
      }
      break;
    }
    this.start = start;
    this.end = i;
    this.digits = digits;
    this.groups = groups;
    // A dotted token is a phone number ("01.23.45.67.89", "555.123.4567") rather than a version,
    // a decimal figure or a dotted time ("10.0.19041.1234", "120.0.6099.109", "1234.567", "14.30")
    // when: it is one group, or its first group is already phone-long; not when it has two parts
    // (a decimal figure); when no part between others has one digit (versions do); or when it
    // holds three or more groups of 2 to 4 digits, 7 in all, so that stray parts cannot hide one.
    this.phoneLike =
      groups === 1 ||
      first >= MIN_PHONE_DIGITS ||
      (groups > 2 && ((digits >= MIN_PHONE_DIGITS && middlesLong) || stretchFound));
  }

  /** The last two digits read, as written. */
  lastTwoDigits(): string {
    const text = this.atoms.text;
    const last = text.slice(this.lastAt, this.lastAt + this.lastLength);
    return this.previousAt < 0
      ? last
      : text.slice(this.previousAt, this.previousAt + this.previousLength) + last;
  }
}

/** Milliseconds since 1970 (13 digits starting with 1): never a valid E.164 number, common in ids. */
function isEpochMillis(text: string, token: TokenReader): boolean {
  return token.groups === 1 && token.digits === 13 && text.charCodeAt(token.start) === 0x31;
}

/**
 * Finds the phone numbers of runs of digit groups, one run at a time, writing the masked text as
 * it goes. One scanner serves a whole string, so that scanning allocates nothing per run.
 *
 * Versions and decimals split a run; each stretch between them is judged on its own. After a
 * "+" everything is the number ("+33 1234.5678"): an international prefix says so. (Also after a
 * "+" inside the run, so that the verdict is the same when what precedes it has been masked and
 * the "+" starts the run on a second redaction.)
 */
class PhoneScanner {
  out = '';
  private copied = 0;
  private readonly token: TokenReader;
  // The run being scanned.
  private runStart = 0;
  private plus = false;
  private paren = false;
  // Its open stretch: first and last token, digits, and whether it is one epoch-like token.
  private open = false;
  private fromRunStart = false;
  private head = 0;
  private tail = 0;
  private digits = 0;
  private count = 0;
  private epoch = false;
  private lastTwo = '';

  constructor(private readonly atoms: Atoms) {
    this.token = new TokenReader(atoms);
  }

  /** The text with every masked number replaced. */
  result(): string {
    return this.copied === 0 ? this.atoms.text : this.out + this.atoms.text.slice(this.copied);
  }

  /**
   * Scans the run that starts at `start` (a digit, or a `+` / `(` before one) and returns where
   * scanning resumes. Each atom is read a bounded number of times: separators at most twice, a
   * token glued to a word twice.
   */
  scan(start: number): number {
    const atoms = this.atoms;
    const token = this.token;
    let i = start;
    this.runStart = start;
    this.plus = false;
    if (atoms.read(i) === PLUS) {
      this.plus = true;
      i += atoms.length;
    }
    this.paren = atoms.text.charCodeAt(i) === 0x28;
    if (this.paren) i += 1;
    this.open = false;
    token.lastAt = -1;
    token.previousAt = -1;

    let tokens = 0;
    let plusSeen = this.plus;
    let resume: number;
    for (;;) {
      token.read(i);
      const after = atoms.read(token.end);
      if (after === WORD || after === DIGIT) {
        // Digits glued to letters are an identifier ("res_1234567", "1234567abc"), not a number.
        if (tokens === 0) return skipIdentifier(atoms, token.start);
        resume = token.start;
        break;
      }
      tokens++;
      resume = token.end;
      if (plusSeen || token.phoneLike) this.extend(tokens === 1);
      else this.close();
      let j = token.end;
      let separators = 0;
      while (separators < MAX_SEPARATORS) {
        const kind = atoms.read(j);
        if (kind !== SEPARATOR && kind !== PLUS) break;
        if (kind === PLUS) plusSeen = true;
        j += atoms.length;
        separators++;
      }
      if (separators === 0 || atoms.read(j) !== DIGIT) break;
      i = j;
    }
    this.close();
    return resume;
  }

  /** Adds the token just read to the open stretch, opening one if needed. */
  private extend(firstOfRun: boolean): void {
    const token = this.token;
    if (!this.open) {
      this.open = true;
      this.fromRunStart = firstOfRun;
      this.head = token.start;
      this.digits = 0;
      this.count = 0;
    }
    this.digits += token.digits;
    this.count++;
    this.tail = token.end;
    this.epoch = isEpochMillis(this.atoms.text, token);
    this.lastTwo = token.lastTwoDigits();
  }

  /** Judges the open stretch and masks it when it is a phone number. */
  private close(): void {
    if (!this.open) return;
    this.open = false;
    if (this.digits < MIN_PHONE_DIGITS) return;
    if (this.count === 1 && this.epoch && !(this.fromRunStart && this.plus)) return;
    const text = this.atoms.text;
    // The "+" goes with the number; a "(" only when its ")" goes too, so none is left unpaired.
    const closing = this.paren && this.fromRunStart ? text.indexOf(')', this.head) : -1;
    const withPrefix =
      this.fromRunStart &&
      (this.plus || this.paren) &&
      (!this.paren || (closing >= 0 && closing < this.tail));
    const from = withPrefix ? this.runStart : this.head;
    this.out += `${text.slice(this.copied, from)}***${this.lastTwo}`;
    this.copied = this.tail;
  }
}

/** Skips a word with its digits, its underscores and its hyphenated parts ("person-12345678"). */
function skipIdentifier(atoms: Atoms, start: number): number {
  let i = start;
  for (;;) {
    const kind = atoms.read(i);
    if (kind === WORD || kind === DIGIT) {
      i += atoms.length;
      continue;
    }
    const code = atoms.text.charCodeAt(i);
    if (code === 0x2d && i + 1 < atoms.text.length) {
      const next = atoms.read(i + 1);
      if (next === WORD || next === DIGIT) {
        i += 1;
        continue;
      }
    }
    return i;
  }
}

const ANY_DIGIT = /\p{Nd}/u;

function maskPhones(text: string, emails: number[]): string {
  if (!ANY_DIGIT.test(text)) return text;
  const atoms = new Atoms(text, protectedSpans(text, emails));
  const scanner = new PhoneScanner(atoms);
  let i = 0;
  let afterWord = false;
  while (i < text.length) {
    const kind = atoms.read(i);
    const length = atoms.length;
    if (kind === WORD) {
      i = skipIdentifier(atoms, i);
      afterWord = true;
      continue;
    }
    let starts = kind === DIGIT;
    if (kind === PLUS && !afterWord) {
      const next = atoms.read(i + length);
      starts =
        next === DIGIT || (text.charCodeAt(i + length) === 0x28 && atoms.read(i + length + 1) === DIGIT);
    } else if (kind === SEPARATOR && text.charCodeAt(i) === 0x28) {
      starts = atoms.read(i + 1) === DIGIT;
    }
    afterWord = false;
    if (starts) {
      const next = scanner.scan(i);
      i = next > i ? next : i + length;
    } else {
      i += length;
    }
  }
  return scanner.result();
}

// ---------------------------------------------------------------------------------------------
// Redaction
// ---------------------------------------------------------------------------------------------

/**
 * Masks personal data and credentials in free text, in time linear in its length:
 * e-mail addresses keep their first letter and domain (`h***@salles.example`, also accented,
 * internationalised, percent-encoded `h***%40salles.example`); phone numbers keep their last two
 * digits (`***78`, in any usual national or international writing, separated by spaces of any
 * kind, dots, hyphens or parentheses, or percent- and form-encoded); bearer, basic and JWT
 * tokens, Authorization and Cookie values, and secret parameters (`access_token=`,
 * `client_secret=`, `apiKey:`, `sig=`…) become `[redacted]`.
 * Dates, instants, times, UUIDs, IP addresses and ports, versions, status codes and short figures
 * are left exactly as they are. Redacting twice gives the same text as redacting once.
 */
export function redact(text: string): string {
  const masked = maskEmails(maskCredentials(text));
  return maskPhones(masked.text, masked.spans);
}

// ---------------------------------------------------------------------------------------------
// Log values
// ---------------------------------------------------------------------------------------------

/** Longest string written for one value; longer ones are cut and marked. */
const MAX_STRING = 4096;
/** Text read past the cut, so that a value straddling it is still recognised and masked. */
const SCAN_MARGIN = 512;
/** Characters of string content one log line may hold in all. */
const LINE_BUDGET = 32 * 1024;
/** Items written for one array or object. */
const MAX_ITEMS = 50;
/** Objects nested deeper than this are written as a marker. */
const MAX_DEPTH = 4;
const TRUNCATED = '[truncated]';

/** Field names whose values are credentials whatever they look like (compared lower case, letters and digits only). */
const SECRET_KEY =
  /token|secret|passw|passphrase|pwd|authorization|assertion|cookie|apikey|(?:subscription|account|access|private)key|sharedaccess|signature|credential|connectionstring|codeverifier|^sig$|^sas$|^otp$|^pin$/;
/** Field names whose numbers may be phone numbers (a number has no separators to tell it by). */
const PHONE_KEY =
  /phone|mobile|msisdn|e164|fax|telephone|^tel$|number$|^(?:to|from|caller|callee|extension|ext|did)$/;

interface Budget {
  left: number;
}

function normalizedKey(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Redacts a string and cuts it to what is left of the line's budget. */
function redactString(text: string, budget: Budget): string {
  const limit = Math.min(MAX_STRING, budget.left);
  if (limit <= 0) return TRUNCATED;
  if (text.length <= limit) {
    const masked = redact(text);
    budget.left -= masked.length;
    return masked;
  }
  const masked = redact(text.slice(0, limit + SCAN_MARGIN));
  let cut = Math.min(limit, masked.length);
  const last = masked.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  budget.left -= cut;
  return `${masked.slice(0, cut)}…[truncated from ${text.length} characters]`;
}

function redactValue(key: string, value: unknown, depth: number, budget: Budget): unknown {
  // Every value costs at least one unit, so that no shape of input can make the line unbounded.
  budget.left--;
  const name = normalizedKey(key);
  if (name !== '' && SECRET_KEY.test(name)) {
    // Whether a credential is there is useful and harmless; what it is, never.
    return value === undefined || value === null || typeof value === 'boolean' ? value : REDACTED;
  }
  if (typeof value === 'string') return redactString(value, budget);
  if (typeof value === 'number') {
    if (!PHONE_KEY.test(name) || !Number.isSafeInteger(value)) return value;
    const masked = redact(String(value));
    return masked === String(value) ? value : masked;
  }
  // JSON.stringify throws on a bigint; as text it is also checked like any other digits.
  if (typeof value === 'bigint') return redactString(value.toString(), budget);
  if (value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { name: redactString(value.name, budget), message: redactString(value.message, budget) };
  }
  if (depth > MAX_DEPTH || budget.left <= 0) return TRUNCATED;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') {
    // URL, luxon DateTime, Buffer…: log what JSON.stringify would, redacted like the rest.
    try {
      return redactValue(key, (toJSON as (k: string) => unknown).call(value, key), depth + 1, budget);
    } catch {
      return TRUNCATED;
    }
  }
  if (Array.isArray(value)) {
    // Items are judged by the array's name: the numbers of "phones" are phone numbers.
    const items = value.slice(0, MAX_ITEMS).map((v) => redactValue(key, v, depth + 1, budget));
    if (value.length > MAX_ITEMS) items.push(`[${value.length - MAX_ITEMS} more]`);
    return items;
  }
  const out: Fields = {};
  const entries = Object.entries(value as Fields);
  for (const [k, v] of entries.slice(0, MAX_ITEMS)) {
    // Keys can carry personal data too (a map keyed by address).
    const safeKey = redactString(k.length > 256 ? k.slice(0, 256) : k, budget);
    out[safeKey] = redactValue(k, v, depth + 1, budget);
  }
  if (entries.length > MAX_ITEMS) out['…'] = `[${entries.length - MAX_ITEMS} more]`;
  return out;
}

export interface LoggerOptions {
  level?: Level;
  /** Where lines go; stderr by default. Tests pass a collector. */
  sink?: (line: string) => void;
}

/**
 * A logger writing one JSON object per line (`time`, `level`, `msg`, then the base and call
 * fields), every value redacted and size-capped on the way out.
 */
export function createLogger(options: LoggerOptions = {}, base: Fields = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const sink = options.sink ?? ((line: string) => process.stderr.write(line + '\n'));
  const write = (level: Level, msg: string, fields?: Fields): void => {
    if (ORDER[level] < min) return;
    const entry = redactValue('', { time: new Date().toISOString(), level, msg, ...base, ...fields }, 0, {
      left: LINE_BUDGET,
    }) as Fields;
    sink(JSON.stringify(entry));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}

/** A logger that drops everything (unit tests). */
export const silentLogger: Logger = createLogger({ sink: () => undefined });
