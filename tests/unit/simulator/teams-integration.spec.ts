import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import type { Tenant } from '../../../bot/tenant/types';
import { LOADED_AT, sampleTenant } from './fixtures';
import { SimClient } from './http';

interface Integration {
  enabled: boolean;
  presenceSync: boolean;
  userSync: {
    licensesTotal: number;
    syncMode: string;
    manualMappings: Array<{ upn: string; email: string }>;
    lastSync: {
      at: string | null;
      status: string | null;
      failures: Array<{ email: string; reason: string }>;
    };
    synced: string[];
  };
}

interface SyncAnswer {
  at: string;
  status: string;
  failures: Array<{ email: string; reason: string }>;
}

async function withSims(
  tenant: Tenant,
  run: (sims: Simulators, client: SimClient, path: string) => Promise<void>,
): Promise<void> {
  const sims = await startSimulators(tenant, { now: () => LOADED_AT.getTime() + 60_000 });
  try {
    await run(sims, new SimClient(sims), `/accounts/${sims.cloudlink.accountId}/integrations/msteams`);
  } finally {
    await sims.close();
  }
}

describe('CloudLink simulator: Teams integration and user sync', () => {
  it('describes the integration: presence switch, licences, mode, last sync and who is synced', async () => {
    await withSims(sampleTenant(), async (_sims, client, path) => {
      const r = await client.cl<Integration>('admin', path);
      assert.equal(r.status, 200);
      assert.deepEqual(r.json, {
        enabled: true,
        presenceSync: true,
        userSync: {
          licensesTotal: 10,
          syncMode: 'automatic',
          manualMappings: [],
          lastSync: { at: '2026-11-23T08:00:00.000Z', status: 'succeeded', failures: [] },
          synced: ["Helene.D'Almeida@acme.fr", 'joao@acme.fr', 'gaston@acme.fr'],
        },
      });
    });
  });

  it('answers 404 when the Teams integration was never added, and for another account', async () => {
    const tenant = sampleTenant();
    tenant.presenceIntegration = { ...tenant.presenceIntegration, teamsIntegrationAdded: false };
    await withSims(tenant, async (_sims, client, path) => {
      assert.equal((await client.cl('admin', path)).status, 404);
      assert.equal((await client.cl('admin', `${path}/sync`, { method: 'POST' })).status, 404);
    });
    await withSims(sampleTenant(), async (_sims, client) => {
      assert.equal((await client.cl('admin', '/accounts/other/integrations/msteams')).status, 404);
    });
  });

  it('reports the presence switch as the tenant sets it', async () => {
    const tenant = sampleTenant();
    tenant.presenceIntegration = { ...tenant.presenceIntegration, presenceSyncEnabled: false };
    await withSims(tenant, async (_sims, client, path) => {
      assert.equal((await client.cl<Integration>('admin', path)).json.presenceSync, false);
    });
  });

  it('adds a manual mapping once: 201 the first time, 200 for the same pair again in any case', async () => {
    await withSims(sampleTenant(), async (_sims, client, path) => {
      const mapping = { upn: 'joao.conceicao@acme.onmicrosoft.com', email: 'joao@acme.fr' };
      const first = await client.cl<{ upn: string; email: string }>('admin', `${path}/mappings`, {
        body: mapping,
      });
      assert.equal(first.status, 201);
      assert.deepEqual(first.json, mapping);
      const again = await client.cl('admin', `${path}/mappings`, {
        body: { upn: mapping.upn.toUpperCase(), email: mapping.email },
      });
      assert.equal(again.status, 200);
      const r = await client.cl<Integration>('admin', path);
      assert.deepEqual(r.json.userSync.manualMappings, [mapping]);
      assert.equal((await client.cl('admin', `${path}/mappings`, { body: { upn: 'nobody' } })).status, 400);
    });
  });

  it('syncs matching people, removes those who no longer match, and fails those without a Teams Phone licence', async () => {
    await withSims(sampleTenant(), async (sims, client, path) => {
      const r = await client.cl<SyncAnswer>('admin', `${path}/sync`, { method: 'POST' });
      assert.equal(r.status, 200);
      assert.equal(r.json.at, '2026-11-23T09:01:00.000Z');
      assert.equal(r.json.status, 'failed');
      assert.deepEqual(
        r.json.failures.map((f) => f.email),
        ['lucia@acme.fr'],
      );
      assert.match(r.json.failures[0]?.reason ?? '', /Teams Phone/);
      const after = await client.cl<Integration>('admin', path);
      assert.deepEqual(after.json.userSync.synced, [
        "Helene.D'Almeida@acme.fr",
        'olivier@acme.fr',
        'nora@acme.fr',
      ]);
      assert.deepEqual(after.json.userSync.lastSync, {
        at: r.json.at,
        status: 'failed',
        failures: r.json.failures,
      });
      assert.equal(sims.state.syncRuns.length, 1);
      assert.deepEqual(sims.state.syncRuns[0]?.removed, ['joao@acme.fr', 'gaston@acme.fr']);
      assert.deepEqual(sims.state.syncRuns[0]?.added, ['olivier@acme.fr', 'nora@acme.fr']);
    });
  });

  it('adds nobody beyond the licences and says why in lastSync.failures', async () => {
    const tenant = sampleTenant();
    tenant.connector = { ...tenant.connector, licensesTotal: 2 };
    await withSims(tenant, async (_sims, client, path) => {
      const r = await client.cl<SyncAnswer>('admin', `${path}/sync`, { method: 'POST' });
      assert.deepEqual(r.json.failures.map((f) => f.email).sort(), ['lucia@acme.fr', 'nora@acme.fr']);
      assert.match(r.json.failures.find((f) => f.email === 'nora@acme.fr')?.reason ?? '', /licence/);
      const after = await client.cl<Integration>('admin', path);
      assert.deepEqual(after.json.userSync.synced, ["Helene.D'Almeida@acme.fr", 'olivier@acme.fr']);
    });
  });

  it('in manual mode, syncs exactly the mapped pairs', async () => {
    const tenant = sampleTenant();
    tenant.connector = { ...tenant.connector, syncMode: 'manual' };
    await withSims(tenant, async (_sims, client, path) => {
      await client.cl('admin', `${path}/mappings`, {
        body: { upn: 'joao.conceicao@acme.onmicrosoft.com', email: 'JOAO@acme.fr' },
      });
      const r = await client.cl<SyncAnswer>('admin', `${path}/sync`, { method: 'POST' });
      assert.equal(r.json.status, 'succeeded');
      const after = await client.cl<Integration>('admin', path);
      assert.deepEqual(after.json.userSync.synced, ['joao@acme.fr']);
    });
  });

  it('a second sync right after the first changes nothing', async () => {
    const tenant = sampleTenant();
    tenant.people = tenant.people.filter((p) => p.id !== 'p-nolicence');
    await withSims(tenant, async (sims, client, path) => {
      await client.cl('admin', `${path}/sync`, { method: 'POST' });
      const second = await client.cl<SyncAnswer>('admin', `${path}/sync`, { method: 'POST' });
      assert.equal(second.json.status, 'succeeded');
      assert.deepEqual(sims.state.syncRuns[1]?.added, []);
      assert.deepEqual(sims.state.syncRuns[1]?.removed, []);
    });
  });
});
