import assert from 'node:assert/strict';
import { callOutcome, failureReason } from '../../../../bot/commands/call/call-outcome';

describe('call outcome', () => {
  it('reads the usual causes as busy, no answer, unreachable, out of service or rejected', () => {
    const cases: Array<[string | undefined, ReturnType<typeof failureReason>]> = [
      ['USER_BUSY', 'busy'],
      ['busy', 'busy'],
      ['NO_ANSWER', 'noAnswer'],
      ['NO_USER_RESPONSE', 'noAnswer'],
      ['UNALLOCATED_NUMBER', 'unreachable'],
      ['INVALID_NUMBER_FORMAT', 'unreachable'],
      ['NO_ROUTE_DESTINATION', 'unreachable'],
      ['NETWORK_OUT_OF_ORDER', 'unreachable'],
      ['DESTINATION_OUT_OF_ORDER', 'outOfService'],
      ['SUBSCRIBER_ABSENT', 'outOfService'],
      ['CALL_REJECTED', 'rejected'],
      ['Declined', 'rejected'],
      ['SOMETHING_ELSE', 'unknown'],
      [undefined, 'unknown'],
    ];
    for (const [cause, reason] of cases) assert.equal(failureReason(cause), reason, String(cause));
  });

  it('says what each state means; an ended call with a failure cause failed', () => {
    assert.deepEqual(callOutcome({ state: 'ringing' }), { kind: 'ringing' });
    assert.deepEqual(callOutcome({ state: 'connected' }), { kind: 'connected' });
    assert.deepEqual(callOutcome({ state: 'held' }), { kind: 'held' });
    assert.deepEqual(callOutcome({ state: 'disconnected', cause: 'NORMAL_CLEARING' }), { kind: 'ended' });
    assert.deepEqual(callOutcome({ state: 'disconnected' }), { kind: 'ended' });
    assert.deepEqual(callOutcome({ state: 'disconnected', cause: 'USER_BUSY' }), {
      kind: 'failed',
      reason: 'busy',
    });
    assert.deepEqual(callOutcome({ state: 'failed', cause: 'DESTINATION_OUT_OF_ORDER' }), {
      kind: 'failed',
      reason: 'outOfService',
    });
    assert.deepEqual(callOutcome({ state: 'failed' }), { kind: 'failed', reason: 'unknown' });
    assert.deepEqual(callOutcome({ state: 'unknown' }), { kind: 'unknown' });
  });
});
