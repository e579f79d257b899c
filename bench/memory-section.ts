/**
 * Resident memory of the bot process (after a forced GC) once warm, and again after 10,000 turns
 * of the command mix at 32 conversations; the echo bot over as many turns, as the control: what
 * the stack (restify, botbuilder, teams-ai) does with memory on its own.
 */
import { performance } from 'node:perf_hooks';
import { BenchBot, remainingMs, type BenchContext } from './bench-bot';
import type { MemoryFigures } from './host-protocol';
import { RATIO_TENANT, RATIO_TENANT_LABEL } from './ratio-section';
import { megabytes } from './report-format';
import type { MemoryRun, MemorySection } from './report-types';
import { ECHO_MESSAGE } from './scenarios';
import type { LoopOptions } from './turn-driver';
import { newConversation } from './turn-driver';

const CONVERSATIONS = 32;

/** Runs the memory section. */
export async function memorySection(context: BenchContext): Promise<MemorySection> {
  const start = performance.now();
  const bot = await BenchBot.launch(context, 'memory', RATIO_TENANT, {
    speakers: Array.from({ length: CONVERSATIONS }, (_, i) => i),
    targets: Array.from({ length: 32 }, (_, k) => 40 + Math.floor((k * (RATIO_TENANT.people - 40)) / 32)),
  });
  let botRun: MemoryRun;
  try {
    // The echo bot is the control; it gets what is left after the bot's share.
    const share = { ...context, deadline: start + (context.deadline - start) * 0.8 };
    botRun = await memoryRun(share, bot, (tag) => bot.mixWorkers(CONVERSATIONS, tag));
    context.notes.push(...(await bot.logProblems()));
  } finally {
    await bot.close();
  }
  let echoRun: MemoryRun | null = null;
  const echo = await BenchBot.launchEcho(context, bot.cast.speakers);
  try {
    echoRun = await memoryRun(context, echo, (tag) =>
      Array.from({ length: CONVERSATIONS }, (_, w) => ({
        conversation: newConversation(bot.cast.speakers[w % bot.cast.speakers.length]!.member, `${tag}-${w}`),
        next: () => ECHO_MESSAGE,
      })),
    );
  } catch (error) {
    context.notes.push(
      `memory: the echo bot's run failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    await echo.close();
  }
  context.channel.forgetConversations();
  return { tenant: RATIO_TENANT_LABEL, conversations: CONVERSATIONS, bot: botRun, echo: echoRun };
}

async function memoryRun(
  context: BenchContext,
  bot: BenchBot,
  workers: (tag: string) => LoopOptions['workers'],
): Promise<MemoryRun> {
  const { options } = context;
  const start = performance.now();
  const warm = await bot.warmUntilStable(workers, {
    batchTurns: options.memoryWarmTurns,
    minTurns: options.memoryWarmMinTurns,
    deadline: start + (context.deadline - start) * 0.45,
  });
  const afterWarmup = warm.figures;
  if (!warm.stable)
    context.notes.push(`memory (${bot.label}): still moving after ${warm.batches} warm-up batches.`);
  context.log(
    `memory (${bot.label}): ${megabytes(afterWarmup.rssBytes)} after ${warm.turns} warm-up turns; ${options.memoryTurns} turns…`,
  );
  await bot.startProfile(context);
  const measured = await bot.run({
    workers: workers(`${bot.label}-memory`),
    turns: options.memoryTurns,
    durationMs: Math.max(5000, remainingMs(context)),
  });
  await bot.stopProfile(context, 'memory');
  const afterTurns = await bot.memory();
  const stoppedEarly = measured.loop.turns < options.memoryTurns;
  if (stoppedEarly) {
    context.notes.push(
      `memory (${bot.label}): the time budget ended the run after ${measured.loop.turns} of ${options.memoryTurns} turns.`,
    );
  }
  return {
    warmTurns: warm.turns,
    turns: measured.loop.turns,
    afterWarmup,
    afterTurns,
    growthPercent: growth(afterWarmup, afterTurns),
    errors: warm.errors + measured.loop.errors,
    stoppedEarly,
  };
}

/** Resident set growth from one measure to the next, in %. */
export function growth(before: MemoryFigures, after: MemoryFigures): number {
  return ((after.rssBytes - before.rssBytes) / before.rssBytes) * 100;
}
