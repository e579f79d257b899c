// Tenants built in code for the simulator tests: accents, apostrophes, a UPN that differs from the
// CloudLink e-mail, people on one side only, a line out of service, a person without a role.
import type { Tenant, TenantCall, TenantPerson, TenantRoom } from '../../../bot/tenant/types';

export const LOADED_AT = new Date('2026-11-23T09:00:00Z');
export const AZURE_TENANT_ID = '9a1d2c3e-0000-4000-8000-00000000ab01';

const MINUTE = 60_000;

/** A person with every default of the contract, changed by `over`. */
export function person(over: Partial<TenantPerson> & { id: string; name: string }): TenantPerson {
  return {
    phones: {},
    cloudlinkRole: 'CTI',
    inCloudLink: true,
    inTeams: true,
    teamsPhoneLicense: true,
    admin: false,
    synced: false,
    presence: {},
    ...over,
  };
}

/** A call `minutesAgo` before LOADED_AT. */
export function call(
  over: Partial<TenantCall> & { id: string; owner: string; minutesAgo: number },
): TenantCall {
  const { minutesAgo, ...rest } = over;
  return {
    direction: 'inbound',
    peer: { number: '+33612345678' },
    answered: true,
    durationSeconds: 60,
    start: new Date(LOADED_AT.getTime() - minutesAgo * MINUTE),
    ...rest,
  };
}

export function room(over: Partial<TenantRoom> & { id: string; name: string; email: string }): TenantRoom {
  return { capacity: 6, roomList: 'Siège Paris', equipment: [], ...over };
}

/** The small tenant most tests use. */
export function sampleTenant(over: Partial<Tenant> = {}): Tenant {
  const people: TenantPerson[] = [
    person({
      id: 'p-helene',
      name: "Hélène D'Almeida-Ferreira",
      email: "Helene.D'Almeida@acme.fr",
      upn: "helene.d'almeida@acme.fr",
      aadObjectId: '11111111-1111-4111-8111-111111111111',
      extension: '1001',
      phones: { work: '+33123451001', mobile: '+33612341001', home: '+33145671001' },
      admin: true,
      synced: true,
      presence: { line: 'idle', pbxUser: 'available', teamsClients: 'active' },
    }),
    person({
      id: 'p-joao',
      name: 'João Conceição',
      email: 'joao@acme.fr',
      upn: 'joao.conceicao@acme.onmicrosoft.com',
      extension: '1002',
      phones: { work: '+33123451002' },
      cloudlinkRole: 'User',
      synced: true,
      presence: { line: 'connected', teamsClients: 'inactive' },
    }),
    person({
      id: 'p-olivier',
      name: 'Olivier Hors-Service',
      email: 'olivier@acme.fr',
      extension: '1003',
      phones: { work: '+33123451003' },
      presence: { line: 'outOfService', teamsClients: 'offline' },
    }),
    person({
      id: 'p-norole',
      name: 'Nora Sansrôle',
      email: 'nora@acme.fr',
      extension: '1004',
      cloudlinkRole: null,
      presence: { line: 'connected', mitelOne: 'away', teamsClients: 'active' },
    }),
    person({
      id: 'p-teams-only',
      name: 'Tess Teams',
      email: 'tess@acme.fr',
      inCloudLink: false,
      presence: { teamsClients: 'presenting' },
    }),
    person({
      id: 'p-pbx-only',
      name: 'Pierre PBX',
      email: 'pierre@acme.fr',
      extension: '1006',
      phones: { work: '+33123451006' },
      inTeams: false,
    }),
    person({
      id: 'p-nolicence',
      name: 'Lúcia Semlicença',
      email: 'lucia@acme.fr',
      extension: '1007',
      teamsPhoneLicense: false,
      presence: { teamsClients: 'active', teamsUserSet: 'Away' },
    }),
    person({
      id: 'p-synced-gone',
      name: 'Gaston Parti',
      email: 'gaston@acme.fr',
      inTeams: false,
      synced: true,
    }),
  ];
  const calls: TenantCall[] = [];
  for (let i = 0; i < 30; i++) {
    calls.push(
      call({
        id: `c-${i}`,
        owner: 'p-helene',
        minutesAgo: 10 + i * 60,
        direction: i % 3 === 0 ? 'outbound' : 'inbound',
        answered: i % 4 !== 1,
        peer: i % 5 === 0 ? { number: '1002' } : { number: `+3361234${String(5000 + i)}`, name: `Peer ${i}` },
      }),
    );
  }
  calls.push(call({ id: 'c-joao-1', owner: 'p-joao', minutesAgo: 5 }));
  calls.push(call({ id: 'c-norole-1', owner: 'p-norole', minutesAgo: 5 }));
  const rooms: TenantRoom[] = [
    room({
      id: 'r-seine',
      name: 'Salle Seine',
      email: 'seine@rooms.acme.fr',
      capacity: 8,
      building: 'Siège',
      floor: '2',
      equipment: ['display', 'videoConference'],
      device: 'GoToRoom',
    }),
    room({
      id: 'r-loire',
      name: 'Salle Loire',
      email: 'loire@rooms.acme.fr',
      capacity: 4,
      floor: 'RDC',
      equipment: ['phone'],
    }),
    room({
      id: 'r-rhone',
      name: 'Salle Rhône',
      email: 'rhone@rooms.acme.fr',
      capacity: 12,
      roomList: 'Lyon',
      wheelchairAccessible: true,
    }),
  ];
  const at = (minutes: number): Date => new Date(LOADED_AT.getTime() + minutes * MINUTE);
  return {
    source: 'tests/unit/simulator/fixtures.ts',
    loadedAt: LOADED_AT,
    organization: { name: 'Acmé & Cie', timeZone: 'Europe/Paris', azureTenantId: AZURE_TENANT_ID },
    pbx: { type: 'MiVoice Office 400', gateway: { status: 'online', lastSeen: at(-2) } },
    people,
    calls,
    rooms,
    bookings: [
      { id: 'b-1', room: 'r-seine', organizer: 'p-helene', subject: 'Revue', start: at(60), end: at(120) },
      { id: 'b-2', room: 'r-loire', organizer: 'p-joao', subject: 'Point', start: at(90), end: at(150) },
    ],
    presenceIntegration: {
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: true,
      clientSecretExpires: at(60 * 24 * 90),
      teamsIntegrationAdded: true,
      presenceSyncEnabled: true,
    },
    connector: {
      licensesTotal: 10,
      syncMode: 'automatic',
      manualMappings: [],
      lastSync: { at: at(-60), status: 'succeeded', failures: [] },
    },
    ...over,
  };
}

/** A large tenant: `people` people (every tenth only in Teams) and `calls` records spread over them. */
export function largeTenant(peopleCount: number, callCount: number): Tenant {
  const people: TenantPerson[] = [];
  for (let i = 0; i < peopleCount; i++) {
    people.push(
      person({
        id: `p${i}`,
        name: `Personne ${i} Élodie`,
        email: `user${i}@big.example`,
        extension: String(10000 + i),
        phones: { work: `+3314000${String(i).padStart(4, '0')}` },
        inCloudLink: i % 10 !== 9,
        presence: { line: 'idle', teamsClients: 'active' },
      }),
    );
  }
  const calls: TenantCall[] = [];
  for (let i = 0; i < callCount; i++) {
    calls.push(
      call({
        id: `c${i}`,
        owner: `p${(i * 7) % 50}`,
        minutesAgo: i,
        direction: i % 2 === 0 ? 'inbound' : 'outbound',
        answered: i % 3 !== 0,
      }),
    );
  }
  return sampleTenant({ people, calls, bookings: [] });
}
