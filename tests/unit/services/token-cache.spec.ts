import assert from 'node:assert/strict';
import { TokenCache, type IssuedToken } from '../../../bot/services/http/token-cache';
import { FakeClock } from './helpers';

describe('TokenCache', () => {
  let clock: FakeClock;
  let issued: number;
  let release: (() => void) | undefined;

  const issuer =
    (lifetimeSeconds = 3600, gated = false) =>
    async (): Promise<IssuedToken> => {
      issued += 1;
      const n = issued;
      if (gated) await new Promise<void>((resolve) => (release = resolve));
      return { accessToken: `token-${n}`, expiresInSeconds: lifetimeSeconds };
    };

  beforeEach(() => {
    clock = new FakeClock();
    issued = 0;
    release = undefined;
  });

  it('caches the token between requests', async () => {
    const cache = new TokenCache(issuer(), { clock });
    assert.equal(await cache.getToken(), 'token-1');
    clock.advance(60_000);
    assert.equal(await cache.getToken(), 'token-1');
    assert.equal(issued, 1);
  });

  it('refreshes 60 s before expiry, not at expiry', async () => {
    const cache = new TokenCache(issuer(3600), { clock });
    await cache.getToken();
    clock.advance(3600_000 - 60_001);
    assert.equal(await cache.getToken(), 'token-1');
    clock.advance(1);
    assert.equal(await cache.getToken(), 'token-2');
  });

  it('keeps the margin below half of a short lifetime', async () => {
    const cache = new TokenCache(issuer(60), { clock });
    await cache.getToken();
    clock.advance(29_000);
    assert.equal(await cache.getToken(), 'token-1');
    clock.advance(1_000);
    assert.equal(await cache.getToken(), 'token-2');
  });

  it('lets concurrent callers share one refresh (single flight)', async () => {
    const cache = new TokenCache(issuer(3600, true), { clock });
    const waiting = Promise.all([cache.getToken(), cache.getToken(), cache.getToken()]);
    await new Promise((resolve) => setImmediate(resolve));
    release?.();
    assert.deepEqual(await waiting, ['token-1', 'token-1', 'token-1']);
    assert.equal(issued, 1);
  });

  it('fetches a new token after the cached one is invalidated, and ignores stale invalidations', async () => {
    const cache = new TokenCache(issuer(), { clock });
    await cache.getToken();
    cache.invalidate('token-1');
    assert.equal(await cache.getToken(), 'token-2');
    cache.invalidate('token-1');
    assert.equal(await cache.getToken(), 'token-2');
  });

  it('lets the next caller try again after a failed refresh', async () => {
    let fail = true;
    const cache = new TokenCache(
      () =>
        fail
          ? Promise.reject(new Error('down'))
          : Promise.resolve({ accessToken: 'ok', expiresInSeconds: 3600 }),
      { clock },
    );
    await assert.rejects(cache.getToken(), /down/);
    fail = false;
    assert.equal(await cache.getToken(), 'ok');
  });
});
