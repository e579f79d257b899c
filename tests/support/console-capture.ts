/**
 * Captures what libraries print with console.* (botbuilder writes some token errors there, outside
 * the bot's logger), so that tests can check it and keep the test output quiet.
 */
import { format } from 'node:util';

type Method = 'log' | 'info' | 'warn' | 'error' | 'debug';
const METHODS: readonly Method[] = ['log', 'info', 'warn', 'error', 'debug'];

export class ConsoleCapture {
  readonly lines: string[] = [];
  private saved: Partial<Record<Method, (...args: unknown[]) => void>> = {};

  start(): this {
    for (const m of METHODS) {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, unbound
      this.saved[m] = console[m];
      console[m] = (...args: unknown[]) => {
        this.lines.push(format(...args));
      };
    }
    return this;
  }

  stop(): void {
    for (const m of METHODS) {
      const original = this.saved[m];
      if (original) console[m] = original;
    }
    this.saved = {};
  }

  text(): string {
    return this.lines.join('\n');
  }
}
