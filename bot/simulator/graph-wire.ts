/** Tenant data in Microsoft Graph's shapes: users, presence, the presence app, rooms. */
import { countryOfNumber } from '../domain/phone-number';
import type { TeamsAvailability } from '../domain/presence';
import type { TeamsUser } from './directory';
import { stableUuid } from './ids';
import type { SimRoom, SimState } from './state';

export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const ROLE_PRESENCE_READWRITE_ALL = '83cded22-8297-4ff6-a7fa-e97e9545a259';
export const ROLE_USER_READ_ALL = 'df021288-bdef-4463-88db-98f22de89214';
/** Delegated User.Read: what a new app registration asks for before anyone adds permissions. */
export const SCOPE_USER_READ = 'e1fe6dd8-ba31-4d61-89e7-88639da4683d';
export const SKU_TEAMS_PHONE_STANDARD = 'e43b5b99-8dfb-405f-9987-dc307f34bcbd';
/** MCOEV, "Microsoft 365 Phone System": the Teams Phone service plan of that SKU. */
export const PLAN_TEAMS_PHONE = '4828c8ec-dc2e-4779-b502-87ac9ce28ab7';
export const PRESENCE_APP_NAME = 'Mitel CloudLink presence';

function usageLocationOf(phones: { work?: string; mobile?: string }): string | undefined {
  for (const number of [phones.work, phones.mobile]) {
    const country = number !== undefined ? countryOfNumber(number) : '';
    if (country !== '') return country;
  }
  return undefined;
}

/** Every user property the simulator knows, by name. */
export function userProperties(user: TeamsUser): Record<string, unknown> {
  const p = user.person;
  return {
    id: user.id,
    displayName: p.name,
    userPrincipalName: user.userPrincipalName,
    mail: user.mail,
    givenName: null,
    surname: null,
    jobTitle: null,
    officeLocation: null,
    preferredLanguage: null,
    businessPhones: p.phones.work !== undefined ? [p.phones.work] : [],
    mobilePhone: p.phones.mobile ?? null,
    // Licensing requires a usage location; a tenant file has none, so the country of the
    // person's own number stands for it (São Paulo numbers: BR).
    usageLocation: usageLocationOf(p.phones) ?? null,
    country: null,
    accountEnabled: true,
    assignedLicenses: p.teamsPhoneLicense ? [{ disabledPlans: [], skuId: SKU_TEAMS_PHONE_STANDARD }] : [],
    assignedPlans: p.teamsPhoneLicense
      ? [
          {
            assignedDateTime: '2024-01-01T00:00:00Z',
            capabilityStatus: 'Enabled',
            service: 'MicrosoftCommunicationsOnline',
            servicePlanId: PLAN_TEAMS_PHONE,
          },
        ]
      : [],
  };
}

/** The properties Graph returns when no `$select` is given (assignedLicenses is not among them). */
export const DEFAULT_USER_SELECT = [
  'businessPhones',
  'displayName',
  'givenName',
  'jobTitle',
  'mail',
  'mobilePhone',
  'officeLocation',
  'preferredLanguage',
  'surname',
  'userPrincipalName',
  'id',
];

const SESSION_RANK: Record<string, number> = {
  DoNotDisturb: 4,
  Busy: 3,
  Available: 2,
  Away: 1,
  BeRightBack: 1,
  Offline: 0,
};

export interface GraphPresence {
  id: string;
  availability: string;
  activity: string;
}

/**
 * What Teams shows for a user: the combination of bot/domain/presence, with the application
 * sessions set through setPresence taking part like CloudLink's own (a user-set state wins).
 */
export function graphPresence(state: SimState, user: TeamsUser): GraphPresence {
  const combined = state.combinedPresence(user.person);
  let best: { availability: string; activity: string } = combined.teams;
  const userSet = state.presenceSources(user.person).teamsUserSet;
  if (userSet === undefined || userSet === null) {
    for (const session of state.presenceSessions.active(user.id)) {
      if (rank(session.availability) > rank(best.availability)) best = session;
    }
  }
  return { id: user.id, availability: best.availability, activity: best.activity };
}

function rank(availability: string): number {
  return SESSION_RANK[availability] ?? -1;
}

/** Presence for an id Graph does not know. */
export function unknownPresence(id: string): GraphPresence {
  const unknown: TeamsAvailability = 'PresenceUnknown';
  return { id, availability: unknown, activity: unknown };
}

/** The presence app registration, as `GET /applications` lists it. */
export function applicationWire(state: SimState, appId: string): unknown {
  const integration = state.integration;
  const created = new Date(state.tenant.loadedAt.getTime() - 365 * 24 * 3600 * 1000).toISOString();
  return {
    id: stableUuid('application', appId),
    appId,
    displayName: PRESENCE_APP_NAME,
    createdDateTime: created,
    signInAudience: 'AzureADMyOrg',
    passwordCredentials:
      integration.clientSecretExpires === null
        ? []
        : [
            {
              keyId: stableUuid('client-secret', appId),
              displayName: 'CloudLink',
              hint: 'Clo',
              startDateTime: created,
              endDateTime: integration.clientSecretExpires.toISOString(),
              secretText: null,
            },
          ],
    requiredResourceAccess: [
      {
        resourceAppId: GRAPH_APP_ID,
        resourceAccess: integration.permissionsGranted
          ? [
              { id: ROLE_PRESENCE_READWRITE_ALL, type: 'Role' },
              { id: ROLE_USER_READ_ALL, type: 'Role' },
            ]
          : [{ id: SCOPE_USER_READ, type: 'Scope' }],
      },
    ],
  };
}

/** The object id of an app's service principal. */
export function servicePrincipalId(appId: string): string {
  return stableUuid('service-principal', appId);
}

/** A service principal. */
export function servicePrincipalWire(appId: string, displayName: string): unknown {
  return { id: servicePrincipalId(appId), appId, displayName, servicePrincipalType: 'Application' };
}

/** The app role assignments of the presence app: both roles once an admin consented. */
export function appRoleAssignments(state: SimState, appId: string): unknown[] {
  if (!state.integration.adminConsent) return [];
  const principalId = servicePrincipalId(appId);
  const resourceId = servicePrincipalId(GRAPH_APP_ID);
  return [ROLE_PRESENCE_READWRITE_ALL, ROLE_USER_READ_ALL].map((appRoleId) => ({
    id: stableUuid('app-role-assignment', `${appId}/${appRoleId}`),
    appRoleId,
    principalId,
    principalType: 'ServicePrincipal',
    principalDisplayName: PRESENCE_APP_NAME,
    resourceId,
    resourceDisplayName: 'Microsoft Graph',
    createdDateTime: state.tenant.loadedAt.toISOString(),
  }));
}

/** A room as `GET /places/microsoft.graph.room` lists it. */
export function roomWire(r: SimRoom): unknown {
  const room = r.room;
  const equipment = room.equipment.map((e) => e.toLowerCase());
  const floorNumber =
    room.floor !== undefined && /^-?\d+$/.test(room.floor.trim()) ? Number(room.floor.trim()) : null;
  return {
    '@odata.type': '#microsoft.graph.room',
    id: r.graphId,
    emailAddress: room.email,
    displayName: room.name,
    nickname: room.name,
    capacity: room.capacity,
    building: room.building ?? null,
    floorNumber,
    floorLabel: room.floor ?? null,
    isWheelChairAccessible: room.wheelchairAccessible === true,
    audioDeviceName: equipment.includes('phone') ? (room.device ?? 'Conference phone') : null,
    videoDeviceName: equipment.includes('videoconference')
      ? (room.device ?? 'Video conference system')
      : null,
    displayDeviceName: equipment.includes('display') ? 'Display' : null,
    bookingType: 'standard',
    tags: [...room.equipment],
  };
}

/** The e-mail address of a room list (its name when that is an address, else one made from it). */
export function roomListEmail(roomList: string, domain: string): string {
  if (roomList.includes('@')) return roomList;
  const slug = roomList
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'rooms'}@${domain}`;
}

/** The Teams Phone Standard subscription (`subscribedSku`, vendor facts §3.2). */
export function subscribedSkuWire(enabled: number, consumed: number): Record<string, unknown> {
  return {
    id: `${stableUuid('subscription', 'tenant')}_${SKU_TEAMS_PHONE_STANDARD}`,
    accountId: stableUuid('subscription', 'tenant'),
    accountName: 'tenant',
    appliesTo: 'User',
    capabilityStatus: 'Enabled',
    consumedUnits: consumed,
    skuId: SKU_TEAMS_PHONE_STANDARD,
    skuPartNumber: 'MCOEV',
    subscriptionIds: [stableUuid('subscription', 'mcoev')],
    prepaidUnits: { enabled, lockedOut: 0, suspended: 0, warning: 0 },
    servicePlans: [
      {
        servicePlanId: PLAN_TEAMS_PHONE,
        servicePlanName: 'MCOEV',
        provisioningStatus: 'Success',
        appliesTo: 'User',
      },
    ],
  };
}
