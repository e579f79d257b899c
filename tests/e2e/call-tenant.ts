/**
 * Small tenants for the call, presence and speed-dial tests: accents, people of the same first
 * name and surname, people without an extension, a CloudLink role or a Teams account.
 */
import type { PbxType, TenantFile, TenantFilePerson } from '../../bot/tenant/types';

export const CALLER = 'p-camille';
export const NO_EXTENSION = 'p-noe';
export const NO_ROLE = 'p-remi';
export const WRONG_ROLE = 'p-wanda';

/** The people of the call tests (ids stable, names chosen to collide on purpose). */
export function callPeople(): TenantFilePerson[] {
  return [
    {
      id: CALLER,
      name: 'Camille Durand',
      email: 'camille.durand@example.com',
      extension: '1001',
      phones: { work: '+33123451001', mobile: '+33611223301' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'p-alice',
      name: 'Alice Martin',
      email: 'alice.martin@example.com',
      extension: '2001',
      phones: { work: '+33123452001', mobile: '+33612342001', home: '+33198762001' },
      cloudlinkRole: 'CTI',
      presence: { line: 'idle', teamsClients: 'active' },
    },
    {
      id: 'p-alice-b',
      name: 'Alice Bernard',
      email: 'alice.bernard@example.com',
      extension: '2002',
      phones: { mobile: '+33612342002' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'p-bruno',
      name: 'Bruno Martin',
      email: 'bruno.martin@example.com',
      extension: '2005',
      phones: { work: '+33123452005' },
      cloudlinkRole: 'CTI',
    },
    {
      id: 'p-helene',
      name: "Hélène D'Almeida-Ferreira",
      email: 'helene.dalmeida@example.com',
      extension: '2003',
      phones: { mobile: '+33612342003' },
      cloudlinkRole: 'CTI',
      presence: { line: 'idle', teamsClients: 'inactive' },
    },
    {
      id: 'p-joao',
      name: 'João Gonçalves',
      email: 'joao.goncalves@example.com',
      extension: '2004',
      phones: { work: '+33123452004' },
      cloudlinkRole: 'CTI',
      presence: { line: 'connected', pbxUser: 'away', mitelOne: 'dnd', teamsClients: 'active' },
    },
    {
      id: NO_EXTENSION,
      name: 'Noé Lefèvre',
      email: 'noe.lefevre@example.com',
      phones: { mobile: '+33612342006' },
      cloudlinkRole: null,
    },
    {
      id: NO_ROLE,
      name: 'Rémi Caron',
      email: 'remi.caron@example.com',
      extension: '2007',
      phones: { work: '+33123452007' },
      cloudlinkRole: null,
    },
    {
      id: WRONG_ROLE,
      name: 'Wanda Petit',
      email: 'wanda.petit@example.com',
      extension: '2008',
      cloudlinkRole: 'User',
    },
    {
      id: 'p-tess',
      name: 'Tess Leroy',
      upn: 'tess.leroy@example.com',
      inCloudLink: false,
      presence: { teamsClients: 'presenting' },
    },
    {
      id: 'p-gone-line',
      name: 'Gaspard Roux',
      email: 'gaspard.roux@example.com',
      extension: '2010',
      phones: { work: '+33123452010' },
      cloudlinkRole: 'CTI',
      presence: { line: 'outOfService' },
    },
  ];
}

/** A tenant of these people on the given PBX, in Paris. */
export function callTenant(pbx: PbxType = 'MiVoice Office 400'): TenantFile {
  return {
    organization: { name: 'Exemple SA', timeZone: 'Europe/Paris' },
    pbx: { type: pbx },
    people: callPeople(),
    presenceIntegration: { teamsIntegrationAdded: true, presenceSyncEnabled: true },
  };
}
