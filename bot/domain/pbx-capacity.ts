/**
 * PBX capacity, from the seed "Solution Mitel MS Teams" (002) and its table: users a PBX can
 * take on CloudLink, its busy-hour call capacity (BHCC), and at most 1000 users with a CloudLink
 * role on MiVoice 5000 and MX-ONE.
 */
import type { PbxType } from '../tenant/types';

export interface PbxLimits {
  maxUsers: number;
  bhcc: number;
  /** Users a CloudLink role may be given to; null when the PBX sets no such limit. */
  maxUsersWithRole: number | null;
}

export const PBX_LIMITS: Readonly<Record<PbxType, PbxLimits>> = {
  'MiVoice Office 400': { maxUsers: 800, bhcc: 4200, maxUsersWithRole: null },
  'MiVoice 5000': { maxUsers: 5000, bhcc: 16000, maxUsersWithRole: 1000 },
  'MiVoice MX-ONE': { maxUsers: 5000, bhcc: 15000, maxUsersWithRole: 1000 },
  'MiVoice Business': { maxUsers: 2500, bhcc: 12000, maxUsersWithRole: null },
};

/** ok up to 80 %, warning above 80 %, error above 100 %. */
export type CapacityLevel = 'ok' | 'warning' | 'error';

export const WARNING_RATIO = 0.8;

export interface CapacityUsage {
  count: number;
  max: number;
  /** count / max (1 = full). */
  ratio: number;
  level: CapacityLevel;
}

export interface PbxCapacity {
  pbxType: PbxType;
  limits: PbxLimits;
  users: CapacityUsage;
  /** Null when the PBX sets no limit on CloudLink roles. */
  usersWithRole: CapacityUsage | null;
  /** Null when no busy-hour call count was given. */
  busyHourCalls: CapacityUsage | null;
  /** The worst level of the three. */
  level: CapacityLevel;
}

/** The level of a usage ratio: warning above 80 %, error above 100 %. */
export function capacityLevel(ratio: number): CapacityLevel {
  if (ratio > 1) return 'error';
  if (ratio > WARNING_RATIO) return 'warning';
  return 'ok';
}

function usage(count: number, max: number): CapacityUsage {
  const ratio = max > 0 ? count / max : count > 0 ? Number.POSITIVE_INFINITY : 0;
  return { count, max, ratio, level: capacityLevel(ratio) };
}

const LEVEL_RANK: Record<CapacityLevel, number> = { ok: 0, warning: 1, error: 2 };

/**
 * How full the PBX is: users against its maximum, users with a CloudLink role against the 1000
 * allowed on MiVoice 5000 and MX-ONE, and optionally the busiest hour's calls against its BHCC.
 */
export function pbxCapacity(
  pbxType: PbxType,
  usersWithRole: number,
  totalUsers: number,
  busyHourCalls?: number,
): PbxCapacity {
  const limits = PBX_LIMITS[pbxType];
  const users = usage(totalUsers, limits.maxUsers);
  const roles = limits.maxUsersWithRole === null ? null : usage(usersWithRole, limits.maxUsersWithRole);
  const calls = busyHourCalls === undefined ? null : usage(busyHourCalls, limits.bhcc);
  const levels = [users, roles, calls].filter((u): u is CapacityUsage => u !== null).map((u) => u.level);
  const level = levels.reduce<CapacityLevel>(
    (worst, l) => (LEVEL_RANK[l] > LEVEL_RANK[worst] ? l : worst),
    'ok',
  );
  return { pbxType, limits, users, usersWithRole: roles, busyHourCalls: calls, level };
}

/** The most calls that started within one clock hour (UTC hours), for comparing with the BHCC. */
export function busiestHourCallCount(starts: readonly Date[]): number {
  const perHour = new Map<number, number>();
  let best = 0;
  for (const start of starts) {
    const hour = Math.floor(start.getTime() / 3_600_000);
    const n = (perHour.get(hour) ?? 0) + 1;
    perHour.set(hour, n);
    if (n > best) best = n;
  }
  return best;
}
