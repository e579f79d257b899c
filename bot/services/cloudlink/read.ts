/** CloudLink answers → the project's types. A wrong shape throws WireShapeError ('protocol'). */
import {
  arrayField,
  asObject,
  oneOf,
  optBoolean,
  optDate,
  optNumber,
  optObject,
  optString,
  reqDate,
  reqString,
  WireShapeError,
  type WireObject,
} from '../http/wire-read';
import { progressOf } from './call-progress';
import { toE164 } from './e164';
import { CALL_CAUSES, CALL_STATES } from './types';
import type {
  Call,
  CallCause,
  CallParty,
  CallState,
  CallRecord,
  CloudLinkAccount,
  CloudLinkUser,
  EndpointStatus,
  LineState,
  MitelOnePresence,
  PbxUserPresence,
  UserAvailability,
} from './types';

const LINE_STATES: readonly LineState[] = ['idle', 'ringing', 'connected', 'held', 'outOfService', 'unknown'];
const AVAILABILITIES: readonly UserAvailability[] = ['available', 'busy', 'dnd', 'away'];
const PBX_USER: readonly PbxUserPresence[] = ['available', 'away', 'meeting', 'busy', 'unavailable'];
const MITEL_ONE: readonly MitelOnePresence[] = ['available', 'away', 'busy', 'dnd', 'offline'];

export interface Collection<T> {
  count: number | undefined;
  items: T[];
  nextHref: string | undefined;
}

/** `{ count, _links: { next? }, _embedded: { items } }` with each item read by `readItem`. */
export function readCollection<T>(
  body: unknown,
  readItem: (item: unknown, what: string) => T,
): Collection<T> {
  const o = asObject(body, 'collection');
  const embedded = optObject(o, '_embedded', 'collection');
  const raw = embedded ? arrayField(embedded, 'items', 'collection._embedded') : [];
  const links = optObject(o, '_links', 'collection');
  return {
    count: optNumber(o, 'count', 'collection'),
    items: raw.map((item, i) => readItem(item, `items[${i}]`)),
    nextHref: links ? readLink(links, 'next') : undefined,
  };
}

/**
 * A `_links` entry. CloudLink documents plain URL strings (`_links.next: "https://…"`, vendor
 * facts §1.3); the HAL form `{ href }` is read too, in case a service answers with it.
 */
function readLink(links: WireObject, name: string): string | undefined {
  const value = links[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value || undefined;
  if (typeof value === 'object' && !Array.isArray(value)) {
    return optString(value as WireObject, 'href', `collection._links.${name}`);
  }
  throw new WireShapeError(`collection._links.${name} must be a URL string`);
}

function phone(o: WireObject, key: string, what: string): string | undefined {
  const raw = optString(o, key, what);
  return raw === undefined ? undefined : toE164(raw);
}

export function readUser(value: unknown, what = 'user'): CloudLinkUser {
  const o = asObject(value, what);
  const role = optString(o, 'role', what);
  return {
    id: reqString(o, 'userId', what),
    accountId: optString(o, 'accountId', what) ?? '',
    name: optString(o, 'name', what) ?? '',
    email: optString(o, 'email', what),
    extension: optString(o, 'extension', what),
    phones: {
      work: phone(o, 'phone', what),
      mobile: phone(o, 'mobile', what),
      home: phone(o, 'homePhone', what),
    },
    role: role === 'CTI' || role === 'User' ? role : null,
    createdAt: optDate(o, 'createdOn', what),
  };
}

export function readEndpoint(value: unknown, fallbackId: string): EndpointStatus {
  const what = 'endpoint';
  const o = asObject(value, what);
  const presence = optObject(o, 'presence', what);
  const availability = optString(o, 'userAvailability', what);
  const pbxUser = presence ? optString(presence, 'pbxUser', 'endpoint.presence') : undefined;
  const mitelOne = presence ? optString(presence, 'mitelOne', 'endpoint.presence') : undefined;
  return {
    endpointId: optString(o, 'endpointId', what) ?? fallbackId,
    state: oneOf(optString(o, 'state', what), LINE_STATES, 'unknown'),
    userAvailability:
      availability !== undefined && (AVAILABILITIES as readonly string[]).includes(availability)
        ? (availability as UserAvailability)
        : null,
    dnd: optBoolean(o, 'dnd', what) ?? false,
    presence: {
      ...(pbxUser && (PBX_USER as readonly string[]).includes(pbxUser)
        ? { pbxUser: pbxUser as PbxUserPresence }
        : {}),
      ...(mitelOne && (MITEL_ONE as readonly string[]).includes(mitelOne)
        ? { mitelOne: mitelOne as MitelOnePresence }
        : {}),
    },
  };
}

/** A call state or cause outside Mitel's documented lists reads as `unknown` / absent. */
function callState(o: WireObject, what: string): CallState {
  return oneOf(optString(o, 'state', what), CALL_STATES, 'unknown');
}

function callCause(o: WireObject, what: string): CallCause | undefined {
  const cause = optString(o, 'cause', what);
  return cause !== undefined && (CALL_CAUSES as readonly string[]).includes(cause)
    ? (cause as CallCause)
    : undefined;
}

/**
 * One side's number: `from` / `to` hold it, and the boolean `fromNumberE164` / `toNumberE164`
 * says whether it is a displayable E.164 number or an extension (M-SWG `call`; vendor facts §1.7).
 * An E.164 number written without its `+` gets one (unconfirmed how Mitel writes it).
 */
function sideNumber(o: WireObject, side: 'from' | 'to', what: string): string {
  const raw = optString(o, side, what) ?? '';
  const isE164 = optBoolean(o, `${side}NumberE164`, what) ?? false;
  const compact = raw.trim().replace(/[\s().-]/g, '');
  if (isE164 && /^\d+$/.test(compact)) return toE164(`+${compact}`);
  return toE164(raw);
}

function readCallFields(value: unknown, what: string): Omit<Call, 'progress'> {
  const o = asObject(value, what);
  const cause = callCause(o, what);
  return {
    id: reqString(o, 'callId', what),
    from: sideNumber(o, 'from', what),
    to: sideNumber(o, 'to', what),
    direction: optString(o, 'direction', what) === 'inbound' ? 'inbound' : 'outbound',
    state: callState(o, what),
    ...(cause === undefined ? {} : { cause }),
    createdAt: reqDate(o, 'createdOn', what),
  };
}

/** A call as `GET /endpoints/{id}/calls/{callId}` gives it. */
export function readCall(value: unknown): Call {
  const call = readCallFields(value, 'call');
  return { ...call, progress: progressOf(call.state, call.cause) };
}

/**
 * The answer of make-call. Mitel documents it as `state: connected`, `cause: newCall` (M-SWG
 * `call` descriptions): the PBX took the request, which says nothing yet about the callee. So the
 * call reads as ringing until its own state is asked for, unless the answer already says it failed.
 */
export function readPlacedCall(value: unknown): Call {
  const call = readCallFields(value, 'call');
  const progress = progressOf(call.state, call.cause);
  const placed =
    progress.kind === 'failed' || progress.kind === 'ended' ? progress : { kind: 'ringing' as const };
  return { ...call, progress: placed };
}

function party(o: WireObject, side: 'from' | 'to', what: string): CallParty {
  const name = optString(o, `${side}Name`, what);
  return { ...(name ? { name } : {}), number: sideNumber(o, side, what) };
}

/** A call record; `principalId` is the principal whose history was asked for (records carry none). */
export function readCallRecord(value: unknown, principalId: string, what = 'record'): CallRecord {
  const o = asObject(value, what);
  const direction = reqString(o, 'direction', what);
  if (direction !== 'inbound' && direction !== 'outbound')
    throw new WireShapeError(`${what}.direction is unknown`);
  const from = party(o, 'from', what);
  const to = party(o, 'to', what);
  const cause = callCause(o, what);
  return {
    id: reqString(o, 'callId', what),
    principalId,
    direction,
    from,
    to,
    peer: direction === 'inbound' ? from : to,
    startedAt: reqDate(o, 'createdOn', what),
    endedAt: optDate(o, 'endTime', what) ?? null,
    answered: optBoolean(o, 'completed', what) ?? false,
    ringSeconds: optNumber(o, 'ringTime', what) ?? 0,
    durationSeconds: optNumber(o, 'billingTime', what) ?? 0,
    ...(cause === undefined ? {} : { cause }),
  };
}

export function readAccount(value: unknown): CloudLinkAccount {
  const o = asObject(value, 'account');
  return {
    id: reqString(o, 'accountId', 'account'),
    name: optString(o, 'name', 'account') ?? '',
    timeZone: optString(o, 'timeZone', 'account'),
    azureTenantId: optString(o, 'azureTenantId', 'account'),
  };
}
