/**
 * Reads one page of a person's call log and the counts the card's header and filter buttons show,
 * with CloudLink doing the filtering, counting and paging. A turn costs a handful of requests
 * whatever the size of the history: one page request, and count requests of one record each
 * (only `total` is read from them).
 */
import type { CallFilter } from '../../language/intents';
import type { CallOptions } from '../../services/http/http-client';
import type { CallRecord, CallRecordPage, CallRecordQuery } from '../../services';

/** The part of the CloudLink client this needs. */
export interface CallRecordSource {
  listCallRecords(
    principalId: string,
    query: CallRecordQuery,
    options?: CallOptions,
  ): Promise<CallRecordPage>;
}

export interface CallLogQuery {
  filter: CallFilter;
  range?: { from: Date; to: Date };
  /**
   * The other party's numbers (E.164, or an extension); absent for everyone. Each is matched with
   * CloudLink's `contains` on the peer's number.
   */
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
  /** Calls matching the filter in all. */
  total: number;
  /** The offset actually shown (an offset past the end is brought back to the last page). */
  skip: number;
  /** How far paging can go (the total, or less when several queries must be merged; see MERGE_WINDOW). */
  reachable: number;
  counts: CallLogCounts;
}

/**
 * Several queries (a person's several numbers, or both directions with a number) are merged here
 * by reading the first skip+top records of each; CloudLink answers at most 1,000 per request.
 */
export const MERGE_WINDOW = 1000;

type Stream = Omit<CallRecordQuery, 'top' | 'skip'>;
type Kind = 'incoming' | 'outgoing' | 'missed';

const BASE: Record<Kind, Stream> = {
  incoming: { direction: 'inbound' },
  outgoing: { direction: 'outbound' },
  missed: { direction: 'inbound', answered: false },
};

/**
 * The queries whose union is the filter's calls. With numbers, each number is a query of its own
 * and carries a direction (CloudLink matches a number on the peer's side, which depends on it).
 * A record has one peer number, so the queries are disjoint and their totals add up.
 */
function streamsOf(filter: CallFilter, query: CallLogQuery): Stream[] {
  const range = query.range ? { from: query.range.from, to: query.range.to } : {};
  const kinds: Kind[] = filter === 'all' ? ['incoming', 'outgoing'] : [filter];
  if (query.numbers === undefined) {
    if (filter === 'all') return [{ ...range }];
    return kinds.map((k) => ({ ...BASE[k], ...range }));
  }
  return kinds.flatMap((k) => query.numbers!.map((n) => ({ ...BASE[k], ...range, numberContains: n })));
}

const keyOf = (s: Stream): string =>
  JSON.stringify([s.direction, s.answered, s.from?.getTime(), s.to?.getTime(), s.numberContains]);

/** One page of the filter's calls, newest first, and the counts of every filter for the same period and party. */
export async function readCallLog(
  source: CallRecordSource,
  principalId: string,
  query: CallLogQuery,
  options: CallOptions = {},
): Promise<CallLog> {
  const totals = new Map<string, number>();
  const count = async (stream: Stream): Promise<void> => {
    const key = keyOf(stream);
    if (totals.has(key)) return;
    totals.set(key, 0);
    const page = await source.listCallRecords(principalId, { ...stream, top: 1 }, options);
    totals.set(key, page.total);
  };

  const pageStreams = streamsOf(query.filter, query);
  // The page's own queries give their totals; the other filters' counts are asked for in parallel.
  for (const s of pageStreams) totals.set(keyOf(s), 0);
  const countStreams = (['incoming', 'missed', 'outgoing'] as const)
    .filter((k) => !(k === 'outgoing' && query.filter === 'all' && query.numbers === undefined))
    .flatMap((k) => streamsOf(k, query))
    .filter((s) => !totals.has(keyOf(s)));

  const [page] = await Promise.all([
    readPage(source, principalId, pageStreams, query, options, totals),
    ...countStreams.map(count),
  ]);

  const sum = (kind: Kind): number =>
    streamsOf(kind, query).reduce((total, s) => total + (totals.get(keyOf(s)) ?? 0), 0);
  const incoming = sum('incoming');
  // Without a number, "all" is one query: outgoing is what is not incoming.
  const outgoing =
    query.filter === 'all' && query.numbers === undefined
      ? Math.max(0, page.total - incoming)
      : sum('outgoing');
  return { ...page, counts: { incoming, outgoing, missed: sum('missed') } };
}

async function readPage(
  source: CallRecordSource,
  principalId: string,
  streams: Stream[],
  query: CallLogQuery,
  options: CallOptions,
  totals: Map<string, number>,
): Promise<Omit<CallLog, 'counts'>> {
  const fetchAt = async (skip: number): Promise<Omit<CallLog, 'counts'>> => {
    if (streams.length === 1) {
      const stream = streams[0]!;
      const page = await source.listCallRecords(principalId, { ...stream, skip, top: query.top }, options);
      totals.set(keyOf(stream), page.total);
      return { items: page.items, total: page.total, skip, reachable: page.total };
    }
    // Merged: the newest skip+top of each query hold the page (bounded by the merge window).
    const window = Math.min(skip + query.top, MERGE_WINDOW);
    const pages = await Promise.all(
      streams.map((s) => source.listCallRecords(principalId, { ...s, skip: 0, top: window }, options)),
    );
    let total = 0;
    pages.forEach((p, i) => {
      totals.set(keyOf(streams[i]!), p.total);
      total += p.total;
    });
    const merged = pages
      .flatMap((p) => p.items)
      .sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime() || (a.id < b.id ? -1 : 1));
    return {
      items: merged.slice(skip, Math.min(skip + query.top, window)),
      total,
      skip,
      reachable: Math.min(total, MERGE_WINDOW),
    };
  };

  let page = await fetchAt(query.skip);
  if (page.items.length === 0 && query.skip > 0 && page.reachable > 0) {
    // Past the end (the log changed, or the button was altered): show the last page instead.
    const last = Math.floor((page.reachable - 1) / query.top) * query.top;
    if (last < query.skip) page = await fetchAt(last);
  }
  const numbers = query.numbers;
  if (numbers !== undefined) page.items = page.items.filter((r) => isOneOf(r.peer.number, numbers));
  return page;
}

/**
 * `contains` is a substring match: an extension such as 2001 is also inside +33 1 20 01 …, and a
 * number inside a longer one. Such strays are left out of the page (the totals may count them;
 * for E.164 numbers this cannot happen in practice, for extensions it is rare).
 */
function isOneOf(number: string, numbers: readonly string[]): boolean {
  const digits = number.replace(/\D/g, '');
  return numbers.some((n) => n.replace(/\D/g, '') === digits);
}
