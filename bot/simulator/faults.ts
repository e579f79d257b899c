/**
 * Fault injection for reliability tests: make one system answer with an error status (with a
 * Retry-After), a slow answer, a 200 whose body is not JSON or not the expected shape, or drop
 * the connection without answering, for every request or the next `times` requests whose request
 * target (path and query) matches. (A system that refuses connections altogether — down — is
 * `Simulators.takeDown`: no request reaches the server then.)
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
  /** Answer `status` (default 200) with this JSON body: well-formed, but not what the API returns. */
  body?: unknown;
  /** Destroy the connection without answering (after `delayMs`): the client sees a reset. */
  reset?: boolean;
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
  /** A JSON body to answer with (undefined: none given). */
  body?: unknown;
  reset: boolean;
}

export class FaultInjector {
  private readonly faults = new Map<SimSystem, FaultSpec & { remaining: number }>();

  /** Installs a fault on one system, replacing the one it had. */
  set(system: SimSystem, spec: FaultSpec): void {
    if (!SIM_SYSTEMS.includes(system)) throw new Error(`Unknown system "${String(system)}"`);
    if (spec.times !== undefined && (!Number.isInteger(spec.times) || spec.times < 1)) {
      throw new Error('faults.set: times must be a positive integer');
    }
    const answers = [spec.garbage === true, spec.body !== undefined, spec.reset === true];
    if (answers.filter(Boolean).length > 1) {
      throw new Error('faults.set: garbage, body and reset are different answers; give one');
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
    const status =
      fault.status ?? (fault.retryAfter !== undefined ? 429 : fault.body !== undefined ? 200 : undefined);
    return {
      delayMs: Math.max(0, fault.delayMs ?? 0),
      status,
      retryAfter: fault.retryAfter,
      garbage: fault.garbage === true,
      ...(fault.body !== undefined ? { body: fault.body } : {}),
      reset: fault.reset === true,
    };
  }
}
