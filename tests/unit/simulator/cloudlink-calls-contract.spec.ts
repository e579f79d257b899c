import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { conformsToCloudLink } from '../../support/cloudlink-schemas';
import { LOADED_AT, sampleTenant } from './fixtures';
import { q, SimClient, type Collection } from './http';

interface CallBody {
  callId: string;
  state: string;
}

describe('CloudLink simulator calls against the JSON Schemas written from the vendor facts', () => {
  let sims: Simulators;
  let client: SimClient;
  let clock = LOADED_AT.getTime() + 3_600_000;
  const call = (callId: string): Promise<{ status: number; json: CallBody }> =>
    client.cl<CallBody>('media', `/endpoints/1001/calls/${callId}`);

  before(async () => {
    sims = await startSimulators(sampleTenant(), {
      now: () => clock,
      callProgress: { ringMs: 1000, answerMs: 3000, talkMs: 10_000 },
    });
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('answers make-call with 200 and the documented make-call call object', async () => {
    const placed = await client.cl<CallBody>('media', '/endpoints/1001/calls', {
      body: { to: '+33123451006', originateTimeout: 30 },
    });
    assert.equal(placed.status, 200);
    conformsToCloudLink('make-call', placed.json);
  });

  it('answers a placed call, ringing, connected and completed, as a documented call object', async () => {
    const placed = await client.cl<CallBody>('media', '/endpoints/1001/calls', { body: { to: '1002' } });
    const states: string[] = [];
    for (const step of [0, 3500, 10_000]) {
      clock += step;
      const r = await call(placed.json.callId);
      assert.equal(r.status, 200);
      conformsToCloudLink('call', r.json);
      states.push(r.json.state);
    }
    assert.deepEqual(states, ['ringing', 'connected', 'completed']);
  });

  it("answers an endpoint's calls in progress as a documented call collection", async () => {
    const placed = await client.cl<CallBody>('media', '/endpoints/1001/calls', { body: { to: '1002' } });
    const during = await client.cl<Collection<CallBody>>('media', '/endpoints/1001/calls');
    assert.equal(during.status, 200);
    conformsToCloudLink('calls', during.json);
    assert.deepEqual(
      during.json._embedded.items.map((c) => [c.callId, c.state]),
      [[placed.json.callId, 'ringing']],
    );
    clock += 15_000;
    const after = await client.cl<Collection<CallBody>>('media', '/endpoints/1001/calls');
    conformsToCloudLink('calls', after.json);
    assert.equal(after.json.count, 0);
  });

  it('answers a call to a line out of service with documented state and cause', async () => {
    const placed = await client.cl<CallBody>('media', '/endpoints/1001/calls', { body: { to: '1003' } });
    clock += 1500;
    const r = await call(placed.json.callId);
    conformsToCloudLink('call', r.json);
    assert.equal(r.json.state, 'outOfService');
  });

  it('answers every page of call records as a documented call collection, next links as plain URL strings', async () => {
    const { pages, items, count } = await client.everyCloudLinkPage(
      client.cloudlinkUrl(
        'media',
        `/calls/records${q({ $filter: "contains(principal,'p-helene')", $top: 7 })}`,
      ),
      (body) => {
        conformsToCloudLink('calls', body);
        for (const record of body._embedded.items) conformsToCloudLink('call-record', record);
      },
    );
    assert.ok(pages > 1, `${pages} page(s)`);
    assert.equal(items, count);
  });

  it('answers undocumented call-record query options and filters with a documented 400 error body', async () => {
    const principal = "contains(principal,'p-helene')";
    const queries: Record<string, string>[] = [
      { $filter: principal, $orderby: 'createdOn desc' },
      { $filter: principal, $skiptoken: 'x' },
      { $filter: `${principal} and contains(fromNumberE164,'+33')` },
      { $filter: `${principal} and completed eq false` },
      { $filter: `${principal} and createdOn ge 2026-11-23T00:00:00Z` },
    ];
    for (const query of queries) {
      const r = await client.cl('media', `/calls/records${q(query)}`);
      assert.equal(r.status, 400, JSON.stringify(query));
      conformsToCloudLink('error', r.json);
    }
  });

  it('answers call routes no vendor documents with a documented 404 error body', async () => {
    for (const path of ['/calls/history', '/calls/records/missed', '/endpoints/1001/calls/x/state']) {
      const r = await client.cl('media', path);
      assert.equal(r.status, 404, path);
      conformsToCloudLink('error', r.json);
    }
  });

  it('answers make-call errors with documented error bodies (400 bad number, 404 unknown endpoint)', async () => {
    const bad = await client.cl('media', '/endpoints/1001/calls', { body: { to: 'alice' } });
    assert.equal(bad.status, 400);
    conformsToCloudLink('error', bad.json);
    const unknown = await client.cl('media', '/endpoints/4242/calls', { body: { to: '1002' } });
    assert.equal(unknown.status, 404);
    conformsToCloudLink('error', unknown.json);
  });
});
