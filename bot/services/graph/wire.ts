/** Microsoft Graph wire details (ARCHITECTURE.md, "Microsoft Graph"), in one place. */
import { odataString } from '../http/query';

const seg = encodeURIComponent;

export const paths = {
  users: '/users',
  user: (idOrUpn: string): string => `/users/${seg(idOrUpn)}`,
  applications: '/applications',
  servicePrincipals: '/servicePrincipals',
  appRoleAssignments: (servicePrincipalId: string): string =>
    `/servicePrincipals/${seg(servicePrincipalId)}/appRoleAssignments`,
  presence: (userId: string): string => `/users/${seg(userId)}/presence`,
  presences: '/communications/getPresencesByUserId',
  setPresence: (userId: string): string => `/users/${seg(userId)}/presence/setPresence`,
  /** transitiveMembers: members of nested groups count too (vendor facts §3.3). */
  groupMembers: (groupId: string): string => `/groups/${seg(groupId)}/transitiveMembers`,
  rooms: '/places/microsoft.graph.room',
  subscribedSkus: '/subscribedSkus',
};

/** The token endpoint of the Entra tenant. */
export function tokenUrl(loginUrl: string, tenantId: string): string {
  return `${loginUrl.replace(/\/+$/, '')}/${seg(tenantId)}/oauth2/v2.0/token`;
}

export const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';

export const USER_SELECT =
  'id,userPrincipalName,mail,displayName,assignedLicenses,assignedPlans,usageLocation,country';
export const USERS_PAGE_SIZE = 999;
export const MEMBER_SELECT = 'id,userPrincipalName';
export const ROOMS_PAGE_SIZE = 100;

/** At most this many ids per getPresencesByUserId request. */
export const PRESENCE_BATCH_SIZE = 650;
export const PRESENCE_CONCURRENCY = 2;

export const CORRELATION_HEADERS = ['request-id', 'client-request-id'];
/** Graph echoes a client-chosen `client-request-id`, useful when no `request-id` comes back. */
export const CLIENT_REQUEST_ID_HEADER = 'client-request-id';

export function appIdFilter(appId: string): string {
  return `appId eq ${odataString(appId)}`;
}

/** `PT5M` … `PT4H` from minutes. */
export function expirationDuration(minutes: number): string {
  return minutes % 60 === 0 ? `PT${minutes / 60}H` : `PT${minutes}M`;
}

/** `error.code` of a Graph error, or the OAuth `error` of a token endpoint answer. */
export function errorCode(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as Record<string, unknown>)['error'];
  if (typeof error === 'string') return error;
  if (typeof error === 'object' && error !== null) {
    const code = (error as Record<string, unknown>)['code'];
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
