import assert from 'node:assert/strict';
import type { CloudLinkUserWire } from '../../../bot/simulator/cloudlink-wire';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { conformsToCloudLink } from '../../support/cloudlink-schemas';
import { largeTenant, sampleTenant } from './fixtures';
import { q, SimClient, type Collection } from './http';

interface Endpoint {
  endpointId: string;
  state: string;
  userAvailability: string;
  dnd: boolean;
  presence: { pbxUser?: string; mitelOne?: string };
}

describe('CloudLink simulator: directory, account, gateway and endpoints', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    sims = await startSimulators(sampleTenant());
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('lists only the people in CloudLink, a page at a time, following _links.next', async () => {
    const seen: CloudLinkUserWire[] = [];
    let url: string | undefined = client.cloudlinkUrl('admin', `/users${q({ $top: 3 })}`);
    let pages = 0;
    while (url) {
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${await client.cloudlinkToken()}`, 'x-mitel-app': 't' },
      });
      const body = (await res.json()) as Collection<CloudLinkUserWire>;
      assert.equal(body.count, 7);
      assert.ok(body._embedded.items.length <= 3);
      seen.push(...body._embedded.items);
      url = body._links.next;
      pages++;
    }
    assert.equal(pages, 3);
    assert.deepEqual(
      seen.map((u) => u.userId),
      ['p-helene', 'p-joao', 'p-olivier', 'p-norole', 'p-pbx-only', 'p-nolicence', 'p-synced-gone'],
    );
  });

  it('answers a user in the wire shape, with role, numbers and the account id', async () => {
    const r = await client.cl<CloudLinkUserWire>('admin', '/users/p-helene');
    assert.equal(r.status, 200);
    assert.equal(r.json.userId, 'p-helene');
    assert.equal(r.json.accountId, sims.cloudlink.accountId);
    assert.equal(r.json.name, "Hélène D'Almeida-Ferreira");
    assert.equal(r.json.email, "Helene.D'Almeida@acme.fr");
    assert.equal(r.json.extension, '1001');
    assert.equal(r.json.phone, '+33123451001');
    assert.equal(r.json.mobile, '+33612341001');
    assert.equal(r.json.homePhone, '+33145671001');
    assert.equal(r.json.role, 'CTI');
    assert.ok(!Number.isNaN(Date.parse(r.json.createdOn)));
    const norole = await client.cl<CloudLinkUserWire>('admin', '/users/p-norole');
    assert.equal(norole.json.role, null);
  });

  it('answers 404 for someone who is not in CloudLink', async () => {
    const r = await client.cl<{ name: string; message: string }>('admin', '/users/p-teams-only');
    assert.equal(r.status, 404);
    assert.equal(r.json.name, 'NotFound');
  });

  it('answers 400 for an e-mail or extension filter, which CloudLink does not document on users', async () => {
    for (const filter of ["email eq 'helene.d''almeida@ACME.fr'", "extension eq '1002'"]) {
      const r = await client.cl<{ name: string; message: string }>(
        'admin',
        `/users${q({ $filter: filter })}`,
      );
      assert.equal(r.status, 400);
      assert.equal(r.json.name, 'BadRequest');
    }
  });

  it('answers 400 for any query option on users other than $top and $skip', async () => {
    const r = await client.cl<{ name: string }>('admin', `/users${q({ $orderby: 'name' })}`);
    assert.equal(r.status, 400);
    const paged = await client.cl<Collection<CloudLinkUserWire>>(
      'admin',
      `/users${q({ $top: '1', $skip: '1' })}`,
    );
    assert.equal(paged.status, 200);
    assert.equal(paged.json._embedded.items.length, 1);
  });

  it('answers 400 for a filter it does not support', async () => {
    const r = await client.cl<{ name: string }>('admin', `/users${q({ $filter: "startswith(name,'H')" })}`);
    assert.equal(r.status, 400);
    assert.equal(r.json.name, 'BadRequest');
  });

  it('tells the account, and answers 404 for a gateway status (CloudLink documents none)', async () => {
    const account = await client.cl<Record<string, string>>('admin', '/accounts/me');
    assert.deepEqual(account.json, {
      accountId: sims.cloudlink.accountId,
      name: 'Acmé & Cie',
      timeZone: 'Europe/Paris',
      azureTenantId: sims.graph.tenantId,
    });
    const gateway = await client.cl('gateway', `/accounts/${sims.cloudlink.accountId}/status`);
    assert.equal(gateway.status, 404);
  });

  it('reports the line state, the availability CloudLink derives and the raw PBX-user / Mitel One presence', async () => {
    const helene = await client.cl<Endpoint>('media', '/endpoints/1001');
    assert.deepEqual(helene.json, {
      endpointId: '1001',
      state: 'idle',
      userAvailability: 'available',
      dnd: false,
      presence: { pbxUser: 'available' },
    });
    const joao = await client.cl<Endpoint>('media', '/endpoints/1002');
    assert.equal(joao.json.state, 'connected');
    assert.equal(joao.json.userAvailability, 'busy');
  });

  it('derives do-not-disturb from an unavailable PBX user on MiVoice Office 400', async () => {
    sims.state.setPresence('p-pbx-only', { pbxUser: 'unavailable' });
    const r = await client.cl<Endpoint>('media', '/endpoints/1006');
    assert.equal(r.json.userAvailability, 'dnd');
    assert.equal(r.json.dnd, true);
    assert.equal(r.json.presence.pbxUser, 'unavailable');
  });

  it('leaves userAvailability out when the combined state has no documented value (an out-of-service line)', async () => {
    const r = await client.cl<Endpoint>('media', '/endpoints/1003');
    assert.equal(r.status, 200);
    assert.equal(r.json.state, 'outOfService');
    assert.ok(!('userAvailability' in r.json), JSON.stringify(r.json));
  });

  it('answers state unknown, in documented fields only, for a line the gateway does not monitor', async () => {
    const r = await client.cl<Endpoint>('media', '/endpoints/1004');
    assert.equal(r.status, 200);
    assert.equal(r.json.state, 'unknown');
    conformsToCloudLink('endpoint', r.json);
  });

  it('answers 404 for an unknown endpoint', async () => {
    assert.equal((await client.cl('media', '/endpoints/9999')).status, 404);
  });
});

describe('CloudLink simulator on another PBX', () => {
  it('does not count PBX-user presence outside MiVoice Office 400, but still reports it', async () => {
    const tenant = sampleTenant();
    tenant.pbx = { ...tenant.pbx, type: 'MiVoice 5000' };
    const sims = await startSimulators(tenant);
    try {
      sims.state.setPresence('p-pbx-only', { pbxUser: 'away' });
      const r = await new SimClient(sims).cl<Endpoint>('media', '/endpoints/1006');
      assert.equal(r.json.userAvailability, 'available');
      assert.equal(r.json.presence.pbxUser, 'away');
    } finally {
      await sims.close();
    }
  });
});

describe('CloudLink simulator with 5,000 people', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    sims = await startSimulators(largeTenant(5000, 0));
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('pages through all users quickly and finds one by e-mail or extension at once', async () => {
    const started = Date.now();
    let url: string | undefined = client.cloudlinkUrl('admin', `/users${q({ $top: 1000 })}`);
    let total = 0;
    while (url) {
      const res = await fetch(url, {
        headers: { authorization: `Bearer ${await client.cloudlinkToken()}`, 'x-mitel-app': 't' },
      });
      const body = (await res.json()) as Collection<CloudLinkUserWire>;
      total += body._embedded.items.length;
      url = body._links.next;
    }
    assert.equal(total, 4500);
    assert.ok(Date.now() - started < 2000, `took ${Date.now() - started} ms`);
  });
});
