/**
 * Mitel CloudLink: directory, line state, click-to-call and call log. CloudLink publishes no API
 * for the account's Teams integration, its gateway, a user sync or manual mappings (vendor facts
 * §1.11); the bot calls none (the mappings live in its own storage, bot/people/identity-map.ts). One HttpClient (one circuit breaker) for all CloudLink services.
 */
import { isUpstreamError, nullWhenNotFound } from '../http/errors';
import { HttpClient, type CallOptions, type HttpMethod, type RequestOptions } from '../http/http-client';
import type { CircuitState } from '../http/circuit-breaker';
import { pagesFrom, resolveNextLink } from '../http/paging';
import type { QueryParams } from '../http/query';
import { sharedHttpOptions, type ServiceDeps } from '../http/service-deps';
import { TokenCache, type IssuedToken, type TokenRequestContext } from '../http/token-cache';
import { asObject, optString, reqNumber, reqString } from '../http/wire-read';
import {
  readAccount,
  readCall,
  readCallRecord,
  readCollection,
  readEndpoint,
  readPlacedCall,
  readUser,
  type Collection,
} from './read';
import type {
  Call,
  CallHistory,
  CallHistoryOptions,
  CallRecord,
  CloudLinkAccount,
  CloudLinkConfig,
  CloudLinkUser,
  EndpointStatus,
  PlaceCallOptions,
} from './types';
import {
  APP_HEADER,
  CALL_RECORD_MAX_PAGES,
  CALL_RECORD_PAGE,
  CALL_RECORD_WINDOW,
  callRecordFilter,
  CORRELATION_HEADER,
  routes,
  TOKEN_BODY_FORMAT,
  type Route,
} from './wire';

// Whole collections are read in pages of 1,000 items (the ceiling is undocumented), so that
// reading 5,000 users costs five requests.
const DEFAULT_PAGE_SIZE = 1000;

export class CloudLinkClient {
  private readonly http: HttpClient;
  private readonly tokens: TokenCache;
  private refreshToken: string | undefined;

  constructor(
    private readonly config: CloudLinkConfig,
    deps: ServiceDeps = {},
  ) {
    if (!config.baseUrl.includes('{service}')) {
      throw new Error(
        'The CloudLink base URL must contain {service}, e.g. https://{service}.api.mitel.io/2017-09-01',
      );
    }
    this.refreshToken = config.credentials.refreshToken;
    this.tokens = new TokenCache((context) => this.issueToken(context), { clock: deps.clock });
    this.http = new HttpClient({
      system: 'cloudlink',
      ...sharedHttpOptions(config, deps),
      auth: this.tokens,
      correlation: { responseHeaders: [CORRELATION_HEADER] },
      errorCode: (body) => (isObject(body) && typeof body['name'] === 'string' ? body['name'] : undefined),
    });
  }

  /** The state of this system's circuit breaker (the readiness probe reports it). */
  circuitState(): CircuitState {
    return this.http.breaker.state;
  }

  /** Every phone-system user, page after page. */
  async listUsers(options: CallOptions = {}): Promise<CloudLinkUser[]> {
    return this.collectAll('listUsers', routes.users(), {}, readUser, options);
  }

  /** One user, or null when there is none with this id. */
  async getUser(userId: string, options: CallOptions = {}): Promise<CloudLinkUser | null> {
    return nullWhenNotFound(
      this.call({ operation: 'getUser', route: routes.user(userId), ...options }, (b) => readUser(b)),
    );
  }

  /**
   * The user with this e-mail (case-insensitive), or null. CloudLink documents no server-side
   * user filter (vendor facts §1.4), so the whole list is read and matched here.
   */
  async findUserByEmail(email: string, options: CallOptions = {}): Promise<CloudLinkUser | null> {
    const wanted = email.toLowerCase();
    const users = await this.collectAll('findUserByEmail', routes.users(), {}, readUser, options);
    return users.find((u) => u.email?.toLowerCase() === wanted) ?? null;
  }

  /** The user with this extension, or null (matched here, like `findUserByEmail`). */
  async findUserByExtension(extension: string, options: CallOptions = {}): Promise<CloudLinkUser | null> {
    const users = await this.collectAll('findUserByExtension', routes.users(), {}, readUser, options);
    return users.find((u) => u.extension === extension) ?? null;
  }

  /** Line state, availability, do-not-disturb and presence sources of an extension. */
  async getEndpoint(extension: string, options: CallOptions = {}): Promise<EndpointStatus> {
    return this.call({ operation: 'getEndpoint', route: routes.endpoint(extension), ...options }, (b) =>
      readEndpoint(b, extension),
    );
  }

  /**
   * Asks the PBX to ring `extension` (the caller's own phone) and then dial `to`. Not idempotent:
   * never retried after a failure that may have placed the call.
   */
  async placeCall(extension: string, to: string, options: PlaceCallOptions = {}): Promise<Call> {
    const { originateTimeout, ...callOptions } = options;
    if (originateTimeout !== undefined && !(originateTimeout >= 0 && originateTimeout <= 120)) {
      throw new RangeError('originateTimeout must be between 0 and 120 seconds');
    }
    return this.call(
      {
        operation: 'placeCall',
        method: 'POST',
        route: routes.calls(extension),
        json: originateTimeout === undefined ? { to } : { to, originateTimeout },
        ...callOptions,
      },
      (b) => readPlacedCall(b),
    );
  }

  /** The current state of a call placed from `extension`. */
  async getCall(extension: string, callId: string, options: CallOptions = {}): Promise<Call> {
    return this.call({ operation: 'getCall', route: routes.call(extension, callId), ...options }, (b) =>
      readCall(b),
    );
  }

  /**
   * The newest part of a person's call history, newest first. Mitel documents only
   * `contains(principal,'…')`, `$top` and `$skip` on call records, and no order (vendor facts
   * §1.8), so that is all that is sent: pages are followed through `_links.next` until the newest
   * CALL_RECORD_WINDOW records (and the period from `since`) are in hand, within
   * CALL_RECORD_MAX_PAGES requests, and sorted here. Should the service answer oldest first, the
   * newest records are read from the end instead (by `$skip`, when `count` gives the total).
   */
  async readCallHistory(principalId: string, options: CallHistoryOptions = {}): Promise<CallHistory> {
    const { since, ...callOptions } = options;
    const route = routes.callRecords();
    const query = (skip: number): QueryParams => ({
      $filter: callRecordFilter(principalId),
      $top: CALL_RECORD_PAGE,
      $skip: skip,
    });
    const first = this.http.url(this.serviceUrl(route), query(0));
    const seen = pagesFrom(first);
    let records: CallRecord[] = [];
    let url: string | undefined = first;
    let order: 'newest' | 'oldest' | undefined;
    let jumped = false;
    let complete = false;
    for (let pages = 0; url !== undefined && pages < CALL_RECORD_MAX_PAGES; pages++) {
      const current: string = url;
      const page: Collection<CallRecord> & { next?: string } = await this.call(
        { operation: 'readCallHistory', route: { service: route.service, path: current }, ...callOptions },
        (b) => {
          const collection = readCollection(b, (item, what) => readCallRecord(item, principalId, what));
          const next = collection.nextHref ? resolveNextLink(collection.nextHref, current, seen) : undefined;
          return { ...collection, next };
        },
      );
      records.push(...page.items);
      order ??= orderOf(page.items);
      if (page.next === undefined) {
        complete = !jumped;
        break;
      }
      url = page.next;
      if (order === 'oldest') {
        // The newest are at the end: go there at once when count gives the total.
        if (!jumped && page.count !== undefined && page.count - CALL_RECORD_WINDOW > records.length) {
          records = [];
          jumped = true;
          url = this.http.url(this.serviceUrl(route), query(page.count - CALL_RECORD_WINDOW));
        }
      } else if (
        records.length >= CALL_RECORD_WINDOW &&
        (since === undefined || oldestStart(records) < since.getTime())
      ) {
        break;
      }
    }
    return { records: newestFirst(records), complete };
  }

  /** The account the credentials belong to. */
  async getAccount(options: CallOptions = {}): Promise<CloudLinkAccount> {
    return this.call({ operation: 'getAccount', route: routes.account(), ...options }, readAccount);
  }

  /** Reads a whole collection, following `_links.next`, else paging with `$skip` up to `count`. */
  private async collectAll<T>(
    operation: string,
    route: Route,
    query: QueryParams,
    readItem: (item: unknown, what: string) => T,
    options: CallOptions,
  ): Promise<T[]> {
    const pageSize = this.config.pageSize ?? DEFAULT_PAGE_SIZE;
    const first = this.http.url(this.serviceUrl(route), { ...query, $top: pageSize, $skip: 0 });
    const seen = pagesFrom(first);
    const items: T[] = [];
    let url: string | undefined = first;
    while (url !== undefined) {
      const current: string = url;
      const page: Collection<T> & { next?: string } = await this.call(
        { operation, route: { service: route.service, path: current }, ...options },
        (b) => {
          const collection = readCollection(b, readItem);
          const next = collection.nextHref ? resolveNextLink(collection.nextHref, current, seen) : undefined;
          return { ...collection, next };
        },
      );
      items.push(...page.items);
      if (page.next) url = page.next;
      // Without a next link, $skip moves forward until count is reached or a page comes back empty.
      else if (page.items.length > 0 && page.count !== undefined && items.length < page.count) {
        url = this.http.url(this.serviceUrl(route), { ...query, $top: pageSize, $skip: items.length });
      } else url = undefined;
    }
    return items;
  }

  private serviceUrl(route: Route): string {
    if (/^https?:\/\//i.test(route.path)) return route.path;
    return `${this.config.baseUrl.replace('{service}', route.service).replace(/\/+$/, '')}${route.path}`;
  }

  /** An authenticated CloudLink API request, its JSON answer read by `read`. */
  private async call<T>(
    request: Omit<RequestOptions, 'path'> & { route: Route; method?: HttpMethod },
    read: (body: unknown, status: number) => T,
  ): Promise<T> {
    const { route, ...rest } = request;
    return this.http.request(
      {
        ...rest,
        path: this.serviceUrl(route),
        headers: { [APP_HEADER]: this.config.appName, ...rest.headers },
      },
      (body, response) => read(body, response.status),
    );
  }

  /** A token by refresh_token when one is known, else (or when it is refused) by client credentials. */
  private async issueToken(context: TokenRequestContext): Promise<IssuedToken> {
    const { clientId, clientSecret, accountId } = this.config.credentials;
    if (this.refreshToken !== undefined) {
      try {
        return await this.tokenRequest(
          { grant_type: 'refresh_token', refresh_token: this.refreshToken, client_id: clientId },
          context,
        );
      } catch (error) {
        if (!(isUpstreamError(error) && error.kind === 'unauthorized')) throw error;
        this.refreshToken = undefined;
      }
    }
    const body: Record<string, string> = {
      grant_type: 'client_credentials',
      client_id: clientId,
      client_secret: clientSecret,
    };
    if (accountId !== undefined) body['account_id'] = accountId;
    return this.tokenRequest(body, context);
  }

  private async tokenRequest(
    body: Record<string, string>,
    context: TokenRequestContext,
  ): Promise<IssuedToken> {
    return this.http.request(
      {
        operation: 'token',
        method: 'POST',
        path: this.serviceUrl(routes.token()),
        ...(TOKEN_BODY_FORMAT === 'json' ? { json: body } : { form: body }),
        auth: false,
        idempotent: true,
        deadline: context.deadline,
        classify: (status) => (status === 400 || status === 401 ? 'unauthorized' : undefined),
      },
      (answer) => {
        const o = asObject(answer, 'token');
        const refresh = optString(o, 'refresh_token', 'token');
        if (refresh !== undefined) this.refreshToken = refresh;
        return {
          accessToken: reqString(o, 'access_token', 'token'),
          expiresInSeconds: reqNumber(o, 'expires_in', 'token'),
        };
      },
    );
  }
}

/** Which way a page runs, from its first and last start times (undefined when it cannot tell). */
function orderOf(items: readonly CallRecord[]): 'newest' | 'oldest' | undefined {
  if (items.length < 2) return undefined;
  const first = items[0]!.startedAt.getTime();
  const last = items[items.length - 1]!.startedAt.getTime();
  if (first === last) return undefined;
  return first > last ? 'newest' : 'oldest';
}

function oldestStart(records: readonly CallRecord[]): number {
  return records.reduce((min, r) => Math.min(min, r.startedAt.getTime()), Infinity);
}

/** Newest first, each call once (a record may come twice when the history grows between pages). */
function newestFirst(records: readonly CallRecord[]): CallRecord[] {
  const byId = new Map<string, CallRecord>();
  for (const r of records) byId.set(r.id, r);
  return [...byId.values()].sort(
    (a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
