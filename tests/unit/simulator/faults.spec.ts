import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { ARRIVALS_KEPT, RequestCounts } from '../../../bot/simulator/request-counts';
import { sampleTenant } from './fixtures';
import { SimClient } from './http';

describe('simulator fault injection and request counts', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    sims = await startSimulators(sampleTenant(), { cronofyRequestsPerSecond: 10_000 });
    client = new SimClient(sims);
    await Promise.all([client.cloudlinkToken(), client.cronofyToken(), client.graphToken()]);
  });
  afterEach(() => {
    sims.faults.clear();
  });
  after(async () => {
    await sims.close();
  });

  it('answers the injected status in the system’s error shape, `times` times, then normally', async () => {
    sims.faults.set('cloudlink', { status: 503, times: 2 });
    for (let i = 0; i < 2; i++) {
      const r = await client.cl<{ name: string; message: string }>('admin', '/users');
      assert.equal(r.status, 503);
      assert.equal(r.json.name, 'ServiceUnavailable');
      assert.ok(r.headers.get('x-mitel-correlation-id'));
    }
    assert.equal((await client.cl('admin', '/users')).status, 200);
    assert.equal(sims.faults.active('cloudlink'), false);
  });

  it('sends Retry-After in seconds or as an HTTP date', async () => {
    sims.faults.set('graph', { status: 429, retryAfter: '2', times: 1 });
    const seconds = await client.gr<{ error: { code: string } }>('/users');
    assert.equal(seconds.status, 429);
    assert.equal(seconds.headers.get('retry-after'), '2');
    assert.equal(seconds.json.error.code, 'TooManyRequests');
    const date = new Date(Date.now() + 3000).toUTCString();
    sims.faults.set('cronofy', { retryAfter: date, times: 1 });
    const dated = await client.cr('/v1/resources');
    assert.equal(dated.status, 429);
    assert.equal(dated.headers.get('retry-after'), date);
  });

  it('answers 200 with a body that is not JSON for garbage', async () => {
    sims.faults.set('cronofy', { garbage: true, times: 1 });
    const res = await fetch(`${sims.cronofy.baseUrl}/v1/resources`, {
      headers: { authorization: `Bearer ${await client.cronofyToken()}` },
    });
    assert.equal(res.status, 200);
    const text = await res.text();
    assert.throws(() => JSON.parse(text) as unknown, SyntaxError);
  });

  it('answers 200 with a well-formed JSON body of the wrong shape', async () => {
    sims.faults.set('graph', { body: { unexpected: ['shape'] }, times: 1 });
    const wrong = await client.gr<Record<string, unknown>>('/users');
    assert.equal(wrong.status, 200);
    assert.deepEqual(wrong.json, { unexpected: ['shape'] });
    assert.ok(wrong.headers.get('request-id'), 'the system’s headers are still sent');
    const normal = await client.gr<{ value: unknown[] }>('/users');
    assert.ok(Array.isArray(normal.json.value));
  });

  it('drops the connection without answering for reset, then answers normally', async () => {
    sims.state.requestCounts.reset();
    sims.faults.set('cloudlink', { reset: true, times: 1 });
    await assert.rejects(client.cl('admin', '/users'), TypeError);
    assert.equal(sims.state.requestCounts.count('cloudlink', '/admin/2017-09-01/users'), 1);
    assert.equal((await client.cl('admin', '/users')).status, 200);
  });

  it('refuses a fault that gives several answers at once', () => {
    assert.throws(() => sims.faults.set('graph', { garbage: true, reset: true }), /one/);
    assert.throws(() => sims.faults.set('graph', { garbage: true, body: {} }), /one/);
  });

  it('refuses connections to a system taken down, and serves it again with its state once brought up', async () => {
    const before = (await client.cr<{ resources: unknown[] }>('/v1/resources')).json.resources.length;
    await sims.takeDown('cronofy');
    try {
      await assert.rejects(client.cr('/v1/resources'), (error: unknown) => {
        assert.equal(((error as Error).cause as { code?: string } | undefined)?.code, 'ECONNREFUSED');
        return true;
      });
      // The other systems are not affected.
      assert.equal((await client.gr('/users')).status, 200);
      await sims.takeDown('cronofy');
    } finally {
      await sims.bringUp('cronofy');
    }
    await sims.bringUp('cronofy');
    const after = await client.cr<{ resources: unknown[] }>('/v1/resources');
    assert.equal(after.status, 200, 'the token issued before is still good');
    assert.equal(after.json.resources.length, before);
  });

  it('records when requests arrived, oldest first', async () => {
    sims.state.requestCounts.reset();
    const start = Date.now();
    await client.gr('/users');
    await new Promise((resolve) => setTimeout(resolve, 30));
    await client.gr('/users');
    await client.cl('admin', '/users');
    const counts = sims.state.requestCounts;
    const arrivals = counts.arrivals('graph', 'GET /v1.0/users');
    assert.equal(arrivals.length, 2);
    assert.ok(arrivals[0]! >= start && arrivals[1]! - arrivals[0]! >= 25, JSON.stringify(arrivals));
    assert.equal(counts.arrivals('cloudlink').length, 1);
    assert.deepEqual(counts.arrivals('cronofy'), []);
  });

  it('keeps only the latest arrivals', () => {
    const counts = new RequestCounts();
    for (let i = 0; i < ARRIVALS_KEPT + 5; i++) counts.record('graph', 'GET', '/v1.0/users', i);
    const arrivals = counts.arrivals('graph');
    assert.equal(arrivals.length, ARRIVALS_KEPT);
    assert.equal(arrivals[0], 5);
    assert.equal(counts.count('graph'), ARRIVALS_KEPT + 5, 'the counts still count everything');
  });

  it('delays the answer by delayMs, then answers normally', async () => {
    sims.faults.set('graph', { delayMs: 150, times: 1 });
    const started = Date.now();
    const r = await client.gr('/users');
    assert.equal(r.status, 200);
    assert.ok(Date.now() - started >= 140, `answered after ${Date.now() - started} ms`);
  });

  it('keeps serving after a client gave up waiting on a delayed answer', async () => {
    sims.faults.set('graph', { delayMs: 200, times: 1 });
    const aborted = fetch(`${sims.graph.baseUrl}/users`, {
      headers: { authorization: `Bearer ${await client.graphToken()}` },
      signal: AbortSignal.timeout(30),
    });
    await assert.rejects(aborted);
    await new Promise((resolve) => setTimeout(resolve, 250));
    assert.equal((await client.gr('/users')).status, 200);
  });

  it('applies only to requests whose path and query match', async () => {
    sims.faults.set('cloudlink', { status: 500, match: /\/calls\/records/ });
    assert.equal((await client.cl('admin', '/users')).status, 200);
    assert.equal(
      (await client.cl('media', "/calls/records?$filter=contains(principal,'p-helene')")).status,
      500,
    );
    assert.equal(
      (await client.cl('media', "/calls/records?$filter=contains(principal,'p-joao')")).status,
      500,
    );
  });

  it('can fail the token endpoint too', async () => {
    sims.faults.set('graph', { status: 500, match: /oauth2/, times: 1 });
    const fresh = new SimClient(sims);
    await assert.rejects(fresh.graphToken(), /graph token: 500/);
    assert.match(await fresh.graphToken(), /.+/);
  });

  it('refuses a fault for an unknown system or with times below 1', () => {
    assert.throws(() => sims.faults.set('teams' as 'graph', { status: 500 }));
    assert.throws(() => sims.faults.set('graph', { status: 500, times: 0 }));
  });

  it('counts requests per system and per path', async () => {
    sims.state.requestCounts.reset();
    await client.cl('admin', '/users');
    await client.cl('admin', '/users');
    await client.cl('media', '/endpoints/1001');
    await client.gr('/users');
    const counts = sims.state.requestCounts;
    assert.equal(counts.count('cloudlink'), 3);
    assert.equal(counts.count('cloudlink', '/admin/2017-09-01/users'), 2);
    assert.equal(counts.count('cloudlink', 'GET /media/2017-09-01/endpoints/1001'), 1);
    assert.equal(counts.count('cloudlink', /endpoints/), 1);
    assert.equal(counts.count('graph'), 1);
    assert.equal(counts.count('cronofy'), 0);
    assert.deepEqual(counts.byPath('cloudlink'), {
      'GET /admin/2017-09-01/users': 2,
      'GET /media/2017-09-01/endpoints/1001': 1,
    });
  });

  it('counts the requests a fault answered', async () => {
    sims.state.requestCounts.reset();
    sims.faults.set('cronofy', { status: 502, times: 1 });
    await client.cr('/v1/resources');
    await client.cr('/v1/resources');
    assert.equal(sims.state.requestCounts.count('cronofy', 'GET /v1/resources'), 2);
  });
});
