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
      `/calls/records${q({ $filter: principal('p-helene'), $top: 7 })}`,
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

  it('writes records as Mitel documents call objects: numbers in from/to, booleans in *NumberE164, no owner field', async () => {
    const r = await records(principal('p-helene'), { $top: 2 });
    const [outbound, inbound] = r.json._embedded.items;
    assert.deepEqual(outbound, {
      callId: 'c-0',
      from: '+33123451001',
      fromNumberE164: true,
      fromName: "Hélène D'Almeida-Ferreira",
      fromPrincipalId: 'p-helene',
      to: '1002',
      toNumberE164: false,
      toName: 'João Conceição',
      toPrincipalId: 'p-joao',
      direction: 'outbound',
      state: 'completed',
      createdOn: '2026-11-23T08:50:00.000Z',
      endTime: '2026-11-23T08:51:00.000Z',
      completed: true,
      ringTime: 0,
      billingTime: 60,
    });
    assert.equal(inbound?.direction, 'inbound');
    assert.equal(inbound?.to, '+33123451001');
    assert.equal(inbound?.from, '+33612345001');
    assert.equal(inbound?.fromNumberE164, true);
    assert.equal(inbound?.fromName, 'Peer 1');
    assert.equal(inbound?.completed, false);
    assert.equal(inbound?.state, 'completed');
    assert.equal(inbound?.cause, 'callNotAnswer');
    assert.equal(inbound?.billingTime, 0);
  });

  it("filters on direction, the generic filter Mitel's spec gives as an example", async () => {
    const r = await records(`${principal('p-helene')} and direction eq 'outbound'`);
    assert.equal(r.json.count, 10);
    assert.ok(r.json._embedded.items.every((x) => x.direction === 'outbound'));
  });

  it('skips with $skip and takes $top, newest first', async () => {
    const r = await records(principal('p-helene'), { $top: 2, $skip: 1 });
    assert.deepEqual(
      r.json._embedded.items.map((x) => x.callId),
      ['c-1', 'c-2'],
    );
    assert.equal(r.json.count, 30);
  });

  it('answers 400 without a principal, for an undocumented clause or an undocumented query option', async () => {
    assert.equal((await records("direction eq 'inbound'")).status, 400);
    assert.equal((await client.cl('media', '/calls/records')).status, 400);
    assert.equal((await records(`${principal('p-helene')} and duration gt 5`)).status, 400);
    assert.equal((await records(`${principal('p-helene')} and completed eq false`)).status, 400);
    assert.equal(
      (await records(`${principal('p-helene')} and createdOn ge 2026-11-23T04:00:00Z`)).status,
      400,
    );
    assert.equal(
      (await records(`${principal('p-helene')} and contains(toNumberE164,'+33123451002')`)).status,
      400,
    );
    assert.equal((await records(principal('p-helene'), { $orderby: 'createdOn desc' })).status, 400);
    assert.equal((await records(principal('p-helene'), { $search: 'x' })).status, 400);
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
        `/calls/records${q({ $filter: `contains(principal,'p${i}') and direction eq 'inbound'`, $top: 10, $skip: 10 })}`,
      );
      assert.equal(r.status, 200);
      if (r.json.count > 20) served++;
      assert.equal(r.json._embedded.items.length, Math.min(10, Math.max(0, r.json.count - 10)));
      assert.ok(r.json._embedded.items.every((x) => x.direction === 'inbound'));
    }
    const elapsed = Date.now() - started;
    assert.ok(served > 0);
    assert.ok(elapsed < 1000, `18 pages took ${elapsed} ms`);
  });
});
