/**
 * Reads one page of a person's call log and the counts the card's header and filter buttons show.
 * CloudLink filters call records by principal only and documents no order (vendor facts §1.8), so
 * the newest part of the history is read once a turn (a bounded number of requests, whatever its
 * size; see CloudLinkClient.readCallHistory) and filtered, counted, sorted and paged here.
 */
import type { CallFilter } from '../../language/intents';
import type { CallHistory, CallHistoryOptions, CallRecord } from '../../services';

/** The part of the CloudLink client this needs. */
export interface CallRecordSource {
  readCallHistory(principalId: string, options?: CallHistoryOptions): Promise<CallHistory>;
}

export interface CallLogQuery {
  filter: CallFilter;
  range?: { from: Date; to: Date };
  /** The other party's numbers (E.164, or an extension); absent for everyone. */
  numbers?: readonly string[];
  skip: number;
  top: number;
}

export interface CallLogCounts {
  incoming: number;
  outgoing: number;
  /** Incoming calls not answered (also counted in `incoming`). */
  missed: number;
}

export interface CallLog {
  items: CallRecord[];
  /** Calls matching the filter in all (among the records read). */
  total: number;
  /** The offset actually shown (an offset past the end is brought back to the last page). */
  skip: number;
  /** How far paging can go: the total. */
  reachable: number;
  counts: CallLogCounts;
  /**
   * When the history is longer than what was read, how many of its newest records were read
   * (the counts and the total are over those); absent when the whole history was read.
   */
  readOnly?: number;
}

/** Missed: an incoming call nobody answered. */
const MATCHES: Record<CallFilter, (r: CallRecord) => boolean> = {
  all: () => true,
  incoming: (r) => r.direction === 'inbound',
  outgoing: (r) => r.direction === 'outbound',
  missed: (r) => r.direction === 'inbound' && !r.answered,
};

/** One page of the filter's calls, newest first, and the counts of every filter for the same period and party. */
export async function readCallLog(
  source: CallRecordSource,
  principalId: string,
  query: CallLogQuery,
  options: CallHistoryOptions = {},
): Promise<CallLog> {
  const history = await source.readCallHistory(
    principalId,
    query.range ? { ...options, since: query.range.from } : options,
  );
  const range = query.range;
  const numbers = query.numbers;
  const shown = history.records.filter(
    (r) =>
      (range === undefined ||
        (r.startedAt.getTime() >= range.from.getTime() && r.startedAt.getTime() < range.to.getTime())) &&
      (numbers === undefined || isOneOf(r.peer.number, numbers)),
  );
  const counts: CallLogCounts = {
    incoming: shown.filter(MATCHES.incoming).length,
    outgoing: shown.filter(MATCHES.outgoing).length,
    missed: shown.filter(MATCHES.missed).length,
  };
  const matching = shown.filter(MATCHES[query.filter]);
  const total = matching.length;
  let skip = query.skip;
  if (skip > 0 && skip >= total && total > 0) {
    // Past the end (the log changed, or the button was altered): show the last page instead.
    skip = Math.floor((total - 1) / query.top) * query.top;
  }
  const log: CallLog = {
    items: matching.slice(skip, skip + query.top),
    total,
    skip,
    reachable: total,
    counts,
  };
  if (!history.complete) log.readOnly = history.records.length;
  return log;
}

/** The same number, whatever its separators: an extension matches only that extension. */
function isOneOf(number: string, numbers: readonly string[]): boolean {
  const digits = number.replace(/\D/g, '');
  if (!digits) return false;
  return numbers.some((n) => n.replace(/\D/g, '') === digits);
}
