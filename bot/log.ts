/**
 * Structured logging (one JSON object per line on stderr). Values are redacted on the way out:
 * e-mail addresses, phone numbers and bearer tokens never reach the log in full.
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

const EMAIL = /([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g;
const PHONE = /\+?\d[\d ().-]{5,}\d/g;
const BEARER = /(bearer\s+)[A-Za-z0-9._~+/=-]+/gi;
const SECRET_KEYS = /token|secret|password|authorization|assertion|cookie/i;

/** Masks e-mails (first letter and domain kept), phone numbers (last two digits kept) and tokens. */
export function redact(text: string): string {
  return text
    .replace(BEARER, '$1[redacted]')
    .replace(EMAIL, (_m, first: string, domain: string) => `${first}***@${domain}`)
    .replace(PHONE, (m) => {
      const digits = m.replace(/\D/g, '');
      // Dates, times and short figures are not phone numbers.
      if (digits.length < 7 || /^\d{4}-\d{2}-\d{2}/.test(m) || /^\d{1,2}[:.]\d{2}/.test(m)) return m;
      return `***${digits.slice(-2)}`;
    });
}

function redactValue(key: string, value: unknown, depth = 0): unknown {
  if (SECRET_KEYS.test(key)) return '[redacted]';
  if (key === 'time') return value;
  if (typeof value === 'string') return redact(value);
  if (value instanceof Error) return { name: value.name, message: redact(value.message) };
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((v) => redactValue('', v, depth + 1));
  const out: Fields = {};
  for (const [k, v] of Object.entries(value as Fields)) out[k] = redactValue(k, v, depth + 1);
  return out;
}

export interface LoggerOptions {
  level?: Level;
  /** Where lines go; stderr by default. Tests pass a collector. */
  sink?: (line: string) => void;
}

export function createLogger(options: LoggerOptions = {}, base: Fields = {}): Logger {
  const min = ORDER[options.level ?? 'info'];
  const sink = options.sink ?? ((line: string) => process.stderr.write(line + '\n'));
  const write = (level: Level, msg: string, fields?: Fields): void => {
    if (ORDER[level] < min) return;
    const entry = redactValue('', {
      time: new Date().toISOString(),
      level,
      msg,
      ...base,
      ...fields,
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
