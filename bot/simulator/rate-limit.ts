/** A sliding one-second window: more than `perSecond` requests within a second are refused. */

export class RateLimiter {
  private readonly stamps: number[] = [];

  constructor(
    private readonly perSecond: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes a place in the window; false when the window is full. */
  take(): boolean {
    const now = this.now();
    while (this.stamps.length > 0 && this.stamps[0]! <= now - 1000) this.stamps.shift();
    if (this.stamps.length >= this.perSecond) return false;
    this.stamps.push(now);
    return true;
  }

  /** Whole seconds until a place frees up (at least 1). */
  retryAfterSeconds(): number {
    const oldest = this.stamps[0];
    if (oldest === undefined) return 1;
    return Math.max(1, Math.ceil((oldest + 1000 - this.now()) / 1000));
  }
}
