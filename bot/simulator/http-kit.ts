/**
 * The small HTTP layer the three simulators share: one node:http server per system, a router of
 * path templates, body parsing (JSON or form), fault injection, request counting and one error
 * shape per system.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../log';
import type { FaultInjector } from './faults';
import { QueryDecodeError, QueryString } from './query-string';
import type { RequestCounts } from './request-counts';
import type { SimSystem } from './systems';

const MAX_BODY_BYTES = 1_000_000;

export interface SimRequest {
  method: string;
  /** The absolute URL of the request (on the simulator's own origin). */
  url: URL;
  /** The raw path, without the query. */
  path: string;
  query: QueryString;
  headers: http.IncomingHttpHeaders;
  rawBody: string;
  /** Route parameters, percent-decoded. */
  params: Record<string, string>;
}

export interface SimResponse {
  status: number;
  /** Sent as JSON; omitted for an empty body. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** An HTTP failure a handler throws; the server turns it into the system's error shape. */
export class SimHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** A body in a shape of its own (Cronofy 422s), instead of the system's error shape. */
    readonly body?: unknown,
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'SimHttpError';
  }
}

export type Handler = (req: SimRequest) => SimResponse | Promise<SimResponse>;

export interface RouteOptions {
  /** No authentication (token endpoints). */
  open?: boolean;
}

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
  open: boolean;
}

/** Routes by method and path template (`/users/:id/presence`); parameters match one segment. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, template: string, handler: Handler, options: RouteOptions = {}): this {
    const names: string[] = [];
    const source = template
      .split('/')
      .map((segment) => {
        if (segment.startsWith(':')) {
          names.push(segment.slice(1));
          return '([^/]+)';
        }
        return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      })
      .join('/');
    this.routes.push({
      method,
      pattern: new RegExp(`^${source}/?$`),
      names,
      handler,
      open: options.open === true,
    });
    return this;
  }

  /** The route for a request, `'method'` when only the method is wrong, undefined when none. */
  match(
    method: string,
    path: string,
  ): { route: Route; params: Record<string, string> } | 'method' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const m = route.pattern.exec(path);
      if (!m) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1] ?? '');
      });
      return { route, params };
    }
    return pathMatched ? 'method' : undefined;
  }
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    throw new SimHttpError(400, 'BadRequest', `Malformed path: ${(error as Error).message}`);
  }
}

export interface SimServerOptions {
  system: SimSystem;
  host: string;
  router: Router;
  faults: FaultInjector;
  counts: RequestCounts;
  logger?: Logger;
  /** The body of an error in this system's shape. */
  errorBody(status: number, code: string, message: string): unknown;
  /** Headers on every response (correlation ids). */
  responseHeaders(req: http.IncomingMessage): Record<string, string>;
  /** Runs before faults (a rate limiter); a response stops the request there. */
  gate?(req: SimRequest): SimResponse | undefined;
  /** Checks a request to a route that is not open (authentication); throws a SimHttpError. */
  guard(req: SimRequest): void;
}

export interface SimServer {
  origin: string;
  port: number;
  /** Stops listening and drops open connections: connections are refused until `listenAgain`. */
  stopListening(): Promise<void>;
  /** Listens again on the same port (a no-op when listening). */
  listenAgain(): Promise<void>;
  close(): Promise<void>;
}

/** Starts one simulator on an ephemeral port of `host`. */
export async function startSimServer(options: SimServerOptions): Promise<SimServer> {
  const timers = new Set<NodeJS.Timeout>();
  const wait = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const server = http.createServer((req, res) => {
    handle(options, req, res, wait).catch((error: unknown) => {
      options.logger?.error('simulator request failed', { system: options.system, error });
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, {
          ...options.responseHeaders(req),
          'content-type': 'application/json; charset=utf-8',
        });
        res.end(JSON.stringify(options.errorBody(500, 'InternalServerError', 'The simulator failed')));
      } else {
        res.destroy();
      }
    });
  });
  server.keepAliveTimeout = 5_000;
  const listen = (port: number): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, options.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = (): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      if (!server.listening) {
        resolve();
        return;
      }
      server.close((error) => (error ? reject(error) : resolve()));
      // Kept-alive connections would otherwise go on being served.
      server.closeAllConnections();
    });
  await listen(0);
  const port = (server.address() as AddressInfo).port;
  const host = options.host.includes(':') ? `[${options.host}]` : options.host;
  return {
    origin: `http://${host}:${port}`,
    port,
    stopListening: stop,
    // The same port, so that the clients' base URLs stay right.
    listenAgain: () => (server.listening ? Promise.resolve() : listen(port)),
    close: () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      return stop();
    },
  };
}

async function handle(
  options: SimServerOptions,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  wait: (ms: number) => Promise<void>,
): Promise<void> {
  const started = Date.now();
  const rawBody = await readBody(req);
  const method = (req.method ?? 'GET').toUpperCase();
  const target = req.url ?? '/';
  const url = new URL(target, `http://${req.headers.host ?? options.host}`);
  const path = url.pathname;
  options.counts.record(options.system, method, path);
  const baseHeaders = options.responseHeaders(req);

  const send = (response: SimResponse): void => {
    if (res.destroyed || res.writableEnded) return;
    const headers: Record<string, string> = { ...baseHeaders, ...response.headers };
    let payload = '';
    if (response.body !== undefined) {
      payload = JSON.stringify(response.body);
      headers['content-type'] ??= 'application/json; charset=utf-8';
    }
    res.writeHead(response.status, headers);
    res.end(payload);
    options.logger?.debug('simulator request', {
      system: options.system,
      method,
      path,
      status: response.status,
      ms: Date.now() - started,
    });
  };
  const sendError = (error: SimHttpError): void =>
    send({
      status: error.status,
      body:
        error.body !== undefined ? error.body : options.errorBody(error.status, error.code, error.message),
      headers: error.headers,
    });

  let query: QueryString;
  try {
    query = new QueryString(url.search);
  } catch (error) {
    if (error instanceof QueryDecodeError) {
      sendError(new SimHttpError(400, 'BadRequest', error.message));
      return;
    }
    throw error;
  }
  const request: SimRequest = { method, url, path, query, headers: req.headers, rawBody, params: {} };

  const gated = options.gate?.(request);
  if (gated) {
    send(gated);
    return;
  }

  const fault = options.faults.take(options.system, `${path}${url.search}`);
  if (fault) {
    if (fault.delayMs > 0) await wait(fault.delayMs);
    if (fault.reset) {
      // The request arrived, but no answer ever leaves: the client cannot tell whether it acted.
      req.socket.destroy();
      return;
    }
    if (fault.garbage) {
      if (res.destroyed) return;
      res.writeHead(200, { ...baseHeaders, 'content-type': 'application/json; charset=utf-8' });
      res.end('<html><body><h1>502 Bad Gateway</h1></body></html>');
      return;
    }
    if (fault.body !== undefined) {
      send({ status: fault.status ?? 200, body: fault.body });
      return;
    }
    if (fault.status !== undefined) {
      send({
        status: fault.status,
        body: options.errorBody(fault.status, statusCode(fault.status), 'Injected fault'),
        headers: fault.retryAfter !== undefined ? { 'retry-after': fault.retryAfter } : undefined,
      });
      return;
    }
  }

  try {
    const found = options.router.match(method, path);
    if (found === undefined) throw new SimHttpError(404, 'NotFound', `No route for ${method} ${path}`);
    if (found === 'method')
      throw new SimHttpError(405, 'MethodNotAllowed', `${method} is not allowed on ${path}`);
    request.params = found.params;
    if (!found.route.open) options.guard(request);
    send(await found.route.handler(request));
  } catch (error) {
    if (error instanceof SimHttpError) sendError(error);
    else throw error;
  }
}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request body too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** A status's usual error name (`NotFound`, `TooManyRequests`, …). */
export function statusCode(status: number): string {
  const text = http.STATUS_CODES[status] ?? 'Error';
  return text.replace(/[^A-Za-z]/g, '');
}

/** The request body as a JSON object; 400 when it is not one. */
export function jsonBody(req: SimRequest): Record<string, unknown> {
  if (!req.rawBody.trim()) throw new SimHttpError(400, 'BadRequest', 'A JSON body is required');
  let value: unknown;
  try {
    value = JSON.parse(req.rawBody);
  } catch {
    throw new SimHttpError(400, 'BadRequest', 'The body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new SimHttpError(400, 'BadRequest', 'The body must be a JSON object');
  }
  return value as Record<string, unknown>;
}

/** The request body as form fields (`application/x-www-form-urlencoded`). */
export function formBody(req: SimRequest): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(req.rawBody));
}

/** A token request body: form fields or a JSON object, by content type. */
export function formOrJsonBody(req: SimRequest): Record<string, unknown> {
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('application/x-www-form-urlencoded')) return formBody(req);
  return jsonBody(req);
}

/** The bearer token of a request, if any. */
export function bearerToken(req: SimRequest): string | undefined {
  const header = req.headers.authorization;
  if (typeof header !== 'string') return undefined;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return m?.[1];
}

/** A string field of a parsed body, or undefined. */
export function stringField(body: Record<string, unknown>, name: string): string | undefined {
  const value = body[name];
  return typeof value === 'string' ? value : undefined;
}
