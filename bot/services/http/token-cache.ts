/**
 * An access-token cache shared by all requests to one system: the token is refreshed a margin
 * before it expires, concurrent callers share one refresh (single flight), and a token the
 * upstream rejected with 401 is dropped so the next caller fetches a fresh one.
 */
import type { Clock } from './clock';
import { systemClock } from './clock';

/** The budget of the request that needs the token. */
export interface TokenRequestContext {
  deadline?: number;
}

export interface IssuedToken {
  accessToken: string;
  /** Lifetime in seconds, as `expires_in` says. */
  expiresInSeconds: number;
}

/** What the HTTP layer needs from a token provider. */
export interface AccessTokenSource {
  getToken(context?: TokenRequestContext): Promise<string>;
  /** Forgets `token` if it is still the cached one (a 401 said it is no longer good). */
  invalidate(token: string): void;
}

export interface TokenCacheOptions {
  /** Refresh this long before expiry (default 60 s; at most half the token's lifetime). */
  marginMs?: number;
  clock?: Pick<Clock, 'now'>;
}

interface Cached {
  accessToken: string;
  refreshAt: number;
}

export class TokenCache implements AccessTokenSource {
  private cached: Cached | undefined;
  private inflight: Promise<Cached> | undefined;
  private readonly marginMs: number;
  private readonly clock: Pick<Clock, 'now'>;

  constructor(
    private readonly issue: (context: TokenRequestContext) => Promise<IssuedToken>,
    options: TokenCacheOptions = {},
  ) {
    this.marginMs = options.marginMs ?? 60_000;
    this.clock = options.clock ?? systemClock;
  }

  async getToken(context: TokenRequestContext = {}): Promise<string> {
    const cached = this.cached;
    if (cached && this.clock.now() < cached.refreshAt) return cached.accessToken;
    this.inflight ??= this.refresh(context);
    return (await this.inflight).accessToken;
  }

  invalidate(token: string): void {
    if (this.cached?.accessToken === token) this.cached = undefined;
  }

  private async refresh(context: TokenRequestContext): Promise<Cached> {
    try {
      const issued = await this.issue(context);
      const lifetimeMs = Math.max(0, issued.expiresInSeconds * 1000);
      const margin = Math.min(this.marginMs, lifetimeMs / 2);
      const fresh: Cached = {
        accessToken: issued.accessToken,
        refreshAt: this.clock.now() + lifetimeMs - margin,
      };
      this.cached = fresh;
      return fresh;
    } finally {
      this.inflight = undefined;
    }
  }
}
