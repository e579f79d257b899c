/** Sources of "sync status" built by hand, healthy unless a test changes them. */
import type { SyncSources } from '../../../../bot/commands/admin/sync-sources';
import {
  GRAPH_RESOURCE_APP_ID,
  PRESENCE_READWRITE_ALL_ROLE_ID,
  USER_READ_ALL_ROLE_ID,
  type AppRegistration,
  type CloudLinkUser,
  type GraphUser,
  type TeamsIntegration,
} from '../../../../bot/services';

export const NOW = new Date('2026-11-23T10:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;

export function cloudLinkUser(
  id: string,
  email: string,
  role: CloudLinkUser['role'] = 'CTI',
  name = `Person ${id}`,
): CloudLinkUser {
  return { id, accountId: 'acc', name, email, phones: {}, role };
}

export function teamsUser(id: string, upn: string, licensed = true, name = `Person ${id}`): GraphUser {
  return {
    id,
    userPrincipalName: upn,
    mail: upn,
    displayName: name,
    skuIds: [],
    hasTeamsPhoneLicense: licensed,
  };
}

export function app(overrides: Partial<AppRegistration> = {}): AppRegistration {
  return {
    id: 'obj',
    appId: 'presence-app',
    displayName: 'Presence',
    secrets: [{ keyId: 'k', expiresAt: new Date(NOW.getTime() + 200 * DAY) }],
    permissions: [
      { resourceAppId: GRAPH_RESOURCE_APP_ID, id: PRESENCE_READWRITE_ALL_ROLE_ID, type: 'Role' },
      { resourceAppId: GRAPH_RESOURCE_APP_ID, id: USER_READ_ALL_ROLE_ID, type: 'Role' },
    ],
    ...overrides,
  };
}

export function integration(overrides: Partial<TeamsIntegration['userSync']> = {}): TeamsIntegration {
  return {
    enabled: true,
    presenceSync: true,
    userSync: {
      licensesTotal: 10,
      syncMode: 'automatic',
      manualMappings: [],
      lastSync: { at: new Date(NOW.getTime() - DAY), status: 'succeeded', failures: [] },
      synced: ['a@x.fr', 'b@x.fr'],
      ...overrides,
    },
  };
}

/** Two people matched and synced, on a MiVoice 5000 with everything in order. */
export function healthySources(): SyncSources {
  return {
    cloudLinkUsers: { ok: true, value: [cloudLinkUser('a', 'a@x.fr'), cloudLinkUser('b', 'b@x.fr')] },
    teamsUsers: { ok: true, value: [teamsUser('ta', 'a@x.fr'), teamsUser('tb', 'b@x.fr')] },
    integration: { ok: true, value: integration() },
    gateway: { ok: true, value: { status: 'online', lastSeen: NOW, pbxType: 'MiVoice 5000' } },
    application: { ok: true, value: app() },
    consent: {
      ok: true,
      value: [
        { appRoleId: PRESENCE_READWRITE_ALL_ROLE_ID, resourceId: 'graph' },
        { appRoleId: USER_READ_ALL_ROLE_ID, resourceId: 'graph' },
      ],
    },
  };
}
