/**
 * Idempotency: the first delivery of an action claims its key and runs it; duplicates (a double
 * click, Teams redelivering the same activity, the same invoke reaching two instances) get the
 * stored outcome instead of running it again. Claims expire after a time-to-live.
 */
import { storageOperation } from './storage-error';

export interface ClaimStore {
  /** Creates the claim if no live claim exists; true when this caller created it. Atomic. */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * Stores the outcome of a claimed action, kept `keepMs` from now when given (a claim is taken
   * with a short lease while its action runs, and kept longer once its outcome is known).
   */
  complete(key: string, outcome: unknown, keepMs?: number): Promise<void>;
  /** The stored outcome, or undefined while the action runs (or when unknown). */
  outcome(key: string): Promise<unknown>;
  /** Drops a claim whose action failed before it could have had an effect. */
  release(key: string): Promise<void>;
}

interface Entry {
  expiresAt: number;
  outcome?: unknown;
  done: boolean;
}

/** One process's claims (tests, demo, and a single instance). */
export class MemoryClaimStore implements ClaimStore {
  private readonly entries = new Map<string, Entry>();
  private lastSweep = 0;

  constructor(private readonly now: () => number = Date.now) {}

  claim(key: string, ttlMs: number): Promise<boolean> {
    this.sweep();
    const existing = this.entries.get(key);
    if (existing && existing.expiresAt > this.now()) return Promise.resolve(false);
    this.entries.set(key, { expiresAt: this.now() + ttlMs, done: false });
    return Promise.resolve(true);
  }

  complete(key: string, outcome: unknown, keepMs?: number): Promise<void> {
    const entry = this.entries.get(key);
    if (entry) {
      entry.outcome = outcome;
      entry.done = true;
      if (keepMs !== undefined) entry.expiresAt = this.now() + keepMs;
    }
    return Promise.resolve();
  }

  outcome(key: string): Promise<unknown> {
    const entry = this.entries.get(key);
    return Promise.resolve(entry && entry.done && entry.expiresAt > this.now() ? entry.outcome : undefined);
  }

  release(key: string): Promise<void> {
    this.entries.delete(key);
    return Promise.resolve();
  }

  get size(): number {
    return this.entries.size;
  }

  /** Drops expired claims now and then, so memory stays bounded. */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < 60_000 && this.entries.size < 10_000) return;
    this.lastSweep = now;
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}

export type OnceResult<T> = { kind: 'ran'; value: T } | { kind: 'duplicate'; value: T } | { kind: 'pending' };

/**
 * How long a claim whose outcome was never stored (its instance stopped, or storage failed after
 * the action) blocks its key: long enough for any action to finish, short enough that a user who
 * was told "it may have gone through" can try again minutes later rather than a day later.
 */
export const PENDING_LEASE_MS = 5 * 60 * 1000;

/**
 * Runs `action` once per key. A duplicate waits (up to `waitMs`) for the first one's outcome and
 * returns it; if it is still running then, the duplicate is told it is pending. The claim is held
 * for `pendingMs` while the action runs and kept `ttlMs` once its outcome is stored.
 */
export async function runOnce<T>(
  claims: ClaimStore,
  key: string,
  action: () => Promise<T>,
  options: { ttlMs?: number; pendingMs?: number; waitMs?: number; pollMs?: number } = {},
): Promise<OnceResult<T>> {
  const ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
  const pendingMs = Math.min(options.pendingMs ?? PENDING_LEASE_MS, ttlMs);
  if (await storageOperation('claim', () => claims.claim(key, pendingMs))) {
    let value: T;
    try {
      value = await action();
    } catch (error) {
      // Commands turn known failures into outcomes; anything thrown frees the key for a new try.
      await claims.release(key);
      throw error;
    }
    // The action happened: its real outcome is the answer even if storing it fails. The outcome
    // is stored in the background, tried a few times; until then the claim stays pending.
    void completeInBackground(claims, key, value, ttlMs);
    return { kind: 'ran', value };
  }
  const deadline = Date.now() + (options.waitMs ?? 3000);
  for (;;) {
    const outcome = await storageOperation('read', () => claims.outcome(key));
    if (outcome !== undefined) return { kind: 'duplicate', value: outcome as T };
    if (Date.now() >= deadline) return { kind: 'pending' };
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 50));
  }
}

/** Stores a claim's outcome, trying again a few times; a failure leaves the claim pending. */
async function completeInBackground(
  claims: ClaimStore,
  key: string,
  value: unknown,
  keepMs: number,
): Promise<void> {
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      await claims.complete(key, value, keepMs);
      return;
    } catch {
      // The claim stays pending until it expires; a later click is told it may have happened.
      if (attempt < 3) await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}
