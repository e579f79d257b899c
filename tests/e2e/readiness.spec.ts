/**
 * GET /readyz over real HTTP: ready on the demo tenant; 503 naming the directory and the failing
 * source while the people directory has not loaded; 503 naming CloudLink while its circuit is
 * open, and ready again once it has closed.
 */
import assert from 'node:assert/strict';
import { loadConfig } from '../../bot/config';
import { startBot, type RunningBot } from '../../bot/index';
import { createLogger } from '../../bot/log';
import { startSimulators, type Simulators } from '../../bot/simulator';
import { loadDemoTenant } from '../../bot/tenant/load';
import type { BotHarness } from '../support/bot-harness';
import { ask, assertFailureCard, EN_USER, simulators, startFreshBot, WORDS } from './faults-helpers';

interface Probe {
  status: number;
  cacheControl: string | null;
  text: string;
  body: {
    status: string;
    notReady: string[];
    circuits: Record<string, string>;
    directory: { loaded: boolean; failedSource?: string };
  };
}

async function probe(url: string): Promise<Probe> {
  const response = await fetch(`${url}/readyz`);
  const text = await response.text();
  return {
    status: response.status,
    cacheControl: response.headers.get('cache-control'),
    text,
    body: JSON.parse(text) as Probe['body'],
  };
}

/** Probes until `done` holds (at most `withinMs`), and returns the last answer. */
async function probeUntil(url: string, done: (p: Probe) => boolean, withinMs = 8000): Promise<Probe> {
  const until = Date.now() + withinMs;
  for (;;) {
    const answer = await probe(url);
    if (done(answer) || Date.now() > until) return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe('the readiness probe GET /readyz', () => {
  describe('on the demo tenant', () => {
    let h: BotHarness;
    before(async () => {
      h = await startFreshBot();
    });
    after(async () => {
      await h.close();
    });

    it('answers 200 ready, with every circuit closed and the directory loaded, in a small uncached body without personal data', async () => {
      const answer = await probe(h.bot.url);
      assert.equal(answer.status, 200, answer.text);
      assert.equal(answer.cacheControl, 'no-store');
      assert.deepEqual(answer.body, {
        status: 'ready',
        notReady: [],
        circuits: { cloudlink: 'closed', graph: 'closed', cronofy: 'closed' },
        directory: { loaded: true },
      });
      assert.ok(answer.text.length < 300, `a small body: ${answer.text.length} characters`);
      for (const person of h.tenant.people) {
        assert.ok(!answer.text.includes(person.name), 'no name in the body');
      }
      assert.doesNotMatch(answer.text, /@/);
    });

    it('needs no credentials, like /healthz', async () => {
      const answer = await fetch(`${h.bot.url}/readyz`, { headers: { authorization: 'Bearer nonsense' } });
      assert.equal(answer.status, 200);
    });
  });

  describe('when Microsoft Graph fails as the bot starts', () => {
    let sims: Simulators;
    let bot: RunningBot;
    before(async () => {
      const tenant = loadDemoTenant();
      sims = await startSimulators(tenant);
      sims.faults.set('graph', { status: 503, match: /^\/v1\.0\/users/ });
      bot = await startBot({
        config: loadConfig({ PORT: '0', LOG_LEVEL: 'warn', UPSTREAM_CIRCUIT_FAILURES: '1000' }),
        logger: createLogger({ level: 'warn', sink: () => undefined }),
        tenant,
        upstream: sims,
      });
    });
    after(async () => {
      await bot?.close();
      await sims?.close();
    });

    it('answers 503 naming the people directory and Graph as the source, then 200 once Graph answers again', async () => {
      const failing = await probeUntil(bot.url, (p) => p.body.directory.failedSource !== undefined);
      assert.equal(failing.status, 503, failing.text);
      assert.equal(failing.cacheControl, 'no-store');
      assert.equal(failing.body.status, 'not-ready');
      assert.deepEqual(failing.body.notReady, ['directory']);
      assert.deepEqual(failing.body.directory, { loaded: false, failedSource: 'graph' });

      sims.faults.clear('graph');
      const ready = await probeUntil(bot.url, (p) => p.status === 200);
      assert.equal(ready.status, 200, ready.text);
      assert.deepEqual(ready.body.directory, { loaded: true });
      assert.deepEqual(ready.body.notReady, []);
    });
  });

  describe('while an upstream circuit is open', () => {
    const COOLDOWN_MS = 1500;
    let h: BotHarness;
    before(async () => {
      h = await startFreshBot({
        env: { UPSTREAM_CIRCUIT_FAILURES: '3', UPSTREAM_CIRCUIT_COOLDOWN_MS: String(COOLDOWN_MS) },
      });
    });
    after(async () => {
      await h.close();
    });

    it('answers 503 naming CloudLink while its circuit is open, and 200 again once it has closed', async () => {
      const sims = simulators(h);
      sims.faults.set('cloudlink', { status: 503, match: /calls\/records/ });
      const failing = await ask(h, EN_USER, 'my calls');
      assertFailureCard(failing, {
        words: WORDS.en,
        system: 'cloudlink',
        failure: 'down',
        advice: /Try again/,
        retryButton: true,
      });

      const open = await probe(h.bot.url);
      assert.equal(open.status, 503, open.text);
      assert.deepEqual(open.body.notReady, ['circuit:cloudlink']);
      assert.equal(open.body.circuits.cloudlink, 'open');
      assert.equal(open.body.circuits.graph, 'closed');
      assert.equal(open.body.circuits.cronofy, 'closed');
      assert.deepEqual(open.body.directory, { loaded: true });

      sims.faults.clear('cloudlink');
      await wait(COOLDOWN_MS + 200);
      const back = await ask(h, EN_USER, 'my calls');
      assert.match(back.text, /^My calls/);
      const ready = await probe(h.bot.url);
      assert.equal(ready.status, 200, ready.text);
      assert.equal(ready.body.circuits.cloudlink, 'closed');
      assert.deepEqual(ready.body.notReady, []);
    });
  });
});
