import assert from 'node:assert/strict';
import type { TenantFile, TenantFilePerson } from '../../bot/tenant/types';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { banner, check, hasCheck, sectionFacts, summary } from './admin-helpers';

const DAY = 24 * 60 * 60 * 1000;
const ADMIN = '29:admin';

/**
 * The five figures, computed here from the tenant file by the contract's words alone: an address
 * matches when exactly one phone-system user and exactly one Teams user hold it (case ignored).
 */
function expectedFigures(tenant: TenantFile): Record<string, number> {
  const lower = (s: string): string => s.toLowerCase();
  const count = (addresses: string[]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const a of addresses) m.set(a, (m.get(a) ?? 0) + 1);
    return m;
  };
  const inCloudLink = count(
    tenant.people.filter((p) => p.inCloudLink !== false && p.email).map((p) => lower(p.email!)),
  );
  const inTeams = count(
    tenant.people.filter((p) => p.inTeams !== false).map((p) => lower(p.upn ?? p.email ?? '')),
  );
  const matching = [...inCloudLink].filter(([a, n]) => n === 1 && inTeams.get(a) === 1).map(([a]) => a);
  const synced = new Set(tenant.people.filter((p) => p.synced && p.email).map((p) => lower(p.email!)));
  const fresh = matching.filter((a) => !synced.has(a)).length;
  const missing = [...synced].filter((a) => !matching.includes(a)).length;
  // Teams Phone seats as Graph /subscribedSkus serves them: the tenant's licences, at least the
  // ones assigned to Teams users.
  const consumed = tenant.people.filter((p) => p.inTeams !== false && p.teamsPhoneLicense !== false).length;
  const total = Math.max(tenant.connector?.licensesTotal ?? 0, consumed);
  return {
    licensesAvailable: total - consumed,
    licensesTotal: total,
    newToSync: fresh,
    missingToRemove: missing,
    totalAfterSync: synced.size - missing + fresh,
  };
}

const FIGURE_TITLES: Record<string, Record<string, string>> = {
  'en-US': {
    licensesAvailable: 'Licences available',
    licensesTotal: 'Licences total',
    newToSync: 'New matching addresses to sync',
    missingToRemove: 'Missing addresses to remove',
    totalAfterSync: 'Total users after the sync',
  },
  'fr-FR': {
    licensesAvailable: 'Licences disponibles',
    licensesTotal: 'Total des licences',
    newToSync: 'Nouvelles adresses correspondantes à synchroniser',
    missingToRemove: 'Adresses manquantes à retirer',
    totalAfterSync: 'Total des utilisateurs après la synchronisation',
  },
  'pt-BR': {
    licensesAvailable: 'Licenças disponíveis',
    licensesTotal: 'Total de licenças',
    newToSync: 'Novos e-mails correspondentes a serem sincronizados',
    missingToRemove: 'Usuários sem e-mails a serem removidos',
    totalAfterSync: 'Total de usuários após a sincronização',
  },
};

const healthyIntegration = (): TenantFile['presenceIntegration'] => ({
  appRegistered: true,
  permissionsGranted: true,
  adminConsent: true,
  clientSecretExpires: 'P200D',
  teamsIntegrationAdded: true,
  presenceSyncEnabled: true,
});

const admin: TenantFilePerson = {
  id: 'admin',
  name: 'Ada Admin',
  email: 'ada@acme.fr',
  extension: '200',
  cloudlinkRole: 'CTI',
  admin: true,
  synced: true,
};

describe('sync status, over HTTP', () => {
  describe('the five user-sync figures', () => {
    const tenant: TenantFile = {
      organization: { name: 'Acme', timeZone: 'Europe/Paris' },
      pbx: { type: 'MiVoice 5000', gateway: { status: 'online', lastSeen: '-PT2M' } },
      people: [
        admin,
        {
          id: 'elodie',
          name: 'Élodie Mård',
          email: 'Elodie.Mard@Acme.fr',
          upn: 'elodie.mard@acme.fr',
          cloudlinkRole: 'CTI',
        },
        {
          id: 'bob',
          name: 'Bob Martin',
          email: 'bob@acme.fr',
          upn: 'bob.martin@acme.fr',
          cloudlinkRole: 'CTI',
          synced: true,
        },
        {
          id: 'chloe',
          name: 'Chloé Dupont',
          email: 'chloe@acme.fr',
          cloudlinkRole: 'CTI',
          teamsPhoneLicense: false,
        },
        {
          id: 'shared1',
          name: 'Front Desk',
          email: 'shared@acme.fr',
          cloudlinkRole: 'CTI',
          inTeams: false,
          synced: true,
        },
        { id: 'shared2', name: 'Sam Shared', email: 'shared@acme.fr', cloudlinkRole: 'CTI' },
        { id: 'teamsonly', name: 'Tess Only', upn: 'tess@acme.fr', inCloudLink: false },
        {
          id: 'clonly',
          name: 'Lobby Phone',
          email: 'lobby@acme.fr',
          cloudlinkRole: 'CTI',
          inTeams: false,
          synced: true,
        },
        { id: 'dan', name: 'Dan Roy', email: 'dan@acme.fr', cloudlinkRole: null, synced: true },
        { id: 'zoe', name: "Zoé D'Almeida-Ferreira", email: 'zoe@acme.fr', cloudlinkRole: 'CTI' },
      ],
      presenceIntegration: healthyIntegration(),
      connector: { licensesTotal: 7, syncMode: 'automatic' },
    };
    let h: BotHarness;
    before(async () => {
      h = await BotHarness.start({ tenant });
    });
    after(async () => {
      await h.close();
    });

    for (const locale of ['en-US', 'fr-FR', 'pt-BR']) {
      it(`shows exactly the figures the contract defines (${locale})`, async () => {
        const text = {
          'en-US': 'sync status',
          'fr-FR': 'état de la synchronisation',
          'pt-BR': 'status da sincronização',
        }[locale]!;
        const card = await h.sayCard(ADMIN, text, { locale });
        const facts = sectionFacts(card, 'userSync');
        const expected = expectedFigures(tenant);
        for (const [figure, title] of Object.entries(FIGURE_TITLES[locale]!)) {
          assert.equal(facts[title], String(expected[figure]), `${figure} (${title})`);
        }
        // The tenant was built so that each figure is distinct from a naive count.
        assert.deepEqual(expected, {
          licensesAvailable: 0,
          licensesTotal: 7,
          newToSync: 3,
          missingToRemove: 3,
          totalAfterSync: 5,
        });
      });
    }

    it('says the licences fall short of the new addresses, and by how many', async () => {
      const card = await h.sayCard(ADMIN, 'sync status');
      const licences = check(card, 'licences');
      assert.equal(licences.level, 'error');
      // Chloé, new to sync, holds no Teams Phone licence, and no seat is free.
      assert.match(licences.text, /1 missing \(1 needed, 0 available\)/);
    });

    it('lists who will not sync with the values involved, and counts them by reason', async () => {
      const card = await h.sayCard(ADMIN, 'sync status');
      const text = cardText(card);
      assert.match(text, /Who will not sync \(\d+\)/);
      // Both phone-system users holding shared@ and the Teams account with it.
      assert.match(check(card, 'duplicateAddress').text, /: 3$/m);
      assert.match(check(card, 'emailMismatch').text, /: 1$/m);
      assert.match(check(card, 'noCloudLinkRole').text, /: 1$/m);
      assert.match(check(card, 'noTeamsPhoneLicense').text, /: 1$/m);
      assert.equal(check(card, 'teamsOnly').level, 'info');
      assert.equal(check(card, 'cloudLinkOnly').level, 'info');
      // The first rows: the shared address, then the mismatch with both addresses.
      assert.match(text, /The address shared@acme\.fr belongs to several users, so it matches nobody/);
      const all = executeActions(card).find((a) => a.verb === 'admin.sync.people');
      assert.ok(all, 'a button to see everyone');
      const page = await h.click(ADMIN, all.verb, all.data);
      const pageText = cardText(page);
      assert.match(
        pageText,
        /Bob Martin\nCloudLink e-mail and Teams address differ\nCloudLink e-mail\nbob@acme\.fr\nTeams address \(UPN\)\nbob\.martin@acme\.fr/,
      );
      assert.match(pageText, /Change the CloudLink e-mail to bob\.martin@acme\.fr/);
      assert.match(pageText, /Dan Roy\nNo CloudLink role: the gateway does not monitor this person/);
      assert.match(pageText, /Role the PBX needs\nCTI/);
      assert.match(pageText, /Chloé Dupont\nNo Teams Phone licence in Microsoft 365/);
      assert.match(pageText, /Tess Only\nIn Teams only/);
      assert.match(pageText, /Lobby Phone\nIn the phone system only/);
    });
  });

  describe('every check turns red for its reason, and green once fixed', () => {
    const tenant: TenantFile = {
      organization: { name: 'Acme', timeZone: 'Europe/Paris' },
      pbx: { type: 'MiVoice 5000', gateway: { status: 'offline', lastSeen: '-PT3H' } },
      people: [
        admin,
        {
          id: 'bob',
          name: 'Bob Martin',
          email: 'bob@acme.fr',
          upn: 'bob.martin@acme.fr',
          extension: '201',
          cloudlinkRole: 'CTI',
          synced: true,
        },
        { id: 'cleo', name: 'Cléo Durand', email: 'cleo@acme.fr', extension: '202', cloudlinkRole: null },
        {
          id: 'dan',
          name: 'Dan Roy',
          email: 'dan@acme.fr',
          extension: '203',
          cloudlinkRole: 'CTI',
          teamsPhoneLicense: false,
        },
        { id: 'eve', name: 'Eve Leroy', email: 'eve@acme.fr', extension: '204', cloudlinkRole: 'CTI' },
      ],
      presenceIntegration: {
        appRegistered: true,
        permissionsGranted: false,
        adminConsent: false,
        clientSecretExpires: '-P1D',
        teamsIntegrationAdded: true,
        presenceSyncEnabled: false,
      },
      connector: {
        licensesTotal: 2,
        syncMode: 'automatic',
        lastSync: {
          at: '-P1D',
          status: 'failed',
          failures: [{ email: 'dan@acme.fr', reason: 'No Teams Phone licence' }],
        },
      },
    };
    let h: BotHarness;
    // Each fix is made behind the bot's back, as in the CloudLink or Entra portals: the admin
    // then clicks Refresh, which reads every source again.
    const status = (): Promise<Card> => h.click(ADMIN, 'admin.sync.refresh', {});
    const sim = (): NonNullable<BotHarness['bot']['simulators']>['state'] => h.bot.simulators!.state;
    before(async () => {
      h = await BotHarness.start({ tenant });
    });
    after(async () => {
      await h.close();
    });

    it('starts with a summary that counts the problems', async () => {
      assert.match(summary(await status()), /^9 problems: 8 to fix and 1 to watch$/);
    });

    it('the gateway: no line answering is red, said to be inferred; answering again, green', async () => {
      const before = check(await status(), 'gateway');
      assert.equal(before.level, 'error');
      assert.equal(before.color, 'Attention');
      assert.match(
        before.text,
        /Gateway not answering \(inferred: none of the 5 phone lines read answered in time\)/,
      );
      assert.match(before.text, /power and network/);
      sim().gateway.status = 'online';
      const after = check(await status(), 'gateway');
      assert.equal(after.level, 'ok');
      assert.equal(after.color, 'Good');
      assert.match(
        after.text,
        /Gateway answering \(inferred from the phone lines: 5 of 5 read, 4 monitored\)/,
      );
    });

    it('the app permissions: missing ones are named; once granted, green', async () => {
      const before = check(await status(), 'appRegistered');
      assert.equal(before.level, 'error');
      assert.match(before.text, /The app lacks permissions: Presence\.ReadWrite\.All, User\.Read\.All/);
      sim().integration.permissionsGranted = true;
      assert.equal(check(await status(), 'appRegistered').level, 'ok');
    });

    it('admin consent: missing is red with FAQ 18; once consented, green', async () => {
      const before = check(await status(), 'adminConsent');
      assert.equal(before.level, 'error');
      assert.match(before.text, /Grant admin consent.*FAQ 18/);
      sim().integration.adminConsent = true;
      assert.equal(check(await status(), 'adminConsent').level, 'ok');
    });

    it('the client secret: expired is red, amber with the days left in its last 30 days, then green', async () => {
      const expired = check(await status(), 'clientSecret');
      assert.equal(expired.level, 'error');
      assert.match(expired.text, /Client secret expired on/);
      assert.match(expired.text, /FAQ 17/);
      sim().integration.clientSecretExpires = new Date(Date.now() + 10 * DAY - 60_000);
      const soon = check(await status(), 'clientSecret');
      assert.equal(soon.level, 'warning');
      assert.equal(soon.color, 'Warning');
      assert.match(soon.text, /days left: 10/);
      sim().integration.clientSecretExpires = new Date(Date.now() + 200 * DAY);
      const valid = check(await status(), 'clientSecret');
      assert.equal(valid.level, 'ok');
      assert.match(valid.text, /days left: 200/);
    });

    it('the Teams integration and presence sync: no API reads them, so the card sends the admin to the Account Console', async () => {
      const c = check(await status(), 'teamsIntegration');
      assert.equal(c.level, 'info');
      assert.match(c.text, /not readable through CloudLink/);
      assert.match(c.text, /CloudLink Account Console \(Integrations › Microsoft Teams\)/);
    });

    it('licences: short is red; with more licences, green', async () => {
      assert.equal(check(await status(), 'licences').level, 'error');
      sim().licences.total = 10;
      const after = check(await status(), 'licences');
      assert.equal(after.level, 'ok');
      assert.match(after.text, /Teams Phone licences: 6 of 10 available/);
    });

    it('an e-mail that differs from the UPN: red with both values; once the CloudLink e-mail is corrected, green', async () => {
      const card = await status();
      assert.match(check(card, 'emailMismatch').text, /FAQ 9 and 10/);
      assert.match(cardText(card), /bob@acme\.fr\nTeams address \(UPN\)\nbob\.martin@acme\.fr/);
      h.person('bob').email = 'bob.martin@acme.fr';
      assert.ok(!hasCheck(await status(), 'emailMismatch'));
    });

    it('a missing CloudLink role on MiVoice 5000: red, naming CTI; once given, green', async () => {
      const card = await status();
      assert.equal(check(card, 'noCloudLinkRole').level, 'error');
      assert.match(
        cardText(card),
        /Cléo Durand\nNo CloudLink role[^\n]*\n(?:[^\n]*\n)*?Role the PBX needs\nCTI/,
      );
      h.person('cleo').cloudlinkRole = 'CTI';
      assert.ok(!hasCheck(await status(), 'noCloudLinkRole'));
    });

    it('a missing Teams Phone licence: red; once assigned, green', async () => {
      assert.equal(check(await status(), 'noTeamsPhoneLicense').level, 'error');
      h.person('dan').teamsPhoneLicense = true;
      assert.ok(!hasCheck(await status(), 'noTeamsPhoneLicense'));
    });

    it('changes wait: Sync now applies the identity map once, replaces the card and says what changed', async () => {
      const card = await status();
      assert.equal(check(card, 'lastSync').level, 'ok');
      assert.equal(check(card, 'pending').level, 'warning');
      const loadedBefore = h.bot.services.people.peek()!.loadedAt.getTime();
      const syncNow = executeActions(card).find((a) => a.verb === 'admin.sync.now')!;

      const replaced = await h.click(ADMIN, syncNow.verb, syncNow.data);
      assert.match(
        banner(replaced),
        /^Sync applied \(today \d{1,2}:\d\d [AP]M\): 4 people newly matched and 1 no longer matched — 5 people matched\.$/,
      );
      assert.equal(check(replaced, 'lastSync').level, 'ok');
      assert.equal(check(replaced, 'pending').level, 'ok');
      assert.equal(sectionFacts(replaced, 'userSync')['Total users after the sync'], '5');
      // A double click (or a Teams retry) does not sync twice.
      const again = await h.click(ADMIN, syncNow.verb, syncNow.data);
      assert.equal(cardText(again), cardText(replaced));
      // The people directory read the sources again.
      assert.ok(h.bot.services.people.peek()!.loadedAt.getTime() > loadedBefore);
    });

    it('with everything fixed, the summary says healthy and every check is green', async () => {
      const card = await status();
      assert.match(summary(card), /^Healthy/);
      for (const id of [
        'licences',
        'lastSync',
        'pending',
        'matching',
        'appRegistered',
        'adminConsent',
        'clientSecret',
        'gateway',
        'capacityUsers',
        'capacityRoles',
      ]) {
        assert.equal(check(card, id).level, 'ok', id);
      }
      assert.equal(check(card, 'teamsIntegration').level, 'info');
    });
  });

  describe('checks that depend on the set-up', () => {
    const tenant: TenantFile = {
      organization: { name: 'Ondina', timeZone: 'America/Sao_Paulo' },
      pbx: { type: 'MiVoice Office 400', gateway: { status: 'online', lastSeen: '-PT1M' } },
      people: [
        { ...admin, email: 'ada@ondina.com.br' },
        {
          id: 'joao',
          name: 'João Conceição',
          email: 'recepcao@ondina.com.br',
          upn: 'joao@ondina.com.br',
          cloudlinkRole: 'User',
        },
        {
          id: 'ines',
          name: 'Inês Souza',
          email: 'recepcao@ondina.com.br',
          upn: 'ines@ondina.com.br',
          cloudlinkRole: 'CTI',
        },
      ],
      presenceIntegration: {
        appRegistered: false,
        permissionsGranted: true,
        adminConsent: true,
        clientSecretExpires: null,
        teamsIntegrationAdded: false,
        presenceSyncEnabled: true,
      },
      connector: { licensesTotal: 10, syncMode: 'automatic' },
    };
    let h: BotHarness;
    // Each fix is made behind the bot's back, as in the CloudLink or Entra portals: the admin
    // then clicks Refresh, which reads every source again.
    const status = (): Promise<Card> => h.click(ADMIN, 'admin.sync.refresh', {});
    const sim = (): NonNullable<BotHarness['bot']['simulators']>['state'] => h.bot.simulators!.state;
    before(async () => {
      h = await BotHarness.start({ tenant });
    });
    after(async () => {
      await h.close();
    });

    it('an app that is not registered is red, and the consent and secret checks wait for it', async () => {
      const card = await status();
      assert.match(check(card, 'appRegistered').text, /not registered in Entra ID/);
      assert.equal(check(card, 'adminConsent').level, 'skipped');
      assert.equal(check(card, 'clientSecret').level, 'skipped');
      sim().integration.appRegistered = true;
      const after = await status();
      assert.equal(check(after, 'appRegistered').level, 'ok');
      assert.equal(check(after, 'adminConsent').level, 'ok');
      assert.match(check(after, 'clientSecret').text, /The app has no client secret/);
      sim().integration.clientSecretExpires = new Date(Date.now() + 90 * DAY);
      assert.equal(check(await status(), 'clientSecret').level, 'ok');
    });

    it('the Teams integration, which no API reads, does not hold up the user sync: its figures and Sync now are there', async () => {
      const card = await status();
      assert.equal(check(card, 'teamsIntegration').level, 'info');
      assert.ok(!hasCheck(card, 'userSync'));
      assert.equal(sectionFacts(card, 'userSync')['Licences total'], '10');
      assert.ok(executeActions(card).some((a) => a.verb === 'admin.sync.now'));
    });

    it('an address two users share: red with the address; once each has their own, green', async () => {
      const card = await status();
      assert.equal(check(card, 'duplicateAddress').level, 'error');
      assert.match(cardText(card), /The address recepcao@ondina\.com\.br belongs to several users/);
      h.person('ines').email = 'ines@ondina.com.br';
      assert.ok(!hasCheck(await status(), 'duplicateAddress'));
    });

    it('a small MiVoice Office 400 is well within its 800 users and sets no role limit', async () => {
      const card = await status();
      // Only Ada has a line (an extension) for the gateway to monitor.
      assert.match(check(card, 'capacityUsers').text, /Users the gateway monitors: 1 of 800/);
      assert.ok(!hasCheck(card, 'capacityRoles'));
    });
  });

  describe('PBX capacity', () => {
    const many = (n: number, role: 'CTI' | null, first = 10_000): TenantFilePerson[] =>
      Array.from({ length: n }, (_, i) => ({
        id: `u${i}`,
        name: `Utilisateur ${i}`,
        email: `u${i}@acme.fr`,
        extension: String(first + i),
        cloudlinkRole: role,
        synced: true,
      }));

    it('warns above 80 % of the users a MiVoice Office 400 takes', async () => {
      const h = await BotHarness.start({
        tenant: {
          organization: { name: 'Acme', timeZone: 'Europe/Paris' },
          pbx: { type: 'MiVoice Office 400' },
          people: [admin, ...many(699, 'CTI')],
          presenceIntegration: healthyIntegration(),
          connector: { licensesTotal: 1000 },
        },
      });
      try {
        const c = check(await h.sayCard(ADMIN, 'sync status'), 'capacityUsers');
        assert.equal(c.level, 'warning');
        assert.match(c.text, /Users the gateway monitors: 700 of 800 \(88%\), close to the limit/);
      } finally {
        await h.close();
      }
    });

    it('on MiVoice 5000, compares the users with a CloudLink role with the 1,000 allowed: amber above 80 %, red above 100 %, green below', async () => {
      const h = await BotHarness.start({
        tenant: {
          organization: { name: 'Acme', timeZone: 'Europe/Paris' },
          pbx: { type: 'MiVoice 5000' },
          people: [
            admin,
            ...many(849, 'CTI'),
            ...many(300, null, 20_000).map((p) => ({ ...p, id: `n${p.id}`, email: `n${p.email!}` })),
          ],
          presenceIntegration: healthyIntegration(),
          connector: { licensesTotal: 2000 },
        },
      });
      try {
        const amber = check(await h.sayCard(ADMIN, 'sync status'), 'capacityRoles');
        assert.equal(amber.level, 'warning');
        assert.match(
          amber.text,
          /Monitored users \(CloudLink role\): 850 of 1,000 \(85%\), close to the limit/,
        );
        for (const p of h.tenant.people) p.cloudlinkRole = 'CTI';
        const red = check(await h.click(ADMIN, 'admin.sync.refresh', {}), 'capacityRoles');
        assert.equal(red.level, 'error');
        assert.match(red.text, /1,150 of 1,000/);
        for (const p of h.tenant.people.slice(500)) p.cloudlinkRole = null;
        const green = check(await h.click(ADMIN, 'admin.sync.refresh', {}), 'capacityRoles');
        assert.equal(green.level, 'ok');
        assert.match(green.text, /500 of 1,000 \(50%\)/);
      } finally {
        await h.close();
      }
    });
  });

  describe('manual sync: mapping a person from the card', () => {
    const unmapped = Array.from({ length: 14 }, (_, i) => ({
      id: `p${i}`,
      name: `Pessoa Número ${i}`,
      email: `pessoa${i}@ondina.com.br`,
      upn: `pessoa.${i}@ondina.onmicrosoft.com`,
      cloudlinkRole: 'CTI' as const,
    }));
    const tenant: TenantFile = {
      organization: { name: 'Ondina', timeZone: 'America/Sao_Paulo' },
      pbx: { type: 'MiVoice MX-ONE' },
      people: [
        { ...admin, cloudlinkRole: 'User' },
        ...unmapped.map((p) => ({ ...p, cloudlinkRole: 'User' as const })),
      ],
      presenceIntegration: healthyIntegration(),
      connector: {
        licensesTotal: 50,
        syncMode: 'manual',
        manualMappings: [{ upn: 'ada@acme.fr', email: 'ada@acme.fr' }],
      },
    };
    let h: BotHarness;
    before(async () => {
      h = await BotHarness.start({ tenant });
    });
    after(async () => {
      await h.close();
    });

    it('maps a person from the status card; they then match, and a double click maps once', async () => {
      const card = await h.sayCard(ADMIN, 'sync status');
      assert.match(check(card, 'emailMismatch').text, /: 14$/m);
      const newBefore = Number(sectionFacts(card, 'userSync')['New matching addresses to sync']);
      const map = executeActions(card).find((a) => a.verb === 'admin.sync.map')!;
      const person = tenant.people.find((p) => p.id === map.data.cloudLinkId)!;
      assert.equal(map.title, 'Map these addresses');

      const replaced = await h.click(ADMIN, map.verb, map.data);
      assert.equal(
        banner(replaced),
        `Mapping added for ${person.name}: ${person.upn!} ↔ ${person.email!}. The accounts now match; Sync now applies it.`,
      );
      assert.match(check(replaced, 'emailMismatch').text, /: 13$/m);
      assert.equal(
        Number(sectionFacts(replaced, 'userSync')['New matching addresses to sync']),
        newBefore + 1,
      );

      await h.click(ADMIN, map.verb, map.data);
      const mappings = await h.bot.services.identityMap.mappings();
      assert.equal(mappings.filter((m) => m.email === person.email).length, 1);

      // Synced at the next sync.
      const syncNow = executeActions(replaced).find((a) => a.verb === 'admin.sync.now')!;
      await h.click(ADMIN, syncNow.verb, syncNow.data);
      const applied = (await h.bot.services.identityMap.read()).lastSync?.addresses ?? [];
      assert.ok(applied.includes(person.email!.toLowerCase()));
    });

    it('pages through everyone who will not sync in place, and maps from a page back onto the same page', async () => {
      const card = await h.sayCard(ADMIN, 'sync status');
      const seeAll = executeActions(card).find((a) => a.verb === 'admin.sync.people')!;
      assert.equal(seeAll.title, 'See all 13');
      const first = await h.click(ADMIN, seeAll.verb, seeAll.data);
      assert.match(cardText(first), /Page 1 of 2 · 13 in all/);
      const next = executeActions(first).find((a) => a.title === 'Next')!;
      const second = await h.click(ADMIN, next.verb, next.data);
      assert.match(cardText(second), /Page 2 of 2 · 13 in all/);
      assert.ok(!executeActions(second).some((a) => a.title === 'Next'));
      const map = executeActions(second).find((a) => a.verb === 'admin.sync.map')!;
      const mapped = await h.click(ADMIN, map.verb, map.data);
      assert.match(cardText(mapped), /Page 2 of 2 · 12 in all/);
      assert.match(banner(mapped), /^Mapping added for Pessoa Número \d+/);
      const previous = executeActions(mapped).find((a) => a.title === 'Previous')!;
      assert.match(cardText(await h.click(ADMIN, previous.verb, previous.data)), /Page 1 of 2/);
      const back = executeActions(mapped).find((a) => a.title === 'Back to the status')!;
      assert.match(cardText(await h.click(ADMIN, back.verb, back.data)), /^Sync status/);
    });

    it('a mapping button pointing at a person who left says so and shows the status as it is', async () => {
      const card = await h.click(ADMIN, 'admin.sync.map', {
        cloudLinkId: 'nobody',
        teamsId: 'nobody',
        nonce: 'gone-1',
      });
      assert.match(banner(card), /no longer in the phone system or in Teams/);
    });
  });

  describe('a source that fails', () => {
    let h: BotHarness;
    before(async () => {
      h = await BotHarness.start({
        tenant: {
          organization: { name: 'Acme', timeZone: 'Europe/Paris' },
          pbx: { type: 'MiVoice 5000' },
          people: [
            admin,
            { id: 'bea', name: 'Béa', email: 'bea@acme.fr', cloudlinkRole: 'CTI', synced: true },
          ],
          presenceIntegration: healthyIntegration(),
          connector: { licensesTotal: 10, lastSync: { at: '-PT1H', status: 'succeeded' } },
        },
      });
      await h.sayCard(ADMIN, 'sync status');
    });
    after(async () => {
      await h.close();
    });

    it('marks only what depends on it as unchecked, with a reference; the rest is still shown', async () => {
      h.bot.simulators!.faults.set('graph', { status: 400, match: /applications|servicePrincipals/ });
      const card = await h.click(ADMIN, 'admin.sync.refresh', {});
      h.bot.simulators!.faults.clear();
      const app = check(card, 'appRegistered');
      assert.equal(app.level, 'error');
      assert.match(
        app.text,
        /App registration: could not be checked\nMicrosoft 365 refused the request\. Reference: [\w-]+\./,
      );
      assert.match(check(card, 'adminConsent').text, /could not be checked/);
      assert.equal(check(card, 'gateway').level, 'ok');
      assert.equal(sectionFacts(card, 'userSync')['Total users after the sync'], '2');
      // A reading with a failed source is not kept: the next ask reads every source again.
      assert.match(summary(await h.sayCard(ADMIN, 'sync status')), /^Healthy/);
    });

    it('when the phone system fails to list its users, the user sync and the capacity cannot be checked', async () => {
      h.bot.simulators!.faults.set('cloudlink', { status: 400, match: /\/admin\/2017-09-01\/users/ });
      const card = await h.click(ADMIN, 'admin.sync.refresh', {});
      h.bot.simulators!.faults.clear();
      assert.match(
        check(card, 'userSync').text,
        /User sync: could not be checked\nThe phone system \(CloudLink\) refused the request/,
      );
      assert.match(check(card, 'gateway').text, /could not be checked/);
      assert.equal(check(card, 'teamsIntegration').level, 'info');
    });
  });

  describe('in French and Portuguese', () => {
    let h: BotHarness;
    before(async () => {
      h = await BotHarness.start({
        tenant: {
          organization: { name: 'Acme', timeZone: 'Europe/Paris' },
          pbx: { type: 'MiVoice 5000', gateway: { status: 'offline', lastSeen: '-PT3H' } },
          people: [
            admin,
            {
              id: 'bob',
              name: 'Bob Martin',
              email: 'bob@acme.fr',
              upn: 'bob.martin@acme.fr',
              cloudlinkRole: 'CTI',
            },
          ],
          presenceIntegration: { ...healthyIntegration(), clientSecretExpires: 'P5D' },
          connector: { licensesTotal: 10 },
        },
      });
    });
    after(async () => {
      await h.close();
    });

    it('answers "état de la synchronisation" with the card in French', async () => {
      const card = await h.sayCard(ADMIN, 'état de la synchronisation', { locale: 'fr-FR' });
      const text = cardText(card);
      assert.match(text, /^État de la synchronisation\nVérifié aujourd'hui \d\d:\d\d/);
      assert.match(summary(card), /^3 problèmes : 2 à corriger et 1 à surveiller$/);
      assert.match(check(card, 'gateway').text, /^La passerelle ne répond pas \(déduit : /);
      assert.match(check(card, 'clientSecret').text, /^Le secret client expire le .+ — jours restants : 5/);
      assert.match(
        check(card, 'emailMismatch').text,
        /l'e-mail CloudLink diffère de l'adresse Teams \(UPN\) : 1/,
      );
      assert.match(text, /Remplacez l'e-mail CloudLink par bob\.martin@acme\.fr/);
      assert.deepEqual(
        executeActions(card)
          .map((a) => a.title)
          .slice(-3),
        ['Synchroniser maintenant', 'Correspondances manuelles (0)', 'Actualiser'],
      );
    });

    it('answers "status da sincronização" with the card in Brazilian Portuguese', async () => {
      const card = await h.sayCard(ADMIN, 'status da sincronização', { locale: 'pt-BR' });
      const text = cardText(card);
      assert.match(text, /^Status da sincronização\nVerificado hoje \d\d:\d\d/);
      assert.match(summary(card), /^3 problemas: 2 para corrigir e 1 para acompanhar$/);
      assert.match(check(card, 'gateway').text, /^O gateway não responde \(deduzido: /);
      assert.match(
        check(card, 'clientSecret').text,
        /^O segredo do cliente expira em .+ — dias restantes: 5/,
      );
      assert.match(text, /Troque o e-mail do CloudLink por bob\.martin@acme\.fr/);
      assert.match(text, /Integração de presença \(CloudLink → Teams\)/);
    });
  });
});
