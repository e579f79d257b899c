/**
 * CloudLink wire details (ARCHITECTURE.md, "CloudLink"): where each call goes and how queries
 * are written. Details the public documentation does not confirm are marked (unconfirmed); each
 * sits here alone so that a difference on the real service is a one-line change.
 */
import { odataInstant, odataString } from '../http/query';
import type { CallRecordQuery } from './types';

export type CloudLinkService = 'authentication' | 'admin' | 'media' | 'notifications' | 'gateway';

export interface Route {
  service: CloudLinkService;
  path: string;
}

const seg = encodeURIComponent;

export const routes = {
  token: (): Route => ({ service: 'authentication', path: '/token' }),
  users: (): Route => ({ service: 'admin', path: '/users' }),
  user: (userId: string): Route => ({ service: 'admin', path: `/users/${seg(userId)}` }),
  endpoint: (extension: string): Route => ({ service: 'media', path: `/endpoints/${seg(extension)}` }),
  calls: (extension: string): Route => ({ service: 'media', path: `/endpoints/${seg(extension)}/calls` }),
  call: (extension: string, callId: string): Route => ({
    service: 'media',
    path: `/endpoints/${seg(extension)}/calls/${seg(callId)}`,
  }),
  callRecords: (): Route => ({ service: 'media', path: '/calls/records' }),
  // (unconfirmed) the account of the token.
  account: (): Route => ({ service: 'admin', path: '/accounts/me' }),
  // (unconfirmed) gateway health.
  gatewayStatus: (accountId: string): Route => ({
    service: 'gateway',
    path: `/accounts/${seg(accountId)}/status`,
  }),
  // (unconfirmed) the Microsoft Teams integration of the account and its actions.
  teamsIntegration: (accountId: string): Route => ({
    service: 'admin',
    path: `/accounts/${seg(accountId)}/integrations/msteams`,
  }),
  teamsMappings: (accountId: string): Route => ({
    service: 'admin',
    path: `/accounts/${seg(accountId)}/integrations/msteams/mappings`,
  }),
  teamsSync: (accountId: string): Route => ({
    service: 'admin',
    path: `/accounts/${seg(accountId)}/integrations/msteams/sync`,
  }),
};

/** The token endpoint accepts JSON or a form; JSON is what the bot sends (unconfirmed which the real one prefers). */
export const TOKEN_BODY_FORMAT: 'json' | 'form' = 'json';

/** Response header carrying the correlation id. */
export const CORRELATION_HEADER = 'x-mitel-correlation-id';

/** Header naming the calling application. */
export const APP_HEADER = 'X-Mitel-App';

/** `$filter` for a user by e-mail (unconfirmed on the real service). */
export function userByEmailFilter(email: string): string {
  return `email eq ${odataString(email)}`;
}

export function userByExtensionFilter(extension: string): string {
  return `extension eq ${odataString(extension)}`;
}

/** Which number field holds the peer of a call in the given direction. */
export function peerNumberField(direction: 'inbound' | 'outbound'): 'fromNumberE164' | 'toNumberE164' {
  return direction === 'inbound' ? 'fromNumberE164' : 'toNumberE164';
}

/** The `$filter` of a call-record query: the OData subset of ARCHITECTURE.md, clauses joined by `and`. */
export function callRecordFilter(principalId: string, query: Omit<CallRecordQuery, 'top' | 'skip'>): string {
  const clauses = [`contains(principal,${odataString(principalId)})`];
  if (query.direction) clauses.push(`direction eq ${odataString(query.direction)}`);
  if (query.answered !== undefined) clauses.push(`completed eq ${query.answered ? 'true' : 'false'}`);
  if (query.from) clauses.push(`createdOn ge ${odataInstant(query.from)}`);
  if (query.to) clauses.push(`createdOn lt ${odataInstant(query.to)}`);
  if (query.numberContains !== undefined && query.direction) {
    clauses.push(`contains(${peerNumberField(query.direction)},${odataString(query.numberContains)})`);
  }
  return clauses.join(' and ');
}

export const CALL_RECORD_ORDER = 'createdOn desc';
