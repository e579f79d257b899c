/**
 * The HTTP front: restify with POST /api/messages (the Bot Framework route) and GET /healthz.
 * Bodies over the limit are refused with 413; malformed JSON with 400; errors never echo internals.
 */
import restify, { type Request, type Response, type Server } from 'restify';
import type { CloudAdapter, TurnContext } from 'botbuilder';
import type { Logger } from '../log';

export interface HttpServerOptions {
  adapter: CloudAdapter;
  run: (context: TurnContext) => Promise<unknown>;
  logger: Logger;
  maxBodyBytes: number;
  /** Without bot credentials, only requests from this machine are served. */
  loopbackOnly: boolean;
  /** What /healthz reports once ready. */
  health: () => Record<string, unknown>;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export function createHttpServer(options: HttpServerOptions): Server {
  const { adapter, logger } = options;
  const server = restify.createServer({ name: 'pbx-rooms-teams-bot', handleUncaughtExceptions: false });

  server.pre((req: Request, res: Response, next: restify.Next) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > options.maxBodyBytes) {
      res.send(413, { error: 'Request body too large' });
      return next(false);
    }
    return next();
  });
  server.use(
    restify.plugins.bodyParser({ maxBodySize: options.maxBodyBytes, mapParams: false, mapFiles: false }),
  );

  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok', ...options.health() });
    return next();
  });

  server.post('/api/messages', async (req: Request, res: Response) => {
    if (options.loopbackOnly && !isLoopback(req.socket.remoteAddress)) {
      res.send(403, { error: 'This demo bot only accepts requests from this machine' });
      return;
    }
    const body: unknown = req.body;
    if (
      body === null ||
      typeof body !== 'object' ||
      Array.isArray(body) ||
      typeof (body as { type?: unknown }).type !== 'string'
    ) {
      res.send(400, { error: 'The body must be a Bot Framework activity (a JSON object with a type)' });
      return;
    }
    try {
      await adapter.process(req, res, async (context) => {
        await options.run(context);
      });
    } catch (error) {
      logger.error('request failed', { error: error instanceof Error ? error.message : String(error) });
      if (!res.headersSent) res.send(500, { error: 'Internal error' });
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
      // Keep restify's status (400, 404, 405, 413…) but never its internal message.
      const status = err.statusCode ?? 500;
      if (status >= 500) logger.error('http error', { path: req.path(), error: err.message });
      err.toJSON = () => ({ error: status === 413 ? 'Request body too large' : statusText(status) });
      err.toString = () => statusText(status);
      return callback();
    },
  );

  return server;
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
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Keep-alive connections would hold close() open.
        server.server.closeAllConnections?.();
      }),
  };
}

function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
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
