import assert from 'node:assert/strict';
import nock from 'nock';
import { CloudLinkClient } from '../../../bot/services/cloudlink/client';
import type { CloudLinkConfig } from '../../../bot/services/cloudlink/types';
import { UpstreamError } from '../../../bot/services/http/errors';
import { conformsToCloudLink } from '../../support/cloudlink-schemas';
import {
  callSnapshot,
  makeCallAnswer,
  MEDIA,
  recordBody,
  recordsPage,
  V,
  type RecordInit,
} from './cloudlink-call-examples';
import { failure, FakeClock } from './helpers';

const AUTH = 'https://authentication.api.mitel.io';
const RECORDS = `${MEDIA}${V}/calls/records`;
const PRINCIPAL = "contains(principal,'u-manon')";

const config: CloudLinkConfig = {
  baseUrl: 'https://{service}.api.mitel.io/2017-09-01',
  credentials: { clientId: 'client-1', clientSecret: 's3cr3t', accountId: 'acc-1' },
  appName: 'pbx-rooms-bot',
};

const API_HEADERS = { authorization: 'Bearer at-1', 'x-mitel-app': 'pbx-rooms-bot' };

function tokenScope(): nock.Scope {
  return nock(AUTH).post(`${V}/token`).reply(201, {
    token_type: 'bearer',
    access_token: 'at-1',
    refresh_token: 'rt-1',
    expires_in: 3747,
    scope: 'read write',
  });
}

/** `n` records a minute apart from `start`, newest first (or oldest first), all answered. */
function records(n: number, order: 'newest' | 'oldest', offset = 0): Array<Record<string, unknown>> {
  const start = Date.parse('2026-11-23T09:00:00Z');
  const out = Array.from({ length: n }, (_, i) =>
    recordBody({
      id: `r${offset + i}`,
      direction: 'outbound',
      at: new Date(start - (offset + i) * 60_000).toISOString(),
      peer: { number: '+33123456789', e164: true },
      answered: true,
    }),
  );
  return order === 'newest' ? out : out.reverse();
}

/** The query of a records request: only what Mitel documents (vendor facts §1.8). */
const query = (skip: number): Record<string, string> => ({
  $filter: PRINCIPAL,
  $top: '1000',
  $skip: String(skip),
});

describe('CloudLinkClient calls, fed with bodies shaped like the vendor documents them', () => {
  let client: CloudLinkClient;

  beforeEach(() => {
    client = new CloudLinkClient(config, { clock: new FakeClock() });
    tokenScope();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  it('places a call with the documented body and reports it placed on the documented 200 answer', async () => {
    let sent: unknown;
    const api = nock(MEDIA, { reqheaders: { ...API_HEADERS, 'content-type': 'application/json' } })
      .post(`${V}/endpoints/2001/calls`, (body: unknown) => {
        sent = body;
        return true;
      })
      .reply(200, makeCallAnswer());
    conformsToCloudLink('make-call', makeCallAnswer());

    const call = await client.placeCall('2001', '+33123456789', { originateTimeout: 30 });

    conformsToCloudLink('make-call-request', sent);
    assert.deepEqual(sent, { to: '+33123456789', originateTimeout: 30 });
    assert.equal(call.id, '6e1f0b9a-58c4-4b7e-9a5e-0d3c2b1a0f11');
    assert.equal(call.from, '2001');
    assert.equal(call.to, '+33123456789');
    assert.equal(call.state, 'connected');
    assert.equal(call.cause, 'newCall');
    // "connected" only acknowledges the request: the caller's phone rings first.
    assert.deepEqual(call.progress, { kind: 'ringing' });
    assert.deepEqual(call.createdAt, new Date('2026-11-23T10:00:00.000Z'));
    assert.ok(api.isDone());
  });

  it('does not place a call twice when the PBX answers 500, and names the operation', async () => {
    const api = nock(MEDIA)
      .post(`${V}/endpoints/2001/calls`)
      .reply(500, { name: 'InternalError', message: 'boom' })
      .post(`${V}/endpoints/2001/calls`)
      .reply(200, makeCallAnswer());
    const error = await failure(client.placeCall('2001', '1234'));
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.operation, 'placeCall');
    assert.equal(error.status, 500);
    assert.equal(api.pendingMocks().length, 1);
  });

  it('reads each documented call state and cause as what it means for the caller', async () => {
    const cases: Array<[Record<string, unknown>, unknown]> = [
      [callSnapshot('ringing'), { kind: 'ringing' }],
      [callSnapshot('connected'), { kind: 'connected' }],
      [callSnapshot('held'), { kind: 'held' }],
      [callSnapshot('completed', { endTime: '2026-11-23T10:02:00.000Z' }), { kind: 'ended' }],
      [callSnapshot('completed', { cause: 'busy' }), { kind: 'failed', reason: 'busy' }],
      [callSnapshot('completed', { cause: 'callNotAnswer' }), { kind: 'failed', reason: 'noAnswer' }],
      [callSnapshot('idle', { cause: 'doNotDisturb' }), { kind: 'failed', reason: 'rejected' }],
      [
        callSnapshot('outOfService', { cause: 'destNotObtainable' }),
        { kind: 'failed', reason: 'outOfService' },
      ],
      [callSnapshot('completed', { cause: 'transfer' }), { kind: 'ended' }],
    ];
    const scope = nock(MEDIA, { reqheaders: API_HEADERS });
    for (const [body] of cases) {
      conformsToCloudLink('call', body);
      scope.get(`${V}/endpoints/2001/calls/c-1`).reply(200, body);
    }
    for (const [body, progress] of cases) {
      const call = await client.getCall('2001', 'c-1');
      assert.deepEqual(call.progress, progress, JSON.stringify(body));
      assert.equal(call.to, '1234');
    }
    assert.ok(scope.isDone());
  });

  it('reads a state or cause outside the documented lists as unknown rather than failing', async () => {
    nock(MEDIA)
      .get(`${V}/endpoints/2001/calls/c-1`)
      .reply(200, callSnapshot('disconnected', { cause: 'NORMAL_CLEARING' }));
    const call = await client.getCall('2001', 'c-1');
    assert.equal(call.state, 'unknown');
    assert.equal(call.cause, undefined);
    assert.deepEqual(call.progress, { kind: 'unknown' });
  });

  it('refuses a number flag that is not the documented boolean as an unreadable answer', async () => {
    nock(MEDIA)
      .get(`${V}/endpoints/2001/calls/c-1`)
      .reply(200, callSnapshot('ringing', { toNumberE164: '+33123456789' }));
    const error = await failure(client.getCall('2001', 'c-1'));
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'protocol');
  });

  it('reads the call history with only the documented query options, following _links.next, newest first', async () => {
    const inits: RecordInit[] = [
      {
        id: 'missed',
        direction: 'inbound',
        at: '2026-11-23T08:00:00.000Z',
        peer: { number: '+33611111111', e164: true, name: 'Hélène Dupont' },
        answered: false,
      },
      {
        id: 'out',
        direction: 'outbound',
        at: '2026-11-23T09:30:00.000Z',
        peer: { number: '1234', e164: false },
        answered: true,
      },
      {
        id: 'in',
        direction: 'inbound',
        at: '2026-11-22T17:00:00.000Z',
        peer: { number: '33 6 22 22 22 22', e164: true },
        answered: true,
      },
    ];
    const bodies = inits.map(recordBody);
    const first = recordsPage(bodies.slice(0, 2), 3, `${RECORDS}?x=1`, `${RECORDS}?$top=2&$skip=2`);
    const second = recordsPage(bodies.slice(2), 3, `${RECORDS}?$top=2&$skip=2`);
    for (const page of [first, second]) conformsToCloudLink('calls', page);
    const api = nock(MEDIA, { reqheaders: API_HEADERS })
      .get(`${V}/calls/records`)
      .query(query(0))
      .reply(200, first)
      .get(`${V}/calls/records`)
      .query({ $top: '2', $skip: '2' })
      .reply(200, second);

    const history = await client.readCallHistory('u-manon');

    assert.ok(api.isDone());
    assert.equal(history.complete, true);
    assert.deepEqual(
      history.records.map((r) => r.id),
      ['out', 'missed', 'in'],
    );
    const [out, missed, inbound] = history.records;
    assert.deepEqual(missed?.peer, { name: 'Hélène Dupont', number: '+33611111111' });
    assert.equal(missed?.answered, false);
    assert.equal(missed?.cause, 'callNotAnswer');
    assert.equal(missed?.principalId, 'u-manon');
    assert.equal(out?.peer.number, '1234');
    assert.equal(out?.durationSeconds, 95);
    // An E.164 number written without its plus still reads as E.164.
    assert.equal(inbound?.peer.number, '+33622222222');
  });

  it('stops at the newest 1,000 records of a longer history, newest first: one request', async () => {
    const api = nock(MEDIA)
      .get(`${V}/calls/records`)
      .query(query(0))
      .reply(200, recordsPage(records(1000, 'newest'), 5000, RECORDS, `${RECORDS}?$skip=1000`));
    const history = await client.readCallHistory('u-manon');
    assert.ok(api.isDone());
    assert.equal(history.complete, false);
    assert.equal(history.records.length, 1000);
    assert.equal(history.records[0]?.id, 'r0');
  });

  it('reads further back, page by page, to the start of the period asked for', async () => {
    const since = new Date(Date.parse('2026-11-23T09:00:00Z') - 1500 * 60_000);
    const api = nock(MEDIA)
      .get(`${V}/calls/records`)
      .query(query(0))
      .reply(200, recordsPage(records(1000, 'newest'), 5000, RECORDS, `${RECORDS}?$skip=1000&$top=1000`))
      .get(`${V}/calls/records`)
      .query({ $skip: '1000', $top: '1000' })
      .reply(
        200,
        recordsPage(records(1000, 'newest', 1000), 5000, RECORDS, `${RECORDS}?$skip=2000&$top=1000`),
      );
    const history = await client.readCallHistory('u-manon', { since });
    assert.ok(api.isDone());
    assert.equal(history.records.length, 2000);
    assert.equal(history.complete, false);
  });

  it('reads the newest records from the end when the service answers oldest first', async () => {
    const all = records(2500, 'oldest');
    const api = nock(MEDIA)
      .get(`${V}/calls/records`)
      .query(query(0))
      .reply(200, recordsPage(all.slice(0, 1000), 2500, RECORDS, `${RECORDS}?$skip=1000&$top=1000`))
      .get(`${V}/calls/records`)
      .query(query(1500))
      .reply(200, recordsPage(all.slice(1500), 2500, RECORDS));
    const history = await client.readCallHistory('u-manon');
    assert.ok(api.isDone());
    assert.equal(history.complete, false);
    assert.equal(history.records.length, 1000);
    assert.equal(history.records[0]?.id, 'r0');
    assert.equal(history.records[999]?.id, 'r999');
  });
});
