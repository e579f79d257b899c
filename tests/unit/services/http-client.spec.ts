import assert from 'node:assert/strict';
import nock from 'nock';
import { CircuitBreaker } from '../../../bot/services/http/circuit-breaker';
import { UpstreamError } from '../../../bot/services/http/errors';
import {
  HttpClient,
  type HttpClientOptions,
  type RequestMetrics,
} from '../../../bot/services/http/http-client';
import type { AccessTokenSource } from '../../../bot/services/http/token-cache';
import { asObject, reqString } from '../../../bot/services/http/wire-read';
import { failure, FakeClock, recordingLogger } from './helpers';

const BASE = 'https://api.example.test';

/** A socket failure as Node reports it (nock needs an Error to fail an `http.request`). */
function networkError(code: string, message = code): Error {
  return Object.assign(new Error(message), { code });
}

async function upstreamFailure(promise: Promise<unknown>): Promise<UpstreamError> {
  const error = await failure(promise);
  assert.ok(error instanceof UpstreamError, `expected an UpstreamError, got ${String(error)}`);
  return error;
}

/** A token source handing out t1, t2, … and remembering what was invalidated. */
class StubTokens implements AccessTokenSource {
  issued = 0;
  invalidated: string[] = [];
  private current: string | undefined;
  getToken(): Promise<string> {
    if (this.current === undefined) {
      this.issued += 1;
      this.current = `t${this.issued}`;
    }
    return Promise.resolve(this.current);
  }
  invalidate(token: string): void {
    this.invalidated.push(token);
    if (this.current === token) this.current = undefined;
  }
}

describe('HttpClient', () => {
  let clock: FakeClock;

  const client = (options: Partial<HttpClientOptions> = {}): HttpClient =>
    new HttpClient({
      system: 'cloudlink',
      baseUrl: BASE,
      clock,
      correlation: { responseHeaders: ['x-mitel-correlation-id'] },
      ...options,
    });

  beforeEach(() => {
    clock = new FakeClock();
  });

  afterEach(() => {
    nock.cleanAll();
  });

  describe('requests', () => {
    it('sends the default headers, the bearer token and a JSON body, and returns the parsed answer', async () => {
      const scope = nock(BASE, {
        reqheaders: { authorization: 'Bearer t1', 'x-app': 'bot', 'content-type': 'application/json' },
      })
        .post('/things', { name: 'Zoë' })
        .reply(201, { id: 'a1' }, { 'x-mitel-correlation-id': 'corr-1' });
      const http = client({ headers: { 'x-app': 'bot' }, auth: new StubTokens() });
      const answer = await http.request({
        operation: 'create',
        method: 'POST',
        path: '/things',
        json: { name: 'Zoë' },
      });
      assert.equal(answer.status, 201);
      assert.deepEqual(answer.body, { id: 'a1' });
      assert.equal(answer.correlationId, 'corr-1');
      assert.ok(scope.isDone());
    });

    it('sends a form body as application/x-www-form-urlencoded', async () => {
      const scope = nock(BASE, { reqheaders: { 'content-type': 'application/x-www-form-urlencoded' } })
        .post('/token', 'grant_type=client_credentials&scope=a+b')
        .reply(200, { ok: true });
      await client().request({
        operation: 'token',
        method: 'POST',
        path: '/token',
        form: { grant_type: 'client_credentials', scope: 'a b' },
      });
      assert.ok(scope.isDone());
    });

    it('encodes OData query options with %20 spaces and doubled quotes', async () => {
      const scope = nock(BASE)
        .get("/users?$top=5&$filter=email%20eq%20'o''brien%40example.com'")
        .reply(200, { count: 0 });
      await client().request({
        operation: 'find',
        path: '/users',
        query: { $top: 5, $filter: "email eq 'o''brien@example.com'" },
      });
      assert.ok(scope.isDone());
    });

    it('maps the answer with the reader, and a reader shape error becomes a protocol error with the correlation id', async () => {
      nock(BASE).get('/user').reply(200, { id: 'u1' }, { 'x-mitel-correlation-id': 'c-7' });
      nock(BASE).get('/user').reply(200, { name: 'no id' }, { 'x-mitel-correlation-id': 'c-8' });
      const read = (body: unknown): string => reqString(asObject(body, 'user'), 'id', 'user');
      assert.equal(await client().request({ operation: 'getUser', path: '/user' }, read), 'u1');
      const error = await upstreamFailure(client().request({ operation: 'getUser', path: '/user' }, read));
      assert.equal(error.kind, 'protocol');
      assert.equal(error.correlationId, 'c-8');
      assert.equal(error.retryable, false);
    });

    it('treats an HTML page where JSON was expected as a protocol error, not retried', async () => {
      const scope = nock(BASE)
        .get('/users')
        .reply(200, '<html><body>Gateway login</body></html>', { 'content-type': 'text/html' });
      const error = await upstreamFailure(client().request({ operation: 'listUsers', path: '/users' }));
      assert.equal(error.kind, 'protocol');
      assert.equal(error.system, 'cloudlink');
      assert.equal(error.operation, 'listUsers');
      assert.match(error.message, /not JSON \(text\/html\)/);
      assert.doesNotMatch(error.message, /Gateway login/);
      assert.ok(scope.isDone());
    });

    it('treats a truncated JSON body as a protocol error', async () => {
      nock(BASE)
        .get('/users')
        .reply(200, '{"count": 3, "_embedded": {"items": [', { 'content-type': 'application/json' });
      const error = await upstreamFailure(client().request({ operation: 'listUsers', path: '/users' }));
      assert.equal(error.kind, 'protocol');
    });

    it('classifies 401, 404 and 409 answers by kind, with the upstream error code', async () => {
      nock(BASE).get('/a').reply(404, { name: 'NotFound', message: 'no such user alice@example.com' });
      nock(BASE).get('/b').reply(409, { name: 'Conflict' });
      const http = client({ errorCode: (b) => (b as { name?: string }).name });
      const notFound = await upstreamFailure(http.request({ operation: 'getUser', path: '/a' }));
      assert.equal(notFound.kind, 'not-found');
      assert.equal(notFound.upstreamCode, 'NotFound');
      assert.doesNotMatch(notFound.message, /alice/);
      const conflict = await upstreamFailure(http.request({ operation: 'x', path: '/b' }));
      assert.equal(conflict.kind, 'conflict');
      assert.equal(conflict.retryable, false);
    });

    it('never puts the token or the request body in an error message', async () => {
      nock(BASE).post('/calls').reply(400, { name: 'BadRequest' });
      const error = await upstreamFailure(
        client({ auth: new StubTokens() }).request({
          operation: 'placeCall',
          method: 'POST',
          path: '/calls',
          json: { to: '+33123456789' },
        }),
      );
      assert.equal(error.kind, 'http');
      assert.equal(error.status, 400);
      assert.doesNotMatch(error.message, /t1|\+33123456789|Bearer/);
    });
  });

  describe('retries', () => {
    it('honours Retry-After in seconds before trying again', async () => {
      const scope = nock(BASE)
        .get('/users')
        .reply(429, { name: 'TooManyRequests' }, { 'retry-after': '2' })
        .get('/users')
        .reply(200, { ok: true });
      const answer = await client().request({ operation: 'listUsers', path: '/users' });
      assert.deepEqual(answer.body, { ok: true });
      assert.deepEqual(clock.waits, [2000]);
      assert.ok(scope.isDone());
    });

    it('honours Retry-After given as an HTTP date', async () => {
      const at = new Date(clock.now() + 5000).toUTCString();
      const scope = nock(BASE)
        .get('/users')
        .reply(503, '', { 'retry-after': at })
        .get('/users')
        .reply(200, {});
      await client().request({ operation: 'listUsers', path: '/users' });
      assert.deepEqual(clock.waits, [5000]);
      assert.ok(scope.isDone());
    });

    it('adds a little jitter on top of Retry-After, within its bound', async () => {
      clock.randomValue = 0.999;
      nock(BASE).get('/users').reply(429, '', { 'retry-after': '1' }).get('/users').reply(200, {});
      await client({ retry: { retryAfterJitterMs: 100 } }).request({
        operation: 'listUsers',
        path: '/users',
      });
      const [wait] = clock.waits;
      assert.ok(wait !== undefined && wait >= 1000 && wait < 1100, `wait ${String(wait)}`);
    });

    it('backs off with full jitter: each wait is below the doubling ceiling', async () => {
      clock.randomValue = 0.75;
      nock(BASE).get('/x').times(2).reply(502, '').get('/x').reply(200, {});
      await client({ retry: { baseDelayMs: 200, maxDelayMs: 10_000 } }).request({
        operation: 'x',
        path: '/x',
      });
      assert.deepEqual(clock.waits, [150, 300]);
    });

    it('gives up after 3 tries with a typed error carrying system, operation, status and correlation id', async () => {
      const scope = nock(BASE)
        .get('/users')
        .times(3)
        .reply(503, { name: 'ServiceUnavailable' }, { 'x-mitel-correlation-id': 'corr-9' });
      const error = await upstreamFailure(client().request({ operation: 'listUsers', path: '/users' }));
      assert.equal(error.system, 'cloudlink');
      assert.equal(error.operation, 'listUsers');
      assert.equal(error.status, 503);
      assert.equal(error.kind, 'http');
      assert.equal(error.correlationId, 'corr-9');
      assert.equal(error.retryable, true);
      assert.match(error.message, /cloudlink listUsers failed: HTTP 503.*corr-9/);
      assert.equal(clock.waits.length, 2);
      assert.ok(scope.isDone());
    });

    it('fails fast, with the retry time, when Retry-After is longer than the remaining budget', async () => {
      const scope = nock(BASE).get('/rooms').reply(429, '', { 'retry-after': '3' });
      const error = await upstreamFailure(
        client().request({ operation: 'listRooms', path: '/rooms', deadline: clock.now() + 2000 }),
      );
      assert.equal(error.kind, 'throttled');
      assert.equal(error.retryAfterMs, 3000);
      assert.equal(error.retryable, true);
      assert.deepEqual(clock.waits, []);
      assert.ok(scope.isDone());
    });

    it('does not pass its own back-off on as a retry time when the budget runs out', async () => {
      clock.randomValue = 0.9;
      nock(BASE).get('/rooms').reply(503, '');
      const error = await upstreamFailure(
        client().request({ operation: 'listRooms', path: '/rooms', deadline: clock.now() + 100 }),
      );
      assert.equal(error.status, 503);
      assert.equal(error.retryAfterMs, undefined);
      assert.match(error.message, /no time left to retry/);
      assert.deepEqual(clock.waits, []);
    });

    it('fails fast when Retry-After exceeds the longest wait the client accepts', async () => {
      nock(BASE).get('/rooms').reply(429, '', { 'retry-after': '120' });
      const error = await upstreamFailure(
        client({ retry: { maxRetryAfterMs: 10_000 } }).request({ operation: 'listRooms', path: '/rooms' }),
      );
      assert.equal(error.retryAfterMs, 120_000);
      assert.deepEqual(clock.waits, []);
    });

    it('does not start an attempt once the deadline has passed', async () => {
      const error = await upstreamFailure(
        client().request({ operation: 'listRooms', path: '/rooms', deadline: clock.now() - 1 }),
      );
      assert.equal(error.kind, 'timeout');
    });

    it('stops when the caller aborts', async () => {
      const controller = new AbortController();
      controller.abort();
      const error = await upstreamFailure(
        client().request({ operation: 'x', path: '/x', signal: controller.signal }),
      );
      assert.equal(error.kind, 'timeout');
      assert.match(error.message, /cancelled/);
    });

    it('stops an attempt in flight when the caller aborts, and does not retry it', async () => {
      const scope = nock(BASE).get('/slow').delay(500).reply(200, {}).get('/slow').reply(200, {});
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 20);
      const error = await upstreamFailure(
        client().request({ operation: 'slow', path: '/slow', signal: controller.signal }),
      );
      assert.equal(error.kind, 'timeout');
      assert.match(error.message, /cancelled by the caller/);
      assert.equal(scope.pendingMocks().length, 1);
    });

    it('bounds an attempt by the remaining budget when it is shorter than the timeout', async () => {
      nock(BASE).get('/slow').delay(500).reply(200, {});
      const error = await upstreamFailure(
        client({ timeoutMs: 5_000, retry: { maxAttempts: 1 } }).request({
          operation: 'slow',
          path: '/slow',
          deadline: clock.now() + 30,
        }),
      );
      assert.equal(error.kind, 'timeout');
      assert.match(error.message, /no answer within 30 ms/);
    });

    it('reports a timeout as a timeout error', async () => {
      nock(BASE).get('/slow').delay(500).reply(200, {});
      const error = await upstreamFailure(
        client({ timeoutMs: 20, retry: { maxAttempts: 1 } }).request({ operation: 'slow', path: '/slow' }),
      );
      assert.equal(error.kind, 'timeout');
      assert.equal(error.retryable, true);
      assert.match(error.message, /no answer within 20 ms/);
    });

    it('retries an idempotent request after a timeout', async () => {
      const scope = nock(BASE)
        .get('/slow')
        .delay(500)
        .reply(200, {})
        .get('/slow')
        .reply(200, { second: true });
      const answer = await client({ timeoutMs: 20 }).request({ operation: 'slow', path: '/slow' });
      assert.deepEqual(answer.body, { second: true });
      assert.ok(scope.isDone());
    });

    it('retries an idempotent request after a connection reset', async () => {
      nock(BASE)
        .get('/x')
        .replyWithError(networkError('ECONNRESET', 'socket hang up'))
        .get('/x')
        .reply(200, {});
      await client().request({ operation: 'x', path: '/x' });
      assert.equal(clock.waits.length, 1);
    });

    describe('a non-idempotent request (placing a call)', () => {
      const place = (http: HttpClient): Promise<unknown> =>
        http.request({ operation: 'placeCall', method: 'POST', path: '/calls', json: { to: '1234' } });

      it('is not retried after a 500: it may have been executed', async () => {
        const scope = nock(BASE)
          .post('/calls')
          .reply(500, { name: 'Internal' })
          .post('/calls')
          .reply(201, {});
        const error = await upstreamFailure(place(client()));
        assert.equal(error.status, 500);
        assert.equal(scope.pendingMocks().length, 1, 'the second answer must not have been asked for');
      });

      it('is not retried after a 502 or 504', async () => {
        for (const status of [502, 504]) {
          const scope = nock(BASE).post('/calls').reply(status, '').post('/calls').reply(201, {});
          const error = await upstreamFailure(place(client()));
          assert.equal(error.status, status);
          assert.equal(scope.pendingMocks().length, 1);
          nock.cleanAll();
        }
      });

      it('is not retried after a timeout', async () => {
        const scope = nock(BASE).post('/calls').delay(500).reply(201, {}).post('/calls').reply(201, {});
        const error = await upstreamFailure(place(client({ timeoutMs: 20 })));
        assert.equal(error.kind, 'timeout');
        assert.equal(scope.pendingMocks().length, 1);
      });

      it('is not retried after a connection reset', async () => {
        const scope = nock(BASE)
          .post('/calls')
          .replyWithError(networkError('ECONNRESET'))
          .post('/calls')
          .reply(201, {});
        const error = await upstreamFailure(place(client()));
        assert.equal(error.kind, 'network');
        assert.equal(scope.pendingMocks().length, 1);
      });

      it('is retried after a 429: the server did not act', async () => {
        const scope = nock(BASE)
          .post('/calls')
          .reply(429, '', { 'retry-after': '1' })
          .post('/calls')
          .reply(201, { callId: 'c1' });
        const answer = (await place(client())) as { status: number };
        assert.equal(answer.status, 201);
        assert.ok(scope.isDone());
      });

      it('is retried after a 503 with Retry-After, but not after a 503 without', async () => {
        const withHeader = nock(BASE)
          .post('/calls')
          .reply(503, '', { 'retry-after': '1' })
          .post('/calls')
          .reply(201, {});
        await place(client());
        assert.ok(withHeader.isDone());
        const without = nock(BASE).post('/calls').reply(503, '').post('/calls').reply(201, {});
        await upstreamFailure(place(client()));
        assert.equal(without.pendingMocks().length, 1);
      });

      it('is retried after a connection refused before sending', async () => {
        const scope = nock(BASE)
          .post('/calls')
          .replyWithError(networkError('ECONNREFUSED'))
          .post('/calls')
          .reply(201, {});
        await place(client());
        assert.ok(scope.isDone());
      });

      it('fails, when connections are refused every time, with an error saying it was never sent', async () => {
        nock(BASE).post('/calls').times(3).replyWithError(networkError('ECONNREFUSED'));
        const error = await upstreamFailure(place(client()));
        assert.equal(error.kind, 'network');
        assert.equal(error.notSent, true);
      });

      it('says a request that may have reached the upstream was sent', async () => {
        nock(BASE).post('/calls').replyWithError(networkError('ECONNRESET'));
        assert.equal((await upstreamFailure(place(client()))).notSent, false);
      });

      it('is retried after a 500 when the caller marks it idempotent', async () => {
        const scope = nock(BASE).post('/events').reply(500, '').post('/events').reply(202, '');
        await client().request({
          operation: 'upsertEvent',
          method: 'POST',
          path: '/events',
          json: {},
          idempotent: true,
        });
        assert.ok(scope.isDone());
      });
    });
  });

  describe('tokens', () => {
    it('on a 401 drops the token and retries once with a fresh one', async () => {
      const tokens = new StubTokens();
      const scope = nock(BASE)
        .get('/me')
        .matchHeader('authorization', 'Bearer t1')
        .reply(401, { name: 'Unauthorized' })
        .get('/me')
        .matchHeader('authorization', 'Bearer t2')
        .reply(200, { ok: true });
      const answer = await client({ auth: tokens }).request({ operation: 'me', path: '/me' });
      assert.deepEqual(answer.body, { ok: true });
      assert.deepEqual(tokens.invalidated, ['t1']);
      assert.deepEqual(clock.waits, [], 'no back-off for a token refresh');
      assert.ok(scope.isDone());
    });

    it('a second 401 with the fresh token is an unauthorized error, not a loop', async () => {
      const tokens = new StubTokens();
      nock(BASE).get('/me').times(2).reply(401, { name: 'Unauthorized' });
      const error = await upstreamFailure(client({ auth: tokens }).request({ operation: 'me', path: '/me' }));
      assert.equal(error.kind, 'unauthorized');
      assert.equal(error.retryable, false);
      assert.equal(tokens.issued, 2);
    });

    it('sends no token when the request says so', async () => {
      const scope = nock(BASE, { badheaders: ['authorization'] })
        .post('/token')
        .reply(200, {});
      await client({ auth: new StubTokens() }).request({
        operation: 'token',
        method: 'POST',
        path: '/token',
        auth: false,
      });
      assert.ok(scope.isDone());
    });
  });

  describe('circuit breaker', () => {
    it('opens after 5 consecutive failures, answers at once while open, and closes after a successful trial', async () => {
      const breaker = new CircuitBreaker({ failureThreshold: 5, cooldownMs: 30_000, now: clock.now });
      const http = client({ breaker, retry: { maxAttempts: 1 } });
      nock(BASE).get('/x').times(5).reply(503, '');
      for (let i = 0; i < 5; i++) await upstreamFailure(http.request({ operation: 'x', path: '/x' }));

      const open = await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      assert.equal(open.kind, 'circuit-open');
      assert.equal(open.retryable, true);
      assert.equal(open.retryAfterMs, 30_000);

      clock.advance(30_000);
      const trial = nock(BASE).get('/x').reply(200, {});
      await http.request({ operation: 'x', path: '/x' });
      assert.ok(trial.isDone());
      assert.equal(breaker.state, 'closed');
    });

    it('re-opens when the half-open trial fails', async () => {
      const breaker = new CircuitBreaker({ failureThreshold: 2, cooldownMs: 1000, now: clock.now });
      const http = client({ breaker, retry: { maxAttempts: 1 } });
      nock(BASE).get('/x').times(3).replyWithError(networkError('ECONNREFUSED'));
      await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      assert.equal(breaker.state, 'open');
      clock.advance(1000);
      const trial = await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      assert.equal(trial.kind, 'network');
      assert.equal(breaker.state, 'open');
    });

    it('says a request the open circuit held back was never sent', async () => {
      const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: clock.now });
      nock(BASE).get('/x').reply(503, '');
      const http = client({ breaker, retry: { maxAttempts: 1 } });
      await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      const held = await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      assert.equal(held.kind, 'circuit-open');
      assert.equal(held.notSent, true);
    });

    describe('a request that comes while the half-open trial is out', () => {
      const openThenCoolDown = async (http: HttpClient): Promise<void> => {
        nock(BASE).get('/x').reply(503, '');
        await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
        clock.advance(1000);
      };

      it('waits for the trial and is sent once the trial succeeded', async () => {
        const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: clock.now });
        const http = client({ breaker, retry: { maxAttempts: 1 } });
        await openThenCoolDown(http);
        const scope = nock(BASE).get('/x').delay(50).reply(200, { trial: true }).get('/y').reply(200, {});
        const trial = http.request({ operation: 'x', path: '/x' });
        const waiting = http.request({ operation: 'y', path: '/y' });
        assert.deepEqual((await trial).body, { trial: true });
        assert.equal((await waiting).status, 200);
        assert.ok(scope.isDone());
      });

      it('is refused, with the full cool-down, when the trial fails', async () => {
        const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: clock.now });
        const http = client({ breaker, retry: { maxAttempts: 1 } });
        await openThenCoolDown(http);
        nock(BASE).get('/x').delay(50).reply(503, '');
        const trial = upstreamFailure(http.request({ operation: 'x', path: '/x' }));
        const waiting = await upstreamFailure(http.request({ operation: 'y', path: '/y' }));
        assert.equal((await trial).status, 503);
        assert.equal(waiting.kind, 'circuit-open');
        assert.equal(waiting.retryAfterMs, 1000);
      });

      it('gives up waiting at its deadline', async () => {
        const breaker = new CircuitBreaker({ failureThreshold: 1, cooldownMs: 1000, now: clock.now });
        const http = client({ breaker, retry: { maxAttempts: 1 } });
        await openThenCoolDown(http);
        nock(BASE).get('/x').delay(50).reply(200, {});
        const trial = http.request({ operation: 'x', path: '/x' });
        const waiting = await upstreamFailure(
          http.request({ operation: 'y', path: '/y', deadline: clock.now() + 500 }),
        );
        assert.equal(waiting.kind, 'circuit-open');
        assert.deepEqual(clock.waits, [500], 'waited until the deadline');
        await trial;
      });
    });

    it('does not count answers such as 404 as outages', async () => {
      const breaker = new CircuitBreaker({ failureThreshold: 2, now: clock.now });
      nock(BASE).get('/x').times(3).reply(404, {});
      const http = client({ breaker });
      for (let i = 0; i < 3; i++) await upstreamFailure(http.request({ operation: 'x', path: '/x' }));
      assert.equal(breaker.state, 'closed');
    });
  });

  describe('observability', () => {
    it('reports every attempt to the onRequest hook', async () => {
      const seen: RequestMetrics[] = [];
      nock(BASE).get('/x').reply(503, '').get('/x').reply(200, {});
      await client({ onRequest: (m) => seen.push(m) }).request({ operation: 'listUsers', path: '/x' });
      assert.deepEqual(
        seen.map((m) => [m.system, m.operation, m.method, m.status, m.attempt, m.outcome]),
        [
          ['cloudlink', 'listUsers', 'GET', 503, 1, 'response'],
          ['cloudlink', 'listUsers', 'GET', 200, 2, 'response'],
        ],
      );
      assert.ok(seen.every((m) => typeof m.durationMs === 'number' && m.durationMs >= 0));
    });

    it('logs a warning with the correlation id on a retry', async () => {
      const logger = recordingLogger();
      nock(BASE).get('/x').reply(502, '', { 'x-mitel-correlation-id': 'corr-w' }).get('/x').reply(200, {});
      await client({ logger }).request({ operation: 'x', path: '/x' });
      const warning = logger.lines.find((l) => l.level === 'warn');
      assert.ok(warning);
      assert.equal(warning.fields?.['correlationId'], 'corr-w');
      assert.equal(warning.fields?.['status'], 502);
    });

    it('generates a request id header when asked, and reports it as the correlation id', async () => {
      let sent: string | undefined;
      nock(BASE)
        .get('/x')
        .reply(function () {
          const header: unknown = this.req.headers['x-request-id'];
          sent = typeof header === 'string' ? header : undefined;
          return [500, ''];
        })
        .get('/x')
        .times(2)
        .reply(500, '');
      const error = await upstreamFailure(
        client({ system: 'cronofy', correlation: { requestHeader: 'X-Request-Id' } }).request({
          operation: 'x',
          path: '/x',
        }),
      );
      assert.match(sent ?? '', /^[0-9a-f-]{36}$/);
      assert.equal(error.correlationId, sent);
    });
  });
});
