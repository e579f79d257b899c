/**
 * Who is speaking, kept for a while: Teams names the sender by an id, and the bot asks the
 * channel for the member behind it (UPN, e-mail, Entra object id) to find the person. That answer
 * changes only when the account does, so asking on every turn would add a round trip to Teams to
 * each one. Entries live `ttlMs`, lookups of the same member in flight are shared, and a failed
 * lookup is not kept (the next turn asks again).
 */
import type { Member } from '../commands/turn';

export interface MemberCacheOptions {
  /** How long an answer is used; 0 turns the cache off. */
  ttlMs: number;
  /** The most members kept; the oldest goes first. */
  maxEntries?: number;
  now?: () => number;
}

interface Entry {
  member: Promise<Member>;
  expiresAt: number;
}

export class MemberCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly now: () => number;

  constructor(options: MemberCacheOptions) {
    this.ttlMs = options.ttlMs;
    this.maxEntries = options.maxEntries ?? 20_000;
    this.now = options.now ?? Date.now;
  }

  /** The member under `key`, from the cache or from `load`. */
  get(key: string, load: () => Promise<Member>): Promise<Member> {
    if (this.ttlMs <= 0) return load();
    const now = this.now();
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > now) return hit.member;
    if (hit) this.entries.delete(key);
    const member = load();
    const entry = { member, expiresAt: now + this.ttlMs };
    if (this.entries.size >= this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
    this.entries.set(key, entry);
    member.catch(() => {
      if (this.entries.get(key) === entry) this.entries.delete(key);
    });
    return member;
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The cache key of an activity's sender: the channel's address, the tenant and the sender's ids. */
export function memberKey(parts: {
  serviceUrl?: string;
  tenantId: string | null;
  userId: string;
  aadObjectId: string | null;
}): string {
  return [parts.serviceUrl ?? '', parts.tenantId ?? '', parts.userId, parts.aadObjectId ?? ''].join('\n');
}
