/** The shape of bench/results/*.json: every figure of one `npm run bench`. */
import type { MemoryFigures } from './host-protocol';
import type { Spread } from './stats';

export type Concurrency = 1 | 32;
export const CONCURRENCIES: readonly Concurrency[] = [1, 32];

/** How a command or a scale point came out of its first turn. */
export type Availability = 'measured' | 'not available' | 'error';

export interface RunFigures {
  /** Turns per second (median, min, max over the runs). */
  throughput: Spread;
  /** Median latency of a run, in ms. */
  p50Ms: Spread;
  p99Ms: Spread;
  turns: number;
  errors: number;
  problems: Record<string, number>;
  /** CPU time of the bot's process per turn, in ms (what the bot costs, its simulators aside). */
  cpuMsPerTurn: Spread;
}

export interface CommandRun extends RunFigures {
  /** Throughput over the echo bot's, run by run (≥ 0.5 is the target). */
  throughputRatio: Spread;
  /** p50 latency over the echo bot's, run by run. */
  latencyRatio: Spread;
  upstreamPerTurn: Spread;
}

export interface CommandFigures {
  name: string;
  label: string;
  status: Availability;
  /** The first line of the answer to the first turn. */
  answer: string;
  runs: Partial<Record<Concurrency, CommandRun>>;
}

export interface RatioSection {
  tenant: string;
  echo: Partial<Record<Concurrency, RunFigures>>;
  commands: CommandFigures[];
}

export interface CurvePoint {
  size: number;
  status: Availability;
  answer: string;
  p50Ms: Spread;
  p99Ms: Spread;
  upstreamPerTurn: Spread;
  /** Time spent waiting for upstream answers per turn (simulators included). */
  upstreamMsPerTurn: Spread;
  turns: number;
  errors: number;
  problems: Record<string, number>;
  /** Upstream attempts per turn by system.operation (the median run's). */
  byOperation: Record<string, number>;
  startup: { buildMs: number; parseMs: number; startMs: number; warmMs: number };
}

export interface Curve {
  name: string;
  scenario: string;
  unit: string;
  points: CurvePoint[];
}

/** Memory of one bot over a run: once warm, and after the turns. */
export interface MemoryRun {
  warmTurns: number;
  turns: number;
  afterWarmup: MemoryFigures;
  afterTurns: MemoryFigures;
  /** Resident set after the turns over after warm-up, in %. */
  growthPercent: number;
  errors: number;
  /** The time budget ended the run before its turns were done. */
  stoppedEarly: boolean;
}

export interface MemorySection {
  tenant: string;
  conversations: number;
  bot: MemoryRun;
  /** The echo bot over as many turns: what the stack itself does with memory. */
  echo: MemoryRun | null;
}

export interface LoadSection {
  tenant: string;
  conversations: number;
  /** Turns of the warm-up that ran until memory settled. */
  warmTurns: number;
  seconds: number;
  phrasings: number;
  turns: number;
  throughput: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  errors: number;
  problems: Record<string, number>;
  replyKinds: Record<string, number>;
  upstreamPerTurn: number;
  afterWarmup: MemoryFigures;
  afterRun: MemoryFigures;
  growthPercent: number;
  zeroErrors: boolean;
  memoryWithin10Percent: boolean;
}

export interface TargetCheck {
  target: string;
  /** The figure compared, as shown. */
  figure: string;
  /** null when it could not be measured (command not available, section not run). */
  holds: boolean | null;
}

export interface BenchReport {
  startedAt: string;
  durationSeconds: number;
  machine: {
    cpus: number;
    cpuModel: string;
    node: string;
    platform: string;
    /** One-minute load average at the start and at the end (other work on the machine skews figures). */
    loadAverage: [number, number];
  };
  settings: {
    quick: boolean;
    only: string[];
    rounds: number;
    ratioRoundMs: Record<string, number>;
    scaleRoundMs: number;
    cronofyRequestsPerSecond: number;
    logLevel: string;
  };
  ratios: RatioSection | null;
  scale: Curve[];
  memory: MemorySection | null;
  load: LoadSection | null;
  targets: TargetCheck[];
  /** Sections that failed, bot log problems, and other things to read. */
  notes: string[];
}
