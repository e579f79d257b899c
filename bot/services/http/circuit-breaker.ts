/**
 * A per-system circuit breaker: after `failureThreshold` consecutive outage-type failures it
 * opens and refuses at once (a card can say "the phone system is unreachable" within its
 * budget instead of waiting out timeouts); after `cooldownMs` it lets one trial through
 * (half-open) and closes when that trial succeeds. Requests that come while the trial runs can
 * wait for its outcome (`trialSettled`) rather than fail although the upstream may be back.
 */

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  failureThreshold?: number;
  cooldownMs?: number;
  now?: () => number;
}

/** One admitted request; exactly one of its methods must be called when it ends. */
export interface CircuitPermit {
  /** The upstream answered (any status that is not an outage). */
  success(): void;
  /** The upstream failed in an outage-like way (timeout, network, 5xx). */
  failure(): void;
  /** The request ended without telling anything about the upstream (caller gave up). */
  release(): void;
}

export class CircuitBreaker {
  private readonly threshold: number;
  private readonly cooldownMs: number;
  private readonly now: () => number;
  private consecutiveFailures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;
  private trialEnded: Promise<void> = Promise.resolve();
  private endTrial: () => void = () => undefined;

  constructor(options: CircuitBreakerOptions = {}) {
    this.threshold = options.failureThreshold ?? 5;
    this.cooldownMs = options.cooldownMs ?? 30_000;
    this.now = options.now ?? Date.now;
  }

  get state(): CircuitState {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt >= this.cooldownMs ? 'half-open' : 'open';
  }

  /** Milliseconds until a trial will be let through (0 when closed or half-open). */
  retryInMs(): number {
    if (this.openedAt === undefined) return 0;
    return Math.max(0, this.openedAt + this.cooldownMs - this.now());
  }

  /** A permit to send, or undefined when the circuit refuses the request. */
  tryAcquire(): CircuitPermit | undefined {
    const state = this.state;
    if (state === 'closed') return this.permit(false);
    if (state === 'open' || this.trialInFlight) return undefined;
    this.trialInFlight = true;
    this.trialEnded = new Promise<void>((resolve) => {
      this.endTrial = resolve;
    });
    return this.permit(true);
  }

  /** Resolves when the trial in flight has ended (at once when none is); never rejects. */
  trialSettled(): Promise<void> {
    return this.trialInFlight ? this.trialEnded : Promise.resolve();
  }

  private permit(trial: boolean): CircuitPermit {
    let done = false;
    const end = (result: 'success' | 'failure' | 'release'): void => {
      if (done) return;
      done = true;
      if (result === 'success') {
        this.consecutiveFailures = 0;
        this.openedAt = undefined;
      } else if (result === 'failure') {
        this.consecutiveFailures += 1;
        // A failed trial re-opens at once; otherwise open on reaching the threshold.
        if (trial || this.consecutiveFailures >= this.threshold) this.openedAt = this.now();
      }
      // Those waiting for the trial look at the state it left.
      if (trial) {
        this.trialInFlight = false;
        this.endTrial();
      }
    };
    return {
      success: () => end('success'),
      failure: () => end('failure'),
      release: () => end('release'),
    };
  }
}
