/**
 * A per-person bound on actions that cost something in the real world: placing calls and booking
 * rooms. Clicks of one button are already made idempotent by their nonce; this bounds distinct
 * clicks (or forged nonces), so that one account cannot place a call every few milliseconds or
 * fill every room. A sliding window per person and action, kept in this instance's memory: with
 * several instances the bound is per instance, which is still a bound.
 */
export type RatedAction = 'placeCall' | 'bookRoom';

export interface RateRule {
  /** The most actions in the window. */
  max: number;
  windowMs: number;
}

export const DEFAULT_RATE_RULES: Readonly<Record<RatedAction, RateRule>> = {
  // A receptionist dialling one call after another stays well below it.
  placeCall: { max: 10, windowMs: 60_000 },
  bookRoom: { max: 10, windowMs: 10 * 60_000 },
};

/** The answer to "may this person act now?". */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

// Bounded memory: people who have not acted within the longest window are forgotten.
const MAX_PEOPLE = 50_000;

export class ActionRateLimiter {
  private readonly history = new Map<string, Array<{ at: number; id: string }>>();

  constructor(
    private readonly rules: Readonly<Record<RatedAction, RateRule>> = DEFAULT_RATE_RULES,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Counts the action `id` (a button's nonce) when allowed. The same id again (a double click, a
   * redelivered invoke) is allowed without being counted: runOnce answers it with the first
   * outcome. A refused action is not counted.
   */
  take(action: RatedAction, personKey: string, id: string): RateDecision {
    const rule = this.rules[action];
    const key = `${action}:${personKey}`;
    const now = this.now();
    const recent = (this.history.get(key) ?? []).filter((entry) => now - entry.at < rule.windowMs);
    if (recent.some((entry) => entry.id === id)) return { allowed: true };
    if (recent.length >= rule.max) {
      this.history.set(key, recent);
      return { allowed: false, retryAfterMs: Math.max(1000, rule.windowMs - (now - recent[0]!.at)) };
    }
    recent.push({ at: now, id });
    // Re-inserted, so that the map's first key is the person who acted least recently.
    this.history.delete(key);
    this.history.set(key, recent);
    if (this.history.size > MAX_PEOPLE) {
      const oldest = this.history.keys().next().value;
      if (oldest !== undefined) this.history.delete(oldest);
    }
    return { allowed: true };
  }
}
