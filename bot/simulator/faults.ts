/**
 * Fault injection for reliability tests: make one system answer with an error status (with a
 * Retry-After), a slow answer, or a 200 whose body is not JSON, for every request or the next
 * `times` requests whose request target (path and query) matches.
 */
import { SIM_SYSTEMS, type SimSystem } from './systems';

export interface FaultSpec {
  /** Answer with this status (default 429 when only `retryAfter` is given). */
  status?: number;
  /** `Retry-After` header: seconds ("2") or an HTTP date. */
  retryAfter?: string;
  /** Wait this long before answering (then answer normally unless `status` or `garbage`). */
  delayMs?: number;
  /** Answer 200 with a body that is not JSON. */
  garbage?: boolean;
  /** Apply to this many matching requests, then behave normally again. */
  times?: number;
  /** Only requests whose target (path and query) matches. */
  match?: RegExp;
}

/** What the server must do with one request. */
export interface FaultAction {
  delayMs: number;
  status?: number;
  retryAfter?: string;
  garbage: boolean;
}

export class FaultInjector {
  private readonly faults = new Map<SimSystem, FaultSpec & { remaining: number }>();

  /** Installs a fault on one system, replacing the one it had. */
  set(system: SimSystem, spec: FaultSpec): void {
    if (!SIM_SYSTEMS.includes(system)) throw new Error(`Unknown system "${String(system)}"`);
    if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
      throw new Error('faults.set: times must be a positive integer');
    }
    this.faults.set(system, { ...spec, remaining: spec.times ?? Number.POSITIVE_INFINITY });
  }

  /** Removes the fault of one system, or of all systems. */
  clear(system?: SimSystem): void {
    if (system === undefined) this.faults.clear();
    else this.faults.delete(system);
  }

  /** Whether a fault is installed (and not used up) on the system. */
  active(system: SimSystem): boolean {
    return this.faults.has(system);
  }

  /** The action for one request, consuming one use of the fault; undefined when none applies. */
  take(system: SimSystem, target: string): FaultAction | undefined {
    const fault = this.faults.get(system);
    if (!fault) return undefined;
    if (fault.match) {
      fault.match.lastIndex = 0;
      if (!fault.match.test(target)) return undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.delete(system);
    const status = fault.status ?? (fault.retryAfter !== undefined ? 429 : undefined);
    return {
      delayMs: Math.max(0, fault.delayMs ?? 0),
      status,
      retryAfter: fault.retryAfter,
      garbage: fault.garbage === true,
    };
  }
}
