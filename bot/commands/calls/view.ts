/**
 * What part of the call log a card shows: a filter, a period, maybe one other party, and a page.
 * Typed requests and card buttons both end up here; button data is read defensively (it comes
 * back from the client and may have been altered) and never says whose calls are shown.
 */
import type { CallFilter, CallPeriod, IntentOf } from '../../language/intents';

export const CALL_FILTERS: readonly CallFilter[] = ['all', 'missed', 'incoming', 'outgoing'];
export const CALL_PERIODS: readonly CallPeriod[] = ['today', 'yesterday', 'week'];

/** Calls per page. */
export const PAGE_SIZE = 10;
/** Far enough for any real use; keeps a crafted page number from asking for absurd offsets. */
export const MAX_PAGE = 100_000;

/** The other party the log is narrowed to. */
export type PeerRef =
  /** As typed ("Alice", "2001", "+33 1 23 45 67 89"): resolved through the directory. */
  | { kind: 'text'; text: string }
  /** A person of the directory (Person.key), from a button. */
  | { kind: 'person'; key: string }
  /** A number nobody in the directory has (E.164), from a button. */
  | { kind: 'number'; number: string };

export interface CallsView {
  filter: CallFilter;
  period?: CallPeriod;
  peer?: PeerRef;
  /** 1-based. */
  page: number;
}

/** The data of a `calls.page` button. */
export interface CallsPageData {
  filter: CallFilter;
  period?: CallPeriod;
  peerKey?: string;
  peerNumber?: string;
  page: number;
}

/** The view a typed request asks for (first page). */
export function viewFromIntent(intent: IntentOf<'myCalls'>): CallsView {
  const view: CallsView = { filter: intent.filter, page: 1 };
  if (intent.period) view.period = intent.period;
  const peer = intent.peer?.trim();
  if (peer) view.peer = { kind: 'text', text: peer };
  return view;
}

/** The view a button asks for; anything unexpected falls back to the defaults (all calls, page 1). */
export function viewFromButton(data: Record<string, unknown>): CallsView {
  const filter = oneOf(data.filter, CALL_FILTERS) ?? 'all';
  const view: CallsView = { filter, page: pageOf(data.page) };
  const period = oneOf(data.period, CALL_PERIODS);
  if (period) view.period = period;
  const key = boundedString(data.peerKey, 200);
  const number = boundedString(data.peerNumber, 20);
  if (key) view.peer = { kind: 'person', key };
  else if (number && /^\+?\d{2,15}$/.test(number)) view.peer = { kind: 'number', number };
  return view;
}

/** The button data that shows `view` (only references that can be re-checked: keys and numbers). */
export function buttonData(view: CallsView, resolvedPeer?: { key?: string; number?: string }): CallsPageData {
  const data: CallsPageData = { filter: view.filter, page: view.page };
  if (view.period) data.period = view.period;
  if (resolvedPeer?.key) data.peerKey = resolvedPeer.key;
  else if (resolvedPeer?.number) data.peerNumber = resolvedPeer.number;
  return data;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[]): T | undefined {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : undefined;
}

function pageOf(value: unknown): number {
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) return 1;
  return Math.min(n, MAX_PAGE);
}

function boundedString(value: unknown, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  return text.length > 0 && text.length <= max ? text : undefined;
}
