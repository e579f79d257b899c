import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  backoffDelay,
  DEFAULT_RETRY,
  mayRetry,
  parseRetryAfter,
} from '../../../bot/services/http/retry-policy';
import { T0 } from './helpers';

describe('retry policy', () => {
  describe('parseRetryAfter', () => {
    it('reads delta-seconds', () => {
      assert.equal(parseRetryAfter('2', T0), 2000);
      assert.equal(parseRetryAfter(' 0 ', T0), 0);
    });

    it('reads an HTTP date relative to now, and a past date as no wait', () => {
      assert.equal(parseRetryAfter(new Date(T0 + 7000).toUTCString(), T0), 7000);
      assert.equal(parseRetryAfter(new Date(T0 - 7000).toUTCString(), T0), 0);
    });

    it('ignores an absent or unreadable header', () => {
      assert.equal(parseRetryAfter(null, T0), undefined);
      assert.equal(parseRetryAfter('', T0), undefined);
      assert.equal(parseRetryAfter('soon', T0), undefined);
    });
  });

  describe('backoffDelay', () => {
    it('keeps every wait within [0, min(max, base·2^(attempt-1))) — full jitter', () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
          (attempt, r) => {
            const delay = backoffDelay(attempt, () => r, DEFAULT_RETRY);
            const ceiling = Math.min(
              DEFAULT_RETRY.maxDelayMs,
              DEFAULT_RETRY.baseDelayMs * 2 ** (attempt - 1),
            );
            return delay >= 0 && delay < ceiling && Number.isInteger(delay);
          },
        ),
      );
    });
  });

  describe('mayRetry', () => {
    it('retries idempotent requests after every transient failure', () => {
      for (const status of [429, 500, 502, 503, 504]) {
        assert.equal(mayRetry({ type: 'status', status, hasRetryAfter: false }, true), true, String(status));
      }
      assert.equal(mayRetry({ type: 'timeout' }, true), true);
      assert.equal(mayRetry({ type: 'network', notSent: false }, true), true);
    });

    it('retries a non-idempotent request only when the server certainly did not act', () => {
      const post = (outcome: Parameters<typeof mayRetry>[0]): boolean => mayRetry(outcome, false);
      assert.equal(post({ type: 'status', status: 429, hasRetryAfter: false }), true);
      assert.equal(post({ type: 'status', status: 503, hasRetryAfter: true }), true);
      assert.equal(post({ type: 'network', notSent: true }), true);
      assert.equal(post({ type: 'status', status: 503, hasRetryAfter: false }), false);
      assert.equal(post({ type: 'status', status: 500, hasRetryAfter: false }), false);
      assert.equal(post({ type: 'status', status: 502, hasRetryAfter: false }), false);
      assert.equal(post({ type: 'status', status: 504, hasRetryAfter: true }), false);
      assert.equal(post({ type: 'timeout' }), false);
      assert.equal(post({ type: 'network', notSent: false }), false);
    });

    it('never retries client errors', () => {
      for (const status of [400, 401, 403, 404, 409, 422]) {
        assert.equal(mayRetry({ type: 'status', status, hasRetryAfter: true }, true), false, String(status));
      }
    });
  });
});
