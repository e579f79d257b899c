/**
 * The HTTP front: restify with POST /api/messages (the Bot Framework route), GET /healthz (the
 * process is alive) and GET /readyz (it can serve turns: 200 when ready, 503 otherwise).
 * Only JSON activities are read, up to the size limit (413 beyond it, whether the length is declared
 * or the body is chunked); malformed bodies are 400; every error body is a fixed short text.
 *
 * Where replies go. The bot answers at the activity's serviceUrl, so whoever may post an activity
 * could otherwise make the bot call any host. With credentials, the signed token's `serviceurl`
 * claim must equal the activity's (botbuilder checks it, and a serviceUrl is always required here,
 * so the check is never skipped). Without credentials (demo), requests are served only from this
 * machine, with a Host header naming this machine (a web page cannot reach the bot through DNS
 * rebinding) and a JSON content type (a cross-site form cannot post one without a CORS preflight,
 * which is never answered), and the serviceUrl must be on this machine too, and not the bot itself
 * (which would make it talk to itself).
 *
 * With credentials, the serviceUrl must also be on the allow-list of Teams service URLs
 * (service-urls.ts), checked before anything else is done with the activity, and
 * `deliveryMode: expectReplies` (the replies in the HTTP answer rather than sent to the channel) is
 * refused: Teams never asks for it, and it would hand the turn's cards to whoever posted the
 * activity. Without credentials (demo, local trial) it stays allowed, for local tools.
 *
 * A demo bot trusts this machine. A request through a reverse proxy on this machine comes from
 * loopback too, so the first request with proxy headers is logged as a warning: the operator then
 * knows that the loopback trust reaches whoever the proxy serves.
 */
import type { IncomingMessage } from 'node:http';
import restify, { type Request, type Response, type Server } from 'restify';
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import { checkActivity } from './activity-shape';
import type { BotAdapter } from './adapter';
import type { ReadinessReport } from './readiness';
import {
  DEFAULT_SERVICE_URL_RULES,
  isAllowedServiceUrl,
  serviceHostOf,
  type ServiceUrlRule,
} from './service-urls';
import { inTurnSpan } from '../telemetry/tracing';

export interface HttpServerOptions {
  adapter: BotAdapter;
  run: (context: TurnContext) => Promise<unknown>;
  logger: Logger;
  maxBodyBytes: number;
  /** Without bot credentials, only requests from this machine are served. */
  loopbackOnly: boolean;
  /** What /healthz reports once ready. */
  health: () => Record<string, unknown>;
  /** What /readyz reports (without it, /readyz answers ready as soon as the server listens). */
  ready?: () => ReadinessReport;
  /** Channels served; others are refused before authentication. Teams only by default. */
  allowedChannels?: readonly string[];
  /** With credentials (not `loopbackOnly`): where replies may go. The Teams hosts by default. */
  allowedServiceUrls?: readonly ServiceUrlRule[];
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  /** Stops accepting; waits up to `drainMs` (default 0) for requests in flight to be answered. */
  close(options?: { drainMs?: number }): Promise<void>;
}

/** Headers a reverse proxy adds: a demo bot receiving them is reached through one. */
const PROXY_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip'];

/** A client slower than this to send its request is cut off (the channel sends in milliseconds). */
const REQUEST_TIMEOUT_MS = 30_000;

type BodyRead = { ok: true; value: unknown } | { ok: false; status: 400 | 413 };

export function createHttpServer(options: HttpServerOptions): Server {
  const { adapter, logger } = options;
  const allowedChannels = options.allowedChannels ?? ['msteams'];
  const allowedServiceUrls = options.allowedServiceUrls ?? DEFAULT_SERVICE_URL_RULES;
  let proxyWarned = false;
  const warnIfProxied = (req: Request): void => {
    if (proxyWarned || !options.loopbackOnly) return;
    const header = PROXY_HEADERS.find((name) => req.headers[name] !== undefined);
    if (header === undefined) return;
    proxyWarned = true;
    logger.warn('request through a proxy to a bot without credentials', {
      header,
      hint: 'Without bot credentials the bot trusts every request from this machine, so a proxy on it exposes the bot without authentication to whoever the proxy serves. Set MicrosoftAppId and MicrosoftAppPassword, or stop proxying to this bot.',
    });
  };
  const server = restify.createServer({ name: 'pbx-rooms-teams-bot', handleUncaughtExceptions: false });
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;

  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok', ...options.health() });
    return next();
  });

  server.get('/readyz', (_req: Request, res: Response, next: restify.Next) => {
    const report = options.ready?.() ?? { status: 'ready', notReady: [] };
    res.header('cache-control', 'no-store');
    res.send(report.status === 'ready' ? 200 : 503, report);
    return next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    try {
      warnIfProxied(req);
      if (
        options.loopbackOnly &&
        !(isLoopback(req.socket.remoteAddress) && isLoopbackHost(req.headers.host))
      ) {
        refuse(res, 403, 'This demo bot only accepts requests from this machine');
        return;
      }
      if (!isJson(req.headers['content-type']) || !isIdentity(req.headers['content-encoding'])) {
        refuse(res, 415, 'The body must be a JSON Bot Framework activity');
        return;
      }
      const declared = Number(req.headers['content-length'] ?? 0);
      if (declared > options.maxBodyBytes) {
        refuse(res, 413, statusText(413), { close: true });
        return;
      }
      const read = await readJson(req, options.maxBodyBytes);
      if (!read.ok) {
        refuse(res, read.status, statusText(read.status), { close: read.status === 413 });
        return;
      }
      const checked = checkActivity(read.value);
      if (!checked.ok) {
        logger.info('activity rejected', { problem: checked.problem });
        refuse(res, 400, 'The body must be a Bot Framework activity');
        return;
      }
      const activity = checked.activity;
      if (!allowedChannels.includes(activity.channelId)) {
        logger.warn('activity refused', {
          reason: 'channel not allowed',
          channelId: activity.channelId.slice(0, 40),
          activityType: activity.type.slice(0, 40),
        });
        refuse(res, 403, statusText(403));
        return;
      }
      // A request without any token is refused by the authentication below (401), whatever it
      // carries; the checks that follow are for requests that present one.
      const presentsToken = (req.headers.authorization ?? '') !== '';
      if (
        !options.loopbackOnly &&
        presentsToken &&
        !isAllowedServiceUrl(activity.serviceUrl, allowedServiceUrls)
      ) {
        // Defence in depth beside the token's serviceurl claim: replies (and the bot's token) go
        // to Teams only.
        logger.warn('activity refused', {
          reason: 'service URL not allowed',
          serviceHost: serviceHostOf(activity.serviceUrl),
          activityType: activity.type.slice(0, 40),
        });
        refuse(res, 403, 'The service URL is not a Teams service URL this bot replies to');
        return;
      }
      if (!options.loopbackOnly && presentsToken && activity.deliveryMode === 'expectReplies') {
        logger.warn('activity refused', {
          reason: 'expectReplies with credentials',
          activityType: activity.type.slice(0, 40),
        });
        refuse(
          res,
          400,
          'deliveryMode expectReplies is not accepted: this bot sends its replies to the channel',
        );
        return;
      }
      if (options.loopbackOnly && !isLocalChannel(activity.serviceUrl, req.socket.localPort)) {
        // Unauthenticated: the bot must not be made to call hosts elsewhere, nor itself.
        logger.warn('activity refused', { reason: 'service URL not on this machine' });
        refuse(res, 403, statusText(403));
        return;
      }
      const authHeader = req.headers.authorization ?? '';
      const outcome = await inTurnSpan(activity, async (span) => {
        const answer = await adapter.handle(authHeader, activity, async (context) => {
          await options.run(context);
        });
        span.setAttribute('http.response.status_code', answer.status);
        return answer;
      });
      if (outcome.status < 400 && outcome.body !== undefined) res.send(outcome.status, outcome.body);
      else if (outcome.status < 400) res.send(outcome.status);
      else refuse(res, outcome.status, statusText(outcome.status));
    } catch (error) {
      logger.error('request failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) refuse(res, 500, statusText(500));
    }
  });

  server.on(
    'restifyError',
    (
      req: Request,
      res: Response,
      err: Error & { statusCode?: number; toJSON?: () => unknown },
      callback: () => void,
    ) => {
      // Keep restify's status (404, 405…) but never its internal message.
      const status = err.statusCode ?? 500;
      if (status >= 500) logger.error('http error', { path: req.path(), error: err.message });
      err.toJSON = () => ({ error: statusText(status) });
      err.toString = () => statusText(status);
      return callback();
    },
  );

  return server;
}

/** How long the rest of an oversized body is read (and dropped) before the connection is cut. */
const DRAIN_MS = 1000;

function refuse(res: Response, status: number, message: string, options: { close?: boolean } = {}): void {
  res.send(status, { error: message });
  if (!options.close) return;
  // An oversized body: the answer is out at once; what the client still sends is dropped for a
  // moment (so that it reads the answer rather than a reset), then the connection is cut.
  const req = res.req;
  if (req.complete) return;
  const socket = req.socket;
  const timer = setTimeout(() => socket.destroy(), DRAIN_MS);
  timer.unref();
  const done = (): void => {
    clearTimeout(timer);
    socket.off('close', done);
  };
  req.once('end', done);
  socket.once('close', done);
  req.resume();
}

/** Reads the body up to `max` bytes and parses it as JSON. */
function readJson(req: IncomingMessage, max: number): Promise<BodyRead> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: BodyRead): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      resolve(result);
    };
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > max) {
        req.pause();
        settle({ ok: false, status: 413 });
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.once('end', () => {
      try {
        const text = Buffer.concat(chunks).toString('utf8');
        settle(text.trim() === '' ? { ok: false, status: 400 } : { ok: true, value: JSON.parse(text) });
      } catch {
        settle({ ok: false, status: 400 });
      }
    });
    req.once('error', () => settle({ ok: false, status: 400 }));
    req.once('aborted', () => settle({ ok: false, status: 400 }));
  });
}

function isJson(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  return type === 'application/json';
}

function isIdentity(contentEncoding: string | undefined): boolean {
  // A compressed body could expand far beyond the limit; the channel never compresses.
  return contentEncoding === undefined || contentEncoding.trim().toLowerCase() === 'identity';
}

/** Starts listening; resolves with the actual URL (port 0 picks a free port). */
export async function listen(server: Server, port: number, host: string): Promise<RunningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  return {
    server,
    port: actualPort,
    url: `http://${shownHost}:${actualPort}`,
    close: (options: { drainMs?: number } = {}) => drain(server, options.drainMs ?? 0),
  };
}

/**
 * Stops accepting connections, lets the requests in flight finish and be answered, then closes:
 * idle keep-alive connections at once and again as each request ends, every connection still open
 * after `drainMs`. A turn cut by a redeploy would lose its answer, and Teams' retry could act twice.
 */
function drain(server: Server, drainMs: number): Promise<void> {
  const http = server.server;
  return new Promise<void>((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      clearInterval(sweep);
      clearTimeout(bound);
      resolve();
    };
    server.close(() => finish());
    http.closeIdleConnections();
    // A connection becomes idle when its response is sent: closed then, not kept alive.
    const sweep = setInterval(() => http.closeIdleConnections(), 50);
    // Past the bound, every connection goes; close's callback then fires.
    const bound = setTimeout(() => http.closeAllConnections(), drainMs);
    sweep.unref();
  });
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}

/** A Host header naming this machine (a browser page on another name, e.g. DNS rebinding, is refused). */
function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  try {
    return isLoopbackName(new URL(`http://${host}`).hostname);
  } catch {
    return false;
  }
}

function isLoopbackName(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === 'localhost' || name === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(name);
}

/** An http(s) channel on this machine, other than this server itself. */
function isLocalChannel(serviceUrl: string, ownPort: number | undefined): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (url.username || url.password || !isLoopbackName(url.hostname)) return false;
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return port !== ownPort;
}

function statusText(status: number): string {
  const texts: Record<number, string> = {
    400: 'Bad request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    413: 'Request body too large',
    415: 'Unsupported media type',
  };
  return texts[status] ?? (status >= 500 ? 'Internal error' : 'Request refused');
}
