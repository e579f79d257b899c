/**
 * Problem reports ("report a problem"), kept in the store as one document, newest first: a short
 * readable reference, who filed it and when, a category, the details (masked), and the reporter's
 * recent turns (correlation ids and errors, never message contents). Admins read and resolve them.
 */
import { randomInt } from 'node:crypto';
import type { JsonStore } from '../../state/json-store';
import type { JournalEntry } from '../../state/turn-journal';

export const PROBLEM_CATEGORIES = [
  'calls',
  'presence',
  'callLog',
  'directory',
  'rooms',
  'sync',
  'signIn',
  'other',
] as const;

export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

export interface ProblemReport {
  /** "PR-7K3QXM". */
  id: string;
  /** ISO instant. */
  filedAt: string;
  reporter: {
    /** The channel's id of the user (their journal's key). */
    userId: string;
    name: string;
    /** Masked address. */
    address?: string;
  };
  category: ProblemCategory;
  /** What the user wrote, masked. */
  details: string;
  turns: JournalEntry[];
  status: 'open' | 'resolved';
  resolvedAt?: string;
  resolvedBy?: string;
}

export type NewReport = Omit<ProblemReport, 'id' | 'status'>;

interface ReportsDocument {
  reports: ProblemReport[];
}

const KEY = 'admin/problem-reports';
/** The most reports kept in all; the oldest resolved ones go first. */
export const MAX_REPORTS = 300;
// No 0/O, 1/I/L: easy to read aloud and to type.
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** A new reference: "PR-" and six letters or digits that cannot be confused. */
export function newReference(random: (max: number) => number = randomInt): string {
  let code = '';
  for (let i = 0; i < 6; i++) code += ALPHABET[random(ALPHABET.length)];
  return `PR-${code}`;
}

/** Whether a text looks like a reference (button data is not trusted). */
export function isReference(text: unknown): text is string {
  return typeof text === 'string' && /^PR-[2-9A-HJKMNP-Z]{6,8}$/.test(text);
}

/** Whether button data names one of the categories. */
export function isCategory(value: unknown): value is ProblemCategory {
  return typeof value === 'string' && (PROBLEM_CATEGORIES as readonly string[]).includes(value);
}

/** The most reports one person has kept; beyond it, their own oldest go first. */
export const MAX_REPORTS_PER_USER = 20;

/**
 * The reports kept once `filed` (newest first) is added: first the filer's own oldest beyond their
 * quota (resolved ones first), then, over the total, the oldest resolved reports, then the oldest
 * of whoever has the most. One person filing hundreds never evicts anyone else's report.
 */
function bounded(reports: ProblemReport[], filer: string): ProblemReport[] {
  const out = [...reports];
  const oldestOf = (userId: string, status?: ProblemReport['status']): number => {
    for (let i = out.length - 1; i >= 0; i--) {
      const r = out[i]!;
      if (r.reporter.userId === userId && (status === undefined || r.status === status)) return i;
    }
    return -1;
  };
  const countOf = (userId: string): number => out.filter((r) => r.reporter.userId === userId).length;
  while (countOf(filer) > MAX_REPORTS_PER_USER) {
    const resolved = oldestOf(filer, 'resolved');
    out.splice(resolved >= 0 ? resolved : oldestOf(filer), 1);
  }
  while (out.length > MAX_REPORTS) {
    const resolved = out.map((r) => r.status).lastIndexOf('resolved');
    if (resolved >= 0) {
      out.splice(resolved, 1);
      continue;
    }
    const counts = new Map<string, number>();
    for (const r of out) counts.set(r.reporter.userId, (counts.get(r.reporter.userId) ?? 0) + 1);
    const most = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    out.splice(oldestOf(most), 1);
  }
  return out;
}

/** Stores a report under a new reference and returns it. */
export async function fileReport(
  store: JsonStore,
  report: NewReport,
  reference = newReference(),
): Promise<ProblemReport> {
  let filed: ProblemReport | undefined;
  await store.update<ReportsDocument>(KEY, (current) => {
    const reports = current?.reports ?? [];
    const taken = new Set(reports.map((r) => r.id));
    // A reference already taken gets a letter more (deterministic, so the update can be retried).
    let id = reference;
    for (let i = 0; taken.has(id); i++) id = `${reference}${ALPHABET[i % ALPHABET.length]}`;
    filed = { ...report, id, status: 'open' };
    return { reports: bounded([filed, ...reports], report.reporter.userId) };
  });
  return filed!;
}

/** Every report, newest first. */
export async function listReports(store: JsonStore): Promise<ProblemReport[]> {
  return (await store.get<ReportsDocument>(KEY))?.reports ?? [];
}

/** One report by reference, or undefined. */
export async function getReport(store: JsonStore, id: string): Promise<ProblemReport | undefined> {
  return (await listReports(store)).find((r) => r.id === id);
}

/** Marks a report resolved (once: the first resolution is kept); undefined when there is none. */
export async function resolveReport(
  store: JsonStore,
  id: string,
  by: string,
  at: Date,
): Promise<ProblemReport | undefined> {
  let found: ProblemReport | undefined;
  await store.update<ReportsDocument>(KEY, (current) => {
    const reports = (current?.reports ?? []).map((r) => {
      if (r.id !== id) return r;
      found =
        r.status === 'resolved'
          ? r
          : { ...r, status: 'resolved', resolvedAt: at.toISOString(), resolvedBy: by };
      return found;
    });
    return { reports };
  });
  return found;
}
