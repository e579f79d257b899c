/**
 * The call log card's data: title, the counts for the period shown, filter and period buttons,
 * the rows, an empty state that says what is empty, and paging.
 */
import type { CallLogCardData, CallRowData, CallsViewButton } from '../../../cards/calls/call-log';
import type { CallFilter, CallPeriod } from '../../language/intents';
import type { Translate } from '../../language/i18n';
import { intlTag, type Locale } from '../../language/locale';
import { formatNumber } from '../../language/format';
import { countKey } from '../../language/plural';
import type { CallLog, CallLogCounts } from './call-log-reader';
import type { Peer } from './peer';
import { buttonData, CALL_FILTERS, CALL_PERIODS, type CallsView } from './view';

export interface CallLogCardInput {
  t: Translate;
  locale: Locale;
  /** The view shown (its page is the one actually shown). */
  view: CallsView;
  peer?: Peer;
  log: CallLog;
  rows: CallRowData[];
  pageSize: number;
}

/** The card data for one page of the log. */
export function callLogCardData(input: CallLogCardInput): CallLogCardData {
  const { t, locale, view, peer, log, rows } = input;
  const n = (value: number): string => formatNumber(value, locale);
  const ref = peer?.ref;
  const total = log.counts.incoming + log.counts.outgoing;
  const historyEmpty = total === 0 && view.period === undefined && peer === undefined;

  const filters: CallsViewButton[] = historyEmpty
    ? []
    : CALL_FILTERS.map((filter) => ({
        // Only Missed carries its count: four counted buttons do not fit a Teams message's width
        // in Portuguese, and the summary line above gives the total.
        title:
          filter === 'missed'
            ? t('calls.filter.withCount', {
                label: t(`calls.filter.${filter}`),
                count: n(countOf(filter, log.counts)),
              })
            : t(`calls.filter.${filter}`),
        current: filter === view.filter,
        data: buttonData({ ...view, filter, page: 1 }, ref),
      }));
  const periods: CallsViewButton[] = historyEmpty
    ? []
    : [undefined, ...CALL_PERIODS].map((period) => ({
        title: t(period ? `calls.period.${period}` : 'calls.period.any'),
        current: period === view.period,
        data: buttonData(withPeriod(view, period), ref),
      }));

  const actions: CallLogCardData['actions'] = [];
  if (log.skip > 0 && rows.length > 0) {
    actions.push({ title: t('calls.previous'), data: buttonData({ ...view, page: view.page - 1 }, ref) });
  }
  if (log.skip + input.pageSize < log.reachable) {
    actions.push({ title: t('calls.next'), data: buttonData({ ...view, page: view.page + 1 }, ref) });
  }
  if (peer !== undefined || (rows.length === 0 && !historyEmpty)) {
    actions.push({ title: t('calls.showAll'), data: buttonData({ filter: 'all', page: 1 }) });
  }

  const footer =
    rows.length === 0
      ? ''
      : [
          t('calls.range', { from: n(log.skip + 1), to: n(log.skip + rows.length), total: n(log.total) }),
          log.readOnly !== undefined ? t('calls.newestOnly', { max: n(log.readOnly) }) : '',
        ]
          .filter(Boolean)
          .join(' ');

  return {
    title: peer ? t('calls.titleWith', { name: peer.label }) : t('calls.title'),
    summary: total === 0 ? '' : summary(t, locale, view.period, log.counts, log.readOnly !== undefined),
    summaryStrong: log.counts.missed > 0,
    filters,
    periods,
    rows,
    empty: rows.length > 0 ? '' : historyEmpty ? t('calls.empty.history') : emptyView(t, view, peer),
    footer,
    actions,
  };
}

function countOf(filter: CallFilter, counts: CallLogCounts): number {
  return filter === 'all' ? counts.incoming + counts.outgoing : counts[filter];
}

function withPeriod(view: CallsView, period: CallPeriod | undefined): CallsView {
  const next: CallsView = { filter: view.filter, page: 1 };
  if (period) next.period = period;
  if (view.peer) next.peer = view.peer;
  return next;
}

/**
 * "3 missed calls today · 12 calls in all"; "3 missed calls among your newest 1,000 calls" when
 * only the newest part of a long history was read.
 */
function summary(
  t: Translate,
  locale: Locale,
  period: CallPeriod | undefined,
  counts: CallLogCounts,
  newestOnly: boolean,
): string {
  const calls = plural(t, locale, 'calls', counts.incoming + counts.outgoing);
  const missed =
    counts.missed === 0 ? t('calls.count.missed.zero') : plural(t, locale, 'missed', counts.missed);
  const text = period
    ? t('calls.summary', { missed, calls, period: t(`calls.in.${period}`) })
    : newestOnly
      ? t('calls.summaryNewest', { missed, calls })
      : t('calls.summaryAnyTime', { missed, calls });
  return text.charAt(0).toLocaleUpperCase(intlTag(locale)) + text.slice(1);
}

function plural(t: Translate, locale: Locale, what: 'calls' | 'missed', count: number): string {
  return t(countKey(locale, `calls.count.${what}`, count), { count: formatNumber(count, locale) });
}

/** "No missed calls with Alice Martin today. Use the buttons above to see other calls." */
function emptyView(t: Translate, view: CallsView, peer: Peer | undefined): string {
  const parts = [
    t(`calls.none.${view.filter}`),
    peer ? t('calls.with', { name: peer.label }) : '',
    view.period ? t(`calls.in.${view.period}`) : '',
  ].filter(Boolean);
  return `${parts.join(' ')}. ${t('calls.emptyHint')}`;
}
