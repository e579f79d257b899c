import assert from 'node:assert/strict';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness, executeActions } from '../support/bot-harness';
import { check, summary } from './admin-helpers';

const ADMIN = '29:admin';
const ADMIN_TWO = '29:admin2';

function tenant(): TenantFile {
  return {
    organization: { name: 'Acme', timeZone: 'Europe/Paris' },
    pbx: { type: 'MiVoice 5000', gateway: { status: 'online', lastSeen: '-PT2M' } },
    people: [
      {
        id: 'admin',
        name: 'Ada Admin',
        email: 'ada@acme.fr',
        extension: '101',
        cloudlinkRole: 'CTI',
        admin: true,
        synced: true,
      },
      {
        id: 'admin2',
        name: 'Abel Admin',
        email: 'abel@acme.fr',
        extension: '102',
        cloudlinkRole: 'CTI',
        admin: true,
        synced: true,
      },
      { id: 'bea', name: 'Béa Nova', email: 'bea@acme.fr', extension: '103', cloudlinkRole: 'CTI' },
    ],
    presenceIntegration: {
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: true,
      clientSecretExpires: 'P200D',
      teamsIntegrationAdded: true,
      presenceSyncEnabled: true,
    },
    connector: { licensesTotal: 10, syncMode: 'automatic', lastSync: { at: '-PT1H', status: 'succeeded' } },
  };
}

describe('sync status: one reading of the sources shared for a few seconds', () => {
  let h: BotHarness;
  const upstream = (): number =>
    h.bot.simulators!.state.requestCounts.count('cloudlink', /\/admin\//) +
    h.bot.simulators!.state.requestCounts.count('graph', /users|applications|servicePrincipals/);

  beforeEach(async () => {
    h = await BotHarness.start({ tenant: tenant() });
  });
  afterEach(async () => {
    await h.close();
  });

  it('answers a second ask, by the same or another admin, from the same reading without asking CloudLink or Graph again', async () => {
    const first = await h.sayCard(ADMIN, 'sync status');
    h.bot.simulators!.state.requestCounts.reset();
    const second = await h.sayCard(ADMIN_TWO, 'état de la synchronisation', { locale: 'fr-FR' });
    assert.equal(upstream(), 0);
    assert.match(summary(second), /^\S/);
    for (const id of ['gateway', 'pending', 'appRegistered', 'teamsIntegration'])
      assert.equal(check(second, id).level, check(first, id).level, id);
  });

  it('reads every source again when Refresh is clicked, and shows what changed meanwhile', async () => {
    await h.sayCard(ADMIN, 'sync status');
    h.bot.simulators!.state.gateway.status = 'offline';
    h.bot.simulators!.state.requestCounts.reset();
    const refreshed = await h.click(ADMIN, 'admin.sync.refresh', {});
    assert.ok(upstream() > 0);
    assert.equal(check(refreshed, 'gateway').level, 'error');
    // The fresh reading now answers a typed ask.
    assert.equal(check(await h.sayCard(ADMIN, 'sync status'), 'gateway').level, 'error');
  });

  it('never answers from a reading older than SYNC_STATUS_MAX_AGE_SECONDS', async () => {
    await h.close();
    h = await BotHarness.start({ tenant: tenant(), env: { SYNC_STATUS_MAX_AGE_SECONDS: '0' } });
    await h.sayCard(ADMIN, 'sync status');
    h.bot.simulators!.state.requestCounts.reset();
    await h.sayCard(ADMIN, 'sync status');
    assert.ok(upstream() > 0);
  });

  it('after Sync now, the next typed ask shows the state after the sync, not the reading before it', async () => {
    const card = await h.sayCard(ADMIN, 'sync status');
    assert.equal(check(card, 'pending').level, 'warning');
    const syncNow = executeActions(card).find((a) => a.verb === 'admin.sync.now')!;
    await h.click(ADMIN, syncNow.verb, syncNow.data);
    const after = await h.sayCard(ADMIN, 'sync status');
    assert.equal(check(after, 'pending').level, 'ok');
  });

  it('does not keep a reading in which a source failed: the next ask tries it again', async () => {
    h.bot.simulators!.faults.set('graph', { status: 400, match: /\/subscribedSkus/ });
    const failed = await h.sayCard(ADMIN, 'sync status');
    h.bot.simulators!.faults.clear();
    assert.match(check(failed, 'licences').text, /could not be checked/);
    assert.equal(check(await h.sayCard(ADMIN, 'sync status'), 'licences').level, 'ok');
  });
});
