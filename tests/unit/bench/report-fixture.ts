// A small but complete benchmark report, for the report tests.
import type { MemoryFigures } from '../../../bench/host-protocol';
import type { BenchReport, CommandRun, CurvePoint, MemoryRun, RunFigures } from '../../../bench/report-types';
import { spread, type Spread } from '../../../bench/stats';

const s = (...values: number[]): Spread => spread(values);

function run(throughput: number[], p50: number[]): RunFigures {
  return {
    throughput: s(...throughput),
    p50Ms: s(...p50),
    p99Ms: s(...p50.map((v) => v * 3)),
    turns: 500,
    errors: 0,
    problems: {},
    cpuMsPerTurn: s(...p50.map((v) => v / 2)),
  };
}

function commandRun(ratio: number[], upstream = 2): CommandRun {
  return {
    ...run([100, 110, 90], [4, 5, 6]),
    throughputRatio: s(...ratio),
    latencyRatio: s(...ratio.map((r) => 1 / r)),
    upstreamPerTurn: s(upstream),
  };
}

function point(size: number, p50: number, status: CurvePoint['status'] = 'measured'): CurvePoint {
  return {
    size,
    status,
    answer: status === 'measured' ? 'Hélène <Conceição>' : 'Hello',
    p50Ms: status === 'measured' ? s(p50, p50 * 0.9, p50 * 1.2) : s(),
    p99Ms: status === 'measured' ? s(p50 * 2) : s(),
    upstreamPerTurn: status === 'measured' ? s(2) : s(),
    upstreamMsPerTurn: status === 'measured' ? s(1.5) : s(),
    turns: 40,
    errors: 0,
    problems: {},
    byOperation: { 'cloudlink.getEndpoint': 1 },
    startup: { buildMs: 10, parseMs: 20, startMs: 30, warmMs: 40 },
  };
}

const MB = 1024 * 1024;

function memory(rssMb: number, heapMb: number, sockets = 3): MemoryFigures {
  return {
    rssBytes: rssMb * MB,
    heapUsedBytes: heapMb * MB,
    heapTotalBytes: heapMb * 1.5 * MB,
    externalBytes: 4 * MB,
    arrayBuffersBytes: MB,
    resources: { TCPSocketWrap: sockets, Timeout: 2 },
  };
}

function memoryRun(
  turns: number,
  rssBefore: number,
  rssAfter: number,
  heapBefore: number,
  heapAfter: number,
  growthPercent: number,
): MemoryRun {
  return {
    warmTurns: 2000,
    turns,
    afterWarmup: memory(rssBefore, heapBefore),
    afterTurns: memory(rssAfter, heapAfter, 5),
    growthPercent,
    errors: 0,
    stoppedEarly: false,
  };
}

/** A report where help holds its target, "call" misses it, and "my calls" is not written yet. */
export function sampleReport(): BenchReport {
  return {
    startedAt: '2026-11-23T10:00:00.000Z',
    durationSeconds: 412,
    machine: {
      cpus: 2,
      cpuModel: 'AMD EPYC',
      node: 'v20.20.2',
      platform: 'linux 6.1',
      loadAverage: [0.4, 1.2],
    },
    settings: {
      quick: false,
      only: [],
      rounds: 5,
      ratioRoundMs: { 1: 700, 32: 1000 },
      scaleRoundMs: 700,
      cronofyRequestsPerSecond: 1_000_000,
      logLevel: 'info',
    },
    ratios: {
      tenant: '500 people',
      echo: { 1: run([400, 410, 390], [2, 2.1, 1.9]), 32: run([900, 950, 880], [30, 31, 29]) },
      commands: [
        {
          name: 'help',
          label: 'help',
          status: 'measured',
          answer: 'Hello',
          runs: { 1: commandRun([0.6, 0.7, 0.65], 0), 32: commandRun([0.55, 0.6, 0.5], 0) },
        },
        {
          name: 'call',
          label: 'call <Full Name>',
          status: 'measured',
          answer: 'Hélène',
          runs: { 1: commandRun([0.3, 0.35, 0.32]), 32: commandRun([0.52, 0.5, 0.51]) },
        },
        { name: 'my-calls', label: 'my calls', status: 'not available', answer: 'Hello', runs: {} },
      ],
    },
    scale: [
      {
        name: 'call',
        scenario: 'call <Full Name>',
        unit: 'people',
        points: [point(50, 10), point(500, 11), point(5000, 20)],
      },
      {
        name: 'my-calls',
        scenario: 'my calls',
        unit: 'records',
        points: [point(100, 0, 'not available'), point(10_000, 0, 'not available')],
      },
      {
        name: 'sync-status',
        scenario: 'sync status (admin)',
        unit: 'people per side',
        points: [point(500, 100), point(5000, 400)],
      },
    ],
    memory: {
      tenant: '500 people',
      conversations: 32,
      bot: memoryRun(10_000, 200, 210, 80, 82, 5),
      echo: memoryRun(10_000, 120, 121, 40, 40, 0.8),
    },
    load: {
      tenant: '500 people',
      conversations: 50,
      warmTurns: 3000,
      seconds: 60,
      phrasings: 16,
      turns: 12_000,
      throughput: 200,
      p50Ms: 150,
      p99Ms: 600,
      maxMs: 900,
      errors: 3,
      problems: { 'no reply': 3 },
      replyKinds: { card: 11_000, help: 997 },
      upstreamPerTurn: 1.2,
      afterWarmup: memory(200, 80, 12),
      afterRun: memory(205, 81, 12),
      growthPercent: 2.5,
      zeroErrors: false,
      memoryWithin10Percent: true,
    },
    targets: [],
    notes: ['a note <with> & specials'],
  };
}
