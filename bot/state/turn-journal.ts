/**
 * Each user's recent turns, for problem reports: when, which activity, what was asked (the intent
 * or the card verb, never the text), how it ended, and the upstream failures with their correlation
 * ids. At most JOURNAL_LENGTH entries per user, newest first, in the store.
 *
 * The router records every message and verb turn (journalTurn); failureReply notes the failures
 * it explains (noteFailure), which the entry of the same turn then carries.
 */
import type { Logger } from '../log';
import { isUpstreamError } from '../services';
import type { JsonStore } from './json-store';

export const JOURNAL_LENGTH = 20;

export interface JournalFailure {
  /** 'cloudlink', 'cronofy', 'graph', or 'bot' for a failure of the bot itself. */
  system: string;
  operation?: string;
  /** The UpstreamError kind ('timeout', 'http'…), or 'unexpected'. */
  kind: string;
  status?: number;
  correlationId?: string;
}

export interface JournalEntry {
  /** ISO instant. */
  at: string;
  activityId: string;
  /** The card verb, for a button. */
  verb?: string;
  /** The intent understood, for typed text (never the text itself). */
  intent?: string;
  outcome: 'ok' | 'error';
  /** The first failure's kind when the outcome is an error. */
  errorKind?: string;
  failures: JournalFailure[];
}

interface JournalDocument {
  entries: JournalEntry[];
}

/** What the journal needs of a turn (any command turn has it). */
export interface JournalTurn {
  info: { userId: string; activityId: string };
  now: Date;
  log: Logger;
  services: { store: JsonStore };
}

interface TurnNotes {
  intent?: string;
  failures: JournalFailure[];
}

// Notes live with the turn object and vanish with it.
const notes = new WeakMap<object, TurnNotes>();

function notesOf(turn: object): TurnNotes {
  let n = notes.get(turn);
  if (n === undefined) {
    n = { failures: [] };
    notes.set(turn, n);
  }
  return n;
}

/** The store key of a user's journal. */
export function journalKey(userId: string): string {
  return `journal/${userId}`;
}

/** Notes the intent understood for this turn. */
export function noteIntent(turn: object, intent: string): void {
  notesOf(turn).intent = intent;
}

/** What a failure tells the journal: the system, the kind and the correlation id, nothing else. */
export function describeFailure(error: unknown): JournalFailure {
  if (isUpstreamError(error)) {
    return {
      system: error.system,
      operation: error.operation,
      kind: error.kind,
      ...(error.status !== undefined ? { status: error.status } : {}),
      ...(error.correlationId !== undefined ? { correlationId: error.correlationId } : {}),
    };
  }
  return { system: 'bot', kind: 'unexpected' };
}

/** Notes a failure met during this turn (kept with the turn's entry). */
export function noteFailure(turn: object, error: unknown): void {
  const n = notesOf(turn);
  // A turn that retries the same thing many times keeps a handful, not all.
  if (n.failures.length < 5) n.failures.push(describeFailure(error));
}

const pendingWrites = new Set<Promise<void>>();
/** The last journal write under way per user: a user's entries are written one after the other. */
const lastWrite = new Map<string, Promise<void>>();

/** Waits for the journal writes still under way, at most `maxMs` (for a graceful shutdown). */
export async function flushJournal(maxMs = 3000): Promise<void> {
  if (pendingWrites.size === 0) return;
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    Promise.allSettled([...pendingWrites]),
    new Promise((resolve) => (timer = setTimeout(resolve, maxMs))),
  ]);
  clearTimeout(timer);
}

/**
 * Runs a turn's handler and records the turn in the user's journal. A journal that cannot be
 * written is logged and does not fail the turn.
 */
export async function journalTurn<R>(
  turn: JournalTurn,
  what: { verb?: string },
  run: () => Promise<R>,
): Promise<R> {
  let thrown: { error: unknown } | undefined;
  let result: R | undefined;
  try {
    result = await run();
  } catch (error) {
    thrown = { error };
    noteFailure(turn, error);
  }
  const n = notesOf(turn);
  const entry: JournalEntry = {
    at: turn.now.toISOString(),
    activityId: turn.info.activityId.slice(0, 80),
    ...(what.verb !== undefined ? { verb: what.verb.slice(0, 60) } : {}),
    ...(n.intent !== undefined ? { intent: n.intent } : {}),
    outcome: n.failures.length > 0 ? 'error' : 'ok',
    ...(n.failures[0] !== undefined ? { errorKind: n.failures[0].kind } : {}),
    failures: [...n.failures],
  };
  // Written after the reply, in the background: a slow or absent storage never delays an answer.
  // One user's entries are chained, so that a burst of turns does not race for the same document.
  const userId = turn.info.userId;
  const previous = lastWrite.get(userId) ?? Promise.resolve();
  const write: Promise<void> = previous
    .then(() => appendEntry(turn.services.store, userId, entry))
    .catch((error: unknown) => {
      turn.log.warn('turn journal not written', {
        error: error instanceof Error ? error.message : String(error),
      });
    })
    .finally(() => {
      pendingWrites.delete(write);
      if (lastWrite.get(userId) === write) lastWrite.delete(userId);
    });
  pendingWrites.add(write);
  lastWrite.set(userId, write);
  if (thrown) throw thrown.error;
  return result as R;
}

/** Adds an entry to a user's journal, keeping the newest JOURNAL_LENGTH. */
export async function appendEntry(store: JsonStore, userId: string, entry: JournalEntry): Promise<void> {
  if (!userId) return;
  await store.update<JournalDocument>(journalKey(userId), (current) => ({
    entries: [entry, ...(current?.entries ?? [])].slice(0, JOURNAL_LENGTH),
  }));
}

/** A user's recent turns, newest first. */
export async function recentTurns(store: JsonStore, userId: string): Promise<JournalEntry[]> {
  if (!userId) return [];
  const doc = await store.get<JournalDocument>(journalKey(userId));
  return doc?.entries ?? [];
}
