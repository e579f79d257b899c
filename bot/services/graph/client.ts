/**
 * Microsoft Graph: Teams users and licences, the presence app registration and its consent,
 * presence, admin group members and room metadata.
 */
import { chunk, mapLimit } from '../http/batches';
import { nullWhenNotFound } from '../http/errors';
import { HttpClient, type CallOptions } from '../http/http-client';
import type { CircuitState } from '../http/circuit-breaker';
import { pagesFrom, resolveNextLink } from '../http/paging';
import type { QueryParams } from '../http/query';
import { sharedHttpOptions, type ServiceDeps } from '../http/service-deps';
import { TokenCache, type IssuedToken, type TokenRequestContext } from '../http/token-cache';
import { asObject, reqNumber, reqString } from '../http/wire-read';
import { tokenFromCredential } from './credential';
import {
  readApplication,
  readAssignment,
  readMember,
  readPresence,
  readRoom,
  readUser,
  readSubscribedSku,
  readValuePage,
} from './read';
import type {
  AppRegistration,
  AppRoleAssignment,
  GraphConfig,
  GraphPresence,
  GraphRoom,
  GraphUser,
  GroupMember,
  SetPresenceRequest,
  SubscribedSku,
} from './types';
import {
  appIdFilter,
  CLIENT_REQUEST_ID_HEADER,
  CORRELATION_HEADERS,
  errorCode,
  expirationDuration,
  GRAPH_SCOPE,
  MEMBER_SELECT,
  paths,
  PRESENCE_BATCH_SIZE,
  PRESENCE_CONCURRENCY,
  ROOMS_PAGE_SIZE,
  tokenUrl,
  USER_SELECT,
  USERS_PAGE_SIZE,
} from './wire';

export class GraphClient {
  private readonly http: HttpClient;
  private readonly now: () => number;

  constructor(
    private readonly config: GraphConfig,
    deps: ServiceDeps = {},
  ) {
    this.now = deps.clock ? () => deps.clock!.now() : Date.now;
    const tokens = new TokenCache((context) => this.issueToken(context), { clock: deps.clock });
    this.http = new HttpClient({
      system: 'graph',
      baseUrl: config.baseUrl,
      ...sharedHttpOptions(config, deps),
      headers: config.appName ? { 'user-agent': config.appName } : {},
      auth: tokens,
      correlation: { responseHeaders: CORRELATION_HEADERS, requestHeader: CLIENT_REQUEST_ID_HEADER },
      errorCode,
    });
  }

  /** The state of this system's circuit breaker (the readiness probe reports it). */
  circuitState(): CircuitState {
    return this.http.breaker.state;
  }

  /** Every user with their licences, following `@odata.nextLink`. */
  async listUsers(options: CallOptions = {}): Promise<GraphUser[]> {
    return this.collectAll(
      'listUsers',
      paths.users,
      { $select: USER_SELECT, $top: USERS_PAGE_SIZE },
      readUser,
      options,
    );
  }

  /** One user by object id or UPN, or null when there is none. */
  async getUser(idOrUpn: string, options: CallOptions = {}): Promise<GraphUser | null> {
    return nullWhenNotFound(
      this.http.request(
        { operation: 'getUser', path: paths.user(idOrUpn), query: { $select: USER_SELECT }, ...options },
        (body) => readUser(body),
      ),
    );
  }

  /** The app registration with this application (client) id, or null when it is not registered. */
  async getApplication(appId: string, options: CallOptions = {}): Promise<AppRegistration | null> {
    const page = await this.http.request(
      {
        operation: 'getApplication',
        path: paths.applications,
        query: { $filter: appIdFilter(appId) },
        ...options,
      },
      (body) => readValuePage(body, readApplication),
    );
    return page.items.find((a) => a.appId === appId) ?? null;
  }

  /** The app roles granted (admin consent) to the app's service principal; [] when it has none. */
  async getAppRoleAssignments(appId: string, options: CallOptions = {}): Promise<AppRoleAssignment[]> {
    const principals = await this.http.request(
      {
        operation: 'getAppRoleAssignments',
        path: paths.servicePrincipals,
        query: { $filter: appIdFilter(appId) },
        ...options,
      },
      (body) => readValuePage(body, (item, what) => reqString(asObject(item, what), 'id', what)),
    );
    const principalId = principals.items[0];
    if (principalId === undefined) return [];
    return this.collectAll(
      'getAppRoleAssignments',
      paths.appRoleAssignments(principalId),
      {},
      readAssignment,
      options,
    );
  }

  /** A user's presence, or null when Graph does not know the user. */
  async getPresence(userId: string, options: CallOptions = {}): Promise<GraphPresence | null> {
    return nullWhenNotFound(
      this.http.request({ operation: 'getPresence', path: paths.presence(userId), ...options }, (body) =>
        readPresence(body, 'presence', userId),
      ),
    );
  }

  /** Presences of many users, PRESENCE_BATCH_SIZE ids per request; unknown users are absent. */
  async getPresences(userIds: string[], options: CallOptions = {}): Promise<Map<string, GraphPresence>> {
    const result = new Map<string, GraphPresence>();
    const unique = [...new Set(userIds)];
    const limit = this.config.presenceConcurrency ?? PRESENCE_CONCURRENCY;
    await mapLimit(chunk(unique, PRESENCE_BATCH_SIZE), limit, async (ids) => {
      const page = await this.http.request(
        {
          operation: 'getPresences',
          method: 'POST',
          path: paths.presences,
          json: { ids },
          idempotent: true,
          ...options,
        },
        (body) => readValuePage(body, (item, what) => readPresence(item, what)),
      );
      for (const presence of page.items) result.set(presence.userId, presence);
    });
    return result;
  }

  /** Sets a user's presence for the application session (what the presence integration does). */
  async setPresence(userId: string, request: SetPresenceRequest): Promise<void> {
    const { sessionId, availability, activity, expirationMinutes = 5, ...options } = request;
    if (!Number.isInteger(expirationMinutes) || expirationMinutes < 5 || expirationMinutes > 240) {
      throw new RangeError('expirationMinutes must be a whole number from 5 to 240');
    }
    await this.http.request({
      operation: 'setPresence',
      method: 'POST',
      path: paths.setPresence(userId),
      json: { sessionId, availability, activity, expirationDuration: expirationDuration(expirationMinutes) },
      // Setting the same presence twice has the effect of once.
      idempotent: true,
      expect: 'none',
      ...options,
    });
  }

  /**
   * The users in a group (the bot's admins), nested groups included; a group that does not exist
   * fails with 'not-found'.
   */
  async listGroupMembers(groupId: string, options: CallOptions = {}): Promise<GroupMember[]> {
    const members = await this.collectAll(
      'listGroupMembers',
      paths.groupMembers(groupId),
      { $select: MEMBER_SELECT, $top: USERS_PAGE_SIZE },
      readMember,
      options,
    );
    return members.filter((m): m is GroupMember => m !== null);
  }

  /**
   * The organisation's licence subscriptions with their seats (`GET /subscribedSkus`, which
   * documents `$select` only; application permission Organization.Read.All).
   */
  async listSubscribedSkus(options: CallOptions = {}): Promise<SubscribedSku[]> {
    return this.collectAll('listSubscribedSkus', paths.subscribedSkus, {}, readSubscribedSku, options);
  }

  /** Room mailboxes (places) with their metadata. */
  async listRooms(options: CallOptions = {}): Promise<GraphRoom[]> {
    return this.collectAll('listRooms', paths.rooms, { $top: ROOMS_PAGE_SIZE }, readRoom, options);
  }

  private async collectAll<T>(
    operation: string,
    path: string,
    query: QueryParams,
    readItem: (item: unknown, what: string) => T,
    options: CallOptions,
  ): Promise<T[]> {
    const first = this.http.url(path, query);
    const seen = pagesFrom(first);
    const items: T[] = [];
    let url: string | undefined = first;
    while (url !== undefined) {
      const current: string = url;
      url = await this.http.request({ operation, path: current, ...options }, (body) => {
        const page = readValuePage(body, readItem);
        items.push(...page.items);
        return page.nextLink ? resolveNextLink(page.nextLink, current, seen) : undefined;
      });
    }
    return items;
  }

  private async issueToken(context: TokenRequestContext): Promise<IssuedToken> {
    if (this.config.credential) return tokenFromCredential(this.config.credential, context, this.now);
    const { clientId, clientSecret } = this.config.credentials;
    return this.http.request(
      {
        operation: 'token',
        method: 'POST',
        path: tokenUrl(this.config.loginUrl, this.config.tenantId),
        form: {
          client_id: clientId,
          client_secret: clientSecret,
          scope: GRAPH_SCOPE,
          grant_type: 'client_credentials',
        },
        auth: false,
        idempotent: true,
        deadline: context.deadline,
        classify: (status) => (status === 400 || status === 401 ? 'unauthorized' : undefined),
      },
      (answer) => {
        const o = asObject(answer, 'token');
        return {
          accessToken: reqString(o, 'access_token', 'token'),
          expiresInSeconds: reqNumber(o, 'expires_in', 'token'),
        };
      },
    );
  }
}
