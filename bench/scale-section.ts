/**
 * Scale curves: how a command's latency per turn and upstream requests per turn grow with the
 * tenant (people in the directory, records in the caller's history, rooms). One conversation; the
 * bots of one curve run side by side and their runs are interleaved, so that each point of a curve
 * sees the same machine.
 */
import { performance } from 'node:perf_hooks';
import { BenchBot, remainingMs, type BenchContext, type MeasuredRun, type Probe } from './bench-bot';
import { personId, type TenantSpec } from './bench-tenants';
import { selected } from './options';
import type { Curve, CurvePoint } from './report-types';
import { COMMAND_SCENARIOS } from './scenarios';
import { percentile, spread } from './stats';

interface CurveSpec {
  name: string;
  scenario: string;
  unit: string;
  sizes: number[];
  tenant(size: number): TenantSpec;
  speaker: number;
  targets(size: number): number[];
}

/** Person numbers spread evenly over a tenant of `people`, from `from` on. */
function spreadOver(people: number, count: number, from: number): number[] {
  const span = people - from;
  const n = Math.min(count, span);
  return Array.from({ length: n }, (_, k) => from + Math.floor((k * span) / n));
}

const HISTORY_OWNER = 2;

export const CURVES: readonly CurveSpec[] = [
  {
    name: 'call',
    scenario: 'call',
    unit: 'people',
    sizes: [50, 500, 5000],
    tenant: (people) => ({ people, callsPerPerson: 2, rooms: 5 }),
    speaker: 2,
    targets: (people) => spreadOver(people, 16, 3),
  },
  {
    name: 'my-calls',
    scenario: 'my-calls',
    unit: 'records',
    sizes: [100, 10_000, 100_000],
    tenant: (records) => ({
      people: 50,
      callsPerPerson: 20,
      rooms: 5,
      history: { owner: personId(HISTORY_OWNER), records },
    }),
    speaker: HISTORY_OWNER,
    targets: () => [],
  },
  {
    // Reading the sources is what grows with the people: every turn reads them here.
    name: 'sync-status',
    scenario: 'sync-status-fresh',
    unit: 'people per side',
    sizes: [500, 5000],
    tenant: (people) => ({ people, callsPerPerson: 2, rooms: 5 }),
    speaker: 0,
    targets: () => [],
  },
  {
    name: 'book-room',
    scenario: 'book-room',
    unit: 'rooms',
    sizes: [20, 200],
    tenant: (rooms) => ({ people: 50, callsPerPerson: 2, rooms }),
    speaker: 2,
    targets: () => [],
  },
];

/** Runs the curves selected by BENCH_ONLY ("scale" selects them all). */
export async function scaleSection(context: BenchContext): Promise<Curve[]> {
  const curves: Curve[] = [];
  const chosen = CURVES.filter((spec) => selected(context.options, 'scale', `scale:${spec.name}`));
  const sectionDeadline = context.deadline;
  for (const [i, spec] of chosen.entries()) {
    // Each curve gets an equal share of what is left (sizes weigh alike: starting big tenants costs).
    const left = sectionDeadline - performance.now();
    const share = (left * spec.sizes.length) / chosen.slice(i).reduce((sum, c) => sum + c.sizes.length, 0);
    try {
      curves.push(await runCurve({ ...context, deadline: performance.now() + share }, spec));
    } catch (error) {
      context.notes.push(
        `scale curve ${spec.name} failed: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  return curves;
}

async function runCurve(context: BenchContext, spec: CurveSpec): Promise<Curve> {
  const { options } = context;
  const scenario = COMMAND_SCENARIOS.find((s) => s.name === spec.scenario);
  if (!scenario) throw new Error(`no scenario ${spec.scenario}`);
  // Started one after the other: a start on a busy machine would measure the other start.
  const bots: BenchBot[] = [];
  try {
    for (const size of spec.sizes) {
      bots.push(
        await BenchBot.launch(
          context,
          `${spec.name} ${size} ${spec.unit}`,
          spec.tenant(size),
          { speakers: [spec.speaker], targets: spec.targets(size) },
          scenario.settings,
        ),
      );
    }
    const probes: Probe[] = [];
    for (const bot of bots) probes.push(await bot.probe(scenario));
    const measured = bots.filter((_, i) => probes[i]!.status === 'measured');
    for (const bot of measured)
      await bot.run({ workers: bot.workers(scenario, 1, `warm-${bot.label}`), durationMs: options.warmMs });
    const runs = new Map<BenchBot, MeasuredRun[]>(measured.map((bot) => [bot, []]));
    await Promise.all(measured.map((bot) => bot.startProfile(context)));
    let roundMs = 0;
    for (let round = 1; round <= options.rounds; round++) {
      if (round > 1 && remainingMs(context) < roundMs) {
        context.notes.push(
          `scale ${spec.name}: the time budget allowed ${round - 1} runs per point instead of ${options.rounds}.`,
        );
        break;
      }
      const roundStart = performance.now();
      context.log(`scale ${spec.name}: round ${round}/${options.rounds}`);
      for (const bot of measured) {
        const run = await bot.run({
          workers: bot.workers(scenario, 1, `${bot.label}-${round}`),
          durationMs: options.scaleRoundMs,
          check: (outcome) => (outcome.reply?.kind === 'help' ? 'answered the help card' : undefined),
        });
        runs.get(bot)!.push(run);
      }
      roundMs = performance.now() - roundStart;
    }
    await Promise.all(measured.map((bot) => bot.stopProfile(context, 'scale')));
    for (const bot of bots) context.notes.push(...(await bot.logProblems()));
    return {
      name: spec.name,
      scenario: scenario.label,
      unit: spec.unit,
      points: spec.sizes.map((size, i) => point(size, bots[i]!, probes[i]!, runs.get(bots[i]!) ?? [])),
    };
  } finally {
    await Promise.all(bots.map((bot) => bot.close()));
  }
}

function point(
  size: number,
  bot: BenchBot,
  probe: { status: CurvePoint['status']; answer: string },
  runs: readonly MeasuredRun[],
): CurvePoint {
  const turns = runs.reduce((sum, r) => sum + r.loop.turns, 0);
  const problems: Record<string, number> = {};
  const byOperation: Record<string, number> = {};
  for (const run of runs) {
    for (const [problem, count] of Object.entries(run.loop.problems))
      problems[problem] = (problems[problem] ?? 0) + count;
    for (const [operation, count] of Object.entries(run.byOperation))
      byOperation[operation] = (byOperation[operation] ?? 0) + count;
  }
  for (const operation of Object.keys(byOperation))
    byOperation[operation] = round2(byOperation[operation]! / Math.max(1, turns));
  const perTurn = (value: (r: MeasuredRun) => number): number[] =>
    runs.map((r) => (r.loop.turns > 0 ? value(r) / r.loop.turns : Number.NaN));
  return {
    size,
    status: probe.status,
    answer: probe.answer,
    p50Ms: spread(runs.map((r) => percentile(r.loop.latencies, 50))),
    p99Ms: spread(runs.map((r) => percentile(r.loop.latencies, 99))),
    upstreamPerTurn: spread(perTurn((r) => r.requests)),
    upstreamMsPerTurn: spread(perTurn((r) => r.upstreamMs)),
    turns,
    errors: runs.reduce((sum, r) => sum + r.loop.errors, 0),
    problems,
    byOperation,
    startup: bot.started?.timings ?? { buildMs: 0, parseMs: 0, startMs: 0, warmMs: 0 },
  };
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
