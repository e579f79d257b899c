/**
 * How many requests each simulator received, per `METHOD /path` (query left out), so that tests
 * can assert how many upstream requests a turn cost.
 */
import { SIM_SYSTEMS, type SimSystem } from './systems';

export class RequestCounts {
  private readonly tallies = new Map<SimSystem, Map<string, number>>();

  constructor() {
    this.reset();
  }

  /** Counts one request. */
  record(system: SimSystem, method: string, path: string): void {
    const tally = this.tally(system);
    const key = `${method.toUpperCase()} ${path}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
  }

  /**
   * Requests to one system; with `match`, only those whose `METHOD /path` (a RegExp) or whose
   * path or `METHOD /path` (a string, exactly) matches.
   */
  count(system: SimSystem, match?: RegExp | string): number {
    let total = 0;
    for (const [key, n] of this.tally(system)) {
      if (match === undefined || matches(key, match)) total += n;
    }
    return total;
  }

  /** The per-path tally of one system, `{ "GET /v1.0/users": 3, … }`. */
  byPath(system: SimSystem): Record<string, number> {
    return Object.fromEntries(this.tally(system));
  }

  /** Starts counting from zero again (all systems). */
  reset(): void {
    for (const system of SIM_SYSTEMS) this.tallies.set(system, new Map());
  }

  private tally(system: SimSystem): Map<string, number> {
    let tally = this.tallies.get(system);
    if (!tally) {
      tally = new Map();
      this.tallies.set(system, tally);
    }
    return tally;
  }
}

function matches(key: string, match: RegExp | string): boolean {
  if (typeof match === 'string') return key === match || key.slice(key.indexOf(' ') + 1) === match;
  match.lastIndex = 0;
  return match.test(key);
}
