import assert from 'node:assert/strict';
import { failureOf, progressOf } from '../../../../bot/services/cloudlink/call-progress';
import { CALL_CAUSES } from '../../../../bot/services/cloudlink/types';

describe('call outcome from CloudLink states and causes', () => {
  it('reads the documented causes as busy, no answer, unreachable or rejected', () => {
    const cases: Array<[Parameters<typeof failureOf>[0], ReturnType<typeof failureOf>]> = [
      ['busy', 'busy'],
      ['networkCongestion', 'busy'],
      ['callNotAnswer', 'noAnswer'],
      ['callCancelled', 'noAnswer'],
      ['destNotObtainable', 'unreachable'],
      ['incompatibleDestination', 'unreachable'],
      ['networkNotObtainable', 'unreachable'],
      ['resourcesNotAvailable', 'unreachable'],
      ['doNotDisturb', 'rejected'],
      ['newCall', 'unknown'],
      ['transfer', 'unknown'],
      [undefined, 'unknown'],
    ];
    for (const [cause, reason] of cases) assert.equal(failureOf(cause), reason, String(cause));
  });

  it('says what each documented state means; a completed call with a failure cause failed', () => {
    assert.deepEqual(progressOf('ringing', undefined), { kind: 'ringing' });
    assert.deepEqual(progressOf('connected', undefined), { kind: 'connected' });
    assert.deepEqual(progressOf('held', undefined), { kind: 'held' });
    assert.deepEqual(progressOf('completed', undefined), { kind: 'ended' });
    assert.deepEqual(progressOf('idle', undefined), { kind: 'ended' });
    assert.deepEqual(progressOf('completed', 'transfer'), { kind: 'ended' });
    assert.deepEqual(progressOf('completed', 'busy'), { kind: 'failed', reason: 'busy' });
    assert.deepEqual(progressOf('idle', 'callNotAnswer'), { kind: 'failed', reason: 'noAnswer' });
    assert.deepEqual(progressOf('outOfService', 'destNotObtainable'), {
      kind: 'failed',
      reason: 'outOfService',
    });
    assert.deepEqual(progressOf('unknown', undefined), { kind: 'unknown' });
  });

  it('gives every documented cause a meaning without failing on any', () => {
    for (const cause of CALL_CAUSES) {
      const progress = progressOf('completed', cause);
      assert.ok(progress.kind === 'ended' || progress.kind === 'failed', cause);
    }
  });
});
