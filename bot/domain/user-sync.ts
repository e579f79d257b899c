/**
 * The Teams ↔ phone-system user sync: who matches, the five figures an admin sees, and who will
 * not sync and why. Contract: /work/shared/contracts/tenant.md, "connector" (seeds 000/001: the
 * Teams Connector figures; 002 and 004 FAQ 9, 10, 20: addresses and CloudLink roles).
 *
 * Matching (`matched` below): a phone-system (CloudLink) user and a Teams user form a pair when,
 * in automatic mode, the Teams UPN or mail equals the CloudLink e-mail (case-insensitive), or, in
 * manual mode, a mapping { upn, email } names them both; in combined mode (the bot's identity map,
 * as bot/people/join.ts joins people) a mapping decides for the addresses it names and the e-mail
 * rule for the others. An address shared by several users on a
 * side (or mapped twice) is ambiguous: it matches nobody and is reported as `duplicateAddress`.
 *
 * The five figures, exactly as the contract states them (synced = the connector's synced
 * addresses, compared case-insensitively):
 * - new matching addresses to sync = matched addresses not in synced;
 * - missing addresses to remove    = synced addresses no longer matched;
 * - total users after the sync     = (synced − missing) + new  (which equals the matched count);
 * - licences total                 = connector.licensesTotal (null: not known);
 * - licences available             = connector.licensesAvailable when given (Teams Phone seats
 *   free in Microsoft 365: the new people without a licence need one each), else
 *   licensesTotal − synced count (each new address needs one); `licencesShort` says when it
 *   falls short.
 * Licences and CloudLink roles do not change the figures; they are reported per person.
 *
 * Everything is done with maps: linear in the number of users on both sides.
 */
import type { CloudLinkRole, PbxType } from '../tenant/types';
import { foldText } from './name-text';

export interface PhoneSystemUser {
  id: string;
  name: string;
  email?: string | null;
  role: CloudLinkRole | null;
  extension?: string;
  /** Whether the gateway monitors the line (its endpoint's state); absent: unknown, the role decides. */
  monitored?: boolean;
}

export interface TeamsUser {
  id: string;
  name: string;
  upn: string;
  mail?: string | null;
  hasTeamsPhoneLicense: boolean;
}

export interface ConnectorState {
  licensesTotal: number | null;
  /** Free licence seats, when read from the licences themselves (else total − synced). */
  licensesAvailable?: number | null;
  syncMode: 'automatic' | 'manual' | 'combined';
  manualMappings: Array<{ upn: string; email: string }>;
  /** CloudLink addresses the connector has already synced. */
  synced: string[];
}

export interface UserSyncInput {
  phoneSystemUsers: readonly PhoneSystemUser[];
  teamsUsers: readonly TeamsUser[];
  connector: ConnectorState;
  pbxType: PbxType;
}

export interface UserSyncFigures {
  newToSync: number;
  missingToRemove: number;
  totalAfterSync: number;
  licensesTotal: number | null;
  licensesAvailable: number | null;
  /** Licences available fall short of the new addresses to sync. */
  licensesShort: boolean;
  /** How many licences are missing for the new addresses (0 when enough). */
  licensesShortBy: number;
}

export type NotSyncingReason =
  /** The CloudLink e-mail differs from the UPN and mail of the likely Teams account (automatic mode). */
  | 'emailMismatch'
  /** Manual mode: no mapping names this person; the likely Teams account is given when found. */
  | 'notMapped'
  /** No CloudLink role, or not the one the PBX needs: the gateway does not monitor the person. */
  | 'noCloudLinkRole'
  /** The Teams account holds no Teams Phone (or E5) licence. */
  | 'noTeamsPhoneLicense'
  /** In Teams only. */
  | 'teamsOnly'
  /** In the phone system only. */
  | 'cloudLinkOnly'
  /** The address belongs to several users (or is mapped twice), so it matches nobody. */
  | 'duplicateAddress';

export interface NotSyncing {
  reason: NotSyncingReason;
  name: string;
  cloudLinkId?: string;
  teamsId?: string;
  /** The CloudLink e-mail. */
  email?: string | null;
  upn?: string;
  mail?: string | null;
  /** For noCloudLinkRole: the person's role and the role the PBX needs ('any' = either role). */
  role?: CloudLinkRole | null;
  requiredRole?: CloudLinkRole | 'any';
  /** For duplicateAddress: the shared address. */
  address?: string;
  /** Whether the person counts among the matched addresses of the figures. */
  matched: boolean;
  /** Whether the person's address is already synced. */
  synced: boolean;
}

export interface SyncPair {
  cloudLink: PhoneSystemUser;
  teams: TeamsUser;
  /** The CloudLink address, lower case: the key of the figures. */
  address: string;
  synced: boolean;
}

export interface UserSyncReport {
  figures: UserSyncFigures;
  matched: SyncPair[];
  /** The new matching addresses to sync (lower case, sorted). */
  toSync: string[];
  /** The missing addresses to remove (lower case, sorted). */
  toRemove: string[];
  /** Who will not sync (or not work once synced), by reason then name. */
  notSyncing: NotSyncing[];
  countsByReason: Record<NotSyncingReason, number>;
  /** How many of the new addresses need a licence. */
  licensesNeeded: number;
}

const REASON_ORDER: NotSyncingReason[] = [
  'duplicateAddress',
  'emailMismatch',
  'notMapped',
  'noCloudLinkRole',
  'noTeamsPhoneLicense',
  'cloudLinkOnly',
  'teamsOnly',
];

/** The CloudLink role a PBX needs for presence and call log ('any' when either role does). */
export function requiredCloudLinkRole(pbxType: PbxType): CloudLinkRole | 'any' {
  if (pbxType === 'MiVoice 5000') return 'CTI';
  if (pbxType === 'MiVoice MX-ONE') return 'User';
  return 'any';
}

/** Whether a role lets the gateway monitor a person on this PBX. */
export function roleIsEnough(role: CloudLinkRole | null, pbxType: PbxType): boolean {
  const required = requiredCloudLinkRole(pbxType);
  return role !== null && (required === 'any' || role === required);
}

function key(address: string | null | undefined): string | undefined {
  const k = address?.trim().toLowerCase();
  return k ? k : undefined;
}

function localPart(address: string): string {
  return address.split('@')[0] ?? address;
}

function add<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [v]);
  else if (!list.includes(v)) list.push(v);
}

/** Matches users, computes the five figures and lists who will not sync, with the values involved. */
export function computeUserSync(input: UserSyncInput): UserSyncReport {
  const { phoneSystemUsers, teamsUsers, connector, pbxType } = input;
  const synced = new Set(connector.synced.map((a) => key(a)).filter((a): a is string => a !== undefined));
  const issues: NotSyncing[] = [];
  const flagged = new Set<PhoneSystemUser | TeamsUser>();

  const duplicate = (address: string, cloud: PhoneSystemUser[], teams: TeamsUser[]): void => {
    for (const c of cloud) {
      if (flagged.has(c)) continue;
      flagged.add(c);
      issues.push({
        reason: 'duplicateAddress',
        name: c.name,
        cloudLinkId: c.id,
        email: c.email ?? null,
        address,
        matched: false,
        synced: synced.has(address),
      });
    }
    for (const t of teams) {
      if (flagged.has(t)) continue;
      flagged.add(t);
      issues.push({
        reason: 'duplicateAddress',
        name: t.name,
        teamsId: t.id,
        upn: t.upn,
        mail: t.mail ?? null,
        address,
        matched: false,
        synced: synced.has(address),
      });
    }
  };

  // CloudLink users by address; an address held twice is ambiguous.
  const cloudByAddress = new Map<string, PhoneSystemUser[]>();
  for (const c of phoneSystemUsers) {
    const k = key(c.email);
    if (k !== undefined) add(cloudByAddress, k, c);
  }
  // Teams users by UPN and by mail.
  const teamsByAddress = new Map<string, TeamsUser[]>();
  const teamsByUpn = new Map<string, TeamsUser[]>();
  for (const t of teamsUsers) {
    const upn = key(t.upn);
    const mail = key(t.mail);
    if (upn !== undefined) {
      add(teamsByAddress, upn, t);
      add(teamsByUpn, upn, t);
    }
    if (mail !== undefined) add(teamsByAddress, mail, t);
  }

  const candidatePairs: Array<{ cloud: PhoneSystemUser; teams: TeamsUser; address: string }> = [];
  if (connector.syncMode === 'automatic') {
    for (const [address, cloud] of cloudByAddress) {
      const teams = teamsByAddress.get(address) ?? [];
      if (cloud.length > 1 || teams.length > 1) duplicate(address, cloud, teams);
      else if (cloud.length === 1 && teams.length === 1)
        candidatePairs.push({ cloud: cloud[0]!, teams: teams[0]!, address });
    }
  } else {
    const upnsByEmail = new Map<string, string[]>();
    const emailsByUpn = new Map<string, string[]>();
    for (const m of connector.manualMappings) {
      const email = key(m.email);
      const upn = key(m.upn);
      if (email === undefined || upn === undefined) continue;
      add(upnsByEmail, email, upn);
      add(emailsByUpn, upn, email);
    }
    // Teams users a mapping names: the e-mail rule (combined mode) leaves them to their mapping.
    const mappedTeams = new Set<TeamsUser>();
    for (const upn of emailsByUpn.keys())
      for (const t of teamsByUpn.get(upn) ?? teamsByAddress.get(upn) ?? []) mappedTeams.add(t);
    for (const [address, cloud] of cloudByAddress) {
      const upns = upnsByEmail.get(address);
      if (upns === undefined) {
        if (connector.syncMode === 'combined') {
          const teams = (teamsByAddress.get(address) ?? []).filter((t) => !mappedTeams.has(t));
          if (cloud.length > 1 || teams.length > 1) duplicate(address, cloud, teams);
          else if (cloud.length === 1 && teams.length === 1)
            candidatePairs.push({ cloud: cloud[0]!, teams: teams[0]!, address });
        } else if (cloud.length > 1) duplicate(address, cloud, []);
        continue;
      }
      const teams = upns.flatMap((u) => teamsByUpn.get(u) ?? teamsByAddress.get(u) ?? []);
      const mappedTwice = upns.length > 1 || upns.some((u) => (emailsByUpn.get(u)?.length ?? 0) > 1);
      if (cloud.length > 1 || mappedTwice || new Set(teams).size > 1)
        duplicate(address, cloud, [...new Set(teams)]);
      else if (cloud.length === 1 && teams.length === 1)
        candidatePairs.push({ cloud: cloud[0]!, teams: teams[0]!, address });
    }
  }

  // A Teams user reached from two CloudLink addresses (its UPN and its mail) is ambiguous too.
  const pairsByTeams = new Map<TeamsUser, typeof candidatePairs>();
  for (const p of candidatePairs) add(pairsByTeams, p.teams, p);
  const matched: SyncPair[] = [];
  for (const p of candidatePairs) {
    const shared = pairsByTeams.get(p.teams) ?? [];
    if (shared.length > 1) {
      duplicate(
        key(p.teams.upn) ?? p.address,
        shared.map((s) => s.cloud),
        [p.teams],
      );
      continue;
    }
    if (flagged.has(p.cloud) || flagged.has(p.teams)) continue;
    matched.push({ cloudLink: p.cloud, teams: p.teams, address: p.address, synced: synced.has(p.address) });
  }

  const pairedCloud = new Set(matched.map((m) => m.cloudLink));
  const pairedTeams = new Set(matched.map((m) => m.teams));

  // Matched people the sync will not make work: role and licence.
  const required = requiredCloudLinkRole(pbxType);
  for (const m of matched) {
    const base = {
      name: m.cloudLink.name,
      cloudLinkId: m.cloudLink.id,
      teamsId: m.teams.id,
      email: m.cloudLink.email ?? null,
      upn: m.teams.upn,
      mail: m.teams.mail ?? null,
      matched: true,
      synced: m.synced,
    };
    const monitored = m.cloudLink.monitored ?? roleIsEnough(m.cloudLink.role, pbxType);
    if (!monitored) {
      issues.push({ ...base, reason: 'noCloudLinkRole', role: m.cloudLink.role, requiredRole: required });
    }
    if (!m.teams.hasTeamsPhoneLicense) issues.push({ ...base, reason: 'noTeamsPhoneLicense' });
  }

  // The rest: find each unmatched CloudLink user's likely Teams account, else say who is on one side only.
  const freeCloud = phoneSystemUsers.filter((c) => !pairedCloud.has(c) && !flagged.has(c));
  const freeTeams = teamsUsers.filter((t) => !pairedTeams.has(t) && !flagged.has(t));
  const likely = likelyPairs(freeCloud, freeTeams, connector.syncMode === 'manual');
  const reasonForPair: NotSyncingReason = connector.syncMode === 'manual' ? 'notMapped' : 'emailMismatch';
  for (const c of freeCloud) {
    const t = likely.get(c);
    const address = key(c.email);
    const isSynced = address !== undefined && synced.has(address);
    if (t !== undefined) {
      issues.push({
        reason: reasonForPair,
        name: c.name,
        cloudLinkId: c.id,
        teamsId: t.id,
        email: c.email ?? null,
        upn: t.upn,
        mail: t.mail ?? null,
        matched: false,
        synced: isSynced,
      });
    } else if (connector.syncMode === 'manual' && address !== undefined && teamsByAddress.has(address)) {
      // Mapped to an account that does not exist, while the same address exists in Teams.
      issues.push({
        reason: 'notMapped',
        name: c.name,
        cloudLinkId: c.id,
        email: c.email ?? null,
        matched: false,
        synced: isSynced,
      });
    } else {
      issues.push({
        reason: 'cloudLinkOnly',
        name: c.name,
        cloudLinkId: c.id,
        email: c.email ?? null,
        matched: false,
        synced: isSynced,
      });
    }
  }
  const likelyTeams = new Set(likely.values());
  for (const t of freeTeams) {
    if (likelyTeams.has(t)) continue;
    const isSynced = [key(t.upn), key(t.mail)].some((a) => a !== undefined && synced.has(a));
    issues.push({
      reason: 'teamsOnly',
      name: t.name,
      teamsId: t.id,
      upn: t.upn,
      mail: t.mail ?? null,
      matched: false,
      synced: isSynced,
    });
  }

  const matchedAddresses = new Set(matched.map((m) => m.address));
  const toSync = [...matchedAddresses].filter((a) => !synced.has(a)).sort();
  const toRemove = [...synced].filter((a) => !matchedAddresses.has(a)).sort();
  const newToSync = toSync.length;
  const missingToRemove = toRemove.length;
  const seatsGiven = connector.licensesAvailable !== undefined;
  const licensesAvailable = seatsGiven
    ? (connector.licensesAvailable ?? null)
    : connector.licensesTotal === null
      ? null
      : connector.licensesTotal - synced.size;
  const toSyncSet = new Set(toSync);
  const needed = seatsGiven
    ? matched.filter((m) => toSyncSet.has(m.address) && !m.teams.hasTeamsPhoneLicense).length
    : newToSync;
  const shortBy = licensesAvailable === null ? 0 : Math.max(0, needed - licensesAvailable);
  const figures: UserSyncFigures = {
    newToSync,
    missingToRemove,
    totalAfterSync: synced.size - missingToRemove + newToSync,
    licensesTotal: connector.licensesTotal,
    licensesAvailable,
    licensesShort: shortBy > 0,
    licensesShortBy: shortBy,
  };

  const rank = (r: NotSyncingReason): number => REASON_ORDER.indexOf(r);
  issues.sort(
    (a, b) =>
      rank(a.reason) - rank(b.reason) ||
      compare(foldText(a.name), foldText(b.name)) ||
      compare(a.cloudLinkId ?? a.teamsId ?? '', b.cloudLinkId ?? b.teamsId ?? ''),
  );
  const countsByReason = Object.fromEntries(REASON_ORDER.map((r) => [r, 0])) as Record<
    NotSyncingReason,
    number
  >;
  for (const i of issues) countsByReason[i.reason] += 1;
  matched.sort((a, b) => compare(a.address, b.address));

  return { figures, matched, toSync, toRemove, notSyncing: issues, countsByReason, licensesNeeded: needed };
}

/**
 * Pairs unmatched CloudLink users with their likely Teams account: the same address (manual mode,
 * where only mappings match), else the same name, else the same address local part; only when
 * the pairing is unambiguous on both sides.
 */
function likelyPairs(
  cloud: PhoneSystemUser[],
  teams: TeamsUser[],
  sameAddress: boolean,
): Map<PhoneSystemUser, TeamsUser> {
  const out = new Map<PhoneSystemUser, TeamsUser>();
  const used = new Set<TeamsUser>();
  const strategies: Array<{
    cloudKeys: (c: PhoneSystemUser) => string[];
    teamsKeys: (t: TeamsUser) => string[];
  }> = [];
  if (sameAddress) {
    strategies.push({
      cloudKeys: (c) => [key(c.email)].filter((k): k is string => k !== undefined),
      teamsKeys: (t) => [key(t.upn), key(t.mail)].filter((k): k is string => k !== undefined),
    });
  }
  strategies.push({
    cloudKeys: (c) => [nameKey(c.name)],
    teamsKeys: (t) => [nameKey(t.name)],
  });
  strategies.push({
    cloudKeys: (c) => [key(c.email)].filter((k): k is string => k !== undefined).map(localPart),
    teamsKeys: (t) => [key(t.upn), key(t.mail)].filter((k): k is string => k !== undefined).map(localPart),
  });

  for (const { cloudKeys, teamsKeys } of strategies) {
    const cloudBy = new Map<string, PhoneSystemUser[]>();
    for (const c of cloud) if (!out.has(c)) for (const k of cloudKeys(c)) if (k) add(cloudBy, k, c);
    const teamsBy = new Map<string, TeamsUser[]>();
    for (const t of teams) if (!used.has(t)) for (const k of teamsKeys(t)) if (k) add(teamsBy, k, t);
    for (const c of cloud) {
      if (out.has(c)) continue;
      for (const k of cloudKeys(c)) {
        const cs = cloudBy.get(k);
        const ts = teamsBy.get(k);
        if (cs?.length === 1 && ts?.length === 1 && !used.has(ts[0]!)) {
          out.set(c, ts[0]!);
          used.add(ts[0]!);
          break;
        }
      }
    }
  }
  return out;
}

function nameKey(name: string): string {
  return foldText(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .sort()
    .join(' ');
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
