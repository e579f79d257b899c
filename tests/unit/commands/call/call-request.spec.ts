import assert from 'node:assert/strict';
import {
  callContext,
  readCallStatusData,
  readPlaceCallData,
} from '../../../../bot/commands/call/call-request';
import { mayHavePlaced } from '../../../../bot/commands/call/place-call';
import { UpstreamError } from '../../../../bot/services';
import { en, fr, person, snapshotOf } from './fixtures';

describe('Call and Refresh button data', () => {
  it('keeps a diallable number, the nonce and the display hints', () => {
    assert.deepEqual(
      readPlaceCallData(
        {
          number: '+33 6 12 34 20 01',
          numberKind: 'mobile',
          personKey: 'cl:alice',
          name: ' Alice ',
          nonce: 'abc',
        },
        'FR',
      ),
      { number: '+33612342001', numberKind: 'mobile', personKey: 'cl:alice', name: 'Alice', nonce: 'abc' },
    );
    assert.deepEqual(readPlaceCallData({ number: '2001', nonce: 'n' }), { number: '2001', nonce: 'n' });
  });

  it('refuses data without a diallable number or a nonce, and drops unknown kinds', () => {
    assert.equal(readPlaceCallData({ number: '+33612342001' }), null);
    assert.equal(readPlaceCallData({ number: 'call me', nonce: 'n' }), null);
    assert.equal(readPlaceCallData({ number: ['+33612342001'], nonce: 'n' }), null);
    assert.deepEqual(readPlaceCallData({ number: '2001', nonce: 'n', numberKind: 'satellite' }), {
      number: '2001',
      nonce: 'n',
    });
    assert.equal(readCallStatusData({ number: '2001' }), null);
    assert.deepEqual(readCallStatusData({ number: '2001', callId: 'c1' }), { number: '2001', callId: 'c1' });
  });

  it('names the callee from the directory rather than from the button', () => {
    const people = snapshotOf([
      person('alice', 'Alice Martin', { extension: '2001', phones: { mobile: '+33612342001' } }),
    ]);
    const ctx = callContext(en, people, { number: '+33612342001', name: 'Someone Else' }, '1001', 'FR');
    assert.deepEqual(ctx, { who: 'Alice Martin (mobile)', extension: '1001', display: '06 12 34 20 01' });
    const byExtension = callContext(fr, people, { number: '2001' }, '1001', 'FR');
    assert.equal(byExtension.who, 'Alice Martin (poste)');
    const stranger = callContext(en, people, { number: '+442079460000', name: 'Acme support' }, '1001', 'FR');
    assert.equal(stranger.who, 'Acme support');
    const unnamed = callContext(en, people, { number: '+442079460000' }, '1001', 'FR');
    assert.equal(unnamed.who, '+44 20 7946 0000');
  });

  it('treats time-outs, lost connections, unreadable answers and server errors as calls that may have been placed', () => {
    const error = (kind: UpstreamError['kind'], status?: number): UpstreamError =>
      new UpstreamError({ system: 'cloudlink', operation: 'placeCall', kind, status });
    for (const e of [error('timeout'), error('network'), error('protocol'), error('http', 502)])
      assert.equal(mayHavePlaced(e), true, e.message);
    for (const e of [
      error('http', 400),
      error('conflict', 409),
      error('not-found', 404),
      error('unauthorized', 401),
      error('throttled', 429),
      error('circuit-open'),
    ])
      assert.equal(mayHavePlaced(e), false, e.message);
  });

  it('treats a connection refused before anything was sent as a call not placed', () => {
    const refused = new UpstreamError({
      system: 'cloudlink',
      operation: 'placeCall',
      kind: 'network',
      notSent: true,
    });
    assert.equal(mayHavePlaced(refused), false);
  });
});
