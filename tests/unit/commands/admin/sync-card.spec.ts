import assert from 'node:assert/strict';
import { notSyncingRow, personRow } from '../../../../bot/commands/admin/not-syncing-rows';
import {
  checkLine,
  PEOPLE_PAGE_SIZE,
  syncPeopleCardData,
  syncStatusCardData,
  type CardContext,
} from '../../../../bot/commands/admin/sync-card';
import {
  assessSyncHealth,
  CHECK_STATES,
  type CheckId,
  type SyncHealth,
} from '../../../../bot/commands/admin/sync-health';
import type { NotSyncing } from '../../../../bot/domain/user-sync';
import { translator } from '../../../../bot/language/i18n';
import { LOCALES, type Locale } from '../../../../bot/language/locale';
import { catalogue } from '../../../../bot/language/strings';
import { cloudLinkUser, healthySources, identityMap, lines, NOW, teamsUser } from './fixtures';

const UNREADABLE_NAMES: CheckId[] = [
  'userSync',
  'licences',
  'appRegistered',
  'adminConsent',
  'gateway',
  'capacityUsers',
];

function context(locale: Locale = 'en'): CardContext {
  return { t: translator(locale), format: { locale, timeZone: 'Europe/Paris', now: NOW }, nonce: 'n1' };
}

function health(change: (s: ReturnType<typeof healthySources>) => void = () => undefined): SyncHealth {
  const sources = healthySources();
  change(sources);
  return assessSyncHealth(sources, NOW);
}

describe('sync status card words', () => {
  it('has a sentence for every check state, and advice for every state that is not fine, in each language', () => {
    for (const locale of LOCALES) {
      const words = catalogue(locale);
      for (const [id, states] of Object.entries(CHECK_STATES)) {
        for (const [state, level] of Object.entries(states)) {
          if (state === 'unreadable') continue;
          assert.ok(words.has(`admin.check.${id}.${state}`), `${locale}: admin.check.${id}.${state}`);
          if (level === 'error' || level === 'warning' || level === 'info') {
            assert.ok(words.has(`admin.fix.${id}.${state}`), `${locale}: admin.fix.${id}.${state}`);
          }
        }
      }
      for (const id of UNREADABLE_NAMES)
        assert.ok(words.has(`admin.name.${id}`), `${locale}: admin.name.${id}`);
      for (const id of Object.keys(CHECK_STATES)) {
        if ('unreadable' in CHECK_STATES[id as CheckId])
          assert.ok(UNREADABLE_NAMES.includes(id as CheckId), id);
      }
    }
  });

  it('colours a check by its level and names what could not be read, with its reference', () => {
    const t = translator('en');
    const line = checkLine(t, context().format, {
      id: 'gateway',
      level: 'error',
      state: 'unreadable',
      values: {},
      dates: {},
      examples: [],
      failure: { system: 'cloudlink', kind: 'timeout', correlationId: 'corr-123' },
    });
    assert.equal(line.color, 'Attention');
    assert.equal(line.title, 'Gateway: could not be checked');
    assert.match(
      line.detail,
      /The phone system \(CloudLink\) took too long to answer\. Reference: corr-123\./,
    );
  });

  it('says healthy when nothing is wrong, else how many problems and of which kind', () => {
    const ok = syncStatusCardData(context(), health(), []);
    assert.match(ok.summary, /^Healthy/);
    assert.equal(ok.summaryStyle, 'good');
    const bad = syncStatusCardData(
      context('fr'),
      health((s) => {
        s.endpoints = { ok: true, value: lines(['a', 'noAnswer'], ['b', 'noAnswer']) };
        s.identityMap = { ok: true, value: identityMap({ lastSync: null }) };
      }),
      [],
    );
    // The offline gateway (inferred), and two warnings: never applied, two waiting to be added.
    assert.equal(bad.summary, '3 problèmes : 1 à corriger et 2 à surveiller');
    assert.equal(bad.summaryStyle, 'attention');
  });

  it('shows the five figures in the words of the seeds', () => {
    const fr = syncStatusCardData(context('fr'), health(), []);
    const facts = fr.sections.find((s) => s.id === 'userSync')!.facts.map((f) => f.title);
    assert.deepEqual(facts.slice(0, 5), [
      'Licences disponibles',
      'Total des licences',
      'Nouvelles adresses correspondantes à synchroniser',
      'Adresses manquantes à retirer',
      'Total des utilisateurs après la synchronisation',
    ]);
    const pt = syncStatusCardData(context('pt-BR'), health(), []);
    assert.equal(
      pt.sections.find((s) => s.id === 'userSync')!.facts[2]!.title,
      'Novos e-mails correspondentes a serem sincronizados',
    );
  });

  it('offers Sync now and the manual mappings only when the user sync could be read', () => {
    const without = syncStatusCardData(
      context(),
      health((s) => (s.teamsUsers = { ok: false, failure: { system: 'graph', kind: 'timeout' } })),
      [],
    );
    assert.deepEqual(
      without.actions.map((a) => a.verb),
      ['admin.sync.refresh'],
    );
    const withIt = syncStatusCardData(context(), health(), []);
    assert.deepEqual(
      withIt.actions.map((a) => [a.verb, a.title]),
      [
        ['admin.sync.now', 'Sync now'],
        ['admin.sync.mappings', 'Manual mappings (0)'],
        ['admin.sync.refresh', 'Refresh'],
      ],
    );
  });

  it('shows unknown licence figures as a dash, never as 0', () => {
    const data = syncStatusCardData(
      context(),
      health((s) => (s.licences = { ok: false, failure: { system: 'graph', kind: 'http', status: 403 } })),
      [],
    );
    const facts = data.sections.find((s) => s.id === 'userSync')!.facts;
    assert.deepEqual(
      facts.slice(0, 2).map((f) => f.value),
      ['—', '—'],
    );
  });

  describe('who will not sync', () => {
    const many = (): SyncHealth =>
      health((s) => {
        s.cloudLinkUsers = {
          ok: true,
          value: Array.from({ length: 23 }, (_, i) =>
            cloudLinkUser(`c${i}`, `p${i}@x.fr`, 'CTI', `Person ${i}`),
          ),
        };
        s.teamsUsers = {
          ok: true,
          value: Array.from({ length: 23 }, (_, i) =>
            teamsUser(`t${i}`, `p${i}.other@x.onmicrosoft.com`, true, `Person ${i}`),
          ),
        };
        s.identityMap = { ok: true, value: identityMap({ lastSync: null }) };
        s.endpoints = { ok: true, value: [] };
      });

    it('lists the first five on the status card with a button to see all', () => {
      const data = syncStatusCardData(context(), many(), []);
      const people = data.sections.find((s) => s.id === 'people')!;
      assert.equal(people.rows.length, 5);
      assert.deepEqual(
        people.more.map((m) => [m.title, m.verb, m.data]),
        [['See all 23', 'admin.sync.people', { page: 0 }]],
      );
    });

    it('pages the full list, with previous and next only where they lead somewhere', () => {
      const h = many();
      const first = syncPeopleCardData(context(), h, 0);
      assert.equal(first.rows.length, PEOPLE_PAGE_SIZE);
      assert.deepEqual(
        first.actions.map((a) => a.verb),
        ['admin.sync.people', 'admin.sync.refresh'],
      );
      assert.equal(first.subtitle, 'Page 1 of 3 · 23 in all');
      const last = syncPeopleCardData(context(), h, 99);
      assert.equal(last.subtitle, 'Page 3 of 3 · 23 in all');
      assert.equal(last.rows.length, 3);
      assert.deepEqual(
        last.actions.map((a) => a.data),
        [{ page: 1 }, {}],
      );
    });

    it('gives each person whose addresses differ a mapping button that names both accounts', () => {
      const row = syncPeopleCardData(context(), many(), 1).rows[0]!;
      assert.equal(row.actions.length, 1);
      assert.equal(row.actions[0]!.verb, 'admin.sync.map');
      const data = row.actions[0]!.data;
      assert.equal(`${String(data.cloudLinkId)}`.replace('c', 't'), data.teamsId);
      assert.equal(data.nonce, 'n1');
      assert.equal(data.page, 1);
      assert.match(row.fix, /or map p\d+\.other@x\.onmicrosoft\.com to p\d+@x\.fr\.$/);
    });

    it('shows both addresses of a mismatch, with the mapping button that fixes it', () => {
      const item: NotSyncing = {
        reason: 'emailMismatch',
        name: 'Hélène D’Almeida',
        cloudLinkId: 'c1',
        teamsId: 't1',
        email: 'helene@x.fr',
        upn: 'h.almeida@x.onmicrosoft.com',
        mail: 'h.almeida@x.onmicrosoft.com',
        matched: false,
        synced: true,
      };
      const row = notSyncingRow(translator('pt-BR'), item, 'p1', () => ({ cloudLinkId: 'c1' }));
      assert.deepEqual(row.facts, [
        { title: 'E-mail no CloudLink', value: 'helene@x.fr' },
        { title: 'Endereço no Teams (UPN)', value: 'h.almeida@x.onmicrosoft.com' },
        { title: 'Conector', value: 'sincronizado; será removido na próxima sincronização' },
      ]);
      assert.deepEqual(
        row.actions.map((a) => [a.title, a.verb]),
        [['Mapear estes endereços', 'admin.sync.map']],
      );
      assert.match(row.fix, /Troque o e-mail do CloudLink por h\.almeida@x\.onmicrosoft\.com/);
    });

    it('says which role a person has and which one the PBX needs', () => {
      const item: NotSyncing = {
        reason: 'noCloudLinkRole',
        name: 'Zoé',
        cloudLinkId: 'c1',
        teamsId: 't1',
        email: 'zoe@x.fr',
        upn: 'zoe@x.fr',
        role: 'User',
        requiredRole: 'CTI',
        matched: true,
        synced: false,
      };
      const row = notSyncingRow(translator('fr'), item, 'p1', () => ({}));
      assert.equal(row.line, 'Rôle CloudLink User, alors que le PBX exige CTI');
    });

    it("lists a person once, with every reason that applies, each in the reader's language", () => {
      const base = {
        name: 'Zoé',
        cloudLinkId: 'c1',
        teamsId: 't1',
        email: 'zoe@x.fr',
        upn: 'zoe@x.fr',
        matched: true,
        synced: false,
      };
      const items: NotSyncing[] = [
        { ...base, reason: 'noCloudLinkRole', role: null, requiredRole: 'CTI' },
        { ...base, reason: 'noTeamsPhoneLicense' },
      ];
      const data = syncStatusCardData(
        context('fr'),
        health((s) => {
          s.cloudLinkUsers = { ok: true, value: [cloudLinkUser('c1', 'zoe@x.fr', null, 'Zoé')] };
          s.teamsUsers = { ok: true, value: [teamsUser('t1', 'zoe@x.fr', false, 'Zoé')] };
          s.endpoints = { ok: true, value: [] };
        }),
        [],
      );
      const rows = data.sections.find((x) => x.id === 'people')!.rows;
      assert.deepEqual(
        rows.map((r) => r.title),
        ['Zoé'],
      );
      const row = personRow(translator('fr'), items, 'p1', () => ({}));
      assert.equal(rows[0]!.line, row.line);
      assert.equal(
        row.line,
        'Aucun rôle CloudLink : la passerelle ne surveille pas cette personne\n\nAussi : Pas de licence Teams Phone dans Microsoft 365',
      );
    });
  });
});
