/**
 * Turns a checked tenant file into the loaded model: the contract's defaults applied, every
 * instant resolved. Builds fresh objects, so the loaded tenant shares nothing with the input.
 */
import { createHash } from 'node:crypto';
import { InvalidInstantError, resolveInstant } from './relative-time';
import { TenantFileError } from './tenant-file-error';
import type {
  Tenant,
  TenantBooking,
  TenantCall,
  TenantFile,
  TenantFilePerson,
  TenantPerson,
  TenantRoom,
} from './types';

/** Builds the loaded tenant from a schema-valid, consistent file; throws `TenantFileError`. */
export function applyDefaults(file: TenantFile, source: string, now: Date): Tenant {
  const at = (text: string, jsonPath: string): Date => {
    try {
      return resolveInstant(text, now);
    } catch (error) {
      if (error instanceof InvalidInstantError) throw new TenantFileError(source, jsonPath, error.message);
      throw error;
    }
  };

  const gateway = file.pbx.gateway;
  const status = gateway?.status ?? 'online';
  const lastSeen =
    gateway?.lastSeen !== undefined
      ? at(gateway.lastSeen, '$.pbx.gateway.lastSeen')
      : status === 'online'
        ? new Date(now.getTime())
        : null;

  const people = file.people.map(person);
  const calls = (file.calls ?? []).map((call, i): TenantCall => ({
    id: call.id,
    owner: call.owner,
    direction: call.direction,
    peer:
      call.peer.name !== undefined
        ? { name: call.peer.name, number: call.peer.number }
        : { number: call.peer.number },
    start: at(call.start, `$.calls[${i}].start`),
    answered: call.answered,
    durationSeconds: call.durationSeconds,
  }));
  const rooms = (file.rooms ?? []).map((room): TenantRoom => {
    const loaded: TenantRoom = { ...room, equipment: [...(room.equipment ?? [])] };
    return loaded;
  });
  const bookings = (file.bookings ?? []).map((booking, i): TenantBooking => {
    const start = at(booking.start, `$.bookings[${i}].start`);
    const end = at(booking.end, `$.bookings[${i}].end`);
    if (end.getTime() <= start.getTime()) {
      throw new TenantFileError(
        source,
        `$.bookings[${i}].end`,
        `must be after start (start ${start.toISOString()}, end ${end.toISOString()})`,
      );
    }
    return {
      id: booking.id,
      room: booking.room,
      organizer: booking.organizer,
      subject: booking.subject,
      start,
      end,
    };
  });

  const integration = file.presenceIntegration ?? {};
  const secret = integration.clientSecretExpires;
  const connector = file.connector ?? {};
  const lastSync = connector.lastSync ?? {};

  return {
    source,
    loadedAt: new Date(now.getTime()),
    organization: {
      name: file.organization.name,
      timeZone: file.organization.timeZone,
      azureTenantId: file.organization.azureTenantId ?? guidFrom(`tenant:${file.organization.name}`),
    },
    pbx: { type: file.pbx.type, gateway: { status, lastSeen } },
    people,
    calls,
    rooms,
    bookings,
    presenceIntegration: {
      appRegistered: integration.appRegistered ?? false,
      permissionsGranted: integration.permissionsGranted ?? false,
      adminConsent: integration.adminConsent ?? false,
      clientSecretExpires:
        secret === undefined || secret === null
          ? null
          : at(secret, '$.presenceIntegration.clientSecretExpires'),
      teamsIntegrationAdded: integration.teamsIntegrationAdded ?? false,
      presenceSyncEnabled: integration.presenceSyncEnabled ?? false,
    },
    connector: {
      licensesTotal: connector.licensesTotal ?? 0,
      syncMode: connector.syncMode ?? 'automatic',
      manualMappings: (connector.manualMappings ?? []).map((m) => ({ upn: m.upn, email: m.email })),
      lastSync: {
        at: lastSync.at !== undefined ? at(lastSync.at, '$.connector.lastSync.at') : null,
        status: lastSync.status ?? null,
        failures: (lastSync.failures ?? []).map((f) => ({ email: f.email, reason: f.reason })),
      },
    },
  };
}

function person(p: TenantFilePerson): TenantPerson {
  const loaded: TenantPerson = {
    id: p.id,
    name: p.name,
    phones: { ...(p.phones ?? {}) },
    cloudlinkRole: p.cloudlinkRole ?? null,
    inCloudLink: p.inCloudLink ?? true,
    inTeams: p.inTeams ?? true,
    teamsPhoneLicense: p.teamsPhoneLicense ?? true,
    admin: p.admin ?? false,
    synced: p.synced ?? false,
    presence: { ...(p.presence ?? {}) },
  };
  if (p.email !== undefined) loaded.email = p.email;
  if (p.upn !== undefined) loaded.upn = p.upn;
  if (p.aadObjectId !== undefined) loaded.aadObjectId = p.aadObjectId;
  if (p.extension !== undefined) loaded.extension = p.extension;
  return loaded;
}

/** A stable GUID (name-based, version 5 layout) derived from a text. */
export function guidFrom(text: string): string {
  const hex = createHash('sha1').update(text, 'utf8').digest('hex').slice(0, 32).split('');
  hex[12] = '5';
  hex[16] = ((parseInt(hex[16] ?? '0', 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
}
