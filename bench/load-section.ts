/**
 * The load run of issue #6: 50 conversations keep sending the command mix (three languages) for
 * 60 s through the real HTTP route, each as soon as its previous message was answered. Expected:
 * no error at all, and resident memory after the run within 10 % of memory after warm-up.
 */
import { performance } from 'node:perf_hooks';
import { BenchBot, type BenchContext } from './bench-bot';
import { growth } from './memory-section';
import { RATIO_TENANT, RATIO_TENANT_LABEL } from './ratio-section';
import type { LoadSection } from './report-types';
import { ADMIN_MIX, MIX } from './scenarios';
import { percentile } from './stats';

/** Runs the load section. */
export async function loadSection(context: BenchContext): Promise<LoadSection> {
  const { options } = context;
  const conversations = options.loadConversations;
  const bot = await BenchBot.launch(context, 'load', RATIO_TENANT, {
    speakers: Array.from({ length: conversations }, (_, i) => i),
    targets: Array.from({ length: 48 }, (_, k) => 60 + Math.floor((k * (RATIO_TENANT.people - 60)) / 48)),
  });
  try {
    context.log(`load: warm-up (at most ${options.loadWarmSeconds} s, until memory settles)`);
    const warm = await bot.warmUntilStable((tag) => bot.mixWorkers(conversations, tag), {
      batchTurns: options.memoryWarmTurns,
      minTurns: options.memoryWarmMinTurns,
      deadline: performance.now() + options.loadWarmSeconds * 1000,
    });
    const afterWarmup = warm.figures;
    if (!warm.stable) context.notes.push(`load: memory still moving after ${warm.turns} warm-up turns.`);
    context.log(`load: ${conversations} conversations for ${options.loadSeconds} s`);
    await bot.startProfile(context);
    const run = await bot.run({
      workers: bot.mixWorkers(conversations, 'load'),
      durationMs: options.loadSeconds * 1000,
    });
    await bot.stopProfile(context, 'load');
    const afterRun = await bot.memory();
    context.notes.push(...(await bot.logProblems()));
    const { loop } = run;
    const growthPercent = growth(afterWarmup, afterRun);
    return {
      tenant: RATIO_TENANT_LABEL,
      conversations,
      warmTurns: warm.turns,
      seconds: options.loadSeconds,
      phrasings: MIX.length + ADMIN_MIX.length,
      turns: loop.turns,
      throughput: (loop.turns * 1000) / loop.elapsedMs,
      p50Ms: percentile(loop.latencies, 50),
      p99Ms: percentile(loop.latencies, 99),
      maxMs: Math.max(...loop.latencies),
      errors: loop.errors,
      problems: loop.problems,
      replyKinds: loop.replyKinds,
      upstreamPerTurn: loop.turns > 0 ? run.requests / loop.turns : 0,
      afterWarmup,
      afterRun,
      growthPercent,
      zeroErrors: loop.errors === 0 && loop.turns > 0,
      memoryWithin10Percent: Math.abs(growthPercent) <= 10,
    };
  } finally {
    await bot.close();
    context.channel.forgetConversations();
  }
}
