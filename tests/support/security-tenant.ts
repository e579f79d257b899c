/**
 * A small tenant for the security tests: accented names, an accented e-mail address, a person whose
 * Teams and phone-system addresses differ (an unknown user), call history, rooms and a sync report
 * with failures, so that every kind of personal data the bot handles is there to leak, or not.
 */
import type { TenantFile } from '../../bot/tenant/types';

export const SECURITY_TENANT_ID = '3f9d2b7a-6c1e-4a8b-9d0f-1e2a3b4c5d6e';

export function securityTenant(): TenantFile {
  return {
    organization: { name: 'Société Sécurité', timeZone: 'Europe/Paris', azureTenantId: SECURITY_TENANT_ID },
    pbx: { type: 'MiVoice 5000', gateway: { status: 'online', lastSeen: '-PT1M' } },
    people: [
      {
        id: 'p-helene',
        name: "Hélène D'Almeida-Ferreira",
        email: 'helene.dalmeida@exemple.fr',
        upn: 'helene.dalmeida@exemple.fr',
        aadObjectId: '9b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4',
        extension: '2101',
        phones: { work: '+33472562101', mobile: '+33612345678', home: '+33478142536' },
        cloudlinkRole: 'CTI',
        admin: true,
        synced: true,
        presence: { line: 'idle', pbxUser: 'available', teamsClients: 'active' },
      },
      {
        id: 'p-joao',
        name: 'João Conceição',
        email: 'joao.conceicao@exemplo.com.br',
        upn: 'joao.conceicao@exemplo.com.br',
        extension: '5101',
        phones: { work: '+551130405101', mobile: '+5511987654321' },
        cloudlinkRole: 'User',
        synced: true,
        presence: { line: 'connected', teamsClients: 'inCall' },
      },
      {
        // In Teams under another address than the phone system's: an unknown user.
        id: 'p-zoe',
        name: 'Zoé Ørsted',
        email: 'zoé.ørsted@exemple.fr',
        upn: 'zoe.orsted@exemple.fr',
        extension: '2102',
        phones: { work: '+33472562102', mobile: '+33698765432' },
        cloudlinkRole: 'CTI',
      },
      {
        id: 'p-siobhan',
        name: "Siobhán O'Brien",
        email: "siobhan.o'brien@exemple.ie",
        extension: '3101',
        phones: { work: '+35318734926', mobile: '+353861234567' },
        cloudlinkRole: 'CTI',
        inTeams: false,
      },
    ],
    calls: [
      {
        id: 'c1',
        owner: 'p-helene',
        direction: 'inbound',
        peer: { name: 'João Conceição', number: '+551130405101' },
        start: '-PT5M',
        answered: false,
        durationSeconds: 0,
      },
      {
        id: 'c2',
        owner: 'p-helene',
        direction: 'outbound',
        peer: { number: '+441134960321' },
        start: '-PT2H',
        answered: true,
        durationSeconds: 125,
      },
      {
        id: 'c3',
        owner: 'p-joao',
        direction: 'inbound',
        peer: { name: "Hélène D'Almeida-Ferreira", number: '+33472562101' },
        start: '-P1D',
        answered: true,
        durationSeconds: 60,
      },
    ],
    rooms: [
      { id: 'r1', email: 'salle.fourviere@exemple.fr', name: 'Fourvière', capacity: 12, roomList: 'Lyon' },
      {
        id: 'r2',
        email: 'sala.paulista@exemplo.com.br',
        name: 'Paulista',
        capacity: 6,
        roomList: 'São Paulo',
        equipment: ['display'],
      },
    ],
    bookings: [
      { id: 'b1', room: 'r1', organizer: 'p-joao', subject: 'Point hebdo', start: '-PT30M', end: 'PT30M' },
    ],
    presenceIntegration: {
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: true,
      clientSecretExpires: 'P20D',
      teamsIntegrationAdded: true,
      presenceSyncEnabled: true,
    },
    connector: {
      licensesTotal: 10,
      syncMode: 'automatic',
      lastSync: {
        at: '-PT1H',
        status: 'failed',
        failures: [{ email: 'zoé.ørsted@exemple.fr', reason: 'No matching Teams user' }],
      },
    },
  };
}

/** Every e-mail address and phone number of the tenant (what must never reach a log in full). */
export function personalData(tenant: TenantFile): { emails: string[]; phones: string[] } {
  const emails = new Set<string>();
  const phones = new Set<string>();
  for (const p of tenant.people) {
    for (const e of [p.email, p.upn]) if (e) emails.add(e);
    for (const n of Object.values(p.phones ?? {})) if (n) phones.add(n);
  }
  for (const c of tenant.calls ?? []) phones.add(c.peer.number);
  for (const r of tenant.rooms ?? []) emails.add(r.email);
  for (const f of tenant.connector?.lastSync?.failures ?? []) emails.add(f.email);
  return { emails: [...emails], phones: [...phones] };
}
