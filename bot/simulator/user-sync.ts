/**
 * The Teams connector's user sync as CloudLink's Teams integration runs it (contracts/tenant.md,
 * "connector"): who matches, and what "sync now" does — matching people become synced, synced
 * people who no longer match are removed, and nobody is added beyond the licences.
 */
import type { TenantPerson } from '../tenant/types';
import type { Directory } from './directory';

export interface SyncFailure {
  email: string;
  reason: string;
}

export interface LastSync {
  at: Date | null;
  status: 'succeeded' | 'failed' | null;
  failures: SyncFailure[];
}

export interface UserSyncState {
  licensesTotal: number;
  syncMode: 'automatic' | 'manual';
  manualMappings: Array<{ upn: string; email: string }>;
  lastSync: LastSync;
  /** Synced CloudLink e-mails, keyed in lower case, in the order they were synced. */
  synced: Map<string, string>;
}

export interface SyncRun {
  at: Date;
  status: 'succeeded' | 'failed';
  failures: SyncFailure[];
  added: string[];
  removed: string[];
}

export const REASON_NO_PHONE_LICENCE = 'No Teams Phone (or E5) licence in Microsoft 365';
export const REASON_NO_CONNECTOR_LICENCE = 'No Teams connector licence left';

const lower = (s: string): string => s.toLowerCase();

/**
 * People whose Teams user and CloudLink user match: automatic mode compares the Teams UPN with
 * the CloudLink e-mail ignoring case; manual mode follows the mappings.
 */
export function matchingPeople(directory: Directory, sync: UserSyncState): TenantPerson[] {
  const mappings = new Set(sync.manualMappings.map((m) => `${lower(m.upn)}\u0000${lower(m.email)}`));
  return directory.people.filter((p) => {
    if (!p.inTeams || !p.inCloudLink || p.email === undefined) return false;
    const upn = directory.teamsUserOf(p.id)?.userPrincipalName ?? p.upn ?? p.email;
    if (sync.syncMode === 'automatic') return lower(upn) === lower(p.email);
    return mappings.has(`${lower(upn)}\u0000${lower(p.email)}`);
  });
}

/** Runs a sync now and records it as the last sync. */
export function runSync(directory: Directory, sync: UserSyncState, at: Date): SyncRun {
  const matching = new Map<string, TenantPerson>();
  for (const p of matchingPeople(directory, sync)) {
    const key = lower(p.email!);
    if (!matching.has(key)) matching.set(key, p);
  }
  const removed: string[] = [];
  for (const [key, email] of sync.synced) {
    if (!matching.has(key)) {
      sync.synced.delete(key);
      removed.push(email);
    }
  }
  const added: string[] = [];
  const failures: SyncFailure[] = [];
  for (const [key, person] of matching) {
    if (sync.synced.has(key)) continue;
    const email = person.email!;
    if (!person.teamsPhoneLicense) {
      failures.push({ email, reason: REASON_NO_PHONE_LICENCE });
      continue;
    }
    if (sync.synced.size >= sync.licensesTotal) {
      failures.push({ email, reason: REASON_NO_CONNECTOR_LICENCE });
      continue;
    }
    sync.synced.set(key, email);
    added.push(email);
  }
  const status = failures.length === 0 ? 'succeeded' : 'failed';
  sync.lastSync = { at, status, failures };
  return { at, status, failures, added, removed };
}
