/**
 * Every text command against the echo bot, at 1 and 32 concurrent conversations, through the real
 * HTTP route. Runs are interleaved (round 1 of every command, then round 2…) so that a slow moment
 * of the machine hits every command alike, and each ratio pairs a command's run with the echo run
 * of the same round.
 */
import { performance } from 'node:perf_hooks';
import { BenchBot, remainingMs, type BenchContext, type MeasuredRun } from './bench-bot';
import type { TenantSpec } from './bench-tenants';
import { selected } from './options';
import {
  CONCURRENCIES,
  type CommandFigures,
  type CommandRun,
  type Concurrency,
  type RatioSection,
  type RunFigures,
} from './report-types';
import { COMMAND_SCENARIOS, ECHO_MESSAGE, type CommandScenario } from './scenarios';
import { pairedRatio, percentile, spread } from './stats';

export const RATIO_TENANT: TenantSpec = { people: 500, callsPerPerson: 20, rooms: 20 };
export const RATIO_TENANT_LABEL = '500 people, 20 calls each, 20 rooms';

const ECHO: CommandScenario = { name: 'echo', label: 'echo bot', message: () => ECHO_MESSAGE };

interface Series {
  runs: MeasuredRun[];
}

/** Runs the section; commands filtered by BENCH_ONLY (the section name selects them all). */
export async function ratioSection(context: BenchContext): Promise<RatioSection> {
  const { options } = context;
  const scenarios = COMMAND_SCENARIOS.filter((s) => selected(options, 'ratios', s.name));
  const cast = {
    speakers: Array.from({ length: 32 }, (_, i) => i),
    targets: Array.from({ length: 32 }, (_, k) => 40 + Math.floor((k * (RATIO_TENANT.people - 40)) / 32)),
  };
  const bot = await BenchBot.launch(context, 'bot', RATIO_TENANT, cast);
  let echo: BenchBot | null = null;
  // Scenarios with settings of their own get a bot of their own, on the same tenant.
  const own = new Map<string, BenchBot>();
  const botFor = (scenario: CommandScenario): BenchBot => own.get(scenario.name) ?? bot;
  try {
    echo = await BenchBot.launchEcho(context, bot.cast.speakers);
    for (const scenario of scenarios) {
      if (scenario.settings)
        own.set(
          scenario.name,
          await BenchBot.launch(context, `bot-${scenario.name}`, RATIO_TENANT, cast, scenario.settings),
        );
    }
    const figures: CommandFigures[] = [];
    const measured: CommandScenario[] = [];
    for (const scenario of scenarios) {
      const probe = await botFor(scenario).probe(scenario);
      context.log(`ratios: ${scenario.label} → ${probe.status} (${probe.answer.slice(0, 60)})`);
      figures.push({
        name: scenario.name,
        label: scenario.label,
        status: probe.status,
        answer: probe.answer,
        runs: {},
      });
      if (probe.status === 'measured') measured.push(scenario);
    }

    const plan: Array<{ bot: BenchBot; scenario: CommandScenario }> = [
      { bot: echo, scenario: ECHO },
      ...measured.map((scenario) => ({ bot: botFor(scenario), scenario })),
    ];
    const series = new Map<string, Series>();
    const key = (name: string, c: Concurrency): string => `${name}@${c}`;
    for (const c of CONCURRENCIES) {
      for (const { bot: target, scenario } of plan) {
        await target.run({
          workers: target.workers(scenario, c, `warm-${scenario.name}-${c}`),
          durationMs: options.warmMs,
        });
        series.set(key(scenario.name, c), { runs: [] });
      }
    }
    const profiled = [bot, echo, ...own.values()];
    await Promise.all(profiled.map((b) => b.startProfile(context)));
    let roundMs = 0;
    for (let round = 1; round <= options.rounds; round++) {
      if (round > 1 && remainingMs(context) < roundMs) {
        context.notes.push(
          `ratios: the time budget allowed ${round - 1} runs per figure instead of ${options.rounds}.`,
        );
        break;
      }
      const roundStart = performance.now();
      for (const c of CONCURRENCIES) {
        context.log(`ratios: round ${round}/${options.rounds}, ${c} conversation${c > 1 ? 's' : ''}`);
        for (const { bot: target, scenario } of plan) {
          const run = await target.run({
            workers: target.workers(scenario, c, `${scenario.name}-${c}-${round}`),
            durationMs: options.ratioRoundMs[c],
            check: (outcome) =>
              scenario !== ECHO && outcome.reply?.kind === 'help' && !scenario.answersHelp
                ? 'answered the help card'
                : undefined,
          });
          series.get(key(scenario.name, c))!.runs.push(run);
        }
      }
      roundMs = performance.now() - roundStart;
    }
    await Promise.all(profiled.map((b) => b.stopProfile(context, 'ratios')));

    const echoFigures: RatioSection['echo'] = {};
    for (const c of CONCURRENCIES) echoFigures[c] = runFigures(series.get(key(ECHO.name, c))!.runs);
    for (const figure of figures) {
      if (figure.status !== 'measured') continue;
      for (const c of CONCURRENCIES) {
        figure.runs[c] = commandRun(
          series.get(key(figure.name, c))!.runs,
          series.get(key(ECHO.name, c))!.runs,
        );
      }
    }
    context.notes.push(...(await bot.logProblems()));
    for (const other of own.values()) context.notes.push(...(await other.logProblems()));
    return { tenant: RATIO_TENANT_LABEL, echo: echoFigures, commands: figures };
  } finally {
    await Promise.all([bot.close(), echo?.close(), ...[...own.values()].map((b) => b.close())]);
  }
}

function throughputOf(run: MeasuredRun): number {
  return run.loop.elapsedMs > 0 ? (run.loop.turns * 1000) / run.loop.elapsedMs : Number.NaN;
}

/** The figures of repeated runs: median / min / max of each run's throughput and percentiles. */
export function runFigures(runs: readonly MeasuredRun[]): RunFigures {
  const problems: Record<string, number> = {};
  for (const run of runs) {
    for (const [problem, count] of Object.entries(run.loop.problems))
      problems[problem] = (problems[problem] ?? 0) + count;
  }
  return {
    throughput: spread(runs.map(throughputOf)),
    p50Ms: spread(runs.map((r) => percentile(r.loop.latencies, 50))),
    p99Ms: spread(runs.map((r) => percentile(r.loop.latencies, 99))),
    turns: runs.reduce((sum, r) => sum + r.loop.turns, 0),
    cpuMsPerTurn: spread(runs.map((r) => (r.loop.turns > 0 ? r.cpuMs / r.loop.turns : Number.NaN))),
    errors: runs.reduce((sum, r) => sum + r.loop.errors, 0),
    problems,
  };
}

function commandRun(runs: readonly MeasuredRun[], echoRuns: readonly MeasuredRun[]): CommandRun {
  return {
    ...runFigures(runs),
    throughputRatio: pairedRatio(runs.map(throughputOf), echoRuns.map(throughputOf)),
    latencyRatio: pairedRatio(
      runs.map((r) => percentile(r.loop.latencies, 50)),
      echoRuns.map((r) => percentile(r.loop.latencies, 50)),
    ),
    upstreamPerTurn: spread(runs.map((r) => (r.loop.turns > 0 ? r.requests / r.loop.turns : Number.NaN))),
  };
}
