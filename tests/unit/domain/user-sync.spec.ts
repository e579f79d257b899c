import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  computeUserSync,
  requiredCloudLinkRole,
  type ConnectorState,
  type NotSyncing,
  type PhoneSystemUser,
  type TeamsUser,
} from '../../../bot/domain/user-sync';
import type { PbxType } from '../../../bot/tenant/types';

const CLOUD: PhoneSystemUser[] = [
  { id: 'c1', name: 'Alice Martin', email: 'alice@contoso.fr', role: 'CTI', extension: '2001' },
  { id: 'c2', name: 'Bob Stone', email: 'bob@contoso.fr', role: 'CTI' },
  { id: 'c3', name: 'Carla Dias', email: 'carla@contoso.fr', role: null },
  { id: 'c4', name: "Hélène D'Almeida", email: 'helene.dalmeida@contoso.fr', role: 'CTI' },
  { id: 'c5', name: 'Paul Orphan', email: 'paul@contoso.fr', role: 'CTI' },
  { id: 'c6', name: 'Dup One', email: 'shared@contoso.fr', role: 'CTI' },
  { id: 'c7', name: 'Dup Two', email: 'Shared@contoso.fr', role: 'CTI' },
  { id: 'c8', name: 'Eve Case', email: 'EVE@Contoso.FR', role: 'CTI' },
  { id: 'c9', name: 'Fred Mail', email: 'fred@contoso.fr', role: 'CTI' },
  { id: 'c10', name: 'Gina Nolicence', email: 'gina@contoso.fr', role: 'CTI' },
];

const TEAMS: TeamsUser[] = [
  {
    id: 't1',
    name: 'Alice Martin',
    upn: 'alice@contoso.fr',
    mail: 'alice@contoso.fr',
    hasTeamsPhoneLicense: true,
  },
  { id: 't2', name: 'Bob Stone', upn: 'bob@contoso.fr', hasTeamsPhoneLicense: true },
  { id: 't3', name: 'Carla Dias', upn: 'carla@contoso.fr', hasTeamsPhoneLicense: true },
  {
    id: 't4',
    name: "Helene D'Almeida",
    upn: 'hdalmeida@contoso.onmicrosoft.com',
    mail: null,
    hasTeamsPhoneLicense: true,
  },
  { id: 't5', name: 'Shared Mailbox', upn: 'shared@contoso.fr', hasTeamsPhoneLicense: true },
  { id: 't8', name: 'Eve Case', upn: 'eve@contoso.fr', hasTeamsPhoneLicense: true },
  {
    id: 't9',
    name: 'Fred Mail',
    upn: 'fred.m@contoso.onmicrosoft.com',
    mail: 'fred@contoso.fr',
    hasTeamsPhoneLicense: true,
  },
  { id: 't10', name: 'Gina Nolicence', upn: 'gina@contoso.fr', hasTeamsPhoneLicense: false },
  { id: 't11', name: 'Tom Teams', upn: 'tom@contoso.fr', hasTeamsPhoneLicense: true },
];

const CONNECTOR: ConnectorState = {
  licensesTotal: 6,
  syncMode: 'automatic',
  manualMappings: [],
  synced: ['alice@contoso.fr', 'BOB@contoso.fr', 'paul@contoso.fr', 'old@contoso.fr'],
};

function only(list: NotSyncing[], reason: NotSyncing['reason']): NotSyncing[] {
  return list.filter((i) => i.reason === reason);
}

describe('domain/user-sync: computeUserSync', () => {
  describe('automatic mode on a small tenant', () => {
    const report = computeUserSync({
      phoneSystemUsers: CLOUD,
      teamsUsers: TEAMS,
      connector: CONNECTOR,
      pbxType: 'MiVoice 5000',
    });

    it('matches a Teams UPN or mail to the CloudLink e-mail, ignoring case', () => {
      assert.deepEqual(
        report.matched.map((m) => [m.cloudLink.id, m.teams.id]),
        [
          ['c1', 't1'],
          ['c2', 't2'],
          ['c3', 't3'],
          ['c8', 't8'],
          ['c9', 't9'],
          ['c10', 't10'],
        ],
      );
    });

    it('computes the five figures as the contract states them', () => {
      // matched: alice, bob, carla, eve, fred, gina; synced: alice, bob, paul, old.
      assert.deepEqual(report.toSync, [
        'carla@contoso.fr',
        'eve@contoso.fr',
        'fred@contoso.fr',
        'gina@contoso.fr',
      ]);
      assert.deepEqual(report.toRemove, ['old@contoso.fr', 'paul@contoso.fr']);
      assert.deepEqual(report.figures, {
        newToSync: 4,
        missingToRemove: 2,
        totalAfterSync: 6, // (4 synced − 2 missing) + 4 new
        licensesTotal: 6,
        licensesAvailable: 2, // 6 − 4 synced
        licensesShort: true,
        licensesShortBy: 2,
      });
    });

    it('cross-checks: total after the sync is the matched count, and each figure is its own list', () => {
      const f = report.figures;
      assert.equal(f.totalAfterSync, report.matched.length);
      assert.equal(f.newToSync, report.matched.filter((m) => !m.synced).length);
      assert.equal(f.missingToRemove, report.toRemove.length);
      assert.equal(f.licensesAvailable, (f.licensesTotal ?? 0) - CONNECTOR.synced.length);
    });

    it('names the likely pair of an e-mail mismatch, with both addresses', () => {
      assert.deepEqual(only(report.notSyncing, 'emailMismatch'), [
        {
          reason: 'emailMismatch',
          name: "Hélène D'Almeida",
          cloudLinkId: 'c4',
          teamsId: 't4',
          email: 'helene.dalmeida@contoso.fr',
          upn: 'hdalmeida@contoso.onmicrosoft.com',
          mail: null,
          matched: false,
          synced: false,
        },
      ]);
    });

    it('reports a missing CloudLink role with the role MiVoice 5000 needs', () => {
      const [issue, ...rest] = only(report.notSyncing, 'noCloudLinkRole');
      assert.equal(rest.length, 0);
      assert.equal(issue?.cloudLinkId, 'c3');
      assert.equal(issue?.role, null);
      assert.equal(issue?.requiredRole, 'CTI');
      assert.equal(issue?.matched, true);
    });

    it('reports a matched person without a Teams Phone licence', () => {
      assert.deepEqual(
        only(report.notSyncing, 'noTeamsPhoneLicense').map((i) => [i.cloudLinkId, i.upn]),
        [['c10', 'gina@contoso.fr']],
      );
    });

    it('reports people on one side only, saying when they are synced (missing to remove)', () => {
      assert.deepEqual(
        only(report.notSyncing, 'cloudLinkOnly').map((i) => [i.cloudLinkId, i.email, i.synced]),
        [['c5', 'paul@contoso.fr', true]],
      );
      assert.deepEqual(
        only(report.notSyncing, 'teamsOnly').map((i) => [i.teamsId, i.upn]),
        [['t11', 'tom@contoso.fr']],
      );
    });

    it('reports an address held twice, matching nobody', () => {
      const dups = only(report.notSyncing, 'duplicateAddress');
      assert.deepEqual(dups.map((i) => i.cloudLinkId ?? i.teamsId).sort(), ['c6', 'c7', 't5']);
      assert.ok(dups.every((i) => i.address === 'shared@contoso.fr' && !i.matched));
    });

    it('counts each reason', () => {
      assert.deepEqual(report.countsByReason, {
        duplicateAddress: 3,
        emailMismatch: 1,
        notMapped: 0,
        noCloudLinkRole: 1,
        noTeamsPhoneLicense: 1,
        cloudLinkOnly: 1,
        teamsOnly: 1,
      });
      assert.equal(report.notSyncing.length, 8);
    });
  });

  describe('CloudLink roles per PBX', () => {
    it('needs CTI on MiVoice 5000, User on MX-ONE, either elsewhere', () => {
      assert.equal(requiredCloudLinkRole('MiVoice 5000'), 'CTI');
      assert.equal(requiredCloudLinkRole('MiVoice MX-ONE'), 'User');
      assert.equal(requiredCloudLinkRole('MiVoice Office 400'), 'any');
      assert.equal(requiredCloudLinkRole('MiVoice Business'), 'any');
    });

    it('on MX-ONE, flags CTI roles as not the one needed', () => {
      const report = computeUserSync({
        phoneSystemUsers: CLOUD,
        teamsUsers: TEAMS,
        connector: CONNECTOR,
        pbxType: 'MiVoice MX-ONE',
      });
      const issues = only(report.notSyncing, 'noCloudLinkRole');
      assert.equal(issues.length, 6);
      assert.ok(issues.every((i) => i.requiredRole === 'User'));
      assert.deepEqual(issues.map((i) => i.role).sort(), ['CTI', 'CTI', 'CTI', 'CTI', 'CTI', null]);
    });

    it('on MiVoice Office 400, any role will do but none is still reported', () => {
      const report = computeUserSync({
        phoneSystemUsers: CLOUD,
        teamsUsers: TEAMS,
        connector: CONNECTOR,
        pbxType: 'MiVoice Office 400',
      });
      assert.deepEqual(
        only(report.notSyncing, 'noCloudLinkRole').map((i) => [i.cloudLinkId, i.requiredRole]),
        [['c3', 'any']],
      );
    });

    it('roles and licences do not change the figures', () => {
      const a = computeUserSync({
        phoneSystemUsers: CLOUD,
        teamsUsers: TEAMS,
        connector: CONNECTOR,
        pbxType: 'MiVoice MX-ONE',
      });
      const b = computeUserSync({
        phoneSystemUsers: CLOUD,
        teamsUsers: TEAMS,
        connector: CONNECTOR,
        pbxType: 'MiVoice Business',
      });
      assert.deepEqual(a.figures, b.figures);
    });
  });

  describe('manual mode', () => {
    const connector: ConnectorState = {
      ...CONNECTOR,
      syncMode: 'manual',
      manualMappings: [
        { upn: 'HDalmeida@contoso.onmicrosoft.com', email: 'helene.dalmeida@contoso.fr' },
        { upn: 'alice@contoso.fr', email: 'alice@contoso.fr' },
        { upn: 'alice@contoso.fr', email: 'alice@contoso.fr' },
        { upn: 'nobody@contoso.onmicrosoft.com', email: 'paul@contoso.fr' },
      ],
    };
    const report = computeUserSync({
      phoneSystemUsers: CLOUD,
      teamsUsers: TEAMS,
      connector,
      pbxType: 'MiVoice 5000',
    });

    it('only the mappings match, whatever the addresses', () => {
      assert.deepEqual(
        report.matched.map((m) => [m.cloudLink.id, m.teams.id]),
        [
          ['c1', 't1'],
          ['c4', 't4'],
        ],
      );
    });

    it('computes the figures from the mapped pairs', () => {
      // matched: alice (synced), helene (new); synced: alice, bob, paul, old → missing bob, paul, old.
      assert.deepEqual(report.figures, {
        newToSync: 1,
        missingToRemove: 3,
        totalAfterSync: 2,
        licensesTotal: 6,
        licensesAvailable: 2,
        licensesShort: false,
        licensesShortBy: 0,
      });
      assert.deepEqual(report.toRemove, ['bob@contoso.fr', 'old@contoso.fr', 'paul@contoso.fr']);
    });

    it('reports unmapped people with the account they would likely map to', () => {
      const bob = report.notSyncing.find((i) => i.cloudLinkId === 'c2');
      assert.equal(bob?.reason, 'notMapped');
      assert.equal(bob?.upn, 'bob@contoso.fr');
      assert.equal(bob?.synced, true);
      const paul = report.notSyncing.find((i) => i.cloudLinkId === 'c5');
      assert.equal(paul?.reason, 'cloudLinkOnly');
    });

    it('reports an address mapped to two accounts as a duplicate', () => {
      const twice = computeUserSync({
        phoneSystemUsers: CLOUD,
        teamsUsers: TEAMS,
        connector: {
          ...connector,
          manualMappings: [
            { upn: 'bob@contoso.fr', email: 'bob@contoso.fr' },
            { upn: 'tom@contoso.fr', email: 'bob@contoso.fr' },
            { upn: 'carla@contoso.fr', email: 'carla@contoso.fr' },
            { upn: 'carla@contoso.fr', email: 'eve@contoso.fr' },
          ],
        },
        pbxType: 'MiVoice 5000',
      });
      assert.equal(twice.matched.length, 0);
      const dups = only(twice.notSyncing, 'duplicateAddress');
      // c6 and c7 share an address too.
      assert.deepEqual(dups.map((i) => i.cloudLinkId ?? i.teamsId).sort(), [
        'c2',
        'c3',
        'c6',
        'c7',
        'c8',
        't11',
        't2',
        't3',
      ]);
    });
  });

  describe('duplicates in automatic mode', () => {
    it('a Teams account reached by two CloudLink addresses (its UPN and its mail) matches neither', () => {
      const report = computeUserSync({
        phoneSystemUsers: [
          { id: 'a', name: 'Ana Souza', email: 'ana@contoso.com.br', role: 'CTI' },
          { id: 'b', name: 'Ana S.', email: 'ana.souza@contoso.com.br', role: 'CTI' },
        ],
        teamsUsers: [
          {
            id: 't',
            name: 'Ana Souza',
            upn: 'ana.souza@contoso.com.br',
            mail: 'ana@contoso.com.br',
            hasTeamsPhoneLicense: true,
          },
        ],
        connector: { ...CONNECTOR, synced: [] },
        pbxType: 'MiVoice Business',
      });
      assert.equal(report.matched.length, 0);
      assert.equal(report.countsByReason.duplicateAddress, 3);
      assert.equal(report.figures.totalAfterSync, 0);
    });

    it('two Teams accounts with the same address match nobody', () => {
      const report = computeUserSync({
        phoneSystemUsers: [{ id: 'a', name: 'João Silva', email: 'joao@contoso.com.br', role: 'User' }],
        teamsUsers: [
          { id: 't1', name: 'João Silva', upn: 'joao@contoso.com.br', hasTeamsPhoneLicense: true },
          {
            id: 't2',
            name: 'João Silva (2)',
            upn: 'jsilva@contoso.com.br',
            mail: 'JOAO@contoso.com.br',
            hasTeamsPhoneLicense: true,
          },
        ],
        connector: { ...CONNECTOR, synced: ['joao@contoso.com.br'] },
        pbxType: 'MiVoice MX-ONE',
      });
      assert.equal(report.matched.length, 0);
      assert.deepEqual(report.toRemove, ['joao@contoso.com.br']);
      assert.ok(report.notSyncing.every((i) => i.reason === 'duplicateAddress' && i.synced));
    });
  });

  describe('against the contract, person by person', () => {
    // A tenant as the contract describes it: one record per person, with the CloudLink e-mail and the UPN.
    interface Person {
      email: string;
      upn: string | null;
      inCloudLink: boolean;
      inTeams: boolean;
      synced: boolean;
    }
    const person = fc.record({
      local: fc.constantFrom('ana', 'bia', 'caio', 'davi', 'eva', 'ugo', 'lia', 'noe', 'rui', 'ze'),
      upnDiffers: fc.boolean(),
      upperCase: fc.boolean(),
      inCloudLink: fc.boolean(),
      inTeams: fc.boolean(),
      synced: fc.boolean(),
    });

    it('gives the figures the contract defines, for any tenant', () => {
      fc.assert(
        fc.property(fc.array(person, { maxLength: 30 }), fc.nat(40), (raw, licensesTotal) => {
          const people: Person[] = raw.map((p, i) => ({
            email: `${p.local}${i}@contoso.fr`,
            upn: p.upnDiffers
              ? `${p.local}${i}@contoso.onmicrosoft.com`
              : p.upperCase
                ? `${p.local.toUpperCase()}${i}@CONTOSO.FR`
                : null,
            inCloudLink: p.inCloudLink,
            inTeams: p.inTeams,
            synced: p.synced,
          }));
          const matching = people.filter(
            (p) => p.inCloudLink && p.inTeams && (p.upn ?? p.email).toLowerCase() === p.email.toLowerCase(),
          );
          const synced = people.filter((p) => p.synced);
          const expectedNew = matching.filter((p) => !p.synced).length;
          const expectedMissing = synced.filter((p) => !matching.includes(p)).length;

          const report = computeUserSync({
            phoneSystemUsers: people.flatMap((p, i) =>
              p.inCloudLink ? [{ id: `c${i}`, name: `P ${i}`, email: p.email, role: 'CTI' as const }] : [],
            ),
            teamsUsers: people.flatMap((p, i) =>
              p.inTeams
                ? [{ id: `t${i}`, name: `P ${i}`, upn: p.upn ?? p.email, hasTeamsPhoneLicense: true }]
                : [],
            ),
            connector: {
              licensesTotal,
              syncMode: 'automatic',
              manualMappings: [],
              synced: synced.map((p) => p.email),
            },
            pbxType: 'MiVoice 5000',
          });
          assert.deepEqual(report.figures, {
            newToSync: expectedNew,
            missingToRemove: expectedMissing,
            totalAfterSync: synced.length - expectedMissing + expectedNew,
            licensesTotal,
            licensesAvailable: licensesTotal - synced.length,
            licensesShort: licensesTotal - synced.length < expectedNew,
            licensesShortBy: Math.max(0, expectedNew - (licensesTotal - synced.length)),
          });
        }),
        { numRuns: 200 },
      );
    });
  });

  describe('size', () => {
    it('handles 5,000 users on each side', () => {
      const n = 5000;
      const phoneSystemUsers: PhoneSystemUser[] = Array.from({ length: n }, (_, i) => ({
        id: `c${i}`,
        name: `Person ${i}`,
        email: `person${i}@contoso.fr`,
        role: i % 50 === 0 ? null : 'CTI',
      }));
      const teamsUsers: TeamsUser[] = Array.from({ length: n }, (_, i) => ({
        id: `t${i}`,
        name: `Person ${i}`,
        upn: i % 10 === 0 ? `p${i}@contoso.onmicrosoft.com` : `person${i}@contoso.fr`,
        hasTeamsPhoneLicense: i % 100 !== 1,
      }));
      const synced = Array.from({ length: 1000 }, (_, i) => `person${i}@contoso.fr`);
      const pbxType: PbxType = 'MiVoice 5000';
      const report = computeUserSync({
        phoneSystemUsers,
        teamsUsers,
        connector: { licensesTotal: 4000, syncMode: 'automatic', manualMappings: [], synced },
        pbxType,
      });
      assert.equal(report.matched.length, 4500);
      assert.equal(report.figures.newToSync, 3600);
      assert.equal(report.figures.missingToRemove, 100);
      assert.equal(report.figures.totalAfterSync, 4500);
      assert.equal(report.figures.licensesAvailable, 3000);
      assert.equal(report.figures.licensesShortBy, 600);
      assert.equal(report.countsByReason.emailMismatch, 500);
      // Everyone without a role (every 50th) is also mismatched (every 10th), so never matched.
      assert.equal(report.countsByReason.noCloudLinkRole, 0);
      assert.equal(report.countsByReason.noTeamsPhoneLicense, 50);
    });
  });
});
