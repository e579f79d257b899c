/**
 * The driver's handle on a bot process (bench/bot-host.ts): forks it with --expose-gc (and
 * --cpu-prof when asked), sends it requests and awaits the answers.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { HostAnswer, HostMessage, HostOp, HostOps } from './host-protocol';

export interface BotProcessOptions {
  /** A name for messages. */
  label: string;
}

export class BotProcess {
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private exited: string | null = null;
  private readonly exit: Promise<void>;
  /** The end of the process's stderr, to explain a crash. */
  private readonly stderrTail: string[] = [];

  private constructor(
    readonly label: string,
    private readonly child: ChildProcess,
  ) {
    child.on('message', (answer: HostAnswer) => {
      const waiter = this.pending.get(answer.seq);
      if (!waiter) return;
      this.pending.delete(answer.seq);
      if (answer.ok) waiter.resolve(answer.result);
      else waiter.reject(new Error(`${label}: ${answer.error}`));
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        // Stack frames, source dumps and carets explain less than the error lines around them.
        if (
          line.trim() === '' ||
          line.length > 500 ||
          /^\s+at |^Node\.js v|^\s*[\^~]+\s*$|^[\s{}]*$/.test(line)
        )
          continue;
        this.stderrTail.push(line.length > 240 ? `${line.slice(0, 240)}…` : line);
        if (this.stderrTail.length > 8) this.stderrTail.shift();
      }
    });
    this.exit = new Promise<void>((resolve) => {
      child.on('exit', (code, signal) => {
        const why = code === 0 ? '' : `: ${this.stderrTail.slice(-4).join(' | ')}`;
        this.exited = `the ${label} bot process exited (${signal ?? `code ${code}`})${why}`;
        for (const waiter of this.pending.values()) waiter.reject(new Error(this.exited));
        this.pending.clear();
        resolve();
      });
    });
  }

  /** Forks a bot process; it serves nothing until asked to start a bot. */
  static spawn(options: BotProcessOptions): BotProcess {
    // restify 11 reaches for a deprecated Node binding; the warning says nothing about the bot.
    const execArgv = ['--expose-gc', '--no-deprecation', '--require', 'tsx/cjs'];
    const child = fork(join(__dirname, 'bot-host.ts'), [], {
      execArgv,
      // stderr is kept (its end explains a crash); the bot's own log goes to a counter.
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    return new BotProcess(options.label, child);
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  /** Sends one request and resolves with its answer. */
  call<K extends HostOp>(op: K, request: HostOps[K]['request']): Promise<HostOps[K]['result']> {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const seq = ++this.seq;
    const message: HostMessage<K> = { seq, op, request };
    return new Promise<HostOps[K]['result']>((resolve, reject) => {
      this.pending.set(seq, { resolve: (v) => resolve(v as HostOps[K]['result']), reject });
      this.child.send(message, (error) => {
        if (error) {
          this.pending.delete(seq);
          reject(error);
        }
      });
    });
  }

  /** Stops the bot and lets the process exit (writing its CPU profile, if any). */
  async close(): Promise<void> {
    if (this.exited) return;
    try {
      await this.call('stop', {});
    } finally {
      if (this.child.connected) this.child.disconnect();
    }
    const timer = setTimeout(() => this.child.kill('SIGKILL'), 10_000);
    await this.exit;
    clearTimeout(timer);
  }
}
