/**
 * Application presence sessions set through Graph `setPresence`, per user and session id, each
 * with its expiry. Teams shows the highest of them with the other sessions, unless the user set
 * a state of their own.
 */

export interface PresenceSession {
  availability: string;
  activity: string;
  expiresAt: number;
}

export class PresenceSessions {
  private readonly byUser = new Map<string, Map<string, PresenceSession>>();

  constructor(private readonly now: () => number) {}

  /** Sets (or replaces) one session of a user. */
  set(userId: string, sessionId: string, session: PresenceSession): void {
    let sessions = this.byUser.get(userId);
    if (!sessions) {
      sessions = new Map();
      this.byUser.set(userId, sessions);
    }
    sessions.set(sessionId, session);
  }

  /** Ends one session of a user. */
  clear(userId: string, sessionId: string): void {
    this.byUser.get(userId)?.delete(sessionId);
  }

  /** The sessions of a user that have not expired. */
  active(userId: string): PresenceSession[] {
    const sessions = this.byUser.get(userId);
    if (!sessions) return [];
    const now = this.now();
    const out: PresenceSession[] = [];
    for (const [id, session] of sessions) {
      if (session.expiresAt > now) out.push(session);
      else sessions.delete(id);
    }
    return out;
  }
}
