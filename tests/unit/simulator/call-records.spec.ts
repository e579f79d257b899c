import assert from 'node:assert/strict';
import type { CallRecordWire } from '../../../bot/simulator/call-log';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { largeTenant, sampleTenant } from './fixtures';
import { q, SimClient, type Collection } from './http';

const principal = (id: string): string => `contains(principal,'${id}')`;

describe('CloudLink simulator: call records', () => {
  let sims: Simulators;
  let client: SimClient;
  const records = (
    filter: string,
    extra: Record<string, string | number> = {},
  ): Promise<{ status: number; json: Collection<CallRecordWire> }> =>
    client.cl<Collection<CallRecordWire>>('media', `/calls/records${q({ $filter: filter, ...extra })}`);

  before(async () => {
    sims = await startSimulators(sampleTenant());
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('lists the owner’s records newest first, a page at a time, with count and _links.next', async () => {
    const ids: string[] = [];
    let url: string | undefined = client.cloudlinkUrl(
      'media',
      `/calls/records${q({ $filter: principal('p-helene'), $top: 7, $orderby: 'createdOn desc' })}`,
    );
    let pages = 0;
    while (url) {
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${await client.cloudlinkToken()}`, 'x-mitel-app': 't' },
      });
      const body = (await res.json()) as Collection<CallRecordWire>;
      assert.equal(body.count, 30);
      ids.push(...body._embedded.items.map((r) => r.callId));
      url = body._links.next;
      pages++;
    }
    assert.equal(pages, 5);
    assert.deepEqual(
      ids,
      Array.from({ length: 30 }, (_, i) => `c-${i}`),
    );
  });

  it('writes records in the wire shape: owner as principal, the owner on the "to" side of an inbound call', async () => {
    const r = await records(principal('p-helene'), { $top: 2 });
    const [outbound, inbound] = r.json._embedded.items;
    assert.deepEqual(outbound, {
      callId: 'c-0',
      principal: 'p-helene',
      from: '1001',
      fromName: "Hélène D'Almeida-Ferreira",
      fromNumberE164: '+33123451001',
      to: '1002',
      toName: 'João Conceição',
      toNumberE164: '+33123451002',
      direction: 'outbound',
      state: 'disconnected',
      cause: 'NORMAL_CLEARING',
      createdOn: '2026-11-23T08:50:00.000Z',
      endTime: '2026-11-23T08:51:00.000Z',
      completed: true,
      ringTime: 0,
      billingTime: 60,
    });
    assert.equal(inbound?.direction, 'inbound');
    assert.equal(inbound?.to, '1001');
    assert.equal(inbound?.from, '+33612345001');
    assert.equal(inbound?.fromName, 'Peer 1');
    assert.equal(inbound?.completed, false);
    assert.equal(inbound?.cause, 'NO_ANSWER');
    assert.equal(inbound?.billingTime, 0);
  });

  it('filters on direction', async () => {
    const r = await records(`${principal('p-helene')} and direction eq 'outbound'`);
    assert.equal(r.json.count, 10);
    assert.ok(r.json._embedded.items.every((x) => x.direction === 'outbound'));
  });

  it('filters on completed (missed calls are inbound and not completed)', async () => {
    const missed = await records(
      `${principal('p-helene')} and direction eq 'inbound' and completed eq false`,
    );
    assert.deepEqual(
      missed.json._embedded.items.map((x) => x.callId),
      ['c-1', 'c-5', 'c-13', 'c-17', 'c-25', 'c-29'],
    );
    const answered = await records(`${principal('p-helene')} and completed eq true`);
    assert.equal(answered.json.count, 22);
  });

  it('filters on createdOn ge and lt', async () => {
    const since = await records(`${principal('p-helene')} and createdOn ge 2026-11-23T04:00:00Z`);
    assert.equal(since.json.count, 5);
    const before = await records(`${principal('p-helene')} and createdOn lt 2026-11-23T04:00:00Z`);
    assert.equal(before.json.count, 25);
    const window = await records(
      `${principal('p-helene')} and createdOn ge 2026-11-23T04:00:00Z and createdOn lt 2026-11-23T07:00:00Z`,
    );
    assert.deepEqual(
      window.json._embedded.items.map((x) => x.callId),
      ['c-2', 'c-3', 'c-4'],
    );
  });

  it('filters on a part of the from and to numbers (a + stays a plus)', async () => {
    const to = await records(`${principal('p-helene')} and contains(toNumberE164,'+33123451002')`);
    assert.deepEqual(
      to.json._embedded.items.map((x) => x.callId),
      ['c-0', 'c-15'],
    );
    const from = await records(`${principal('p-helene')} and contains(fromNumberE164,'451002')`);
    assert.deepEqual(
      from.json._embedded.items.map((x) => x.callId),
      ['c-5', 'c-10', 'c-20', 'c-25'],
    );
  });

  it('orders oldest first on $orderby=createdOn asc and skips with $skip', async () => {
    const r = await records(principal('p-helene'), { $orderby: 'createdOn asc', $top: 2, $skip: 1 });
    assert.deepEqual(
      r.json._embedded.items.map((x) => x.callId),
      ['c-28', 'c-27'],
    );
    assert.equal(r.json.count, 30);
  });

  it('answers 400 without a principal, for an unknown clause or another $orderby', async () => {
    assert.equal((await records("direction eq 'inbound'")).status, 400);
    assert.equal((await client.cl('media', '/calls/records')).status, 400);
    assert.equal((await records(`${principal('p-helene')} and duration gt 5`)).status, 400);
    assert.equal((await records(principal('p-helene'), { $orderby: 'billingTime desc' })).status, 400);
    assert.equal((await records(principal('p-helene'), { $top: 'ten' })).status, 400);
  });

  it('keeps no call log for a person without a CloudLink role', async () => {
    assert.equal((await records(principal('p-norole'))).json.count, 0);
    assert.equal((await records(principal('p-joao'))).json.count, 1);
  });
});

describe('CloudLink simulator: 100,000 call records', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    sims = await startSimulators(largeTenant(5000, 100_000));
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('answers a filtered page of one owner in a few milliseconds', async () => {
    await client.cloudlinkToken();
    const started = Date.now();
    let served = 0;
    for (let i = 0; i < 20; i++) {
      if (i % 10 === 9) continue; // not in CloudLink in largeTenant
      const r = await client.cl<Collection<CallRecordWire>>(
        'media',
        `/calls/records${q({ $filter: `contains(principal,'p${i}') and direction eq 'inbound' and completed eq false`, $top: 10, $skip: 10 })}`,
      );
      assert.equal(r.status, 200);
      if (r.json.count > 20) served++;
      assert.equal(r.json._embedded.items.length, Math.min(10, Math.max(0, r.json.count - 10)));
      assert.ok(
        r.json._embedded.items.every(
          (x) => x.principal === `p${i}` && !x.completed && x.direction === 'inbound',
        ),
      );
    }
    const elapsed = Date.now() - started;
    assert.ok(served > 0);
    assert.ok(elapsed < 1000, `18 pages took ${elapsed} ms`);
  });
});
