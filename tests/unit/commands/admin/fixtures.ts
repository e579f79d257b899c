/** Sources of "sync status" built by hand, healthy unless a test changes them. */
import type { EndpointReading, SyncSources } from '../../../../bot/commands/admin/sync-sources';
import type { IdentityMapDocument } from '../../../../bot/people/identity-map';
import {
  GRAPH_RESOURCE_APP_ID,
  PRESENCE_READWRITE_ALL_ROLE_ID,
  USER_READ_ALL_ROLE_ID,
  type AppRegistration,
  type CloudLinkUser,
  type GraphUser,
  type SubscribedSku,
} from '../../../../bot/services';

export const NOW = new Date('2026-11-23T10:00:00Z');
export const DAY = 24 * 60 * 60 * 1000;

export function cloudLinkUser(
  id: string,
  email: string,
  role: CloudLinkUser['role'] = 'CTI',
  name = `Person ${id}`,
): CloudLinkUser {
  return { id, accountId: 'acc', name, email, phones: {}, role, extension: `1${id}` };
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

/** The bot's identity map: no mapping, a and b applied a day ago. */
export function identityMap(overrides: Partial<IdentityMapDocument> = {}): IdentityMapDocument {
  return {
    mappings: [],
    lastSync: { at: new Date(NOW.getTime() - DAY).toISOString(), addresses: ['a@x.fr', 'b@x.fr'] },
    ...overrides,
  };
}

/** A Teams Phone subscription of `enabled` seats, `consumed` of them assigned. */
export function teamsPhoneSku(enabled = 10, consumed = 2): SubscribedSku {
  return {
    skuId: 'e43b5b99-8dfb-405f-9987-dc307f34bcbd',
    skuPartNumber: 'MCOEV',
    enabled,
    consumed,
    includesTeamsPhone: true,
  };
}

/** What the media service said of each line. */
export function lines(...probes: Array<[string, EndpointReading['probe']]>): EndpointReading[] {
  return probes.map(([userId, probe]) => ({ userId, extension: `1${userId}`, probe }));
}

/** Two people matched and synced, on a MiVoice 5000 with everything in order. */
export function healthySources(): SyncSources {
  return {
    cloudLinkUsers: { ok: true, value: [cloudLinkUser('a', 'a@x.fr'), cloudLinkUser('b', 'b@x.fr')] },
    teamsUsers: { ok: true, value: [teamsUser('ta', 'a@x.fr'), teamsUser('tb', 'b@x.fr')] },
    licences: { ok: true, value: [teamsPhoneSku()] },
    identityMap: { ok: true, value: identityMap() },
    endpoints: { ok: true, value: lines(['a', 'monitored'], ['b', 'monitored']) },
    application: { ok: true, value: app() },
    consent: {
      ok: true,
      value: [
        { appRoleId: PRESENCE_READWRITE_ALL_ROLE_ID, resourceId: 'graph' },
        { appRoleId: USER_READ_ALL_ROLE_ID, resourceId: 'graph' },
      ],
    },
    pbxType: 'MiVoice 5000',
  };
}
