// A tiny test client over fetch: gets tokens the way the service clients will, then calls each simulator.
import assert from 'node:assert/strict';
import type { Simulators } from '../../../bot/simulator';

export interface Reply<T = unknown> {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, typed by the caller (undefined when the body is not JSON). */
  json: T;
}

/** A CloudLink collection. */
export interface Collection<T> {
  count: number;
  _links: { self: string; next?: string };
  _embedded: { items: T[] };
}

/** A Graph collection. */
export interface GraphList<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

async function reply<T>(res: Response): Promise<Reply<T>> {
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch (error) {
    json = { notJson: String(error) };
  }
  return { status: res.status, headers: res.headers, text, json: json as T };
}

export interface CallInit {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  token?: string | null;
}

export class SimClient {
  private tokens: Partial<Record<'cloudlink' | 'cronofy' | 'graph', string>> = {};

  constructor(readonly sims: Simulators) {}

  cloudlinkUrl(service: string, path: string): string {
    return this.sims.cloudlink.baseUrl.replace('{service}', service) + path;
  }

  /**
   * Follows a CloudLink collection from `url` through its `_links.next` strings, handing each
   * page (answered 200) to `check`; returns how many pages and items it read and the first count.
   */
  async everyCloudLinkPage(
    url: string,
    check: (page: Collection<unknown>) => void,
  ): Promise<{ pages: number; items: number; count: number | undefined }> {
    let next: string | undefined = url;
    let pages = 0;
    let items = 0;
    let count: number | undefined;
    while (next !== undefined) {
      const res: Response = await fetch(next, {
        headers: { authorization: `Bearer ${await this.cloudlinkToken()}`, 'x-mitel-app': 't' },
      });
      assert.equal(res.status, 200, next);
      const body = (await res.json()) as Collection<unknown>;
      check(body);
      pages += 1;
      count ??= body.count;
      items += body._embedded.items.length;
      next = body._links.next;
    }
    return { pages, items, count };
  }

  async cloudlinkToken(): Promise<string> {
    if (this.tokens.cloudlink) return this.tokens.cloudlink;
    const c = this.sims.cloudlink;
    const r = await post<{ access_token: string }>(this.cloudlinkUrl('authentication', '/token'), {
      grant_type: 'client_credentials',
      client_id: c.clientId,
      client_secret: c.clientSecret,
      account_id: c.accountId,
    });
    if (r.status !== 200) throw new Error(`cloudlink token: ${r.status} ${r.text}`);
    this.tokens.cloudlink = r.json.access_token;
    return this.tokens.cloudlink;
  }

  async cronofyToken(): Promise<string> {
    if (this.tokens.cronofy) return this.tokens.cronofy;
    const c = this.sims.cronofy;
    const r = await post<{ access_token: string }>(`${c.baseUrl}/oauth/token`, {
      grant_type: 'refresh_token',
      client_id: c.clientId,
      client_secret: c.clientSecret,
      refresh_token: c.refreshToken,
    });
    if (r.status !== 200) throw new Error(`cronofy token: ${r.status} ${r.text}`);
    this.tokens.cronofy = r.json.access_token;
    return this.tokens.cronofy;
  }

  async graphToken(): Promise<string> {
    if (this.tokens.graph) return this.tokens.graph;
    const g = this.sims.graph;
    const r = await postForm<{ access_token: string }>(`${g.loginUrl}/${g.tenantId}/oauth2/v2.0/token`, {
      client_id: g.clientId,
      client_secret: g.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    });
    if (r.status !== 200) throw new Error(`graph token: ${r.status} ${r.text}`);
    this.tokens.graph = r.json.access_token;
    return this.tokens.graph;
  }

  /** A CloudLink request: `service` is admin, media, gateway…; `path` follows `/2017-09-01`. */
  async cl<T = unknown>(service: string, path: string, init: CallInit = {}): Promise<Reply<T>> {
    const token = init.token === undefined ? await this.cloudlinkToken() : init.token;
    return send<T>(
      this.cloudlinkUrl(service, path),
      { ...init, token },
      { 'x-mitel-app': 'simulator-tests', ...init.headers },
    );
  }

  async cr<T = unknown>(path: string, init: CallInit = {}): Promise<Reply<T>> {
    const token = init.token === undefined ? await this.cronofyToken() : init.token;
    return send<T>(`${this.sims.cronofy.baseUrl}${path}`, { ...init, token }, init.headers);
  }

  /** A Graph request; `path` follows `/v1.0`. */
  async gr<T = unknown>(path: string, init: CallInit = {}): Promise<Reply<T>> {
    const token = init.token === undefined ? await this.graphToken() : init.token;
    return send<T>(`${this.sims.graph.baseUrl}${path}`, { ...init, token }, init.headers);
  }
}

async function send<T>(url: string, init: CallInit, headers: Record<string, string> = {}): Promise<Reply<T>> {
  const all: Record<string, string> = { ...headers };
  if (init.token) all.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) all['content-type'] = 'application/json';
  const res = await fetch(url, {
    method: init.method ?? (init.body !== undefined ? 'POST' : 'GET'),
    headers: all,
    body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
  });
  return reply<T>(res);
}

/** POST a JSON body without a token. */
export async function post<T = unknown>(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Reply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return reply<T>(res);
}

/** POST a form body without a token. */
export async function postForm<T = unknown>(url: string, fields: Record<string, string>): Promise<Reply<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
  return reply<T>(res);
}

/** OData-style query: `%20` for spaces, `$` kept. */
export function q(params: Record<string, string | number>): string {
  return (
    '?' +
    Object.entries(params)
      .map(
        ([k, v]) =>
          `${encodeURIComponent(k).replace(/%24/g, '$').replace(/%5B/gi, '[').replace(/%5D/gi, ']')}=${encodeURIComponent(String(v))}`,
      )
      .join('&')
  );
}
