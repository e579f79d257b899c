import assert from 'node:assert/strict';
import { CircuitBreaker } from '../../../bot/services/http/circuit-breaker';
import { FakeClock } from './helpers';

describe('CircuitBreaker', () => {
  let clock: FakeClock;
  let breaker: CircuitBreaker;

  const fail = (times: number): void => {
    for (let i = 0; i < times; i++) breaker.tryAcquire()?.failure();
  };

  beforeEach(() => {
    clock = new FakeClock();
    breaker = new CircuitBreaker({ failureThreshold: 3, cooldownMs: 10_000, now: clock.now });
  });

  it('stays closed until the failures are consecutive and reach the threshold', () => {
    fail(2);
    breaker.tryAcquire()?.success();
    fail(2);
    assert.equal(breaker.state, 'closed');
    fail(1);
    assert.equal(breaker.state, 'open');
    assert.equal(breaker.tryAcquire(), undefined);
    assert.equal(breaker.retryInMs(), 10_000);
  });

  it('half-opens after the cooldown and lets exactly one trial through', () => {
    fail(3);
    clock.advance(10_000);
    assert.equal(breaker.state, 'half-open');
    const trial = breaker.tryAcquire();
    assert.ok(trial);
    assert.equal(breaker.tryAcquire(), undefined, 'a second caller is refused while the trial runs');
    trial.success();
    assert.equal(breaker.state, 'closed');
  });

  it('re-opens for a full cooldown when the trial fails', () => {
    fail(3);
    clock.advance(10_000);
    breaker.tryAcquire()?.failure();
    assert.equal(breaker.state, 'open');
    assert.equal(breaker.retryInMs(), 10_000);
  });

  it('tells those waiting when the trial has ended, with the state it left', async () => {
    assert.equal(await breaker.trialSettled(), undefined, 'no trial: at once');
    fail(3);
    clock.advance(10_000);
    const trial = breaker.tryAcquire();
    assert.ok(trial);
    let ended = false;
    const waiting = breaker.trialSettled().then(() => {
      ended = true;
    });
    await Promise.resolve();
    assert.equal(ended, false);
    trial.success();
    await waiting;
    assert.equal(breaker.state, 'closed');
    assert.ok(breaker.tryAcquire());
  });

  it('frees the trial slot when the trial ends without telling anything', () => {
    fail(3);
    clock.advance(10_000);
    breaker.tryAcquire()?.release();
    assert.ok(breaker.tryAcquire());
  });
});
