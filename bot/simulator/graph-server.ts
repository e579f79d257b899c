/**
 * The Microsoft Graph simulator: the login token endpoint (`/{tenantId}/oauth2/v2.0/token`) and
 * `/v1.0`: users, the admin group's members, presence (read, bulk read, setPresence,
 * clearPresence), the presence app registration and its consent, and rooms.
 */
import type http from 'node:http';
import { randomId } from './ids';
import { Duration } from 'luxon';
import type { TeamsUser } from './directory';
import {
  appRoleAssignments,
  applicationWire,
  DEFAULT_USER_SELECT,
  GRAPH_APP_ID,
  graphPresence,
  PRESENCE_APP_NAME,
  roomListEmail,
  roomWire,
  servicePrincipalId,
  servicePrincipalWire,
  subscribedSkuWire,
  unknownPresence,
  userProperties,
} from './graph-wire';
import {
  bearerToken,
  formBody,
  jsonBody,
  Router,
  SimHttpError,
  stringField,
  type SimRequest,
  type SimResponse,
} from './http-kit';
import { replaceQuery } from './query-string';
import type { SimState } from './state';
import type { TokenStore } from './tokens';

export interface GraphCredentials {
  tenantId: string;
  clientId: string;
  clientSecret: string;
  /** The app id of the CloudLink presence app registration. */
  presenceAppId: string;
  /** The Entra group whose members are the bot's admins (the tenant's `admin` people). */
  adminGroupId: string;
}

const V = '/v1.0';
const GRAPH_SCOPE = 'https://graph.microsoft.com/.default';
const USERS_DEFAULT_TOP = 100;
const USERS_MAX_TOP = 999;
const ROOMS_DEFAULT_TOP = 100;
const ROOMS_MAX_TOP = 999;
const MEMBERS_DEFAULT_TOP = 100;
const MEMBERS_MAX_TOP = 999;
const MAX_PRESENCE_IDS = 650;
const PRESENCE_PAIRS = new Set([
  'Available/Available',
  'Busy/InACall',
  'Busy/InAConferenceCall',
  'Away/Away',
]);

/**
 * The query options Graph documents for each collection the simulator serves (vendor facts §3.1,
 * §3.3, §3.4, §3.8); the simulator answers the ones the bot uses and refuses the rest with 400, as it
 * refuses every option Graph does not document.
 */
const USERS_OPTIONS = ['$select', '$top', '$skiptoken'];
const MEMBERS_OPTIONS = ['$select', '$top', '$skiptoken'];
const FILTER_OPTIONS = ['$filter', '$select'];
const PLACES_OPTIONS = ['$top', '$skip'];

/** 400 for a query option that is not among `allowed`. */
function onlyOptions(req: SimRequest, allowed: string[]): void {
  for (const name of req.query.names()) {
    if (!allowed.includes(name)) {
      throw new SimHttpError(
        400,
        'BadRequest',
        `Query option '${name}' is not supported here (supported: ${allowed.join(', ') || 'none'}).`,
      );
    }
  }
}

/** Graph's error body. */
export function graphError(_status: number, code: string, message: string): unknown {
  return { error: { code, message } };
}

/** Headers on every Graph response: request-id, and the client's client-request-id back. */
export function graphHeaders(req: http.IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = { 'request-id': randomId() };
  const sent = req.headers['client-request-id'];
  if (typeof sent === 'string' && sent) headers['client-request-id'] = sent;
  return headers;
}

/** Authentication for every request but the login. */
export function graphGuard(tokens: TokenStore): (req: SimRequest) => void {
  return (req) => {
    const token = bearerToken(req);
    if (!tokens.valid(token)) {
      throw new SimHttpError(
        401,
        'InvalidAuthenticationToken',
        token === undefined ? 'Access token is empty.' : 'Access token has expired or is not valid.',
      );
    }
  };
}

/** The Graph routes. */
export function graphRouter(state: SimState, tokens: TokenStore, credentials: GraphCredentials): Router {
  const router = new Router();

  router.add('POST', '/:tenantId/oauth2/v2.0/token', (req) => login(req, tokens, credentials), {
    open: true,
  });

  router.add('GET', `${V}/users`, (req) => {
    onlyOptions(req, USERS_OPTIONS);
    const select = readSelect(req);
    const { offset, top } = readGraphPage(req, USERS_DEFAULT_TOP, USERS_MAX_TOP);
    const all = state.directory.teamsUsers;
    const value = all.slice(offset, offset + top).map((u) => project(userProperties(u), select));
    return { status: 200, body: graphCollection(req, 'users', value, offset, all.length) };
  });

  router.add('GET', `${V}/users/:id`, (req) => {
    onlyOptions(req, ['$select']);
    const user = teamsUser(state, req);
    return { status: 200, body: project(userProperties(user), readSelect(req)) };
  });

  router.add('GET', `${V}/users/:id/presence`, (req) => {
    onlyOptions(req, []);
    return { status: 200, body: graphPresence(state, teamsUser(state, req)) };
  });

  router.add('POST', `${V}/users/:id/presence/setPresence`, (req) => {
    const user = teamsUser(state, req);
    const body = jsonBody(req);
    const sessionId = stringField(body, 'sessionId');
    const availability = stringField(body, 'availability');
    const activity = stringField(body, 'activity');
    if (!sessionId) throw new SimHttpError(400, 'BadRequest', 'sessionId is required');
    if (!PRESENCE_PAIRS.has(`${availability}/${activity}`)) {
      throw new SimHttpError(
        400,
        'BadRequest',
        `Unsupported availability/activity pair ${availability}/${activity}`,
      );
    }
    const duration = stringField(body, 'expirationDuration') ?? 'PT5M';
    const minutes = Duration.fromISO(duration).as('minutes');
    if (!Number.isFinite(minutes) || minutes < 5 || minutes > 240) {
      throw new SimHttpError(400, 'BadRequest', 'expirationDuration must be from PT5M to PT4H');
    }
    state.presenceSessions.set(user.id, sessionId, {
      availability: availability!,
      activity: activity!,
      expiresAt: state.now() + minutes * 60_000,
    });
    return { status: 200 };
  });

  router.add('POST', `${V}/users/:id/presence/clearPresence`, (req) => {
    const user = teamsUser(state, req);
    const sessionId = stringField(jsonBody(req), 'sessionId');
    if (!sessionId) throw new SimHttpError(400, 'BadRequest', 'sessionId is required');
    state.presenceSessions.clear(user.id, sessionId);
    return { status: 200 };
  });

  router.add('POST', `${V}/communications/getPresencesByUserId`, (req) => {
    const ids = jsonBody(req).ids;
    if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
      throw new SimHttpError(400, 'BadRequest', 'ids must be a non-empty array of user ids');
    }
    if (ids.length > MAX_PRESENCE_IDS) {
      throw new SimHttpError(
        400,
        'BadRequest',
        `At most ${MAX_PRESENCE_IDS} ids per request (got ${ids.length})`,
      );
    }
    const value = ids.map((id: string) => {
      const user = state.directory.teamsUser(id);
      return user ? graphPresence(state, user) : unknownPresence(id);
    });
    return { status: 200, body: { value } };
  });

  // transitiveMembers (nested groups flattened); the admins are its users.
  router.add('GET', `${V}/groups/:groupId/transitiveMembers`, (req) => {
    onlyOptions(req, MEMBERS_OPTIONS);
    if (req.params.groupId !== credentials.adminGroupId) {
      throw new SimHttpError(
        404,
        'Request_ResourceNotFound',
        `Resource '${req.params.groupId ?? ''}' does not exist.`,
      );
    }
    const select = readSelect(req, ['id', 'userPrincipalName', 'displayName', 'mail']);
    const { offset, top } = readGraphPage(req, MEMBERS_DEFAULT_TOP, MEMBERS_MAX_TOP);
    const admins = state.directory.teamsUsers.filter((u) => u.person.admin);
    const value = admins
      .slice(offset, offset + top)
      .map((u) => ({ '@odata.type': '#microsoft.graph.user', ...project(userProperties(u), select) }));
    return { status: 200, body: graphCollection(req, 'directoryObjects', value, offset, admins.length) };
  });

  // Licence seats (vendor facts §3.2): one Teams Phone Standard subscription holding the tenant's
  // `connector.licensesTotal` seats (at least the ones assigned), `$select` the only option.
  router.add('GET', `${V}/subscribedSkus`, (req) => {
    onlyOptions(req, ['$select']);
    const consumed = state.directory.teamsUsers.filter((u) => u.person.teamsPhoneLicense).length;
    const enabled = Math.max(state.licences.total, consumed);
    const sku = subscribedSkuWire(enabled, consumed);
    const select = req.query.get('$select')?.trim() ? readSelect(req) : Object.keys(sku);
    return { status: 200, body: { value: [project(sku, select)] } };
  });

  router.add('GET', `${V}/applications`, (req) => {
    onlyOptions(req, FILTER_OPTIONS);
    const appId = appIdFilter(req);
    const registered = state.integration.appRegistered;
    const matches = registered && (appId === undefined || appId === credentials.presenceAppId);
    return {
      status: 200,
      body: { value: matches ? [applicationWire(state, credentials.presenceAppId)] : [] },
    };
  });

  router.add('GET', `${V}/servicePrincipals`, (req) => {
    onlyOptions(req, FILTER_OPTIONS);
    const appId = appIdFilter(req);
    const all: Array<[string, string]> = [[GRAPH_APP_ID, 'Microsoft Graph']];
    if (state.integration.appRegistered) all.push([credentials.presenceAppId, PRESENCE_APP_NAME]);
    const value = all
      .filter(([id]) => appId === undefined || id === appId)
      .map(([id, name]) => servicePrincipalWire(id, name));
    return { status: 200, body: { value } };
  });

  router.add('GET', `${V}/servicePrincipals/:id/appRoleAssignments`, (req) => {
    onlyOptions(req, ['$top', '$skiptoken']);
    const id = req.params.id;
    if (id === servicePrincipalId(credentials.presenceAppId) && state.integration.appRegistered) {
      return { status: 200, body: { value: appRoleAssignments(state, credentials.presenceAppId) } };
    }
    if (id === servicePrincipalId(GRAPH_APP_ID)) return { status: 200, body: { value: [] } };
    throw new SimHttpError(404, 'Request_ResourceNotFound', `Resource '${id ?? ''}' does not exist.`);
  });

  const domain = state.rooms[0]?.room.email.split('@')[1] ?? 'rooms.invalid';
  router.add('GET', `${V}/places/microsoft.graph.room`, (req) => {
    onlyOptions(req, PLACES_OPTIONS);
    const { offset, top } = readPlacesPage(req);
    const value = state.rooms.slice(offset, offset + top).map((r) => roomWire(r));
    const body: Record<string, unknown> = {
      '@odata.context': `${req.url.origin}${V}/$metadata#places/microsoft.graph.room`,
      value,
    };
    // Places page with $top and $skip (place-list.md); the next page is the same query skipped further.
    if (offset + value.length < state.rooms.length) {
      body['@odata.nextLink'] = replaceQuery(req.url, { $top: String(top), $skip: String(offset + top) });
    }
    return { status: 200, body };
  });

  router.add('GET', `${V}/places/microsoft.graph.roomlist`, (req) => {
    onlyOptions(req, PLACES_OPTIONS);
    const lists = new Map<string, string>();
    for (const r of state.rooms) lists.set(roomListEmail(r.room.roomList, domain), r.room.roomList);
    const value = [...lists].map(([email, name]) => ({
      '@odata.type': '#microsoft.graph.roomList',
      id: email,
      emailAddress: email,
      displayName: name,
    }));
    return { status: 200, body: { value } };
  });

  router.add('GET', `${V}/places/:list/microsoft.graph.roomlist/rooms`, (req) => {
    onlyOptions(req, PLACES_OPTIONS);
    const key = (req.params.list ?? '').toLowerCase();
    const rooms = state.rooms.filter((r) => roomListEmail(r.room.roomList, domain).toLowerCase() === key);
    if (rooms.length === 0) throw new SimHttpError(404, 'ErrorItemNotFound', 'No such room list');
    return { status: 200, body: { value: rooms.map((r) => roomWire(r)) } };
  });

  return router;
}

function login(req: SimRequest, tokens: TokenStore, credentials: GraphCredentials): SimResponse {
  const aad = (status: number, error: string, description: string): SimHttpError =>
    new SimHttpError(status, error, description, { error, error_description: description });
  if (req.params.tenantId !== credentials.tenantId) {
    throw aad(400, 'invalid_request', `AADSTS90002: Tenant '${req.params.tenantId ?? ''}' not found.`);
  }
  const body = formBody(req);
  if (body.grant_type === undefined) {
    throw aad(
      400,
      'invalid_request',
      "AADSTS900144: The request body must contain the following parameter: 'grant_type'.",
    );
  }
  if (body.grant_type !== 'client_credentials')
    throw aad(400, 'unsupported_grant_type', 'AADSTS70003: Unsupported grant type.');
  if (body.client_id !== credentials.clientId || body.client_secret !== credentials.clientSecret) {
    throw aad(401, 'invalid_client', 'AADSTS7000215: Invalid client secret provided.');
  }
  if (body.scope !== GRAPH_SCOPE)
    throw aad(400, 'invalid_scope', `AADSTS1002012: The provided value for scope is not valid.`);
  const issued = tokens.issue();
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: issued.expiresIn,
      ext_expires_in: issued.expiresIn,
      access_token: issued.accessToken,
    },
  };
}

function teamsUser(state: SimState, req: SimRequest): TeamsUser {
  const user = state.directory.teamsUser(req.params.id ?? '');
  if (!user)
    throw new SimHttpError(
      404,
      'Request_ResourceNotFound',
      `Resource '${req.params.id ?? ''}' does not exist.`,
    );
  return user;
}

function readSelect(req: SimRequest, defaults: string[] = DEFAULT_USER_SELECT): string[] {
  const text = req.query.get('$select');
  if (text === undefined || !text.trim()) return defaults;
  const names = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return names;
}

function project(properties: Record<string, unknown>, select: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of select) {
    const key = Object.keys(properties).find((k) => k.toLowerCase() === name.toLowerCase());
    if (key === undefined) {
      throw new SimHttpError(
        400,
        'Request_BadRequest',
        `Could not find a property named '${name}' on type 'microsoft.graph.user'.`,
      );
    }
    out[key] = properties[key];
  }
  return out;
}

function readGraphPage(req: SimRequest, defaultTop: number, maxTop: number): { offset: number; top: number } {
  const topText = req.query.get('$top');
  let top = defaultTop;
  if (topText !== undefined) {
    if (!/^\d+$/.test(topText) || Number(topText) < 1 || Number(topText) > maxTop) {
      throw new SimHttpError(400, 'Request_UnsupportedQuery', `$top must be from 1 to ${maxTop}`);
    }
    top = Number(topText);
  }
  const token = req.query.get('$skiptoken');
  if (token === undefined) return { offset: 0, top };
  const m = /^o:(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw new SimHttpError(400, 'Request_BadRequest', 'Invalid $skiptoken');
  return { offset: Number(m[1]), top };
}

function readPlacesPage(req: SimRequest): { offset: number; top: number } {
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const text = req.query.get(name);
    if (text === undefined) return fallback;
    if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) {
      throw new SimHttpError(400, 'BadRequest', `${name} must be a whole number from ${min} to ${max}`);
    }
    return Number(text);
  };
  return {
    top: number('$top', ROOMS_DEFAULT_TOP, 1, ROOMS_MAX_TOP),
    offset: number('$skip', 0, 0, 1_000_000),
  };
}

function graphCollection(
  req: SimRequest,
  entity: string,
  value: unknown[],
  offset: number,
  total: number,
): unknown {
  const body: Record<string, unknown> = {
    '@odata.context': `${req.url.origin}${V}/$metadata#${entity}`,
    value,
  };
  const next = offset + value.length;
  if (next < total) {
    body['@odata.nextLink'] = replaceQuery(req.url, {
      $skiptoken: Buffer.from(`o:${next}`).toString('base64url'),
    });
  }
  return body;
}

function appIdFilter(req: SimRequest): string | undefined {
  const filter = req.query.get('$filter');
  if (filter === undefined || !filter.trim()) return undefined;
  const m = /^appId\s+eq\s+'([^']*)'$/.exec(filter.trim());
  if (!m) throw new SimHttpError(400, 'Request_UnsupportedQuery', "Only $filter=appId eq '…' is supported");
  return m[1];
}
