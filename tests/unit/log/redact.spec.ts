import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createLogger, redact, type Fields } from '../../../bot/log';

/** A row of a table: the behaviour, the input, and the exact text expected from `redact`. */
type Row = [behaviour: string, input: string, expected: string];

/** The digits of a log line with the separators between them removed ("06 12 34" → "061234"), as the e2e privacy test reads it. */
function digitsJoined(text: string): string {
  return text.replace(/(?<=\d)[\s().\-/]+(?=\d)/g, '');
}

/** One logger call, as the JSON object written. */
function logged(fields: Fields, msg = 'event'): Record<string, unknown> {
  const lines: string[] = [];
  createLogger({ level: 'debug', sink: (line) => lines.push(line) }).info(msg, fields);
  assert.equal(lines.length, 1);
  return JSON.parse(lines[0]!) as Record<string, unknown>;
}

describe('redacting personal data and credentials from log text', () => {
  describe('e-mail addresses', () => {
    const rows: Row[] = [
      [
        'masks a plain address, keeping its first letter and domain',
        'from helene@salles.example',
        'from h***@salles.example',
      ],
      ['masks an accented local part', 'hélène.dupré@salles.example', 'h***@salles.example'],
      ['masks a Portuguese address under a .com.br domain', 'joão@empresa.com.br', 'j***@empresa.com.br'],
      [
        'masks a decomposed (NFD) accented address',
        'he\u0301le\u0300ne@salles.example',
        'h***@salles.example',
      ],
      ['masks a Greek local part under an IDN domain', 'Ωμέγα@παράδειγμα.ελ', 'Ω***@παράδειγμα.ελ'],
      ['masks a Chinese local part under an IDN domain', '用户@例子.广告', '用***@例子.广告'],
      ['masks a Cyrillic address', 'иван@пример.рф', 'и***@пример.рф'],
      [
        'masks an address under a punycode domain',
        'ana@xn--exmple-cua.xn--p1ai',
        'a***@xn--exmple-cua.xn--p1ai',
      ],
      ['masks a sub-addressed local part', 'zoe+rooms@contoso.com', 'z***@contoso.com'],
      ['masks an address in angle brackets', 'Zoé <zoe@contoso.com>', 'Zoé <z***@contoso.com>'],
      [
        'masks an address at the end of a sentence and keeps the full stop',
        'write to zoe@contoso.com.',
        'write to z***@contoso.com.',
      ],
      ['masks a mailto link', 'mailto:zoe@contoso.com', 'mailto:z***@contoso.com'],
      ['masks an address in a JSON text', '{"email":"zoe@contoso.com"}', '{"email":"z***@contoso.com"}'],
      [
        'masks a percent-encoded e-mail in a URL',
        'GET /v1/x?who=helene.dupre%40salles.example&y=1',
        'GET /v1/x?who=h***%40salles.example&y=1',
      ],
      [
        'masks a percent-encoded e-mail in a CloudLink filter',
        "/admin/2017-09-01/users?$filter=email eq 'x%40y.com'",
        "/admin/2017-09-01/users?$filter=email eq 'x***%40y.com'",
      ],
      [
        'masks an e-mail in a fully encoded CloudLink filter',
        '%24filter=email%20eq%20%27helene.dupre%40salles.example%27',
        '%24filter=email%20eq%20%27h***%40salles.example%27',
      ],
      [
        'masks a percent-encoded e-mail in a Graph path',
        '/v1.0/users/zoe%40contoso.com/presence',
        '/v1.0/users/z***%40contoso.com/presence',
      ],
      [
        'masks an e-mail with an encoded accented local part',
        'jo%C3%A3o%40empresa.com.br',
        'j***%40empresa.com.br',
      ],
      ['masks an e-mail whose local part starts with an encoded letter', '%C3%A9lise%40x.fr', '***%40x.fr'],
      ['masks an e-mail under an encoded IDN domain', 'ana%40caf%C3%A9.fr', 'a***%40caf%C3%A9.fr'],
      ['masks a twice-encoded e-mail', 'u=zoe%2540contoso.com', 'u=z***%2540contoso.com'],
      ['masks an e-mail with a lower-case escape', 'zoe%40contoso.com', 'z***%40contoso.com'],
      ['masks every address of a list', 'a@x.fr, bob@y.com; c.d@z.org', 'a***@x.fr, b***@y.com; c***@z.org'],
      ['masks an address whose top-level domain ends with a digit', 'a@b.co1', 'a***@b.co1'],
    ];
    for (const [behaviour, input, expected] of rows)
      it(behaviour, () => assert.equal(redact(input), expected));
  });

  describe('phone numbers', () => {
    const rows: Row[] = [
      ['masks an E.164 number, keeping its last two digits', 'call +33612345678 now', 'call ***78 now'],
      ['masks a French number in pairs', '06 12 34 56 78', '***78'],
      ['masks a French international number in pairs', '+33 6 12 34 56 78', '***78'],
      ['masks a French dotted number', '01.23.45.67.89', '***89'],
      ['masks a French international dotted number', '+33 1.23.45.67.89', '***89'],
      ['masks a French number with its (0)', '+33 (0)1 23 45 67 89', '***89'],
      [
        'masks a Brazilian mobile number with its area code in brackets',
        'ligar (11) 91234-5678',
        'ligar ***78',
      ],
      ['masks a Brazilian international number', '+55 11 91234 5678', '***78'],
      ['masks a Brazilian number in digits only', '5511912345678', '***78'],
      ['masks a US number', '+1 (555) 123-4567', '***67'],
      ['masks a US dotted number', '555.123.4567', '***67'],
      ['masks a Portuguese dotted number after its country code', '+351 21.123.45.67', '***67'],
      ['masks a seven-digit local number', '555-1234', '***34'],
      ['masks a number with non-breaking spaces', '06\u00a012\u00a034\u00a056\u00a078', '***78'],
      [
        'masks a number with narrow no-break spaces (Intl)',
        '+33\u202f6\u202f12\u202f34\u202f56\u202f78',
        '***78',
      ],
      ['masks a number with thin spaces', '06\u200912\u200934\u200956\u200978', '***78'],
      ['masks a number with en dashes', '06–12–34–56–78', '***78'],
      ['masks an E.164 number inside a path', '/endpoints/+33123456789/calls', '/endpoints/***89/calls'],
      ['masks a percent-encoded plus sign', '/endpoints/%2B33123456789/calls', '/endpoints/***89/calls'],
      ['masks a percent-encoded number in a query', 'to=%2B33123456789&x=1', 'to=***89&x=1'],
      ['masks a percent-encoded number with encoded spaces', 'to=%2B33%206%2012%2034%2056%2078', 'to=***78'],
      ['masks a number with encoded non-breaking spaces', 'q=06%C2%A012%C2%A034%C2%A056%C2%A078', 'q=***78'],
      [
        'masks a number with encoded narrow no-break spaces',
        'q=06%E2%80%AF12%E2%80%AF34%E2%80%AF56%E2%80%AF78',
        'q=***78',
      ],
      ['masks a form-encoded number', 'to=%2B33+6+12+34+56+78&from=x', 'to=***78&from=x'],
      ['masks a twice-encoded number', 'to=%252B33612345678', 'to=***78'],
      [
        'masks a number in a CloudLink filter',
        "$filter=contains(toNumberE164,'+33612345678')",
        "$filter=contains(toNumberE164,'***78')",
      ],
      ['masks a bare national number', 'ext 0612345678', 'ext ***78'],
      ['masks a bare international number without its plus', '33123456789', '***89'],
      ['masks a number in brackets and keeps the brackets', '(0612345678)', '(***78)'],
      ['masks a number in JSON', '{"to":"+33612345678"}', '{"to":"***78"}'],
      ['masks a number written in full-width digits', '０６１２３４５６７８', '***７８'],
      ['masks a number followed by a stray decimal part', '0612345678.5', '***85'],
      ['masks a dotted number followed by a stray group', '01.23.45.67.89.1', '***91'],
      [
        'masks a number next to a date without touching the date',
        '2026-12-03 0612345678',
        '2026-12-03 ***78',
      ],
      [
        'masks a number next to a time without touching the time',
        'at 14:30 call 06 12 34 56 78',
        'at 14:30 call ***78',
      ],
      ['masks a number next to a version without touching the version', 'v1.2.3 0612345678', 'v1.2.3 ***78'],
      ['masks two numbers in a row as one', '0612345678 0698765432', '***32'],
    ];
    for (const [behaviour, input, expected] of rows)
      it(behaviour, () => assert.equal(redact(input), expected));
  });

  describe('credentials', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiIsImtpZCI6IjEifQ.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ';
    const rows: Row[] = [
      [
        'masks a bearer token',
        'Authorization failed for Bearer abc.DEF_123-x',
        'Authorization failed for Bearer [redacted]',
      ],
      ['masks a URL-encoded bearer token', 'h=Bearer%20abc%2Bdef', 'h=Bearer%20[redacted]'],
      [
        'masks an Authorization header, keeping its scheme',
        'Authorization: Negotiate YIIabc def',
        'Authorization: Negotiate [redacted]',
      ],
      ['masks a Basic credential', 'Authorization: Basic dXNlcjpwYXNz', 'Authorization: Basic [redacted]'],
      ['masks a Basic credential in running text', 'sent basic dXNlcjpwYXNz', 'sent basic [redacted]'],
      [
        'masks an authorization field in JSON and keeps the JSON',
        '{"authorization":"Bearer abc","x":1}',
        '{"authorization":"Bearer [redacted]","x":1}',
      ],
      ['masks a JWT anywhere in a string', `token was ${jwt}!`, 'token was [redacted]!'],
      ['masks an unsigned JWT', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.', '[redacted]'],
      ['masks a JWT inside an encoded JSON text', `%22${jwt}%22`, '%22[redacted]%22'],
      [
        'masks the secrets of an OAuth form body',
        'grant_type=refresh_token&refresh_token=r-123&client_id=app&client_secret=s3cr3t',
        'grant_type=refresh_token&refresh_token=[redacted]&client_id=app&client_secret=[redacted]',
      ],
      [
        'masks an access token in a URL fragment',
        'https://x/cb#access_token=abc&expires_in=3600',
        'https://x/cb#access_token=[redacted]&expires_in=3600',
      ],
      [
        'masks an id token and an assertion',
        'id_token=abc client_assertion=def',
        'id_token=[redacted] client_assertion=[redacted]',
      ],
      [
        'masks a camel-case token field in JSON',
        '{"accessToken":"abc","expiresIn":3600}',
        '{"accessToken":"[redacted]","expiresIn":3600}',
      ],
      [
        'masks a quoted secret with spaces in it',
        "{'password': 'correct horse battery'}",
        "{'password': '[redacted]'}",
      ],
      ['masks an x-api-key header', 'x-api-key: k-123', 'x-api-key: [redacted]'],
      ['masks an apiKey field', 'apiKey=abc123', 'apiKey=[redacted]'],
      [
        'masks an APIM subscription key',
        'Ocp-Apim-Subscription-Key: 0123abcd',
        'Ocp-Apim-Subscription-Key: [redacted]',
      ],
      [
        'masks a SAS signature',
        'https://a.blob.core.windows.net/c/b?sv=2024&sig=abc%2Bdef%3D&se=2026',
        'https://a.blob.core.windows.net/c/b?sv=2024&sig=[redacted]&se=2026',
      ],
      [
        'masks a storage account key',
        'AccountName=x;AccountKey=abc+/def==;EndpointSuffix=core.windows.net',
        'AccountName=x;AccountKey=[redacted];EndpointSuffix=core.windows.net',
      ],
      ['masks an encoded secret parameter', 'client_secret%3Dabc', 'client_secret%3D[redacted]'],
      ['masks a cookie header', 'Cookie: session=abc; theme=dark', 'Cookie: [redacted]'],
    ];
    for (const [behaviour, input, expected] of rows)
      it(behaviour, () => assert.equal(redact(input), expected));
  });

  describe('what is left exactly as it is', () => {
    const kept: Array<[string, string]> = [
      ['an ISO date', 'on 2026-12-03'],
      ['an ISO instant with milliseconds', '2026-12-03T10:00:00.000Z'],
      ['an ISO instant with an offset', '2026-12-03T10:00:00+01:00'],
      ['a date and a time', '2026-12-03 14:30'],
      ['day-first dates', '03/12/2026 and 03.12.2026 and 03-12-2026'],
      ['year-first dotted and slashed dates', '2026.12.03 2026/12/03'],
      ['times', 'at 14:30, 9:05 or 14:30:15.250'],
      ['a dotted time', 'à 14.30'],
      ['durations', 'PT1H30M, 90 min, 01:30:00, 1h30'],
      ['a UUID correlation id', 'x-mitel-correlation-id: 06885cd5-29ba-41dd-b4b2-2a33af30b0cf'],
      ['a UUID made of digits only', '12345678-1234-1234-1234-123456789012'],
      ['a UUID whose last group is mostly digits', 'e0062d65-3b2f-41ac-bc50-8d39c1234515'],
      ['HTTP status codes', 'HTTP 503 then 200'],
      [
        'a loopback URL with its port and API version',
        'http://127.0.0.1:43125/media/2017-09-01/endpoints/2101/calls',
      ],
      ['an IPv4 address', 'from 192.168.100.200'],
      ['localhost with a port', 'localhost:3978'],
      ['millisecond figures', 'took 1234 ms (waitMs 1082, 0.53ms)'],
      ['version strings', 'node 20.19.43, botbuilder 4.23.3, Windows 10.0.19041.1234, v1.2.3-beta.4'],
      ['decimal figures', 'ratio 0.123456789 and 3.14159265'],
      ['an extension', "$filter=extension eq '2101'"],
      ['a millisecond timestamp (as in Teams activity ids)', 'activity 1733230000000'],
      ['identifiers with digits', 'res_12345678 cal_M0IyvQ52ZiXV2LegxhXE person-12345678 bk_1733230000000'],
      ['a package spec with an at-sign', 'botbuilder@4.23.3 @types/node'],
      ['an address without a domain', 'user@localhost'],
      ['prose about bearer tokens', 'no bearer token'],
      ['prose with the word basic', 'basic information here'],
      ['a token type name', 'token_type=Bearer'],
      ['words that merely contain "sig"', 'signal=SIGTERM design=flat'],
      ['an already masked e-mail and phone', 'h***@salles.example ***78'],
      ['already masked credentials', 'Bearer [redacted] access_token=[redacted]'],
      ['an empty string', ''],
    ];
    for (const [what, input] of kept) {
      it(`leaves ${what} as it is`, () => assert.equal(redact(input), input));
    }
  });

  describe('properties', () => {
    const letters = [...'abcdefghijklmnopqrstuvwxyzABCXYZéèêëçñãõíóúâôüïΩμжи用户'];
    const label = fc
      .array(fc.constantFrom(...letters, ...'0123456789-'), { minLength: 1, maxLength: 10 })
      .map((cs) => cs.join(''))
      .filter((l) => !l.startsWith('-') && !l.endsWith('-'));
    const email = fc
      .record({
        first: fc.constantFrom(...letters, ...'0123456789'),
        rest: fc.array(fc.constantFrom(...letters, ...'0123456789._+-'), { maxLength: 15 }),
        labels: fc.array(label, { minLength: 1, maxLength: 3 }),
        tld: fc.constantFrom('com', 'fr', 'example', 'com.br', 'org', 'рф', 'ελ', 'xn--p1ai', 'co'),
      })
      .map(({ first, rest, labels, tld }) => `${first}${rest.join('')}@${labels.join('.')}.${tld}`);
    /** The ways an address is written: as is, decomposed, upper case, URL-encoded once or twice. */
    const emailForm = fc
      .tuple(email, fc.constantFrom('raw', 'nfd', 'upper', 'encoded', 'twice'))
      .map(([address, form]) => {
        if (form === 'nfd') return address.normalize('NFD');
        if (form === 'upper') return address.toUpperCase();
        if (form === 'encoded') return encodeURIComponent(address);
        if (form === 'twice') return encodeURIComponent(encodeURIComponent(address));
        return address;
      });

    const countries = [
      { code: '33', national: 9, trunk: '0' },
      { code: '55', national: 11, trunk: '0' },
      { code: '1', national: 10, trunk: '' },
      { code: '44', national: 10, trunk: '0' },
      { code: '351', national: 9, trunk: '' },
      { code: '49', national: 10, trunk: '0' },
    ];
    /** A phone number: its digits as dialled internationally, and one way of writing it. */
    const phone = fc
      .record({
        country: fc.constantFrom(...countries),
        digits: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 11, maxLength: 11 }),
        lead: fc.integer({ min: 1, max: 9 }),
        style: fc.constantFrom('e164', 'bare', 'national', 'grouped', 'brazil', 'dotted', 'encoded', 'form'),
        separator: fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009', '-', '.'),
        groupSize: fc.integer({ min: 2, max: 4 }),
      })
      .map(({ country, digits, lead, style, separator, groupSize }) => {
        const national = `${lead}${digits.join('')}`.slice(0, country.national);
        const international = `+${country.code}${national}`;
        // Groups as people write them: a trailing single digit joins the group before it.
        const inGroupsOf = (size: number): string[] => {
          const groups = national.match(new RegExp(`.{1,${size}}`, 'g'))!;
          if (groups.length > 1 && groups[groups.length - 1]!.length === 1)
            groups[groups.length - 2] += groups.pop()!;
          return groups;
        };
        const groups = inGroupsOf(groupSize);
        const grouped = `+${country.code} ${groups.join(separator)}`;
        const written: Record<string, string> = {
          e164: international,
          bare: international.slice(1),
          national: `${country.trunk}${national}`,
          grouped,
          brazil: `(${national.slice(0, 2)}) ${national.slice(2, -4)}-${national.slice(-4)}`,
          // Dotted writings have three groups or more; with no trunk prefix, a bare 4-group writing
          // could be an IPv4 address, so the country code comes first as it does in practice.
          dotted: `${country.trunk || `+${country.code} `}${inGroupsOf(Math.min(groupSize, 3)).join('.')}`,
          encoded: encodeURIComponent(grouped),
          form: encodeURIComponent(grouped).replace(/%20/g, '+'),
        };
        return { digits: international.slice(1), text: written[style]! };
      });
    /** Free text around a value, always parted from it by a delimiter as real text would be. */
    const around = fc.record({
      before: fc.string({ unit: 'binary', maxLength: 30 }),
      open: fc.constantFrom(' ', '\n', ', ', ': ', '=', '/', '"', '<', "'", '?', '&', '('),
      close: fc.constantFrom(' ', '\n', ', ', '; ', '/', '"', '>', "'", '&', ')', '. '),
      after: fc.string({ unit: 'binary', maxLength: 30 }),
    });

    it('never lets a random e-mail address, in any of its forms, survive in random text', () => {
      fc.assert(
        fc.property(emailForm, around, (address, { before, open, close, after }) => {
          const out = redact(`${before}${open}${address}${close}${after}`);
          assert.ok(!out.includes(address), `${address} survived in ${out}`);
        }),
        { numRuns: 500 },
      );
    });

    it('never lets a random phone number, however written, survive in random text', () => {
      fc.assert(
        fc.property(phone, around, ({ digits, text }, { before, open, close, after }) => {
          const probe = digits.slice(-8);
          fc.pre(!digitsJoined(`${before} ${after}`).includes(probe));
          const out = redact(`${before}${open}${text}${close}${after}`);
          assert.ok(!out.includes(text), `${text} survived in ${out}`);
          assert.ok(!digitsJoined(out).includes(probe), `the digits of ${text} survived in ${out}`);
        }),
        { numRuns: 500 },
      );
    });

    it('never lets a JWT or a bearer token survive in random text', () => {
      const base64url = fc
        .array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'), {
          minLength: 10,
          maxLength: 40,
        })
        .map((cs) => cs.join(''));
      fc.assert(
        fc.property(base64url, base64url, around, (payload, signature, { before, open, close, after }) => {
          const jwt = `eyJhbGciOiJIUzI1NiJ9.${payload}.${signature}`;
          const out = redact(`${before}${open}Bearer ${jwt}${close}${after} ${jwt}`);
          assert.ok(!out.includes(payload) && !out.includes(signature), out);
        }),
      );
    });

    /** Text mixing the shapes the scanners care about, glued in any order. */
    const shapes = fc
      .array(
        fc.oneof(
          email,
          emailForm,
          phone.map((p) => p.text),
          fc.constantFrom(
            '2026-12-03T10:00:00.000Z',
            '14:30',
            '14.30',
            '06885cd5-29ba-41dd-b4b2-2a33af30b0cf',
            '127.0.0.1:43125',
            '4.23.3',
            '1733230000000',
            'Bearer abc',
            'access_token=x',
            'eyJhbGciOiJIUzI1NiJ9.e30.sig',
            '***',
            '[redacted]',
            'Authorization: ',
            'Cookie: ',
            'basic dXNlcjpwYXNz',
            'apiKey: ',
            'sig=',
            '"password":"',
          ),
          fc.constantFrom(
            ' ',
            '.',
            '-',
            '(',
            ')',
            '+',
            '@',
            '%40',
            '%20',
            '%2B',
            '*',
            ':',
            '=',
            '/',
            '_',
            'a',
            'é',
          ),
          fc.string({ unit: fc.constantFrom(...'0123456789 .-()+@%*'), maxLength: 12 }),
          fc.string({ unit: 'binary', maxLength: 12 }),
        ),
        { maxLength: 12 },
      )
      .map((parts) => parts.join(''));

    it('is idempotent: redacting twice gives what redacting once gave', () => {
      fc.assert(
        fc.property(fc.oneof(shapes, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
          const once = redact(text);
          assert.equal(redact(once), once);
        }),
        { numRuns: 1000 },
      );
    });

    it('leaves a string with no digit, no at-sign and no credential marker unchanged', () => {
      const credentialMarker =
        /bearer|basic|eyJ|authorization|cookie|(?:token|secret|passw|pwd|passphrase|assertion|key|sig|signature|verifier)["' \t]*[:=]/i;
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
          fc.pre(!/[\p{Nd}@]/u.test(text) && !credentialMarker.test(text));
          assert.equal(redact(text), text);
        }),
        { numRuns: 500 },
      );
    });
  });

  describe('linear time on adversarial input', () => {
    // Each shape is a megabyte built to make a backtracking pattern retry from every position; a
    // quadratic pass would need on the order of 10^12 steps, far beyond mocha's timeout, while a
    // linear one takes milliseconds. The bound is deliberately loose: no speed is measured.
    const MEGABYTE = 1 << 20;
    const fill = (unit: string, tail = ''): string =>
      unit.repeat(Math.ceil(MEGABYTE / unit.length)).slice(0, MEGABYTE - tail.length) + tail;
    const shapes: Array<[string, string]> = [
      ['a run of digits', fill('1')],
      ['digits and spaces', fill('1 ')],
      ['digits and dots', fill('1.')],
      ['digit pairs and hyphens', fill('12-')],
      ['bracketed digits', fill('(1) ')],
      ['plus signs and digits', fill('+1')],
      ['digits and narrow no-break spaces', fill('12\u202f')],
      ['encoded spaces', fill('%20')],
      ['encoded plus signs and digits', fill('%2B1')],
      ['twice-encoded spaces and digits', fill('%25201')],
      ['date-like runs', fill('2026-12-03')],
      ['dotted date-like runs', fill('01.12.2026.')],
      ['time-like runs', fill('12:')],
      ['UUID-like runs', fill('12345678-1234-')],
      ['IPv4-like runs', fill('1.2.3.4.')],
      ['digits glued to letters', fill('1a')],
      ['e-mail-ish characters without an at-sign', fill('a.')],
      ['a long local part before one at-sign', fill('a.', '@x.com')],
      ['at-signs without domains', fill('a@')],
      ['at-signs before endless domains', fill('@a.')],
      ['encoded at-signs', fill('a%40')],
      ['a domain of digit labels', `a@${fill('1.')}`],
      ['repeated JWT prefixes', fill('eyJ')],
      ['JWT prefixes cut short', fill('eyJa.')],
      ['"bearer" then spaces', `bearer${fill(' ')}`],
      ['repeated "bearer"', fill('bearer ')],
      ['"token" then spaces', `token${fill(' ')}`],
      ['repeated "token="', fill('token=')],
      ['an unterminated quoted secret', `token="${fill('a')}`],
      ['a Basic credential that never ends', `basic ${fill('A', '===')}`],
      ['words with underscores', fill('a_')],
      ['many e-mail addresses', fill('x@y.com ')],
      ['many phone numbers', fill('+33612345678 ')],
    ];
    for (const [what, text] of shapes) {
      it(`redacts a megabyte of ${what} within the default timeout`, () => {
        const out = redact(text);
        assert.equal(typeof out, 'string');
      });
    }
  });
});

describe('the logger', () => {
  it('writes one JSON object per line: time, level, msg, then the fields', () => {
    const entry = logged({ component: 'rooms', count: 2 });
    assert.deepEqual(Object.keys(entry), ['time', 'level', 'msg', 'component', 'count']);
    assert.match(String(entry.time), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.equal(entry.level, 'info');
    assert.equal(entry.count, 2);
  });

  it('keeps its own timestamp, correlation ids, durations and statuses as they are', () => {
    const fields = {
      correlationId: '06885cd5-29ba-41dd-b4b2-2a33af30b0cf',
      path: '/media/2017-09-01/endpoints/2101/calls',
      status: 503,
      waitMs: 1082,
      at: '2026-12-03T10:00:00.000Z',
    };
    const before = new Date().toISOString();
    const { time, level, msg, ...rest } = logged(fields);
    assert.deepEqual(rest, fields);
    assert.deepEqual([level, msg], ['info', 'event']);
    // The logger's own instant is written untouched (it is no phone number for all its digits).
    assert.ok(typeof time === 'string' && time >= before && time <= new Date().toISOString(), String(time));
  });

  it('masks e-mails and phone numbers in every string field, nested ones and messages included', () => {
    const entry = logged(
      { who: 'zoe@contoso.com', nested: { list: ['+33612345678', { deep: 'helene%40salles.example' }] } },
      'calling zoe@contoso.com',
    );
    const line = JSON.stringify(entry);
    assert.ok(
      !line.includes('zoe@contoso.com') && !line.includes('612345678') && !line.includes('helene'),
      line,
    );
    assert.equal(entry.msg, 'calling z***@contoso.com');
  });

  it('masks a field named "time" below the top level too', () => {
    assert.equal(
      (logged({ call: { time: 'at 14:30 from +33612345678' } }).call as Fields).time,
      'at 14:30 from ***78',
    );
  });

  it('masks the values of fields named like credentials, keeping whether they are set', () => {
    const entry = logged({
      accessToken: 'abc',
      client_secret: 's',
      'x-api-key': 'k',
      apiKey: 'k',
      sig: 'x',
      signature: 'y',
      password: 12345,
      connectionString: 'AccountKey=abc',
      hasToken: true,
      refreshToken: undefined,
      signal: 'SIGTERM',
    });
    for (const key of [
      'accessToken',
      'client_secret',
      'x-api-key',
      'apiKey',
      'sig',
      'signature',
      'password',
      'connectionString',
    ]) {
      assert.equal(entry[key], '[redacted]', key);
    }
    assert.equal(entry.hasToken, true);
    assert.ok(!('refreshToken' in entry));
    assert.equal(entry.signal, 'SIGTERM');
  });

  it('masks keys that are personal data', () => {
    const entry = logged({ failures: { 'zoe@contoso.com': 'no licence' } });
    assert.deepEqual(entry.failures, { 'z***@contoso.com': 'no licence' });
  });

  it('masks phone numbers given as numbers or bigints in phone fields and lists', () => {
    const entry = logged({
      phone: 33612345678,
      toNumber: 5511912345678n,
      phones: [33698765432],
      count: 33612345678,
      extension: 2101,
    });
    assert.equal(entry.phone, '***78');
    assert.equal(entry.toNumber, '***78');
    assert.deepEqual(entry.phones, ['***32']);
    assert.equal(entry.count, 33612345678);
    assert.equal(entry.extension, 2101);
  });

  it('logs errors by name and redacted message', () => {
    const entry = logged({ error: new Error('no user zoe@contoso.com') });
    assert.deepEqual(entry.error, { name: 'Error', message: 'no user z***@contoso.com' });
  });

  it('logs dates and URLs as JSON would, redacted', () => {
    const entry = logged({
      at: new Date('2026-12-03T10:00:00Z'),
      url: new URL('https://x.test/users/zoe%40contoso.com'),
    });
    assert.equal(entry.at, '2026-12-03T10:00:00.000Z');
    assert.equal(entry.url, 'https://x.test/users/z***%40contoso.com');
  });

  it('cuts a very long string with a marker, still masking what it keeps', () => {
    const huge = `${'call +33612345678, '.repeat(50_000)}end`;
    const entry = logged({ text: huge });
    const text = String(entry.text);
    assert.ok(text.length < 5000, `${text.length} characters`);
    assert.match(text, /…\[truncated from 950003 characters\]$/);
    assert.ok(!digitsJoined(text).includes('12345678'));
  });

  it('masks a value that straddles the cut', () => {
    const text = String(logged({ text: `${'x'.repeat(4090)} zoe@contoso.com ${'y'.repeat(5000)}` }).text);
    assert.ok(!text.includes('zoe@contoso.com') && !text.includes('zoe@'), text.slice(4080, 4110));
  });

  it('bounds a whole line, however many long values it has', () => {
    const lines: string[] = [];
    createLogger({ sink: (line) => lines.push(line) }).info('many', {
      items: Array.from({ length: 1000 }, () => 'x'.repeat(10_000)),
      wide: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`k${i}`, 'y'.repeat(10_000)])),
    });
    assert.ok(lines[0]!.length < 64 * 1024, `${lines[0]!.length} characters`);
    const entry = JSON.parse(lines[0]!) as { items: unknown[] };
    assert.equal(entry.items[entry.items.length - 1], '[950 more]');
  });

  it('writes deeply nested and circular objects as a marker instead of in full', () => {
    const circular: Record<string, unknown> = { email: 'zoe@contoso.com' };
    circular.self = circular;
    const line = JSON.stringify(
      logged({ a: { b: { c: { d: { e: { phone: '+33612345678' } } } } }, circular }),
    );
    assert.ok(line.includes('[truncated]'));
    assert.ok(!line.includes('612345678') && !line.includes('zoe@'), line);
  });
});
