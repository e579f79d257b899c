/** Access and refresh tokens of one simulator: random, checked on every request, expiring. */
import { randomSecret } from './ids';

export interface IssuedToken {
  accessToken: string;
  expiresIn: number;
}

export class TokenStore {
  private readonly access = new Map<string, number>();
  private readonly refresh = new Set<string>();

  constructor(
    private readonly ttlSeconds: number,
    private readonly now: () => number,
  ) {}

  /** A new access token valid for the store's lifetime. */
  issue(): IssuedToken {
    const accessToken = randomSecret(32);
    this.prune();
    this.access.set(accessToken, this.now() + this.ttlSeconds * 1000);
    return { accessToken, expiresIn: this.ttlSeconds };
  }

  /** Whether a bearer token is known and not expired. */
  valid(token: string | undefined): boolean {
    if (token === undefined) return false;
    const expires = this.access.get(token);
    return expires !== undefined && expires > this.now();
  }

  /** A new refresh token. */
  issueRefresh(): string {
    const token = randomSecret(32);
    this.refresh.add(token);
    return token;
  }

  /** Registers a refresh token handed out at start (Cronofy's). */
  addRefresh(token: string): void {
    this.refresh.add(token);
  }

  /** Whether a refresh token was issued by this store. */
  knowsRefresh(token: string | undefined): boolean {
    return token !== undefined && this.refresh.has(token);
  }

  // Expired tokens are dropped as new ones are issued, so a long demo does not grow the map.
  private prune(): void {
    if (this.access.size < 1000) return;
    const now = this.now();
    for (const [token, expires] of this.access) if (expires <= now) this.access.delete(token);
  }
}
