import assert from 'node:assert/strict';
import { parseTenant } from '../../../bot/tenant/load';
import { fullTenant, minimalTenant } from './tenant-fixtures';

const now = new Date('2026-11-23T09:30:00Z');
const HOUR = 3_600_000;

describe('parseTenant defaults', () => {
  it("gives a person the contract's defaults when the file leaves them out", () => {
    const tenant = parseTenant(minimalTenant(), 'tenant.json', now);
    assert.deepEqual(tenant.people[0], {
      id: 'p1',
      name: 'Hélène Dupré',
      phones: {},
      cloudlinkRole: null,
      inCloudLink: true,
      inTeams: true,
      teamsPhoneLicense: true,
      admin: false,
      synced: false,
      presence: {},
    });
  });

  it('with no presenceIntegration, reports every check as not done and no client secret', () => {
    const tenant = parseTenant(minimalTenant(), 'tenant.json', now);
    assert.deepEqual(tenant.presenceIntegration, {
      appRegistered: false,
      permissionsGranted: false,
      adminConsent: false,
      clientSecretExpires: null,
      teamsIntegrationAdded: false,
      presenceSyncEnabled: false,
    });
  });

  it('with no connector, has no licences, automatic sync, no mappings and no sync yet', () => {
    const tenant = parseTenant(minimalTenant(), 'tenant.json', now);
    assert.deepEqual(tenant.connector, {
      licensesTotal: 0,
      syncMode: 'automatic',
      manualMappings: [],
      lastSync: { at: null, status: null, failures: [] },
    });
  });

  it('with no gateway, has it online and seen at load time', () => {
    const tenant = parseTenant(minimalTenant(), 'tenant.json', now);
    assert.deepEqual(tenant.pbx, {
      type: 'MiVoice Office 400',
      gateway: { status: 'online', lastSeen: now },
    });
  });

  it('with an offline gateway and no lastSeen, does not pretend it was seen', () => {
    const file = minimalTenant();
    file.pbx.gateway = { status: 'offline' };
    assert.equal(parseTenant(file, 'tenant.json', now).pbx.gateway.lastSeen, null);
  });

  it('with no calls, rooms or bookings, has empty lists', () => {
    const tenant = parseTenant(minimalTenant(), 'tenant.json', now);
    assert.deepEqual([tenant.calls, tenant.rooms, tenant.bookings], [[], [], []]);
  });

  it('derives the same GUID-shaped Azure tenant id from the same organisation name', () => {
    const a = parseTenant(minimalTenant(), 'a.json', now).organization.azureTenantId;
    const b = parseTenant(minimalTenant(), 'b.json', new Date()).organization.azureTenantId;
    const other = minimalTenant();
    other.organization.name = 'Another Company';
    const c = parseTenant(other, 'c.json', now).organization.azureTenantId;
    assert.match(a, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(a, b);
    assert.notEqual(a, c);
  });

  it('keeps what the file says over the defaults', () => {
    const tenant = parseTenant(fullTenant(), 'tenant.json', now);
    assert.equal(tenant.organization.azureTenantId, 'tenant-guid');
    assert.deepEqual(tenant.pbx.gateway, { status: 'offline', lastSeen: new Date(now.getTime() - 2 * HOUR) });
    const helene = tenant.people[0];
    assert.equal(helene?.cloudlinkRole, 'CTI');
    assert.equal(helene?.admin, true);
    assert.deepEqual(helene?.presence, { line: 'idle', teamsUserSet: null });
    assert.equal(tenant.connector.syncMode, 'manual');
    assert.equal(tenant.connector.licensesTotal, 10);
    assert.deepEqual(tenant.connector.manualMappings, [
      { upn: 'joao@example.com', email: 'joao@example.com' },
    ]);
    assert.equal(tenant.connector.lastSync.status, 'failed');
    assert.equal(tenant.presenceIntegration.adminConsent, false);
  });

  it('resolves every instant against the given now, relative or absolute', () => {
    const tenant = parseTenant(fullTenant(), 'tenant.json', now);
    assert.equal(tenant.calls[0]?.start.toISOString(), '2026-11-23T09:25:00.000Z');
    assert.equal(tenant.calls[1]?.start.toISOString(), '2026-11-20T08:00:00.000Z');
    assert.equal(tenant.bookings[0]?.start.toISOString(), '2026-11-23T09:00:00.000Z');
    assert.equal(tenant.bookings[0]?.end.toISOString(), '2026-11-23T10:00:00.000Z');
    assert.equal(tenant.presenceIntegration.clientSecretExpires?.toISOString(), '2026-12-13T09:30:00.000Z');
    assert.equal(tenant.connector.lastSync.at?.toISOString(), '2026-11-23T06:30:00.000Z');
    assert.equal(tenant.loadedAt.getTime(), now.getTime());
  });

  it('gives a room without equipment an empty list and keeps the optional room fields', () => {
    const tenant = parseTenant(fullTenant(), 'tenant.json', now);
    assert.deepEqual(tenant.rooms[0]?.equipment, []);
    assert.deepEqual(tenant.rooms[1], {
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
    });
  });

  it('records where the tenant came from', () => {
    assert.equal(parseTenant(minimalTenant(), '/etc/tenant.json', now).source, '/etc/tenant.json');
  });

  it('shares no object with the input, so changing one never changes the other', () => {
    const file = fullTenant();
    const tenant = parseTenant(file, 'tenant.json', now);
    tenant.people[0]!.phones.work = '+33100000000';
    tenant.rooms[1]!.equipment.push('phone');
    tenant.calls[0]!.peer.number = '+33100000000';
    assert.equal(file.people[0]?.phones?.work, '+33472562101');
    assert.deepEqual(file.rooms?.[1]?.equipment, ['display']);
    assert.equal(file.calls?.[0]?.peer.number, '+551130405101');
  });
});
