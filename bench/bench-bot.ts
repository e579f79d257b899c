/**
 * A bot under measurement: its process, the people it revealed, a driver that talks to it through
 * the shared loopback channel, and runs that also count the upstream requests they caused.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { personId, type TenantSpec } from './bench-tenants';
import { BotProcess } from './bot-process';
import type { Counters, MemoryFigures, RevealedPerson, StartedBot } from './host-protocol';
import type { LoopbackChannel } from './loopback-channel';
import type { BenchOptions } from './options';
import type { Availability } from './report-types';
import { mixMessage, type Cast, type CommandScenario } from './scenarios';
import {
  newConversation,
  runLoop,
  TurnDriver,
  type LoopOptions,
  type LoopResult,
  type TurnOutcome,
} from './turn-driver';

export interface BenchContext {
  options: BenchOptions;
  channel: LoopbackChannel;
  /** Progress on stderr. */
  log(message: string): void;
  notes: string[];
  /** When the running section should stop repeating runs (performance.now() time). */
  deadline: number;
}

/** Milliseconds left before the section's deadline. */
export function remainingMs(context: BenchContext): number {
  return context.deadline - performance.now();
}

export interface MeasuredRun {
  loop: LoopResult;
  /** CPU time the bot's process used during the run, in ms (its simulators' not included). */
  cpuMs: number;
  /** Upstream attempts during the run (0 for the echo bot). */
  requests: number;
  upstreamMs: number;
  byOperation: Record<string, number>;
}

export interface WarmUp {
  turns: number;
  errors: number;
  /** Memory after the last batch. */
  figures: MemoryFigures;
  batches: number;
  /** The last two batches ended within the tolerance of each other. */
  stable: boolean;
}

export interface Probe {
  status: Availability;
  answer: string;
}

export class BenchBot {
  readonly driver: TurnDriver;

  private constructor(
    private readonly context: BenchContext,
    readonly label: string,
    readonly process: BotProcess,
    readonly started: StartedBot | null,
    readonly cast: Cast,
    channel: LoopbackChannel,
    url: string,
    /** The process of the bot's simulators (none for the echo bot). */
    private readonly simulators: BotProcess | null = null,
  ) {
    this.driver = new TurnDriver({ url, tenantId: started?.tenantId ?? 'echo-tenant' }, channel);
  }

  /**
   * Starts the real bot over the simulators of a tenant, warm (directory loaded). Speakers and
   * targets are person numbers of the synthetic tenant.
   */
  static async launch(
    context: BenchContext,
    label: string,
    tenant: TenantSpec,
    cast: { speakers: number[]; targets: number[] },
    settings?: Record<string, string>,
  ): Promise<BenchBot> {
    const simulators = BotProcess.spawn({ label: `${label} simulators` });
    const process = BotProcess.spawn({ label });
    try {
      const upstream = await simulators.call('startSimulators', {
        tenant,
        cronofyRequestsPerSecond: context.options.cronofyRequestsPerSecond,
      });
      const started = await process.call('startBot', {
        tenant,
        reveal: [...cast.speakers, ...cast.targets].map(personId),
        logLevel: context.options.logLevel,
        upstream,
        ...(settings ? { settings } : {}),
      });
      const byId = new Map(started.people.map((p) => [p.id, p]));
      const pick = (indices: number[]): RevealedPerson[] =>
        indices.map((i) => byId.get(personId(i))).filter((p): p is RevealedPerson => p !== undefined);
      const speakers = pick(cast.speakers);
      for (const person of speakers) context.channel.addMember(person.member);
      const t = started.timings;
      context.log(
        `${label}: ${started.directorySize} people in the directory; tenant built ${ms(t.buildMs)}, ` +
          `parsed ${ms(t.parseMs)}, bot started ${ms(t.startMs)}, directory warm ${ms(t.warmMs)}`,
      );
      return new BenchBot(
        context,
        label,
        process,
        started,
        { speakers, targets: pick(cast.targets) },
        context.channel,
        started.url,
        simulators,
      );
    } catch (error) {
      await Promise.all([process.close(), simulators.close()].map((p) => p.catch(() => undefined)));
      throw error;
    }
  }

  /** Starts the echo bot (the floor). */
  static async launchEcho(context: BenchContext, speakers: readonly RevealedPerson[]): Promise<BenchBot> {
    const process = BotProcess.spawn({ label: 'echo' });
    try {
      const { url } = await process.call('startEcho', {});
      return new BenchBot(context, 'echo', process, null, { speakers, targets: [] }, context.channel, url);
    } catch (error) {
      await process.close().catch(() => undefined);
      throw error;
    }
  }

  /** The speakers of a scenario: its admins for admin commands, else everyone. */
  speakersFor(scenario: Pick<CommandScenario, 'adminOnly'>): RevealedPerson[] {
    const all = this.cast.speakers;
    return scenario.adminOnly ? all.filter((p) => p.admin) : [...all];
  }

  /**
   * One turn of a scenario: is the command there, and does it answer without an error? A turn
   * that got no answer at all is tried once more (a busy machine, a directory refresh).
   */
  async probe(scenario: CommandScenario): Promise<Probe> {
    const speaker = this.speakersFor(scenario)[0];
    if (!speaker) return { status: 'error', answer: 'nobody to speak' };
    let outcome = await this.probeOnce(scenario, speaker);
    if (outcome.problem?.startsWith('request failed')) outcome = await this.probeOnce(scenario, speaker);
    const answer = outcome.reply?.headline ?? '';
    if (outcome.problem) return { status: 'error', answer: outcome.problem };
    if (outcome.reply?.kind === 'help' && !scenario.answersHelp) return { status: 'not available', answer };
    return { status: 'measured', answer };
  }

  private probeOnce(scenario: CommandScenario, speaker: RevealedPerson): Promise<TurnOutcome> {
    return this.driver.say(
      newConversation(speaker.member, `probe-${scenario.name}`),
      scenario.message(0, 0, this.cast),
    );
  }

  /** `concurrency` conversations of the scenario, each spoken by its own speaker in turn. */
  workers(scenario: CommandScenario, concurrency: number, tag: string): LoopOptions['workers'] {
    const speakers = this.speakersFor(scenario);
    return Array.from({ length: concurrency }, (_, w) => {
      const speaker = speakers[w % speakers.length]!;
      return {
        conversation: newConversation(speaker.member, `${tag}-${w}`),
        next: (k: number) => scenario.message(w, k, this.cast),
      };
    });
  }

  /** `count` conversations sending the mix of every command (memory and load runs). */
  mixWorkers(count: number, tag: string): LoopOptions['workers'] {
    const speakers = this.cast.speakers;
    return Array.from({ length: count }, (_, w) => {
      const speaker = speakers[w % speakers.length]!;
      return {
        conversation: newConversation(speaker.member, `${tag}-${w}`),
        next: (k: number) => mixMessage(w, k, this.cast, speaker),
      };
    });
  }

  /** Resident memory of the bot process after a forced garbage collection. */
  memory(): Promise<MemoryFigures> {
    return this.process.call('memory', {});
  }

  /**
   * Warm-up for memory figures: batches of turns until the resident set (after a forced GC) has
   * reached its plateau, i.e. at least `minTurns` were sent and the last two batches set no new
   * high (more than `tolerancePercent` above the highest so far); at most until `deadline`
   * (performance.now() time). RSS settles in steps while the JIT and the allocator warm up.
   */
  async warmUntilStable(
    workers: (tag: string) => LoopOptions['workers'],
    limits: { batchTurns: number; minTurns: number; deadline: number; tolerancePercent?: number },
  ): Promise<WarmUp> {
    const tolerance = 1 + (limits.tolerancePercent ?? 2) / 100;
    let peak = 0;
    let sincePeak = 0;
    let turns = 0;
    let errors = 0;
    for (let batch = 1; ; batch++) {
      const run = await this.run({
        workers: workers(`${this.label}-warm-${batch}`),
        turns: limits.batchTurns,
      });
      turns += run.loop.turns;
      errors += run.loop.errors;
      const figures = await this.memory();
      if (figures.rssBytes > peak * tolerance) {
        peak = figures.rssBytes;
        sincePeak = 0;
      } else {
        sincePeak++;
      }
      const stable = turns >= limits.minTurns && sincePeak >= 2;
      if (stable || performance.now() >= limits.deadline)
        return { turns, errors, figures, batches: batch, stable };
    }
  }

  /** Starts the CPU profiler of the bot process when the run asks for profiles (BENCH_CPU_PROF=1). */
  async startProfile(context: BenchContext): Promise<void> {
    if (context.options.cpuProfileDir) await this.process.call('profileStart', {});
  }

  /** Stops it and writes `<section>-<bot>.cpuprofile` into the profiles folder. */
  async stopProfile(context: BenchContext, section: string): Promise<void> {
    const dir = context.options.cpuProfileDir;
    if (!dir) return;
    const name = `${section}-${this.label}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    await this.process.call('profileStop', { path: join(dir, `${name}.cpuprofile`) });
  }

  /** A closed-loop run, with the upstream requests it caused and the CPU time it cost the bot. */
  async run(options: LoopOptions): Promise<MeasuredRun> {
    const before = await this.counters();
    const loop = await runLoop(this.driver, options);
    if (loop.errors > 0) {
      const [problem, times] = Object.entries(loop.problems).sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
      this.context.log(`${this.label}: ${loop.errors} of ${loop.turns} turns failed (${times} × ${problem})`);
    }
    const after = await this.counters();
    const byOperation: Record<string, number> = {};
    for (const [key, count] of Object.entries(after.byOperation)) {
      const delta = count - (before.byOperation[key] ?? 0);
      if (delta > 0) byOperation[key] = delta;
    }
    return {
      loop,
      cpuMs: after.cpuMs - before.cpuMs,
      requests: after.requests - before.requests,
      upstreamMs: after.upstreamMs - before.upstreamMs,
      byOperation,
    };
  }

  /** The bot process's counters (the echo bot's count no upstream requests). */
  counters(): Promise<Counters> {
    return this.process.call('counters', {});
  }

  /** Bot log problems worth a note (warnings and errors logged while measured). */
  async logProblems(): Promise<string[]> {
    if (!this.started) return [];
    const counters = await this.counters();
    if (counters.warnLines + counters.errorLines === 0) return [];
    return [
      `${this.label}: the bot logged ${counters.errorLines} errors and ${counters.warnLines} warnings; last: ` +
        counters.recentProblems.slice(-3).join(' | '),
    ];
  }

  async close(): Promise<void> {
    this.driver.close();
    await this.process.close();
    await this.simulators?.close();
  }
}

function ms(value: number): string {
  return value >= 1000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
}
