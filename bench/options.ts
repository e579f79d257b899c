/**
 * How a benchmark run is set up, from the environment (the only place in bench/ that reads it) or
 * the same as arguments (`--quick`, `--only=help,call`, `--rounds=3`):
 *   BENCH_QUICK=1            a short smoke run (fewer, shorter rounds; 1,000-turn memory run; 10 s load)
 *   BENCH_ONLY=a,b           only these sections (ratios, scale, memory, load), commands (help,
 *                            call, my-calls…) or curves (scale:call, scale:my-calls…)
 *   BENCH_ROUNDS=n           repeated runs per figure (default 5, quick 2)
 *   BENCH_LOAD_SECONDS=n     length of the load run (default 60)
 *   BENCH_CPU_PROF=1         V8 CPU profiles of the bot processes in bench/results/profiles/
 *   BENCH_CRONOFY_RPS=n      the simulated Cronofy rate limit (default: lifted, see below)
 *   BENCH_BUDGET_SECONDS=n   the whole run's time budget (default 540, quick 150): each section
 *                            gets a share, and stops repeating runs (keeping at least one) once over it
 */
import { join } from 'node:path';

export interface BenchOptions {
  quick: boolean;
  /** Normalised filter tokens; empty = everything. */
  only: string[];
  rounds: number;
  /** One measured run of a command at concurrency 1 and 32. */
  ratioRoundMs: { 1: number; 32: number };
  /** JIT and caches warm before any measured run. */
  warmMs: number;
  /** One measured run of a scale point (concurrency 1). */
  scaleRoundMs: number;
  /** One batch of the warm-up that runs until memory settles. */
  memoryWarmTurns: number;
  /** The warm-up sends at least this many turns before memory counts as settled. */
  memoryWarmMinTurns: number;
  memoryTurns: number;
  loadSeconds: number;
  loadWarmSeconds: number;
  loadConversations: number;
  /** Cronofy allows 50 requests a second; the benchmarks measure the bot, so the limit is lifted. */
  cronofyRequestsPerSecond: number;
  /** The bot logs as in production (info), into a counter. */
  logLevel: string;
  resultsDir: string;
  cpuProfileDir: string | null;
  /**
   * Time allowed to each section, in ms (the load run is reserved its full length on top); what a
   * section leaves unused goes to the next one.
   */
  sectionBudgetMs: { ratios: number; scale: number; memory: number };
}

/** Lower case, dashes for spaces: "My calls" → "my-calls". */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase().replace(/\s+/g, '-');
}

/** BENCH_* settings from `--name=value` arguments ("--quick" alone means BENCH_QUICK=1). */
export function argumentsAsEnv(args: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const arg of args) {
    const m = /^--([a-z-]+)(?:=(.*))?$/.exec(arg);
    if (!m) throw new Error(`unknown argument "${arg}" (use --quick, --only=…, --rounds=…)`);
    env[`BENCH_${m[1]!.toUpperCase().replace(/-/g, '_')}`] = m[2] ?? '1';
  }
  return env;
}

/** The options of this run (arguments win over the environment). */
export function benchOptions(
  env: Record<string, string | undefined> = { ...process.env, ...argumentsAsEnv(process.argv.slice(2)) },
): BenchOptions {
  const quick = env.BENCH_QUICK === '1' || env.BENCH_QUICK === 'true';
  const number = (name: string, fallback: number): number => {
    const raw = env[name];
    if (raw === undefined || raw === '') return fallback;
    const value = Number(raw);
    if (!Number.isFinite(value) || value <= 0)
      throw new Error(`${name} must be a positive number (got "${raw}")`);
    return value;
  };
  const resultsDir = join(__dirname, 'results');
  const loadSeconds = number('BENCH_LOAD_SECONDS', quick ? 10 : 60);
  const loadWarmSeconds = quick ? 10 : 50;
  // What is left once the load run (warm-up, run, starting a bot) is set aside.
  const shared =
    Math.max(60, number('BENCH_BUDGET_SECONDS', quick ? 150 : 540) - loadSeconds - loadWarmSeconds - 15) *
    1000;
  return {
    quick,
    only: (env.BENCH_ONLY ?? '')
      .split(',')
      .map(normalizeName)
      .filter((token) => token !== ''),
    rounds: Math.round(number('BENCH_ROUNDS', quick ? 2 : 5)),
    ratioRoundMs: quick ? { 1: 250, 32: 400 } : { 1: 700, 32: 1000 },
    warmMs: quick ? 150 : 400,
    scaleRoundMs: quick ? 250 : 700,
    memoryWarmTurns: quick ? 500 : 1000,
    memoryWarmMinTurns: quick ? 1000 : 4000,
    memoryTurns: quick ? 1000 : 10_000,
    loadSeconds,
    loadWarmSeconds,
    loadConversations: 50,
    cronofyRequestsPerSecond: number('BENCH_CRONOFY_RPS', 1_000_000),
    logLevel: 'info',
    resultsDir,
    cpuProfileDir: env.BENCH_CPU_PROF === '1' ? join(resultsDir, 'profiles') : null,
    sectionBudgetMs: { ratios: shared * 0.36, scale: shared * 0.28, memory: shared * 0.36 },
  };
}

/** Whether a section, command or curve is part of this run. */
export function selected(options: BenchOptions, ...names: string[]): boolean {
  if (options.only.length === 0) return true;
  return names.some((name) => options.only.includes(normalizeName(name)));
}
