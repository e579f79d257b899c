import assert from 'node:assert/strict';
import { calleeLabel, pendingCardData, statusCardData } from '../../../../bot/commands/call/status-view';
import { en, fr, pt } from './fixtures';

describe('call status card data', () => {
  const ctx = { who: 'Alice Martin (mobile)', extension: '1001', display: '06 12 34 20 01' };
  const status = {
    callId: 'c1',
    number: '+33612342001',
    numberKind: 'mobile' as const,
    personKey: 'cl:alice',
  };
  const again = { number: '+33612342001', numberKind: 'mobile' as const, personKey: 'cl:alice', nonce: 'n9' };
  const buttons = { status, again, userIds: ['29:me'], autoRefresh: true };

  it('names the callee with the kind of number, in the user’s language', () => {
    assert.equal(calleeLabel(en, 'Alice Martin', 'mobile'), 'Alice Martin (mobile)');
    assert.equal(calleeLabel(fr, 'Alice Martin', 'extension'), 'Alice Martin (poste)');
    assert.equal(calleeLabel(pt, 'Alice Martin', 'home'), 'Alice Martin (residencial)');
    assert.equal(calleeLabel(en, 'Alice Martin', 'other'), 'Alice Martin');
    assert.equal(calleeLabel(en, 'Alice Martin', undefined), 'Alice Martin');
  });

  it('while ringing, asks Teams to refresh the card for the caller, with a Refresh button', () => {
    const data = statusCardData(en, ctx, { kind: 'ringing' }, buttons);
    assert.equal(data.title, 'Calling Alice Martin (mobile) from your desk phone…');
    assert.deepEqual(data.refresh, { data: status, userIds: ['29:me'] });
    assert.deepEqual(data.actions, [{ title: 'Refresh', verb: 'call.status', data: status }]);
    assert.equal(
      statusCardData(en, ctx, { kind: 'ringing' }, { ...buttons, autoRefresh: false }).refresh,
      null,
    );
  });

  it('once connected or ended, stops refreshing; a failure says why and offers to call again', () => {
    const connected = statusCardData(en, ctx, { kind: 'connected' }, buttons);
    assert.equal(connected.title, 'Connected with Alice Martin (mobile)');
    assert.equal(connected.refresh, null);
    const failed = statusCardData(fr, ctx, { kind: 'failed', reason: 'busy' }, buttons);
    assert.equal(failed.title, 'L’appel vers Alice Martin (mobile) n’a pas abouti');
    assert.equal(failed.message, 'La ligne est occupée.');
    assert.deepEqual(failed.actions, [{ title: 'Rappeler', verb: 'call.place', data: again }]);
    for (const reason of ['noAnswer', 'unreachable', 'outOfService', 'rejected', 'unknown'] as const) {
      assert.ok(statusCardData(pt, ctx, { kind: 'failed', reason }, buttons).message.length > 0);
    }
    const ended = statusCardData(en, ctx, { kind: 'ended' }, buttons);
    assert.equal(ended.title, 'Your call with Alice Martin (mobile) has ended');
  });

  it('when the same click is still being placed, refreshes with the same click (never a second call)', () => {
    const data = pendingCardData(en, ctx, again);
    assert.equal(data.title, 'Still placing your call to Alice Martin (mobile)…');
    assert.deepEqual(data.actions, [{ title: 'Refresh', verb: 'call.place', data: again }]);
  });
});
