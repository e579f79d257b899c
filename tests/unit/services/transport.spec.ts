import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import nock from 'nock';
import { nodeTransport } from '../../../bot/services/http/transport';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  remotePort: number;
}

/** A loopback server answering with `handle`, recording what it was sent. */
async function serve(
  handle: (req: http.IncomingMessage, res: http.ServerResponse, seen: Seen) => void,
): Promise<{ url: string; seen: Seen[]; close: () => Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (c: string) => (body += c));
    req.on('end', () => {
      const entry = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers: req.headers,
        body,
        remotePort: req.socket.remotePort ?? 0,
      };
      seen.push(entry);
      handle(req, res, entry);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const signal = (): AbortSignal => new AbortController().signal;

describe('node transport', () => {
  it('sends the method, headers and body, and reads status, headers and text', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(201, { 'content-type': 'application/json', 'x-mitel-correlation-id': 'c-1' });
      res.end('{"ok":true}');
    });
    try {
      const answer = await nodeTransport()(`${s.url}/calls?x=1`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        body: '{"to":"1234"}',
        signal: signal(),
      });
      assert.equal(answer.status, 201);
      assert.equal(answer.ok, true);
      assert.equal(answer.headers.get('X-Mitel-Correlation-Id'), 'c-1');
      assert.equal(await answer.text(), '{"ok":true}');
      assert.deepEqual(
        { method: s.seen[0]!.method, url: s.seen[0]!.url, body: s.seen[0]!.body },
        { method: 'POST', url: '/calls?x=1', body: '{"to":"1234"}' },
      );
      assert.equal(s.seen[0]!.headers.authorization, 'Bearer t');
    } finally {
      await s.close();
    }
  });

  it('keeps the connection open between attempts to the same host', async () => {
    // nock's interception opens a socket per request: this test needs Node's own.
    nock.restore();
    const s = await serve((_req, res) => res.end('{}'));
    try {
      const send = nodeTransport();
      for (let i = 0; i < 3; i++)
        await (await send(`${s.url}/x`, { method: 'GET', headers: {}, signal: signal() })).text();
      assert.equal(new Set(s.seen.map((x) => x.remotePort)).size, 1);
    } finally {
      nock.activate();
      await s.close();
    }
  });

  for (const [encoding, compress] of [
    ['gzip', zlib.gzipSync],
    ['deflate', zlib.deflateSync],
    ['br', zlib.brotliCompressSync],
  ] as const) {
    it(`reads a ${encoding}-compressed answer`, async () => {
      const s = await serve((_req, res) => {
        res.writeHead(200, { 'content-encoding': encoding });
        res.end(compress(Buffer.from('{"name":"Hélène"}')));
      });
      try {
        const answer = await nodeTransport()(`${s.url}/x`, { method: 'GET', headers: {}, signal: signal() });
        assert.equal(await answer.text(), '{"name":"Hélène"}');
      } finally {
        await s.close();
      }
    });
  }

  it('follows a redirect on the same host with the credentials', async () => {
    const s = await serve((req, res) => {
      // (restify, loaded by other specs, makes writeHead return nothing: no chaining here)
      if (req.url === '/old') res.writeHead(307, { location: '/new' });
      res.end(req.url === '/old' ? undefined : '{"moved":true}');
    });
    try {
      const answer = await nodeTransport()(`${s.url}/old`, {
        method: 'GET',
        headers: { authorization: 'Bearer t' },
        signal: signal(),
      });
      assert.equal(await answer.text(), '{"moved":true}');
      assert.equal(answer.url, `${s.url}/new`);
      assert.equal(s.seen[1]!.headers.authorization, 'Bearer t');
    } finally {
      await s.close();
    }
  });

  it('drops the credentials when a redirect leads to another host, and turns a 303 into a GET', async () => {
    const other = await serve((_req, res) => res.end('{}'));
    const s = await serve((_req, res) => {
      res.writeHead(303, { location: `${other.url}/elsewhere` });
      res.end();
    });
    try {
      await nodeTransport()(`${s.url}/x`, {
        method: 'POST',
        headers: { authorization: 'Bearer t', 'content-type': 'application/json' },
        body: '{}',
        signal: signal(),
      });
      const followed = other.seen[0]!;
      assert.equal(followed.method, 'GET');
      assert.equal(followed.headers.authorization, undefined);
      assert.equal(followed.body, '');
    } finally {
      await s.close();
      await other.close();
    }
  });

  it('fails an answer larger than the limit instead of holding it in memory', async () => {
    const s = await serve((_req, res) => res.end('x'.repeat(10_000)));
    try {
      await assert.rejects(
        nodeTransport({ maxResponseBytes: 1000 })(`${s.url}/x`, {
          method: 'GET',
          headers: {},
          signal: signal(),
        }),
        (error: Error & { code?: string }) => error.code === 'ERESPONSETOOLARGE',
      );
    } finally {
      await s.close();
    }
  });

  it('stops waiting when the attempt is aborted while the answer is being written', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200);
      res.write('{"partial":');
    });
    try {
      const controller = new AbortController();
      const pending = nodeTransport()(`${s.url}/x`, {
        method: 'GET',
        headers: {},
        signal: controller.signal,
      });
      setTimeout(() => controller.abort(new Error('attempt timed out')), 50);
      await assert.rejects(pending);
    } finally {
      await s.close();
    }
  });

  it('reports a refused connection with its system code', async () => {
    const s = await serve((_req, res) => res.end());
    const url = s.url;
    await s.close();
    await assert.rejects(
      nodeTransport()(`${url}/x`, { method: 'GET', headers: {}, signal: signal() }),
      (error: Error & { code?: string }) => error.code === 'ECONNREFUSED',
    );
  });
});
