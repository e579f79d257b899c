/**
 * How one HTTP attempt goes over the wire. By default Node's own http/https modules with
 * keep-alive agents: on a busy bot an attempt through the global fetch cost about three times the
 * CPU of the same request through `http.request` (WHATWG streams, Headers objects and abort
 * signals around every call), and a turn makes several. A fetch can still be injected (tests
 * counting requests, other runtimes).
 */
import http from 'node:http';
import https from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import zlib from 'node:zlib';

/** How long a connection may stay idle in the pool when the server does not say. */
const IDLE_MS = 30_000;

export interface TransportRequest {
  method: string;
  headers: Record<string, string>;
  body?: string;
  /** Aborts the attempt, the body's reading included. */
  signal: AbortSignal;
}

export interface TransportResponse {
  status: number;
  ok: boolean;
  /** The URL that answered (after redirects). */
  url: string;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

export type Transport = (url: string, request: TransportRequest) => Promise<TransportResponse>;

/** A transport over a fetch implementation. */
export function fetchTransport(fetchImpl: () => typeof fetch): Transport {
  return (url, request) => fetchImpl()(url, request);
}

export interface NodeTransportOptions {
  /** Bodies longer than this (after decompression) fail the attempt (default 64 MiB). */
  maxResponseBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
}

/** A transport over `http.request` / `https.request` with connections kept alive between attempts. */
export function nodeTransport(options: NodeTransportOptions = {}): Transport {
  const maxBytes = options.maxResponseBytes ?? 64 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  // An idle connection is closed before the server closes it: at the server's own Keep-Alive
  // timeout less a second (Node reads that header only when the agent has a timeout), else after
  // IDLE_MS. Reusing a connection the server is closing fails the request that was sent on it.
  const agentOptions = { keepAlive: true, maxSockets: 64, timeout: IDLE_MS };
  const agents = {
    'http:': new http.Agent(agentOptions),
    'https:': new https.Agent(agentOptions),
  };

  const once = (target: URL, request: TransportRequest): Promise<RawAnswer> =>
    new Promise<RawAnswer>((resolve, reject) => {
      const protocol = target.protocol === 'https:' ? 'https:' : 'http:';
      const send = protocol === 'https:' ? https.request : http.request;
      const headers: Record<string, string> = {
        'accept-encoding': 'gzip, deflate, br',
        ...request.headers,
      };
      if (request.body !== undefined) headers['content-length'] = String(Buffer.byteLength(request.body));
      const req = send(
        target,
        { method: request.method, headers, agent: agents[protocol], signal: request.signal },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          const body = decoded(res);
          body.on('data', (chunk: Buffer) => {
            size += chunk.length;
            if (size <= maxBytes) chunks.push(chunk);
            else {
              // The first reason wins: the rest of the answer is not read.
              reject(Object.assign(new Error('answer too large'), { code: 'ERESPONSETOOLARGE' }));
              req.destroy();
            }
          });
          body.on('error', reject);
          res.on('aborted', () =>
            reject(Object.assign(new Error('answer cut short'), { code: 'ECONNRESET' })),
          );
          body.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              headers: res.headers,
              text: Buffer.concat(chunks).toString('utf8'),
            }),
          );
        },
      );
      req.on('error', reject);
      req.end(request.body);
    });

  return async (url, request) => {
    let target = new URL(url);
    let current: TransportRequest = request;
    for (let redirects = 0; ; redirects++) {
      const answer = await once(target, current);
      const location = headerOf(answer.headers, 'location');
      if (!REDIRECTS.has(answer.status) || location === null || redirects >= maxRedirects) {
        return {
          status: answer.status,
          ok: answer.status >= 200 && answer.status < 300,
          url: target.toString(),
          headers: { get: (name) => headerOf(answer.headers, name) },
          text: () => Promise.resolve(answer.text),
        };
      }
      const next = new URL(location, target);
      current = redirected(current, answer.status, next.origin !== target.origin);
      target = next;
    }
  };
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** The request to send to a redirect's target, as fetch would. */
function redirected(request: TransportRequest, status: number, crossOrigin: boolean): TransportRequest {
  const headers = { ...request.headers };
  // Credentials never follow a redirect to another origin.
  if (crossOrigin) delete headers['authorization'];
  const becomesGet = status === 303 || ((status === 301 || status === 302) && request.method === 'POST');
  if (!becomesGet) return { ...request, headers };
  delete headers['content-type'];
  return { method: request.method === 'HEAD' ? 'HEAD' : 'GET', headers, signal: request.signal };
}

function headerOf(headers: http.IncomingHttpHeaders, name: string): string | null {
  const value = headers[name.toLowerCase()];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/** The body stream, decompressed when the answer says it is compressed. */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = headerOf(res.headers, 'content-encoding')?.trim().toLowerCase();
  const inflate =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? zlib.createGunzip()
      : encoding === 'deflate'
        ? zlib.createInflate()
        : encoding === 'br'
          ? zlib.createBrotliDecompress()
          : undefined;
  if (!inflate) return res;
  // Errors of either side reach the decompressor, whose error handler rejects the attempt.
  pipeline(res, inflate, () => undefined);
  return inflate;
}
