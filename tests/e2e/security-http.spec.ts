import assert from 'node:assert/strict';
import net from 'node:net';
import { gzipSync } from 'node:zlib';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness } from '../support/bot-harness';

const LIMIT = 8 * 1024;

const TENANT: TenantFile = {
  organization: { name: 'Société Exemple', timeZone: 'Europe/Paris' },
  pbx: { type: 'MiVoice Office 400' },
  people: [{ id: 'p-joao', name: 'João Conceição', email: 'joao@exemple.com.br', extension: '5101' }],
};

interface RawAnswer {
  status: number;
  body: string;
}

/**
 * A raw HTTP/1.1 request over a plain socket, to control headers, length and chunking exactly (and
 * to read the answer while the body is still being sent, as a real client would).
 */
function raw(
  url: string,
  options: {
    method?: string;
    headers?: Record<string, string>;
    body?: Buffer | string;
    chunks?: Iterable<Buffer>;
    /** Goes on sending after the answer has come, until the server cuts the connection. */
    keepSending?: boolean;
  },
): Promise<RawAnswer> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = net.createConnection({ host: target.hostname, port: Number(target.port) });
    const received: Buffer[] = [];
    let answered = false;
    const headers: Record<string, string> = { host: target.host, connection: 'close', ...options.headers };
    const body = options.body === undefined ? undefined : Buffer.from(options.body);
    if (body && !options.chunks && headers['content-length'] === undefined) {
      headers['content-length'] = String(body.length);
    }
    if (options.chunks && headers['content-length'] === undefined) headers['transfer-encoding'] = 'chunked';
    const chunked = headers['transfer-encoding'] === 'chunked';
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    const finish = (): void => {
      if (answered) return;
      const text = Buffer.concat(received).toString('utf8');
      const match = /^HTTP\/1\.1 (\d{3})/.exec(text);
      if (!match) {
        reject(new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`));
        return;
      }
      answered = true;
      const [head, ...rest] = text.split('\r\n\r\n');
      const isChunked = /transfer-encoding: chunked/i.test(head ?? '');
      const payload = rest.join('\r\n\r\n');
      resolve({ status: Number(match[1]), body: isChunked ? dechunk(payload) : payload });
    };
    socket.on('data', (c: Buffer) => received.push(c));
    socket.on('end', finish);
    socket.on('close', finish);
    // The server may cut the connection while we still send: the answer, if any, is what counts.
    socket.on('error', () => undefined);
    socket.on('connect', () => {
      socket.write(`${options.method ?? 'POST'} ${target.pathname}${target.search} HTTP/1.1\r\n${head}\r\n`);
      if (!options.chunks) {
        if (body) socket.write(body);
        return;
      }
      const iterator = options.chunks[Symbol.iterator]();
      // One chunk per turn of the event loop, so that the answer can arrive meanwhile.
      const pump = (): void => {
        if ((received.length > 0 && !options.keepSending) || socket.destroyed || !socket.writable) return;
        const next = iterator.next();
        if (next.done) {
          socket.write(chunked ? '0\r\n\r\n' : '');
          return;
        }
        const data = chunked
          ? Buffer.concat([
              Buffer.from(`${next.value.length.toString(16)}\r\n`),
              next.value,
              Buffer.from('\r\n'),
            ])
          : next.value;
        if (socket.write(data)) setImmediate(pump);
        else socket.once('drain', pump);
      };
      pump();
    });
  });
}

function dechunk(payload: string): string {
  let out = '';
  let rest = payload;
  for (;;) {
    const eol = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, eol), 16);
    if (!size) return out;
    out += rest.slice(eol + 2, eol + 2 + size);
    rest = rest.slice(eol + 2 + size + 2);
  }
}

function* chunksOf(size: number, total: number): Iterable<Buffer> {
  yield Buffer.from('{"type":"message","text":"');
  for (let sent = 0; sent < total; sent += size) yield Buffer.alloc(size, 'a');
  yield Buffer.from('"}');
}

describe('the HTTP front of /api/messages', () => {
  let h: BotHarness;
  let url: string;
  const user = '29:p-joao';

  before(async () => {
    h = await BotHarness.start({ tenant: TENANT, env: { MAX_BODY_BYTES: String(LIMIT) } });
    url = `${h.bot.url}/api/messages`;
  });
  after(async () => {
    await h?.close();
  });

  const json = { 'content-type': 'application/json' };

  it('refuses a declared Content-Length over the limit with 413, without reading the body', async () => {
    const answer = await raw(url, {
      headers: { ...json, 'content-length': String(LIMIT * 100) },
      chunks: chunksOf(1024, LIMIT * 2),
    });
    assert.equal(answer.status, 413);
    assert.deepEqual(JSON.parse(answer.body), { error: 'Request body too large' });
  });

  it('refuses a chunked body that grows over the limit with 413', async () => {
    const answer = await raw(url, { headers: { ...json }, chunks: chunksOf(1024, LIMIT * 4) });
    assert.equal(answer.status, 413);
    assert.deepEqual(JSON.parse(answer.body), { error: 'Request body too large' });
  });

  it('answers, then cuts off, a client that never stops sending', async () => {
    function* endless(): Iterable<Buffer> {
      for (;;) yield Buffer.alloc(16 * 1024, 'a');
    }
    const started = Date.now();
    const answer = await raw(url, {
      headers: { ...json, connection: 'keep-alive' },
      chunks: endless(),
      keepSending: true,
    });
    assert.equal(answer.status, 413);
    assert.ok(Date.now() - started < 10_000, 'the connection was not cut');
  });

  it('still serves an activity just under the limit', async () => {
    const activity = h.activity(user, { type: 'message', text: 'help' });
    const padding = LIMIT - Buffer.byteLength(JSON.stringify({ ...activity, pad: '' })) - 1;
    const body = JSON.stringify({ ...activity, pad: 'x'.repeat(padding) });
    assert.ok(Buffer.byteLength(body) <= LIMIT);
    const answer = await raw(url, { headers: json, body });
    assert.equal(answer.status, 200);
  });

  it('answers a fixed 400 to malformed JSON and to JSON that is not an activity', async () => {
    for (const body of ['{"type":', '{}', '[]', '"message"', '42', 'null', '', '{"type":"message"}']) {
      const answer = await raw(url, { headers: json, body });
      assert.equal(answer.status, 400, body);
      const parsed = JSON.parse(answer.body) as { error: string };
      assert.ok(parsed.error.length < 80);
      assert.doesNotMatch(answer.body, /JSON\.parse|Unexpected|position|SyntaxError|at /);
    }
  });

  it('answers 415 to bodies that are not plain JSON (other types, compressed)', async () => {
    const activity = JSON.stringify(h.activity(user, { type: 'message', text: 'help' }));
    const cases: Array<{ headers: Record<string, string>; body: Buffer | string }> = [
      { headers: { 'content-type': 'text/plain' }, body: activity },
      { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'type=message' },
      { headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x--' },
      { headers: {}, body: activity },
      { headers: { ...json, 'content-encoding': 'gzip' }, body: gzipSync(activity) },
    ];
    for (const c of cases) {
      const answer = await raw(url, c);
      assert.equal(answer.status, 415, JSON.stringify(c.headers));
      assert.deepEqual(JSON.parse(answer.body), { error: 'The body must be a JSON Bot Framework activity' });
    }
  });

  it('keeps restify statuses but with fixed bodies for other methods and paths', async () => {
    const get = await raw(url, { method: 'GET' });
    assert.equal(get.status, 405);
    assert.deepEqual(JSON.parse(get.body), { error: 'Method not allowed' });
    const missing = await raw(`${h.bot.url}/api/other`, { method: 'POST', headers: json, body: '{}' });
    assert.equal(missing.status, 404);
    assert.deepEqual(JSON.parse(missing.body), { error: 'Not found' });
  });

  it('without credentials, refuses a request for another host name (DNS rebinding from a browser)', async () => {
    const activity = JSON.stringify(h.activity(user, { type: 'message', text: 'help' }));
    const answer = await raw(url, { headers: { ...json, host: 'attacker.example:3978' }, body: activity });
    assert.equal(answer.status, 403);
    const local = await raw(url, { headers: { ...json, host: `localhost:${h.bot.port}` }, body: activity });
    assert.equal(local.status, 200);
  });

  it('without credentials, never calls a service URL off this machine, nor the bot itself', async () => {
    const before = h.channel.sent.length;
    for (const serviceUrl of [
      'https://attacker.example/',
      'http://10.0.0.8:8080/',
      'http://169.254.169.254/latest/',
      'file:///etc/passwd',
      'http://user:pass@127.0.0.1:9/',
      `${h.bot.url}/api/messages?`,
      `http://localhost:${h.bot.port}/`,
      'not-a-url',
    ]) {
      const result = await h.post(h.activity(user, { type: 'message', text: 'help', serviceUrl }));
      assert.equal(result.status, 403, serviceUrl);
      assert.deepEqual(result.body, { error: 'Forbidden' });
    }
    assert.equal(h.channel.sent.length, before);
  });
});
