import assert from 'node:assert/strict';
import { combinePresence, type PresencePart, type TeamsAvailability } from '../../../bot/domain/presence';
import type {
  LineState,
  MitelOnePresence,
  PbxUserPresence,
  PresenceSources,
  TeamsClientsState,
} from '../../../bot/tenant/types';

// The seed's table (004, section 7), copied as printed: phone, PBX user, Mitel One, Teams client → Teams.
const TABLE = `
Disponible	Disponible	Disponible	Hors ligne	Hors ligne
Disponible	Disponible	Disponible	Connecté, Inactif	Absent
Disponible	Disponible	Disponible	Connecté, actif	Disponible
Disponible	Disponible	Disponible	Occupé (dans un appel/une réunion de l'équipe)	Occupé
Disponible	Disponible	Disponible	Concentration/présentation	Ne pas déranger
Occupé	Disponible	Occupé	Hors ligne	Occupé
Occupé	Disponible	Occupé	Connecté, Inactif	Occupé
Occupé	Disponible	Occupé	Connecté, actif	Occupé
Occupé	Disponible	Occupé	Occupé (dans un appel/une réunion de l'équipe)	Occupé
Occupé	Disponible	Occupé	Concentration/présentation	Ne pas déranger
Disponible	Occupé	Occupé	Hors ligne	Occupé
Disponible	Occupé	Occupé	Connecté, Inactif	Occupé
Disponible	Occupé	Occupé	Connecté, actif	Occupé
Disponible	Occupé	Occupé	Occupé (dans un appel/une réunion de l'équipe)	Occupé
Disponible	Occupé	Occupé	Concentration/présentation	Ne pas déranger
`;

const PHONE: Record<string, LineState> = { Disponible: 'idle', Occupé: 'connected' };
const PBX_USER: Record<string, PbxUserPresence> = { Disponible: 'available', Occupé: 'busy' };
const MITEL_ONE: Record<string, MitelOnePresence> = { Disponible: 'available', Occupé: 'busy' };
const CLIENT: Record<string, TeamsClientsState> = {
  'Hors ligne': 'offline',
  'Connecté, Inactif': 'inactive',
  'Connecté, actif': 'active',
  "Occupé (dans un appel/une réunion de l'équipe)": 'inCall',
  'Concentration/présentation': 'presenting',
};
const TEAMS: Record<string, TeamsAvailability> = {
  'Hors ligne': 'Offline',
  Absent: 'Away',
  Disponible: 'Available',
  Occupé: 'Busy',
  'Ne pas déranger': 'DoNotDisturb',
};

function part(parts: PresencePart[], source: PresencePart['source']): PresencePart {
  const found = parts.find((p) => p.source === source);
  assert.ok(found, `no part for ${source}`);
  return found;
}

describe('domain/presence: combinePresence', () => {
  describe("the seed's table (MiVoice Office 400 with Mitel One, nothing set by the user in Teams)", () => {
    const rows = TABLE.trim().split('\n');
    it('has the 15 rows of the seed', () => {
      assert.equal(rows.length, 15);
    });
    rows.forEach((row, i) => {
      const [phone, pbxUser, mitelOne, client, expected] = row.split('\t') as [
        string,
        string,
        string,
        string,
        string,
      ];
      it(`row ${i + 1}: « ${phone} | ${pbxUser} | ${mitelOne} | ${client} » shows « ${expected} » in Teams`, () => {
        const sources: PresenceSources = {
          line: PHONE[phone],
          pbxUser: PBX_USER[pbxUser],
          mitelOne: MITEL_ONE[mitelOne],
          teamsClients: CLIENT[client],
        };
        assert.ok(
          sources.line && sources.pbxUser && sources.mitelOne && sources.teamsClients,
          'row not mapped',
        );
        const result = combinePresence(sources, 'MiVoice Office 400');
        assert.equal(result.shown, TEAMS[expected]);
        assert.equal(result.teams.availability, TEAMS[expected]);
      });
    });
  });

  describe('the FAQ statements', () => {
    it('a state the user set in Teams wins over every application session (FAQ 16)', () => {
      const result = combinePresence(
        { line: 'connected', mitelOne: 'busy', teamsClients: 'presenting', teamsUserSet: 'Available' },
        'MiVoice Office 400',
      );
      assert.equal(result.shown, 'Available');
      assert.equal(result.teams.activity, 'Available');
      assert.equal(part(result.parts, 'teamsUserSet').decisive, true);
      assert.equal(part(result.parts, 'teamsClients').note, 'userSetWins');
      assert.equal(part(result.parts, 'cloudLinkSession').note, 'userSetWins');
      assert.equal(part(result.parts, 'cloudLinkSession').counted, false);
    });

    it('a user-set Away stays Away while the phone is busy (FAQ 16)', () => {
      const result = combinePresence(
        { line: 'connected', teamsClients: 'active', teamsUserSet: 'Away' },
        'MiVoice 5000',
      );
      assert.equal(result.cloudLink, 'Busy');
      assert.equal(result.shown, 'Away');
    });

    it('Mitel One Away with Teams clients active shows Available, Available outranking Away (FAQ 5)', () => {
      const result = combinePresence(
        { line: 'idle', mitelOne: 'away', teamsClients: 'active' },
        'MiVoice Office 400',
      );
      assert.equal(result.cloudLink, 'Away');
      assert.equal(result.shown, 'Available');
      const session = part(result.parts, 'cloudLinkSession');
      assert.equal(session.contribution, 'Away');
      assert.equal(session.note, 'outranked');
      assert.equal(part(result.parts, 'teamsClients').decisive, true);
    });

    it('a busy phone while Mitel One is Away stays Away in CloudLink (section 7 note)', () => {
      const result = combinePresence({ line: 'connected', mitelOne: 'away' }, 'MiVoice Office 400');
      assert.equal(result.cloudLink, 'Away');
      assert.equal(part(result.parts, 'mitelOne').decisive, true);
      assert.equal(part(result.parts, 'line').note, 'outranked');
    });

    it('CloudLink Away with every Teams client signed out shows Away, Away outranking Offline (section 7 note)', () => {
      const result = combinePresence(
        { line: 'idle', mitelOne: 'away', teamsClients: 'offline' },
        'MiVoice Office 400',
      );
      assert.equal(result.shown, 'Away');
      assert.equal(part(result.parts, 'cloudLinkSession').decisive, true);
    });

    it('ignores PBX user presence on MiVoice 5000 and says why', () => {
      const result = combinePresence(
        { line: 'idle', pbxUser: 'away', teamsClients: 'active' },
        'MiVoice 5000',
      );
      assert.equal(result.cloudLink, 'Available');
      const pbxUser = part(result.parts, 'pbxUser');
      assert.equal(pbxUser.counted, false);
      assert.equal(pbxUser.raw, 'away');
      assert.equal(pbxUser.note, 'pbxUserOnlyOnOffice400');
    });

    it('counts PBX user presence on MiVoice Office 400', () => {
      const result = combinePresence({ line: 'idle', pbxUser: 'away' }, 'MiVoice Office 400');
      assert.equal(result.cloudLink, 'Away');
      assert.equal(part(result.parts, 'pbxUser').counted, true);
    });
  });

  describe('CloudLink combination', () => {
    it('applies Away > Do not disturb > Busy > Available > Offline > Unknown', () => {
      const pbx = 'MiVoice Office 400';
      assert.equal(
        combinePresence({ line: 'connected', pbxUser: 'unavailable' }, pbx).cloudLink,
        'DoNotDisturb',
      );
      assert.equal(combinePresence({ line: 'ringing', mitelOne: 'available' }, pbx).cloudLink, 'Busy');
      assert.equal(combinePresence({ line: 'held' }, pbx).cloudLink, 'Busy');
      assert.equal(
        combinePresence({ line: 'outOfService', mitelOne: 'available' }, pbx).cloudLink,
        'Available',
      );
      assert.equal(combinePresence({ line: 'unknown', mitelOne: 'offline' }, pbx).cloudLink, 'Offline');
      assert.equal(combinePresence({ line: 'unknown' }, pbx).cloudLink, 'Unknown');
      assert.equal(combinePresence({}, pbx).cloudLink, 'Unknown');
    });

    it('maps MiVoice Office 400 user states: meeting is Busy, unavailable is Do not disturb', () => {
      assert.equal(combinePresence({ pbxUser: 'meeting' }, 'MiVoice Office 400').cloudLink, 'Busy');
      assert.equal(combinePresence({ pbxUser: 'busy' }, 'MiVoice Office 400').cloudLink, 'Busy');
      assert.equal(
        combinePresence({ pbxUser: 'unavailable' }, 'MiVoice Office 400').cloudLink,
        'DoNotDisturb',
      );
      assert.equal(combinePresence({ pbxUser: 'available' }, 'MiVoice Office 400').cloudLink, 'Available');
    });

    it('maps Mitel One states', () => {
      const pbx = 'MiVoice Office 400';
      assert.equal(combinePresence({ mitelOne: 'available' }, pbx).cloudLink, 'Available');
      assert.equal(combinePresence({ mitelOne: 'away' }, pbx).cloudLink, 'Away');
      assert.equal(combinePresence({ mitelOne: 'busy' }, pbx).cloudLink, 'Busy');
      assert.equal(combinePresence({ mitelOne: 'dnd' }, pbx).cloudLink, 'DoNotDisturb');
      assert.equal(combinePresence({ mitelOne: 'offline' }, pbx).cloudLink, 'Offline');
    });
  });

  describe('Teams combination', () => {
    it('does not sync CloudLink Do not disturb to Teams', () => {
      const result = combinePresence(
        { line: 'idle', pbxUser: 'unavailable', teamsClients: 'active' },
        'MiVoice Office 400',
      );
      assert.equal(result.cloudLink, 'DoNotDisturb');
      assert.equal(result.shown, 'Available');
      const session = part(result.parts, 'cloudLinkSession');
      assert.equal(session.contribution, null);
      assert.equal(session.note, 'dndNotSynced');
    });

    it('shows Offline when the clients are offline and the phone is idle: CloudLink Available adds nothing', () => {
      const result = combinePresence({ line: 'idle', teamsClients: 'offline' }, 'MiVoice Business');
      assert.equal(result.shown, 'Offline');
      assert.equal(part(result.parts, 'cloudLinkSession').note, 'availableAddsNothing');
      assert.equal(part(result.parts, 'teamsClients').decisive, true);
    });

    it('a call on the line reaches Teams as Busy, In a call', () => {
      const result = combinePresence({ line: 'connected', teamsClients: 'active' }, 'MiVoice MX-ONE');
      assert.deepEqual(result.teams, { availability: 'Busy', activity: 'InACall' });
      assert.equal(part(result.parts, 'teamsClients').note, 'outranked');
    });

    it('a PBX meeting reaches Teams as Busy, In a call: the pairs Graph setPresence accepts', () => {
      const result = combinePresence(
        { line: 'idle', pbxUser: 'meeting', teamsClients: 'offline' },
        'MiVoice Office 400',
      );
      assert.deepEqual(result.teams, { availability: 'Busy', activity: 'InACall' });
      const away = combinePresence({ mitelOne: 'away', teamsClients: 'offline' }, 'MiVoice Office 400');
      assert.deepEqual(away.teams, { availability: 'Away', activity: 'Away' });
    });

    it('gives the clients their Graph activities', () => {
      const pbx = 'MiVoice Business';
      assert.deepEqual(combinePresence({ teamsClients: 'presenting' }, pbx).teams, {
        availability: 'DoNotDisturb',
        activity: 'Presenting',
      });
      assert.deepEqual(combinePresence({ teamsClients: 'inCall' }, pbx).teams, {
        availability: 'Busy',
        activity: 'InACall',
      });
      assert.deepEqual(combinePresence({ teamsClients: 'inactive' }, pbx).teams, {
        availability: 'Away',
        activity: 'Away',
      });
      assert.deepEqual(combinePresence({ teamsClients: 'offline' }, pbx).teams, {
        availability: 'Offline',
        activity: 'Offline',
      });
    });

    it('reports a user-set Offline as Offline, Off work, and Be right back as such', () => {
      assert.deepEqual(combinePresence({ teamsUserSet: 'Offline' }, 'MiVoice 5000').teams, {
        availability: 'Offline',
        activity: 'OffWork',
      });
      assert.equal(
        combinePresence({ teamsUserSet: 'BeRightBack', teamsClients: 'active' }, 'MiVoice 5000').shown,
        'BeRightBack',
      );
    });

    it('says PresenceUnknown when no source says anything Teams can show', () => {
      const result = combinePresence({}, 'MiVoice 5000');
      assert.deepEqual(result.teams, { availability: 'PresenceUnknown', activity: 'PresenceUnknown' });
      assert.equal(result.shown, 'PresenceUnknown');
      assert.ok(
        result.parts.filter((p) => p.source !== 'cloudLinkSession').every((p) => p.note === 'notReported'),
      );
    });

    it('treats an explicit null user-set state as none', () => {
      assert.equal(
        combinePresence({ teamsClients: 'active', teamsUserSet: null }, 'MiVoice 5000').shown,
        'Available',
      );
    });
  });

  describe('the explanation', () => {
    it('has one part per source, with raw values and contributions', () => {
      const result = combinePresence(
        { line: 'connected', pbxUser: 'available', mitelOne: 'busy', teamsClients: 'inactive' },
        'MiVoice Office 400',
      );
      assert.deepEqual(
        result.parts.map((p) => [p.source, p.raw, p.into, p.contribution, p.counted, p.decisive]),
        [
          ['line', 'connected', 'cloudLink', 'Busy', true, true],
          ['pbxUser', 'available', 'cloudLink', 'Available', true, false],
          ['mitelOne', 'busy', 'cloudLink', 'Busy', true, true],
          ['teamsClients', 'inactive', 'teams', 'Away', true, false],
          ['teamsUserSet', null, 'teams', null, false, false],
          ['cloudLinkSession', 'Busy', 'teams', 'Busy', true, true],
        ],
      );
      assert.equal(result.shown, 'Busy');
    });
  });
});
