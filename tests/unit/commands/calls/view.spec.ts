import assert from 'node:assert/strict';
import { buttonData, MAX_PAGE, viewFromButton, viewFromIntent } from '../../../../bot/commands/calls/view';

describe('the call log view', () => {
  it('starts a typed request on its first page, with its filter, period and party', () => {
    assert.deepEqual(
      viewFromIntent({ kind: 'myCalls', filter: 'missed', period: 'today', peer: ' Alice ' }),
      {
        filter: 'missed',
        period: 'today',
        peer: { kind: 'text', text: 'Alice' },
        page: 1,
      },
    );
  });

  it('reads a button back into the view it was made from', () => {
    const data = buttonData({ filter: 'outgoing', period: 'week', page: 3 }, { key: 'cl:alice' });
    assert.deepEqual(viewFromButton({ ...data }), {
      filter: 'outgoing',
      period: 'week',
      peer: { kind: 'person', key: 'cl:alice' },
      page: 3,
    });
  });

  it('falls back to all calls on page 1 when button data has been tampered with', () => {
    assert.deepEqual(viewFromButton({ filter: 'everyone', period: 'forever', page: -4 }), {
      filter: 'all',
      page: 1,
    });
    assert.deepEqual(viewFromButton({ page: 2.5 }), { filter: 'all', page: 1 });
    assert.equal(viewFromButton({ page: 1e12 }).page, MAX_PAGE);
    assert.equal(viewFromButton({ page: '7' }).page, 7);
  });

  it('ignores a party that is not a plausible key or number', () => {
    assert.equal(viewFromButton({ peerKey: 'x'.repeat(500) }).peer, undefined);
    assert.equal(viewFromButton({ peerNumber: "1' or 1=1" }).peer, undefined);
    assert.deepEqual(viewFromButton({ peerNumber: '+33123456789' }).peer, {
      kind: 'number',
      number: '+33123456789',
    });
  });

  it('has no place for whose calls are shown: a principal in the data is not read', () => {
    const view = viewFromButton({ filter: 'all', page: 1, principal: 'someone-else', principalId: 'x' });
    assert.deepEqual(Object.keys(view).sort(), ['filter', 'page']);
  });
});
