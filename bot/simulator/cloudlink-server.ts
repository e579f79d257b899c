/**
 * The CloudLink simulator: authentication, admin (users, account) and media (endpoints,
 * click-to-call, call records), under `/{service}/2017-09-01`. No Teams-integration, mapping,
 * sync or gateway route: CloudLink publishes none (vendor facts §1.11), so they answer 404.
 */
import type http from 'node:http';
import { randomId } from './ids';
import { parseRecordFilter, FilterError, type RecordQuery } from './call-records-filter';
import { numberParty, personParty, userWire } from './cloudlink-wire';
import {
  bearerToken,
  formOrJsonBody,
  jsonBody,
  Router,
  SimHttpError,
  stringField,
  type SimRequest,
  type SimResponse,
} from './http-kit';
import { CAUSE_OUT_OF_ORDER } from './live-calls';
import { readPage } from './paging';
import { replaceQuery } from './query-string';
import type { SimState } from './state';
import type { TokenStore } from './tokens';
import type { CloudLinkPresence } from '../domain/presence';
import type { TenantPerson } from '../tenant/types';

export interface CloudLinkCredentials {
  clientId: string;
  clientSecret: string;
  accountId: string;
  appName: string;
}

const V = '2017-09-01';
const USERS_DEFAULT_TOP = 100;
const USERS_MAX_TOP = 1000;
const RECORDS_DEFAULT_TOP = 100;
const RECORDS_MAX_TOP = 1000;
const DIALLABLE = /^\+?\d{2,15}$/;

const AVAILABILITY: Record<CloudLinkPresence, string | undefined> = {
  Available: 'available',
  Busy: 'busy',
  DoNotDisturb: 'dnd',
  Away: 'away',
  Offline: undefined,
  Unknown: undefined,
};

/** CloudLink's error body. */
export function cloudLinkError(_status: number, code: string, message: string): unknown {
  return { name: code, message };
}

/** Headers on every CloudLink response: the correlation id (the client's own when it sent one). */
export function cloudLinkHeaders(req: http.IncomingMessage): Record<string, string> {
  const sent = req.headers['x-mitel-correlation-id'];
  return { 'x-mitel-correlation-id': typeof sent === 'string' && sent ? sent : randomId() };
}

/** Authentication and the X-Mitel-App header, for every request but the token request. */
export function cloudLinkGuard(state: SimState, tokens: TokenStore): (req: SimRequest) => void {
  return (req) => {
    if (!tokens.valid(bearerToken(req)))
      throw new SimHttpError(401, 'Unauthorized', 'Missing, unknown or expired access token');
    const app = req.headers['x-mitel-app'];
    if (typeof app !== 'string' || !app.trim())
      throw new SimHttpError(400, 'BadRequest', 'The X-Mitel-App header is required');
    // Calls answered by now get their call-log records before anything is read.
    state.liveCalls.settle();
  };
}

/** The CloudLink routes. */
export function cloudLinkRouter(
  state: SimState,
  tokens: TokenStore,
  credentials: CloudLinkCredentials,
): Router {
  const router = new Router();
  const createdOn = state.tenant.loadedAt.toISOString();

  router.add('POST', `/authentication/${V}/token`, (req) => token(req, tokens, credentials), { open: true });

  router.add('GET', `/admin/${V}/users`, (req) => {
    rejectUndocumentedUserQuery(req);
    const { skip, top } = readPage(req, USERS_DEFAULT_TOP, USERS_MAX_TOP);
    const matched = state.directory.cloudLinkUsers;
    const page = matched.slice(skip, skip + top).map((p) => userWire(p, state.accountId, createdOn));
    return { status: 200, body: collection(req, page, matched.length, skip, top) };
  });

  router.add('GET', `/admin/${V}/users/:userId`, (req) => {
    const person = state.directory.person(req.params.userId ?? '');
    if (!person?.inCloudLink) throw new SimHttpError(404, 'NotFound', 'No such user');
    return { status: 200, body: userWire(person, state.accountId, createdOn) };
  });

  router.add('GET', `/admin/${V}/accounts/me`, () => ({
    status: 200,
    body: {
      accountId: state.accountId,
      name: state.tenant.organization.name,
      timeZone: state.tenant.organization.timeZone,
      azureTenantId: state.tenant.organization.azureTenantId,
    },
  }));

  // CloudLink publishes no route for the account's Teams integration, its manual mappings, a sync
  // trigger or the gateway's status (vendor facts §1.11): like the real service, the simulator has
  // none, so they answer 404 (the router's "no route").

  router.add('GET', `/media/${V}/endpoints/:ext`, (req) => {
    const owner = endpointOwner(state, req);
    // An offline gateway: the media service gets no answer from the PBX in time (M-SWG 504).
    if (state.gateway.status === 'offline')
      throw new SimHttpError(504, 'GatewayTimeout', 'gateway timeout, unable to get a response in time');
    return { status: 200, body: endpointWire(state, owner) };
  });

  router.add('POST', `/media/${V}/endpoints/:ext/calls`, (req) => placeCall(state, req));

  // The endpoint's calls in progress (M-SWG `GET /endpoints/{id}/calls`, a call collection).
  router.add('GET', `/media/${V}/endpoints/:ext/calls`, (req) => {
    rejectUndocumentedOptions(req, new Set(), 'endpoint calls');
    endpointOwner(state, req);
    const base = `${req.url.origin}${req.url.pathname.replace(/\/$/, '')}`;
    const calls = state.liveCalls
      .activeOn(req.params.ext ?? '')
      .map((call) => state.liveCalls.wire(call, `${base}/${call.callId}`));
    return { status: 200, body: collection(req, calls, calls.length, 0, calls.length) };
  });

  router.add('GET', `/media/${V}/endpoints/:ext/calls/:callId`, (req) => {
    const call = state.liveCalls.get(req.params.callId ?? '');
    if (!call || call.endpointId !== req.params.ext)
      throw new SimHttpError(404, 'NotFound', 'No such call on this endpoint');
    return { status: 200, body: state.liveCalls.wire(call, `${req.url.origin}${req.url.pathname}`) };
  });

  router.add('GET', `/media/${V}/calls/records`, (req) => {
    rejectUndocumentedOptions(req, RECORD_QUERY_OPTIONS, 'call records');
    const query = recordQuery(req);
    const { skip, top } = readPage(req, RECORDS_DEFAULT_TOP, RECORDS_MAX_TOP);
    const page = state.callLog.query(query.principal, query.criteria, skip, top);
    return { status: 200, body: collection(req, page.items, page.count, skip, top) };
  });

  return router;
}

function recordQuery(req: SimRequest): RecordQuery {
  try {
    return parseRecordFilter(req.query.get('$filter'));
  } catch (error) {
    if (error instanceof FilterError) throw new SimHttpError(400, 'BadRequest', error.message);
    throw error;
  }
}

function token(req: SimRequest, tokens: TokenStore, credentials: CloudLinkCredentials): SimResponse {
  const body = formOrJsonBody(req);
  const grant = stringField(body, 'grant_type');
  const clientId = stringField(body, 'client_id');
  if (grant === 'client_credentials') {
    if (
      clientId !== credentials.clientId ||
      stringField(body, 'client_secret') !== credentials.clientSecret
    ) {
      throw new SimHttpError(401, 'Unauthorized', 'Invalid client credentials');
    }
    const accountId = stringField(body, 'account_id');
    if (accountId === undefined) throw new SimHttpError(400, 'BadRequest', 'account_id is required');
    if (accountId !== credentials.accountId) throw new SimHttpError(401, 'Unauthorized', 'Unknown account');
  } else if (grant === 'refresh_token') {
    if (clientId !== credentials.clientId || !tokens.knowsRefresh(stringField(body, 'refresh_token'))) {
      throw new SimHttpError(401, 'Unauthorized', 'Invalid refresh token or client');
    }
  } else {
    throw new SimHttpError(400, 'BadRequest', 'Unsupported grant_type');
  }
  const issued = tokens.issue();
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      access_token: issued.accessToken,
      refresh_token: tokens.issueRefresh(),
      expires_in: issued.expiresIn,
      scope: 'all',
    },
  };
}

/**
 * `/users` takes only the generic collection paging (`$top`, `$skip`; vendor facts §1.3). No user
 * filter is documented (§1.4), so `$filter` and every other option is refused.
 */
const USER_QUERY_OPTIONS = new Set(['$top', '$skip']);

/** `/calls/records` documents `$skip`, `$top` and `$filter` only (M-SWG `getCallRecords`); no `$orderby`. */
const RECORD_QUERY_OPTIONS = new Set(['$top', '$skip', '$filter']);

function rejectUndocumentedUserQuery(req: SimRequest): void {
  rejectUndocumentedOptions(req, USER_QUERY_OPTIONS, 'users');
}

function rejectUndocumentedOptions(req: SimRequest, allowed: ReadonlySet<string>, what: string): void {
  for (const name of req.url.searchParams.keys()) {
    if (!allowed.has(name)) {
      throw new SimHttpError(400, 'BadRequest', `Unsupported query option on ${what}: ${name}`);
    }
  }
}

function collection(req: SimRequest, items: unknown[], count: number, skip: number, top: number): unknown {
  // Plain URL strings, as CloudLink documents them (vendor facts §1.3); `next` only when more remain.
  const links: Record<string, string> = { self: req.url.href };
  if (skip + items.length < count) {
    links.next = replaceQuery(req.url, { $top: String(top), $skip: String(skip + items.length) });
  }
  return { count, _links: links, _embedded: { items } };
}

function endpointOwner(state: SimState, req: SimRequest): TenantPerson {
  const owner = state.directory.endpointOwner(req.params.ext ?? '');
  if (!owner) throw new SimHttpError(404, 'NotFound', 'No such endpoint');
  return owner;
}

function endpointWire(state: SimState, owner: TenantPerson): unknown {
  const extension = owner.extension ?? '';
  if (!state.monitored(owner)) {
    // No role on the PBX: the gateway does not monitor the line, so its state is unknown (M-HOT);
    // `userAvailability` has no value for "unknown" in M-SWG, so it is left out.
    return { endpointId: extension, state: 'unknown', dnd: false };
  }
  const sources = state.presenceSources(owner);
  const combined = state.combinedPresence(owner);
  const presence: Record<string, string> = {};
  if (sources.pbxUser !== undefined) presence.pbxUser = sources.pbxUser;
  if (sources.mitelOne !== undefined) presence.mitelOne = sources.mitelOne;
  // M-SWG's `userAvailability` is available|busy|dnd|away: an Offline or Unknown combination is
  // left out rather than sent as a value Mitel does not document.
  const availability = AVAILABILITY[combined.cloudLink];
  return {
    endpointId: extension,
    state: sources.line ?? 'unknown',
    ...(availability === undefined ? {} : { userAvailability: availability }),
    dnd: combined.cloudLink === 'DoNotDisturb',
    presence,
  };
}

function placeCall(state: SimState, req: SimRequest): SimResponse {
  const body = jsonBody(req);
  const to = body.to;
  if (typeof to !== 'string' || !DIALLABLE.test(to)) {
    throw new SimHttpError(400, 'BadRequest', '"to" must be a number: digits, optionally after a leading +');
  }
  const timeout = body.originateTimeout;
  if (
    timeout !== undefined &&
    (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < 0 || timeout > 120)
  ) {
    throw new SimHttpError(400, 'BadRequest', 'originateTimeout must be an integer from 0 to 120 seconds');
  }
  const caller = endpointOwner(state, req);
  if (state.line(caller) === 'outOfService') {
    throw new SimHttpError(409, 'Conflict', 'The line of this endpoint is out of service');
  }
  const callee = state.directory.personForNumber(to);
  const unreachable =
    callee !== undefined && state.monitored(callee) && state.line(callee) === 'outOfService';
  const call = state.liveCalls.place(
    {
      endpointId: req.params.ext ?? '',
      caller,
      callee,
      from: personParty(caller),
      to: numberParty(state.directory, to),
    },
    unreachable ? CAUSE_OUT_OF_ORDER : undefined,
  );
  // 200 with the call (M-SWG `createEndpointCall`), in its documented make-call shape.
  const self = `${req.url.origin}${req.url.pathname.replace(/\/$/, '')}/${call.callId}`;
  return { status: 200, body: state.liveCalls.placedWire(call, self) };
}
