import assert from 'node:assert/strict';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness, cardText, executeActions } from '../support/bot-harness';

const tenant: TenantFile = {
  organization: { name: 'Acme', timeZone: 'Europe/Paris' },
  pbx: { type: 'MiVoice 5000' },
  people: [
    { id: 'admin', name: 'Ada Admin', email: 'ada@acme.fr', cloudlinkRole: 'CTI', admin: true, synced: true },
    { id: 'eve', name: 'Eve Leroy', email: 'eve@acme.fr', cloudlinkRole: 'CTI', synced: true },
    {
      id: 'hugo',
      name: 'Hugo Secret',
      email: 'hugo@acme.fr',
      upn: 'hugo.s@acme.onmicrosoft.com',
      cloudlinkRole: 'CTI',
    },
  ],
  presenceIntegration: {
    appRegistered: true,
    permissionsGranted: true,
    adminConsent: true,
    clientSecretExpires: 'P100D',
    teamsIntegrationAdded: true,
    presenceSyncEnabled: true,
  },
  connector: {
    licensesTotal: 10,
    syncMode: 'manual',
    manualMappings: [{ upn: 'ada@acme.fr', email: 'ada@acme.fr' }],
  },
};

const REFUSED = /This is for administrators\nOnly the bot’s administrators can see this/;

describe('sync status is for admins only, over HTTP', () => {
  let h: BotHarness;
  before(async () => {
    h = await BotHarness.start({ tenant });
  });
  after(async () => {
    await h.close();
  });

  const cases: Array<[string, string, RegExp]> = [
    ['en-US', 'sync status', REFUSED],
    ['fr-FR', 'état de la synchronisation', /Réservé aux administrateurs\nSeuls les administrateurs du bot/],
    ['pt-BR', 'status da sincronização', /administradores/],
  ];
  for (const [locale, text, refusal] of cases) {
    it(`tells a user who is not an admin that they are not allowed, and shows nothing (${locale})`, async () => {
      const card = await h.sayCard('29:eve', text, { locale });
      const shown = cardText(card);
      assert.match(shown, refusal);
      assert.doesNotMatch(shown, /Hugo|hugo|Licen|licen|CloudLink|PBX|PABX/);
      assert.deepEqual(executeActions(card), []);
    });
  }

  it('refuses "health" from someone the bot does not know, with no status', async () => {
    h.channel.addMember({ id: '29:stranger', name: 'Stranger', userPrincipalName: 'stranger@elsewhere.com' });
    const card = await h.sayCard('29:stranger', 'health');
    assert.doesNotMatch(cardText(card), /Licences|Hugo/);
  });

  it('refuses every admin verb invoked by hand by a non-admin, and nothing changes', async () => {
    // An open report to try to read and resolve.
    const form = await h.sayCard('29:eve', 'report a problem');
    const submit = executeActions(form)[0]!;
    const filed = await h.click('29:eve', submit.verb, {
      ...submit.data,
      category: 'other',
      details: 'private words',
    });
    const reference = /PR-[2-9A-Z]+/.exec(cardText(filed))![0];

    // The real ids of a person the admin could map.
    const status = await h.sayCard('29:admin', 'sync status');
    const map = executeActions(status).find((a) => a.verb === 'admin.sync.map')!;
    const identityMap = h.bot.services.identityMap;
    const before = await identityMap.read();

    const crafted: Array<[string, Record<string, unknown>]> = [
      ['admin.sync.now', { nonce: 'crafted-1' }],
      ['admin.sync.refresh', {}],
      ['admin.sync.people', { page: 0 }],
      ['admin.sync.map', { ...map.data, nonce: 'crafted-2' }],
      ['admin.sync.mappings', { page: 0 }],
      ['admin.sync.export', { page: 0 }],
      ['admin.sync.unmap', { upn: 'a@b.c', email: 'd@e.f', nonce: 'crafted-3', page: 0 }],
      ['admin.sync.import', { nonce: 'crafted-4', csv: 'Teams UPN,Phone system e-mail\nx@y.z,w@y.z' }],
      ['admin.report.open', { id: reference }],
      ['admin.report.resolve', { id: reference }],
    ];
    for (const [verb, data] of crafted) {
      const answer = await h.click('29:eve', verb, data);
      const text = cardText(answer);
      assert.match(text, REFUSED, verb);
      assert.doesNotMatch(text, /Hugo|private words|PR-/, verb);
    }
    assert.deepEqual(await identityMap.read(), before, 'neither a sync nor a mapping change was recorded');
    const view = await h.click('29:admin', 'admin.report.open', { id: reference });
    assert.match(cardText(view), /\nOpen\n/);
  });
});
