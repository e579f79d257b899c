import assert from 'node:assert/strict';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { banner, byId, check, sectionFacts } from './admin-helpers';

const ADMIN = '29:admin';

/** Routes CloudLink documents (vendor facts §1): the token, users, the account, media. */
const DOCUMENTED_CLOUDLINK = [
  /^POST \/authentication\/2017-09-01\/token$/,
  /^GET \/admin\/2017-09-01\/users(\/[^/]+)?$/,
  /^GET \/media\/2017-09-01\/endpoints\/[^/]+$/,
];

function tenant(): TenantFile {
  return {
    organization: { name: 'Acme', timeZone: 'Europe/Paris' },
    pbx: { type: 'MiVoice Office 400', gateway: { status: 'online', lastSeen: '-PT2M' } },
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
      // Matches by e-mail, not synced yet.
      { id: 'bea', name: 'Béa Nova', email: 'bea@acme.fr', extension: '102', cloudlinkRole: 'CTI' },
      // Synced, now in the phone system only: no longer matched at the next sync.
      {
        id: 'lobby',
        name: 'Lobby Phone',
        email: 'lobby@acme.fr',
        extension: '103',
        cloudlinkRole: 'CTI',
        inTeams: false,
        synced: true,
      },
      // Addresses differ: matched only once mapped.
      {
        id: 'joao',
        name: 'João Conceição',
        email: 'joao@acme.fr',
        upn: 'j.conceicao@acme.onmicrosoft.com',
        extension: '104',
        cloudlinkRole: 'CTI',
      },
      {
        id: 'noor',
        name: 'Noor Haddad',
        email: 'noor@acme.fr',
        upn: 'n.haddad@acme.onmicrosoft.com',
        extension: '105',
        cloudlinkRole: 'CTI',
        teamsPhoneLicense: false,
      },
      // Not monitored by the gateway (no role: its line answers "unknown").
      { id: 'zoe', name: 'Zoé Roux', email: 'zoe@acme.fr', extension: '106', cloudlinkRole: null },
      { id: 'tess', name: 'Tess Only', upn: 'tess@acme.fr', inCloudLink: false },
    ],
    presenceIntegration: {
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: true,
      clientSecretExpires: 'P200D',
      teamsIntegrationAdded: true,
      presenceSyncEnabled: true,
    },
    connector: { licensesTotal: 10, syncMode: 'automatic', lastSync: { at: '-PT3H', status: 'succeeded' } },
  };
}

const WORDS = {
  'en-US': {
    ask: 'sync status',
    figures: [
      'Licences available',
      'Licences total',
      'New matching addresses to sync',
      'Missing addresses to remove',
      'Total users after the sync',
    ],
    synced: /^Sync applied \(.+\): 3 people newly matched and 1 no longer matched — 4 people matched\.$/,
    mapped: /^Mapping added for João Conceição: j\.conceicao@acme\.onmicrosoft\.com ↔ joao@acme\.fr\./,
    removed: /^Mapping removed: j\.conceicao@acme\.onmicrosoft\.com ↔ joao@acme\.fr\./,
    imported: /^Import: 1 mapping added and 1 line refused \(line 3: not two addresses\)\.$/,
    inferred: /inferred/,
  },
  'fr-FR': {
    ask: 'état de la synchronisation',
    figures: [
      'Licences disponibles',
      'Total des licences',
      'Nouvelles adresses correspondantes à synchroniser',
      'Adresses manquantes à retirer',
      'Total des utilisateurs après la synchronisation',
    ],
    synced:
      /^Synchronisation appliquée \(.+\) : 3 personnes nouvellement associées et 1 ne correspond plus — 4 personnes associées\.$/,
    mapped:
      /^Correspondance ajoutée pour João Conceição : j\.conceicao@acme\.onmicrosoft\.com ↔ joao@acme\.fr\./,
    removed: /^Correspondance supprimée : j\.conceicao@acme\.onmicrosoft\.com ↔ joao@acme\.fr\./,
    imported: /^Import : 1 correspondance ajoutée et 1 ligne refusée \(ligne 3 : pas deux adresses\)\.$/,
    inferred: /déduit/,
  },
  'pt-BR': {
    ask: 'status da sincronização',
    figures: [
      'Licenças disponíveis',
      'Total de licenças',
      'Novos e-mails correspondentes a serem sincronizados',
      'Usuários sem e-mails a serem removidos',
      'Total de usuários após a sincronização',
    ],
    synced:
      /^Sincronização aplicada \(.+\): 3 pessoas passaram a corresponder e 1 não corresponde mais — 4 pessoas correspondentes\.$/,
    mapped:
      /^Mapeamento adicionado para João Conceição: j\.conceicao@acme\.onmicrosoft\.com ↔ joao@acme\.fr\./,
    removed: /^Mapeamento removido: j\.conceicao@acme\.onmicrosoft\.com ↔ joao@acme\.fr\./,
    imported:
      /^Importação: 1 mapeamento adicionado e 1 linha recusada \(linha 3: não são dois endereços\)\.$/,
    inferred: /deduzido/,
  },
} as const;

/**
 * The five figures computed here from what the simulators serve, by the seeds' words: Teams Phone
 * seats from Graph /subscribedSkus, people matched by the stored mappings then by e-mail, against
 * the addresses the bot's last sync applied.
 */
async function expectedFigures(h: BotHarness): Promise<number[]> {
  const sims = h.bot.simulators!;
  const token = async (): Promise<string> => {
    const r = await fetch(`${sims.graph.loginUrl}/${sims.graph.tenantId}/oauth2/v2.0/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: sims.graph.clientId,
        client_secret: sims.graph.clientSecret,
        scope: 'https://graph.microsoft.com/.default',
      }),
    });
    return ((await r.json()) as { access_token: string }).access_token;
  };
  const bearer = await token();
  const graph = async (path: string): Promise<{ value: Array<Record<string, unknown>> }> =>
    (
      await fetch(`${sims.graph.baseUrl}${path}`, { headers: { authorization: `Bearer ${bearer}` } })
    ).json() as never;
  const skus = (await graph('/subscribedSkus')).value as Array<{
    consumedUnits: number;
    prepaidUnits: { enabled: number };
    servicePlans: Array<{ servicePlanId: string }>;
  }>;
  const phone = skus.filter((s) =>
    s.servicePlans.some((p) => p.servicePlanId === '4828c8ec-dc2e-4779-b502-87ac9ce28ab7'),
  );
  const total = phone.reduce((n, s) => n + s.prepaidUnits.enabled, 0);
  const available = total - phone.reduce((n, s) => n + s.consumedUnits, 0);
  const teams = (await graph('/users?$select=userPrincipalName,mail&$top=999')).value.map((u) =>
    String(u.userPrincipalName).toLowerCase(),
  );
  const cloud = sims.state.directory.cloudLinkUsers.map((p) => p.email!.toLowerCase());
  const doc = await h.bot.services.identityMap.read();
  const mapped = new Map(doc.mappings.map((m) => [m.email.toLowerCase(), m.upn.toLowerCase()]));
  const matched = cloud.filter((email) => teams.includes(mapped.get(email) ?? email));
  const synced = new Set(doc.lastSync?.addresses ?? []);
  const fresh = matched.filter((a) => !synced.has(a)).length;
  const missing = [...synced].filter((a) => !matched.includes(a)).length;
  return [available, total, fresh, missing, synced.size - missing + fresh];
}

function figures(card: Card, titles: readonly string[]): number[] {
  const facts = sectionFacts(card, 'userSync');
  return titles.map((t) => Number(facts[t]));
}

function action(card: Card, verb: string, title?: string): { verb: string; data: Record<string, unknown> } {
  const found = executeActions(card).find(
    (a) => a.verb === verb && (title === undefined || a.title === title),
  );
  assert.ok(found, `no ${verb} on the card:\n${cardText(card)}`);
  return found;
}

/** Every CloudLink request since the last reset that no vendor documents. */
function undocumented(h: BotHarness): string[] {
  const paths = Object.keys(h.bot.simulators!.state.requestCounts.byPath('cloudlink'));
  return paths.filter((p) => !DOCUMENTED_CLOUDLINK.some((r) => r.test(p.replace(/\?.*$/, ''))));
}

describe('the identity map of sync status, over HTTP', () => {
  for (const [locale, words] of Object.entries(WORDS)) {
    describe(`in ${locale}`, () => {
      let h: BotHarness;
      before(async () => {
        h = await BotHarness.start({ tenant: tenant() });
        h.bot.simulators!.state.requestCounts.reset();
      });
      after(async () => {
        await h.close();
      });
      const say = (): Promise<Card> => h.sayCard(ADMIN, words.ask, { locale });
      const click = (
        a: { verb: string; data: Record<string, unknown> },
        extra: Record<string, unknown> = {},
      ): Promise<Card> => h.click(ADMIN, a.verb, { ...a.data, ...extra }, { locale });

      it('shows the five figures computed from documented sources alone', async () => {
        const card = await say();
        assert.deepEqual(figures(card, words.figures), await expectedFigures(h));
        // Seats: 10 bought, 5 assigned; new: Béa and Zoé; missing: Lobby; after: Ada, Béa and Zoé.
        assert.deepEqual(figures(card, words.figures), [5, 10, 2, 1, 3]);
        assert.match(check(card, 'gateway').text, words.inferred);
      });

      it('maps a person whose addresses differ, and the figures follow', async () => {
        const card = await say();
        const joao = executeActions(card).find(
          (a) =>
            a.verb === 'admin.sync.map' &&
            h.bot.simulators!.state.directory.person(String(a.data.cloudLinkId))?.id === 'joao',
        );
        assert.ok(joao, 'a Map button for João');
        const mapped = await click(joao);
        assert.match(banner(mapped), words.mapped);
        assert.deepEqual(figures(mapped, words.figures), await expectedFigures(h));
        assert.deepEqual(figures(mapped, words.figures), [5, 10, 3, 1, 4]);
      });

      it('Sync now re-applies the map and says what changed, once per click', async () => {
        const card = await say();
        const syncNow = action(card, 'admin.sync.now');
        const after = await click(syncNow);
        assert.match(banner(after), words.synced);
        assert.deepEqual(figures(after, words.figures), [5, 10, 0, 0, 4]);
        assert.deepEqual(figures(after, words.figures), await expectedFigures(h));
        assert.equal(check(after, 'pending').level, 'ok');
        const again = await click(syncNow);
        assert.equal(cardText(again), cardText(after));
        assert.deepEqual((await h.bot.services.identityMap.read()).lastSync?.addresses, [
          'ada@acme.fr',
          'bea@acme.fr',
          'joao@acme.fr',
          'zoe@acme.fr',
        ]);
      });

      it('exports the mappings as the manual sync CSV, and removes one', async () => {
        const status = await say();
        const list = await click(action(status, 'admin.sync.mappings'));
        const exported = await click(action(list, 'admin.sync.export'));
        assert.equal(
          cardText(byId(exported, 'csvExport')).split('\n').slice(1).join('\n'),
          'Teams UPN,Phone system e-mail\nj.conceicao@acme.onmicrosoft.com,joao@acme.fr',
        );
        const removed = await click(action(exported, 'admin.sync.unmap'));
        assert.match(banner(removed), words.removed);
        assert.deepEqual(await h.bot.services.identityMap.mappings(), []);
        const status2 = await say();
        assert.deepEqual(figures(status2, words.figures), await expectedFigures(h));
        assert.equal(figures(status2, words.figures)[3], 1, 'João is no longer matched');
      });

      it('imports the manual sync CSV, refusing the lines that are not two addresses', async () => {
        const list = await click(action(await say(), 'admin.sync.mappings'));
        const importIt = executeActions(list).find((a) => a.verb === 'admin.sync.import')!;
        const csv =
          'Teams UPN;Phone system e-mail\r\nn.haddad@acme.onmicrosoft.com;noor@acme.fr\r\nnot an address;x\r\n';
        const imported = await click(importIt, { csv });
        assert.match(banner(imported), words.imported);
        assert.deepEqual(await h.bot.services.identityMap.mappings(), [
          { upn: 'n.haddad@acme.onmicrosoft.com', email: 'noor@acme.fr' },
        ]);
        const status = await say();
        assert.deepEqual(figures(status, words.figures), await expectedFigures(h));
      });

      it('called no CloudLink route that no vendor documents during all of the above', () => {
        const counts = h.bot.simulators!.state.requestCounts;
        assert.ok(counts.count('cloudlink', /\/admin\/2017-09-01\/users/) > 0);
        assert.ok(counts.count('graph', /subscribedSkus/) > 0);
        assert.deepEqual(undocumented(h), []);
      });
    });
  }

  it('the CloudLink simulator answers 404 to the undocumented routes, as the real service would', async () => {
    const h = await BotHarness.start({ tenant: tenant() });
    try {
      const sims = h.bot.simulators!;
      const r = await fetch(`${sims.cloudlink.baseUrl.replace('{service}', 'authentication')}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          client_id: sims.cloudlink.clientId,
          client_secret: sims.cloudlink.clientSecret,
        }),
      });
      const bearer = ((await r.json()) as { access_token: string }).access_token;
      const account = sims.cloudlink.accountId;
      const routes: Array<[string, string]> = [
        ['GET', `admin/accounts/${account}/integrations/msteams`],
        ['POST', `admin/accounts/${account}/integrations/msteams/mappings`],
        ['POST', `admin/accounts/${account}/integrations/msteams/sync`],
        ['GET', `gateway/accounts/${account}/status`],
      ];
      for (const [method, path] of routes) {
        const [service, ...rest] = path.split('/');
        const url = `${sims.cloudlink.baseUrl.replace('{service}', service!)}/${rest.join('/')}`;
        const answer = await fetch(url, {
          method,
          headers: {
            authorization: `Bearer ${bearer}`,
            'x-mitel-app': 'test',
            'content-type': 'application/json',
          },
          ...(method === 'POST' ? { body: '{}' } : {}),
        });
        assert.equal(answer.status, 404, `${method} ${path}`);
      }
    } finally {
      await h.close();
    }
  });
});
