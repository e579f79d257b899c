// A small valid tenant file for the loader's tests; each test changes a fresh copy.
import type { TenantFile } from '../../../bot/tenant/types';

export function minimalTenant(): TenantFile {
  return {
    organization: { name: 'Société Exemple', timeZone: 'Europe/Paris' },
    pbx: { type: 'MiVoice Office 400' },
    people: [{ id: 'p1', name: 'Hélène Dupré' }],
  };
}

export function fullTenant(): TenantFile {
  return {
    organization: { name: 'Société Exemple', timeZone: 'America/Sao_Paulo', azureTenantId: 'tenant-guid' },
    pbx: { type: 'MiVoice 5000', gateway: { status: 'offline', lastSeen: '-PT2H' } },
    people: [
      {
        id: 'p1',
        name: "Hélène D'Almeida-Ferreira",
        email: 'helene@example.com',
        upn: 'helene@example.com',
        extension: '2101',
        phones: { work: '+33472562101', mobile: '+33612345678' },
        cloudlinkRole: 'CTI',
        admin: true,
        presence: { line: 'idle', teamsUserSet: null },
      },
      {
        id: 'p2',
        name: 'João Conceição',
        email: 'joao@example.com',
        extension: '5101',
        cloudlinkRole: 'User',
      },
    ],
    calls: [
      {
        id: 'c1',
        owner: 'p1',
        direction: 'inbound',
        peer: { name: 'João Conceição', number: '+551130405101' },
        start: '-PT5M',
        answered: false,
        durationSeconds: 0,
      },
      {
        id: 'c2',
        owner: 'p2',
        direction: 'outbound',
        peer: { number: '+441134960321' },
        start: '2026-11-20T08:00:00Z',
        answered: true,
        durationSeconds: 125,
      },
    ],
    rooms: [
      { id: 'r1', email: 'salle.fourviere@example.com', name: 'Fourvière', capacity: 12, roomList: 'Lyon' },
      {
        id: 'r2',
        email: 'sala.paulista@example.com',
        name: 'Paulista',
        capacity: 16,
        roomList: 'São Paulo',
        building: 'Vila Olímpia',
        floor: '8',
        equipment: ['display'],
        wheelchairAccessible: true,
        device: 'GoToRoom',
      },
    ],
    bookings: [
      { id: 'b1', room: 'r1', organizer: 'p2', subject: 'Point hebdo', start: '-PT30M', end: 'PT30M' },
    ],
    presenceIntegration: {
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: false,
      clientSecretExpires: 'P20D',
      teamsIntegrationAdded: true,
      presenceSyncEnabled: true,
    },
    connector: {
      licensesTotal: 10,
      syncMode: 'manual',
      manualMappings: [{ upn: 'joao@example.com', email: 'joao@example.com' }],
      lastSync: {
        at: '-PT3H',
        status: 'failed',
        failures: [{ email: 'joao@example.com', reason: 'no licence' }],
      },
    },
  };
}
