/**
 * Free time of rooms, as Cronofy's availability answers it: a room is free when no event of its
 * calendar overlaps; a participant group is satisfied when at least `required` of its members
 * are free. Periods are maximal spans with the same free members; slots are windows of the
 * required duration starting every `intervalMs` from the start of each query period.
 */

export interface Interval {
  start: number;
  end: number;
}

export interface AvailabilityGroup {
  members: string[];
  /** How many members must be free ('all' = every member). */
  required: number | 'all';
}

export interface AvailableSpan extends Interval {
  participants: string[];
}

/** Busy intervals of one member within [from, to). */
export type BusyLookup = (member: string, from: number, to: number) => Interval[];

/** The most spans one answer lists (Cronofy caps its answers too). */
export const MAX_SPANS = 512;

/** Available periods: spans at least `durationMs` long where every group is satisfied. */
export function availablePeriods(
  groups: readonly AvailabilityGroup[],
  periods: readonly Interval[],
  durationMs: number,
  busy: BusyLookup,
): AvailableSpan[] {
  const out: AvailableSpan[] = [];
  for (const period of periods) {
    const members = memberBusy(groups, period, busy);
    const cuts = new Set<number>([period.start, period.end]);
    for (const intervals of members.values()) {
      for (const i of intervals) {
        if (i.start > period.start && i.start < period.end) cuts.add(i.start);
        if (i.end > period.start && i.end < period.end) cuts.add(i.end);
      }
    }
    const points = [...cuts].sort((a, b) => a - b);
    let open: AvailableSpan | undefined;
    const close = (): void => {
      if (open && open.end - open.start >= durationMs && out.length < MAX_SPANS) out.push(open);
      open = undefined;
    };
    for (let k = 0; k + 1 < points.length; k++) {
      const span = { start: points[k]!, end: points[k + 1]! };
      const free = freeMembers(members, span);
      if (!satisfied(groups, free)) {
        close();
        continue;
      }
      const participants = [...free];
      if (open && open.end === span.start && sameMembers(open.participants, participants)) {
        open.end = span.end;
      } else {
        close();
        open = { ...span, participants };
      }
    }
    close();
  }
  return out;
}

/** Available slots of `durationMs`, one per start time, listing the free members. */
export function availableSlots(
  groups: readonly AvailabilityGroup[],
  periods: readonly Interval[],
  durationMs: number,
  intervalMs: number,
  busy: BusyLookup,
): AvailableSpan[] {
  const out: AvailableSpan[] = [];
  for (const period of periods) {
    const members = memberBusy(groups, period, busy);
    for (let start = period.start; start + durationMs <= period.end; start += intervalMs) {
      const span = { start, end: start + durationMs };
      const free = freeMembers(members, span);
      if (!satisfied(groups, free)) continue;
      out.push({ ...span, participants: [...free] });
      if (out.length >= MAX_SPANS) return out;
    }
  }
  return out;
}

function memberBusy(
  groups: readonly AvailabilityGroup[],
  period: Interval,
  busy: BusyLookup,
): Map<string, Interval[]> {
  const members = new Map<string, Interval[]>();
  for (const group of groups) {
    for (const member of group.members) {
      if (!members.has(member)) members.set(member, merge(busy(member, period.start, period.end)));
    }
  }
  return members;
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a.start - b.start);
  const out: Interval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.start <= last.end) last.end = Math.max(last.end, i.end);
    else out.push({ start: i.start, end: i.end });
  }
  return out;
}

function freeMembers(members: Map<string, Interval[]>, span: Interval): Set<string> {
  const free = new Set<string>();
  for (const [member, intervals] of members) if (!overlaps(intervals, span)) free.add(member);
  return free;
}

// Intervals are merged and sorted: find the first that ends after the span starts.
function overlaps(intervals: Interval[], span: Interval): boolean {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (intervals[mid]!.end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const candidate = intervals[lo];
  return candidate !== undefined && candidate.start < span.end;
}

function satisfied(groups: readonly AvailabilityGroup[], free: Set<string>): boolean {
  return groups.every((g) => {
    const needed = g.required === 'all' ? g.members.length : g.required;
    let count = 0;
    for (const m of g.members) if (free.has(m)) count++;
    return count >= needed;
  });
}

function sameMembers(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}
