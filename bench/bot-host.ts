/**
 * A process of the benchmarks (started by bench/bot-process.ts, never by hand): starts the real bot
 * with startBot() on the simulators of a bench tenant (served by another such process), the echo
 * bot, or those simulators, and answers the driver's questions (upstream request counters, memory
 * after a forced GC) over IPC.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { dirname } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../bot/config';
import { startBot, type RunningBot } from '../bot/index';
import { createLogger, type Level, type Logger } from '../bot/log';
import type { RequestMetrics } from '../bot/services';
import { startSimulators, type Simulators } from '../bot/simulator';
import { parseTenant } from '../bot/tenant/load';
import { benchTenant } from './bench-tenants';
import { startEchoBot, type EchoBot } from './echo-bot';
import type { Counters, HostAnswer, HostMessage, HostOps, MemoryFigures, StartedBot } from './host-protocol';

const counters: Counters = {
  requests: 0,
  upstreamMs: 0,
  failedAttempts: 0,
  byOperation: {},
  warnLines: 0,
  errorLines: 0,
  recentProblems: [],
  cpuMs: 0,
};

let running: RunningBot | EchoBot | Simulators | null = null;

function onRequest(metrics: RequestMetrics): void {
  counters.requests++;
  counters.upstreamMs += metrics.durationMs;
  if (metrics.outcome !== 'response' || (metrics.status ?? 0) >= 400) counters.failedAttempts++;
  const key = `${metrics.system}.${metrics.operation}`;
  counters.byOperation[key] = (counters.byOperation[key] ?? 0) + 1;
}

/** Log lines are formatted as in production (level info) but kept out of the driver's output. */
function benchLogger(level: Level): Logger {
  return createLogger({
    level,
    sink: (line) => {
      const isError = line.includes('"level":"error"');
      if (!isError && !line.includes('"level":"warn"')) return;
      if (isError) counters.errorLines++;
      else counters.warnLines++;
      counters.recentProblems.push(line.slice(0, 400));
      if (counters.recentProblems.length > 20) counters.recentProblems.shift();
    },
  });
}

async function startRealBot(request: HostOps['startBot']['request']): Promise<StartedBot> {
  const t0 = performance.now();
  const file = benchTenant(request.tenant);
  const t1 = performance.now();
  const tenant = parseTenant(file, 'bench tenant', new Date());
  const t2 = performance.now();
  const config = loadConfig({
    ...request.settings,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: request.logLevel,
  });
  const bot = await startBot({
    config,
    logger: benchLogger(config.logLevel),
    tenant,
    upstream: request.upstream,
    onRequest,
  });
  running = bot;
  const t3 = performance.now();
  const snapshot = await bot.services.people.snapshot();
  const t4 = performance.now();
  const wanted = new Set(request.reveal);
  const people = tenant.people
    .filter((p) => wanted.has(p.id))
    .map((p) => ({
      id: p.id,
      name: p.name,
      admin: p.admin,
      member: {
        id: `29:${p.id}`,
        name: p.name,
        aadObjectId: p.aadObjectId ?? undefined,
        userPrincipalName: p.upn ?? p.email ?? undefined,
        email: p.email ?? p.upn ?? undefined,
      },
    }));
  return {
    url: bot.url,
    tenantId: tenant.organization.azureTenantId,
    people,
    directorySize: snapshot.people.length,
    timings: { buildMs: t1 - t0, parseMs: t2 - t1, startMs: t3 - t2, warmMs: t4 - t3 },
  };
}

async function memory(): Promise<MemoryFigures> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the bot process needs --expose-gc');
  // Twice, with a pause: the first pass may only queue finalizers that free more, and V8 hands
  // freed pages back to the system on a background thread, a moment after the collection.
  gc();
  await pause(100);
  gc();
  await pause(400);
  const usage = process.memoryUsage();
  const resources: Record<string, number> = {};
  for (const kind of process.getActiveResourcesInfo()) resources[kind] = (resources[kind] ?? 0) + 1;
  return {
    rssBytes: usage.rss,
    heapUsedBytes: usage.heapUsed,
    heapTotalBytes: usage.heapTotal,
    externalBytes: usage.external,
    arrayBuffersBytes: usage.arrayBuffers,
    resources,
  };
}

let profiler: Session | null = null;

function post<T>(session: Session, method: string, params: object = {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result as T)));
  });
}

async function profileStart(): Promise<null> {
  profiler ??= new Session();
  profiler.connect();
  await post(profiler, 'Profiler.enable');
  await post(profiler, 'Profiler.setSamplingInterval', { interval: 200 });
  await post(profiler, 'Profiler.start');
  return null;
}

async function profileStop(path: string): Promise<null> {
  if (!profiler) throw new Error('the profiler was not started');
  const { profile } = await post<{ profile: unknown }>(profiler, 'Profiler.stop');
  profiler.disconnect();
  profiler = null;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(profile));
  return null;
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

async function handle(message: HostMessage): Promise<unknown> {
  switch (message.op) {
    case 'startBot':
      return startRealBot(message.request as HostOps['startBot']['request']);
    case 'startSimulators': {
      const { tenant, cronofyRequestsPerSecond } = message.request as HostOps['startSimulators']['request'];
      const sims = await startSimulators(parseTenant(benchTenant(tenant), 'bench tenant', new Date()), {
        cronofyRequestsPerSecond,
        logger: benchLogger('info'),
      });
      running = sims;
      return { cloudlink: sims.cloudlink, cronofy: sims.cronofy, graph: sims.graph };
    }
    case 'startEcho': {
      const echo = await startEchoBot({ logger: benchLogger('info') });
      running = echo;
      return { url: echo.url };
    }
    case 'counters': {
      const cpu = process.cpuUsage();
      return {
        ...counters,
        byOperation: { ...counters.byOperation },
        recentProblems: [...counters.recentProblems],
        cpuMs: (cpu.user + cpu.system) / 1000,
      };
    }
    case 'memory':
      return memory();
    case 'profileStart':
      return profileStart();
    case 'profileStop':
      return profileStop((message.request as HostOps['profileStop']['request']).path);
    case 'stop':
      await running?.close();
      running = null;
      return null;
  }
}

function answer(reply: HostAnswer): void {
  process.send?.(reply);
}

process.on('message', (message: HostMessage) => {
  handle(message).then(
    (result) => answer({ seq: message.seq, ok: true, result }),
    (error: unknown) =>
      answer({
        seq: message.seq,
        ok: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      }),
  );
});

// The driver went away (finished or crashed): nothing is left to serve.
process.on('disconnect', () => {
  const stop = running ? running.close() : Promise.resolve();
  stop.then(
    () => process.exit(0),
    () => process.exit(1),
  );
});
