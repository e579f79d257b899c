/**
 * Talks to a bot the way Teams does: message activities POSTed to /api/messages over keep-alive
 * loopback HTTP, the replies landing on the loopback channel. A turn is over when the POST answers
 * (the adapter answers once the turn, reply included, is done); it then must have added a reply.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import type { ChannelMember } from './host-protocol';
import type { LoopbackChannel } from './loopback-channel';
import type { ReplySummary } from './reply-kind';

export interface Conversation {
  id: string;
  member: ChannelMember;
}

export interface TurnText {
  text: string;
  /** The activity's locale (default en-US). */
  locale?: string;
}

export interface TurnOutcome {
  latencyMs: number;
  /** Why the turn counts as failed; undefined when it did not. */
  problem?: string;
  reply: ReplySummary | null;
}

export interface BotEndpoint {
  url: string;
  tenantId: string;
}

/** Teams gives up on a bot that has not answered a message within 15 s: a slower turn failed. */
export const TURN_TIMEOUT_MS = 15_000;

let conversationCount = 0;

/** A new personal conversation of a member with the bot. */
export function newConversation(member: ChannelMember, tag: string): Conversation {
  conversationCount++;
  // Teams ids are printable ASCII without spaces; the bot refuses anything else with a 400.
  const safe = tag.replace(/[^A-Za-z0-9-]+/g, '-');
  return { id: `a:bench-${safe}-${conversationCount}`, member };
}

export class TurnDriver {
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
  private readonly target: URL;

  constructor(
    readonly bot: BotEndpoint,
    private readonly channel: LoopbackChannel,
  ) {
    this.target = new URL('/api/messages', bot.url);
  }

  /** Sends one message and checks that it was answered. */
  async say(conversation: Conversation, turn: TurnText): Promise<TurnOutcome> {
    const before = this.channel.replies(conversation.id);
    const body = JSON.stringify(this.activity(conversation, turn));
    const started = performance.now();
    let status: number;
    try {
      status = await this.post(body);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      return { latencyMs: performance.now() - started, problem: `request failed: ${message}`, reply: null };
    }
    const latencyMs = performance.now() - started;
    if (status < 200 || status >= 300) return { latencyMs, problem: `HTTP ${status}`, reply: null };
    if (this.channel.replies(conversation.id) <= before)
      return { latencyMs, problem: 'no reply', reply: null };
    const reply = this.channel.lastReply(conversation.id);
    if (reply?.kind === 'error') return { latencyMs, problem: `error reply: ${reply.headline}`, reply };
    return { latencyMs, reply };
  }

  close(): void {
    this.agent.destroy();
  }

  private activity(conversation: Conversation, turn: TurnText): Record<string, unknown> {
    const { member } = conversation;
    return {
      id: randomUUID(),
      type: 'message',
      channelId: 'msteams',
      serviceUrl: this.channel.url,
      timestamp: new Date().toISOString(),
      from: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
      recipient: { id: '28:bot', name: 'Bot' },
      conversation: { id: conversation.id, conversationType: 'personal', tenantId: this.bot.tenantId },
      channelData: { tenant: { id: this.bot.tenantId } },
      locale: turn.locale ?? 'en-US',
      text: turn.text,
    };
  }

  private post(body: string): Promise<number> {
    return new Promise<number>((resolve, reject) => {
      const request = http.request(
        {
          agent: this.agent,
          host: this.target.hostname,
          port: this.target.port,
          path: this.target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (response) => {
          // The body (empty for messages) is drained so that the socket goes back to the pool.
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
          response.on('error', reject);
        },
      );
      request.setTimeout(TURN_TIMEOUT_MS, () =>
        request.destroy(new Error(`no answer within ${TURN_TIMEOUT_MS / 1000} s`)),
      );
      request.on('error', reject);
      request.end(body);
    });
  }
}

export interface LoopWorker {
  conversation: Conversation;
  /** The k-th message this worker sends (k from 0). */
  next(k: number): TurnText;
}

export interface LoopOptions {
  workers: readonly LoopWorker[];
  /** Stop starting turns after this long… */
  durationMs?: number;
  /** …or after this many turns in all (whichever comes first). */
  turns?: number;
  /** An extra check of each answer (e.g. "the help card was not expected"). */
  check?: (outcome: TurnOutcome, turn: TurnText) => string | undefined;
}

export interface LoopResult {
  turns: number;
  elapsedMs: number;
  latencies: number[];
  errors: number;
  /** Failed turns by reason. */
  problems: Record<string, number>;
  /** Answers by kind (help, card, text, error). */
  replyKinds: Record<string, number>;
}

/**
 * A closed loop: each worker (one conversation) sends its next message as soon as the previous one
 * is answered, until the time or the turn budget runs out; the throughput is turns / elapsed time.
 */
export async function runLoop(driver: TurnDriver, options: LoopOptions): Promise<LoopResult> {
  const {
    workers,
    durationMs = Number.POSITIVE_INFINITY,
    turns: maxTurns = Number.POSITIVE_INFINITY,
  } = options;
  if (!Number.isFinite(durationMs) && !Number.isFinite(maxTurns))
    throw new Error('a loop needs a time or a turn budget');
  const result: LoopResult = {
    turns: 0,
    elapsedMs: 0,
    latencies: [],
    errors: 0,
    problems: {},
    replyKinds: {},
  };
  const started = performance.now();
  let begun = 0;
  const more = (): boolean => begun < maxTurns && performance.now() - started < durationMs;

  const work = async (worker: LoopWorker): Promise<void> => {
    for (let k = 0; more(); k++) {
      begun++;
      const turn = worker.next(k);
      const outcome = await driver.say(worker.conversation, turn);
      const problem = outcome.problem ?? options.check?.(outcome, turn);
      result.turns++;
      result.latencies.push(outcome.latencyMs);
      if (outcome.reply)
        result.replyKinds[outcome.reply.kind] = (result.replyKinds[outcome.reply.kind] ?? 0) + 1;
      if (problem) {
        result.errors++;
        const key = problem.slice(0, 120);
        result.problems[key] = (result.problems[key] ?? 0) + 1;
      }
    }
  };
  await Promise.all(workers.map(work));
  result.elapsedMs = performance.now() - started;
  return result;
}
