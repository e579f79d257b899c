import assert from 'node:assert/strict';
import { ActionRateLimiter } from '../../../bot/state/action-rates';

describe('the bound on actions per person', () => {
  const rules = { placeCall: { max: 3, windowMs: 60_000 }, bookRoom: { max: 1, windowMs: 600_000 } };

  it('allows the bound within the window, then refuses with the time until the oldest leaves it', () => {
    let now = 1_000_000;
    const limiter = new ActionRateLimiter(rules, () => now);
    for (const id of ['a', 'b', 'c']) {
      assert.deepEqual(limiter.take('placeCall', 'p1', id), { allowed: true });
      now += 10_000;
    }
    assert.deepEqual(limiter.take('placeCall', 'p1', 'd'), { allowed: false, retryAfterMs: 30_000 });
    now += 30_000;
    assert.deepEqual(limiter.take('placeCall', 'p1', 'd'), { allowed: true });
  });

  it('never counts the same button twice, and keeps people and actions apart', () => {
    const limiter = new ActionRateLimiter(rules, () => 0);
    assert.ok(limiter.take('bookRoom', 'p1', 'x').allowed);
    assert.ok(limiter.take('bookRoom', 'p1', 'x').allowed);
    assert.ok(!limiter.take('bookRoom', 'p1', 'y').allowed);
    assert.ok(limiter.take('bookRoom', 'p2', 'y').allowed);
    assert.ok(limiter.take('placeCall', 'p1', 'y').allowed);
  });
});
