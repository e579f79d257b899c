/**
 * How many requests each simulator received, per `METHOD /path` (query left out), so that tests
 * can assert how many upstream requests a turn cost; and when the latest ones arrived, so that
 * they can assert how long a client waited between two tries.
 */
import { SIM_SYSTEMS, type SimSystem } from './systems';

/** Arrivals kept per system (the simulators also run for days as the embedded default). */
export const ARRIVALS_KEPT = 1000;

interface Arrival {
  key: string;
  at: number;
}

export class RequestCounts {
  private readonly tallies = new Map<SimSystem, Map<string, number>>();
  private readonly arrivalLog = new Map<SimSystem, Arrival[]>();

  constructor() {
    this.reset();
  }

  /** Counts one request, arrived at `at` (epoch milliseconds, default now). */
  record(system: SimSystem, method: string, path: string, at: number = Date.now()): void {
    const tally = this.tally(system);
    const key = `${method.toUpperCase()} ${path}`;
    tally.set(key, (tally.get(key) ?? 0) + 1);
    const log = this.arrivalLog.get(system) ?? [];
    log.push({ key, at });
    if (log.length > ARRIVALS_KEPT) log.splice(0, log.length - ARRIVALS_KEPT);
    this.arrivalLog.set(system, log);
  }

  /**
   * When the latest requests to one system arrived (epoch milliseconds, oldest first), filtered
   * like `count`.
   */
  arrivals(system: SimSystem, match?: RegExp | string): number[] {
    return (this.arrivalLog.get(system) ?? [])
      .filter((a) => match === undefined || matches(a.key, match))
      .map((a) => a.at);
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
    for (const system of SIM_SYSTEMS) {
      this.tallies.set(system, new Map());
      this.arrivalLog.set(system, []);
    }
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
