// Test doubles shared by the service specs: a clock that records waits instead of sleeping.
import type { Clock } from '../../../bot/services/http/clock';
import type { Fields, Logger } from '../../../bot/log';

export const T0 = Date.parse('2026-11-23T10:00:00Z');

export class FakeClock implements Clock {
  time = T0;
  readonly waits: number[] = [];
  randomValue = 0;

  now = (): number => this.time;

  random = (): number => this.randomValue;

  sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) return Promise.reject(new Error('aborted'));
    this.waits.push(ms);
    this.time += ms;
    return Promise.resolve();
  };

  advance(ms: number): void {
    this.time += ms;
  }
}

export interface LogLine {
  level: string;
  msg: string;
  fields: Fields | undefined;
}

/** A logger that keeps what it is told. */
export function recordingLogger(lines: LogLine[] = []): Logger & { lines: LogLine[] } {
  const make = (base: Fields): Logger => ({
    debug: (msg, fields) => lines.push({ level: 'debug', msg, fields: { ...base, ...fields } }),
    info: (msg, fields) => lines.push({ level: 'info', msg, fields: { ...base, ...fields } }),
    warn: (msg, fields) => lines.push({ level: 'warn', msg, fields: { ...base, ...fields } }),
    error: (msg, fields) => lines.push({ level: 'error', msg, fields: { ...base, ...fields } }),
    child: (fields) => make({ ...base, ...fields }),
  });
  return Object.assign(make({}), { lines });
}

/** Settles a promise that must fail and returns its error. */
export async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}
