/**
 * `npm run bench`: every benchmark of the bot, through the real HTTP route, against the echo bot
 * measured in the same run. Prints a table and writes it under bench/results/ as text, JSON and an
 * SVG chart (bench-<time>.* and latest.*). See bench/options.ts for BENCH_QUICK, BENCH_ONLY…
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { BenchContext } from './bench-bot';
import { loadSection } from './load-section';
import { LoopbackChannel } from './loopback-channel';
import { memorySection } from './memory-section';
import { benchOptions, selected } from './options';
import { ratioSection } from './ratio-section';
import type { BenchReport } from './report-types';
import { reportSvg } from './report-svg';
import { reportText } from './report-table';
import { CURVES, scaleSection } from './scale-section';
import { COMMAND_SCENARIOS } from './scenarios';
import { checkTargets } from './targets';

async function main(): Promise<void> {
  const options = benchOptions();
  const startedAt = new Date();
  const loadAtStart = os.loadavg()[0] ?? 0;
  const t0 = performance.now();
  mkdirSync(options.resultsDir, { recursive: true });
  const channel = await new LoopbackChannel().start();
  const context: BenchContext = {
    options,
    channel,
    notes: [],
    deadline: Number.POSITIVE_INFINITY,
    log: (message) =>
      process.stderr.write(`[bench ${((performance.now() - t0) / 1000).toFixed(0)} s] ${message}\n`),
  };
  let unusedMs = 0;
  const section = async <T>(
    name: string,
    run: () => Promise<T>,
    budgetMs = Number.POSITIVE_INFINITY,
  ): Promise<T | null> => {
    const start = performance.now();
    context.deadline = start + budgetMs + unusedMs;
    try {
      return await run();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      context.notes.push(`the ${name} section failed: ${message}`);
      context.log(`${name} failed: ${message}`);
      return null;
    } finally {
      if (Number.isFinite(budgetMs)) unusedMs = Math.max(0, context.deadline - performance.now());
    }
  };

  let report: Omit<BenchReport, 'targets'>;
  try {
    const ratios = selected(options, 'ratios', ...COMMAND_SCENARIOS.map((s) => s.name))
      ? await section('ratios', () => ratioSection(context), options.sectionBudgetMs.ratios)
      : null;
    const scale = selected(options, 'scale', ...CURVES.map((c) => `scale:${c.name}`))
      ? ((await section('scale', () => scaleSection(context), options.sectionBudgetMs.scale)) ?? [])
      : [];
    const memory = selected(options, 'memory')
      ? await section('memory', () => memorySection(context), options.sectionBudgetMs.memory)
      : null;
    const load = selected(options, 'load') ? await section('load', () => loadSection(context)) : null;
    report = {
      startedAt: startedAt.toISOString(),
      durationSeconds: (performance.now() - t0) / 1000,
      machine: {
        cpus: os.cpus().length,
        cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
        node: process.version,
        platform: `${process.platform} ${os.release()}`,
        loadAverage: [round1(loadAtStart), round1(os.loadavg()[0] ?? 0)],
      },
      settings: {
        quick: options.quick,
        only: options.only,
        rounds: options.rounds,
        ratioRoundMs: { 1: options.ratioRoundMs[1], 32: options.ratioRoundMs[32] },
        scaleRoundMs: options.scaleRoundMs,
        cronofyRequestsPerSecond: options.cronofyRequestsPerSecond,
        logLevel: options.logLevel,
      },
      ratios,
      scale,
      memory,
      load,
      notes: [
        ...context.notes,
        ...(Math.max(loadAtStart, os.loadavg()[0] ?? 0) > os.cpus().length
          ? [
              `The machine was busy with other work (load average ${round1(loadAtStart)} at the start, ${round1(os.loadavg()[0] ?? 0)} at the end, on ${os.cpus().length} cores): absolute figures are low and noisy; the ratios, measured in interleaved runs, suffer less.`,
            ]
          : []),
        `The simulated Cronofy rate limit (50 requests/s in production) is set to ${options.cronofyRequestsPerSecond}/s so that the figures are the bot's own; see "upstream/turn" for what the real limit allows.`,
        `The bot logs at level ${options.logLevel} as in production; lines are formatted, then counted instead of written.`,
      ],
    };
  } finally {
    await channel.close();
  }

  const full: BenchReport = { ...report, targets: checkTargets(report) };
  const textReport = reportText(full);
  const stamp = full.startedAt.replace(/[:.]/g, '-');
  const outputs: Array<[string, string]> = [
    ['json', JSON.stringify(full, null, 2) + '\n'],
    ['txt', textReport],
    ['svg', reportSvg(full)],
  ];
  for (const [extension, content] of outputs) {
    writeFileSync(join(options.resultsDir, `bench-${stamp}.${extension}`), content);
    writeFileSync(join(options.resultsDir, `latest.${extension}`), content);
  }
  process.stdout.write(textReport);
  process.stdout.write(`\nWritten: bench/results/bench-${stamp}.{json,txt,svg} (and latest.*)\n`);
  if (options.cpuProfileDir)
    process.stdout.write(`CPU profiles of the bot processes: ${options.cpuProfileDir}\n`);
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
