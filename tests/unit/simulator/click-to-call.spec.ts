import assert from 'node:assert/strict';
import type { CallRecordWire } from '../../../bot/simulator/call-log';
import type { CallWire } from '../../../bot/simulator/live-calls';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { LOADED_AT, sampleTenant } from './fixtures';
import { q, SimClient, type Collection } from './http';

interface Endpoint {
  state: string;
  userAvailability: string;
}

describe('CloudLink simulator: click-to-call', () => {
  let sims: Simulators;
  let client: SimClient;
  let clock = LOADED_AT.getTime() + 3_600_000;
  const latest = async (userId: string): Promise<Collection<CallRecordWire>> =>
    (
      await client.cl<Collection<CallRecordWire>>(
        'media',
        `/calls/records${q({ $filter: `contains(principal,'${userId}')`, $top: 1 })}`,
      )
    ).json;

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

  it('answers make-call with 200 and the documented make-call shape, then the call rings, connects after answerMs and shows in both call logs', async () => {
    const helenesBefore = (await latest('p-helene')).count;
    const placed = await client.cl<CallWire>('media', '/endpoints/1001/calls', {
      body: { to: '+33123451006', originateTimeout: 30 },
    });
    assert.equal(placed.status, 200);
    assert.ok(placed.headers.get('x-mitel-correlation-id'));
    assert.equal(placed.json.state, 'connected');
    assert.equal(placed.json.cause, 'newCall');
    assert.equal(placed.json.direction, 'outbound');
    assert.equal(placed.json.from, '+33123451001');
    assert.equal(placed.json.fromNumberE164, true);
    assert.equal(placed.json.to, '+33123451006');
    assert.equal(placed.json.toNumberE164, true);
    assert.equal(placed.json.createdOn, new Date(clock).toISOString());
    const { callId } = placed.json;
    assert.equal(placed.json._links.self, client.cloudlinkUrl('media', `/endpoints/1001/calls/${callId}`));

    // The caller's own phone rings first.
    assert.equal((await client.cl<Endpoint>('media', '/endpoints/1001')).json.state, 'ringing');
    clock += 1500;
    assert.equal((await client.cl<Endpoint>('media', '/endpoints/1001')).json.state, 'connected');
    assert.equal((await client.cl<Endpoint>('media', '/endpoints/1006')).json.state, 'ringing');
    assert.equal(
      (await client.cl<CallWire>('media', `/endpoints/1001/calls/${callId}`)).json.state,
      'ringing',
    );
    assert.equal((await latest('p-helene')).count, helenesBefore);

    clock += 1500;
    const connected = await client.cl<CallWire>('media', `/endpoints/1001/calls/${callId}`);
    assert.equal(connected.json.state, 'connected');
    const caller = await latest('p-helene');
    assert.equal(caller.count, helenesBefore + 1);
    assert.equal(caller._embedded.items[0]?.callId, callId);
    assert.equal(caller._embedded.items[0]?.direction, 'outbound');
    assert.equal(caller._embedded.items[0]?.completed, true);
    assert.equal(caller._embedded.items[0]?.toName, 'Pierre PBX');
    const callee = await latest('p-pbx-only');
    assert.equal(callee.count, 1);
    assert.equal(callee._embedded.items[0]?.direction, 'inbound');
    assert.equal(callee._embedded.items[0]?.from, '+33123451001');
    assert.equal(callee._embedded.items[0]?.fromNumberE164, true);
    assert.equal(callee._embedded.items[0]?.fromPrincipalId, 'p-helene');
    assert.equal(callee._embedded.items[0]?.fromName, "Hélène D'Almeida-Ferreira");
    assert.equal(callee._embedded.items[0]?.to, '+33123451006');

    clock += 10_000;
    const ended = await client.cl<CallWire>('media', `/endpoints/1001/calls/${callId}`);
    assert.equal(ended.json.state, 'completed');
    assert.equal(ended.json.cause, undefined);
    assert.ok(ended.json.endTime);
    assert.equal((await client.cl<Endpoint>('media', '/endpoints/1001')).json.state, 'idle');
    assert.equal((await latest('p-helene')).count, helenesBefore + 1);
  });

  it('makes the caller busy in CloudLink and in Teams while the call lasts', async () => {
    const placed = await client.cl<CallWire>('media', '/endpoints/1001/calls', {
      body: { to: '+33699999999' },
    });
    assert.equal(placed.status, 200);
    clock += 3500;
    assert.equal((await client.cl<Endpoint>('media', '/endpoints/1001')).json.userAvailability, 'busy');
    const presence = await client.gr<{ availability: string; activity: string }>(
      '/users/11111111-1111-4111-8111-111111111111/presence',
    );
    assert.equal(presence.json.availability, 'Busy');
    assert.equal(presence.json.activity, 'InACall');
    clock += 10_000;
    const after = await client.gr<{ availability: string }>(
      '/users/11111111-1111-4111-8111-111111111111/presence',
    );
    assert.equal(after.json.availability, 'Available');
  });

  it('fails a call to a line out of service once the caller has picked up', async () => {
    const placed = await client.cl<CallWire>('media', '/endpoints/1001/calls', { body: { to: '1003' } });
    assert.equal(placed.status, 200);
    assert.equal(
      (await client.cl<CallWire>('media', `/endpoints/1001/calls/${placed.json.callId}`)).json.state,
      'ringing',
    );
    clock += 1000;
    const failed = await client.cl<CallWire>('media', `/endpoints/1001/calls/${placed.json.callId}`);
    assert.equal(failed.json.state, 'outOfService');
    assert.equal(failed.json.cause, 'destNotObtainable');
    const record = (await latest('p-helene'))._embedded.items[0];
    assert.equal(record?.callId, placed.json.callId);
    assert.equal(record?.completed, false);
    assert.equal(record?.state, 'completed');
    assert.equal(record?.cause, 'destNotObtainable');
    assert.equal((await latest('p-olivier')).count, 0);
    assert.equal((await client.cl<Endpoint>('media', '/endpoints/1001')).json.state, 'idle');
  });

  it('calls an extension: the callee is the person with that extension', async () => {
    const placed = await client.cl<CallWire>('media', '/endpoints/1001/calls', { body: { to: '1007' } });
    assert.equal(placed.status, 200);
    assert.equal(placed.json.to, '1007');
    assert.equal(placed.json.toNumberE164, false);
    clock += 3000;
    const callee = await latest('p-nolicence');
    assert.equal(callee._embedded.items[0]?.callId, placed.json.callId);
    assert.equal(callee._embedded.items[0]?.direction, 'inbound');
    clock += 10_000;
  });

  it('answers 400 for a malformed number', async () => {
    for (const to of ['', 'alice', '+33 1 23 45', '12a4', '+']) {
      const r = await client.cl<{ name: string; message: string }>('media', '/endpoints/1001/calls', {
        body: { to },
      });
      assert.equal(r.status, 400, `to=${JSON.stringify(to)}`);
      assert.equal(r.json.name, 'BadRequest');
    }
    assert.equal((await client.cl('media', '/endpoints/1001/calls', { body: {} })).status, 400);
    assert.equal(
      (await client.cl('media', '/endpoints/1001/calls', { body: { to: '1002', originateTimeout: 500 } }))
        .status,
      400,
    );
  });

  it('answers 404 for an endpoint nobody has', async () => {
    const r = await client.cl<{ name: string }>('media', '/endpoints/4242/calls', { body: { to: '1002' } });
    assert.equal(r.status, 404);
    assert.equal(r.json.name, 'NotFound');
    assert.equal((await client.cl('media', '/endpoints/1001/calls/no-such-call')).status, 404);
  });

  it("answers 409 when the caller's line is out of service", async () => {
    const r = await client.cl<{ name: string; message: string }>('media', '/endpoints/1003/calls', {
      body: { to: '1001' },
    });
    assert.equal(r.status, 409);
    assert.equal(r.json.name, 'Conflict');
  });

  it('does not show another endpoint’s call under this endpoint', async () => {
    const placed = await client.cl<CallWire>('media', '/endpoints/1001/calls', { body: { to: '1002' } });
    assert.equal((await client.cl('media', `/endpoints/1002/calls/${placed.json.callId}`)).status, 404);
    clock += 20_000;
  });
});

describe('CloudLink simulator: click-to-call in real time', () => {
  let sims: Simulators;

  before(async () => {
    sims = await startSimulators(sampleTenant(), {
      callProgress: { ringMs: 10, answerMs: 40, talkMs: 1000 },
    });
  });
  after(async () => {
    await sims.close();
  });

  it('connects on its own after answerMs', async () => {
    const client = new SimClient(sims);
    const placed = await client.cl<CallWire>('media', '/endpoints/1002/calls', {
      body: { to: '+33123451001' },
    });
    assert.equal(
      (await client.cl<CallWire>('media', `/endpoints/1002/calls/${placed.json.callId}`)).json.state,
      'ringing',
    );
    await new Promise((resolve) => setTimeout(resolve, 60));
    const now = await client.cl<CallWire>('media', `/endpoints/1002/calls/${placed.json.callId}`);
    assert.equal(now.json.state, 'connected');
  });
});
