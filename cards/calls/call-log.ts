import type { PlaceCallData } from '../../bot/commands/call/place-call-data';
import type { CallsPageData } from '../../bot/commands/calls/view';
import { defineCard } from '../render';
import json from './call-log.json';

/** A button that shows another view of the log (filter, period, page). */
export interface CallsViewButton {
  title: string;
  /** The view shown now (highlighted). */
  current: boolean;
  data: CallsPageData;
}

export interface CallRowData {
  /** A direction glyph: incoming, outgoing, missed. */
  icon: string;
  /** Missed calls stand out (attention colour). */
  missed: boolean;
  /** The other party's name, else their number, else "Unknown number". */
  name: string;
  /** "Missed · 01 23 45 67 89" */
  detail: string;
  /** "today 14:05", "hier 09:12", "seg., 16 de nov. 10:00" */
  when: string;
  /** "4 min 05 s", or why there is none ("No answer"). */
  duration: string;
  canCallBack: boolean;
  callBackTitle: string;
  /** Only read when `canCallBack`. */
  callBack: PlaceCallData;
}

/** One page of the user's call log, with filter, period and paging buttons. */
export interface CallLogCardData {
  title: string;
  /** "3 missed calls today · 12 calls in all", '' for none. */
  summary: string;
  /** The summary is bold and in the attention colour (missed calls to see). */
  summaryStrong: boolean;
  filters: CallsViewButton[];
  periods: CallsViewButton[];
  rows: CallRowData[];
  /** Why there are no rows, '' when there are. */
  empty: string;
  /** "Calls 11–20 of 345", '' for none. */
  footer: string;
  /** Previous, Next, All my calls. */
  actions: Array<{ title: string; data: CallsPageData }>;
}

export const callLogCard = defineCard<CallLogCardData>('calls.log', json, {
  title: 'My calls',
  summary: '3 missed calls today · 12 calls in all',
  summaryStrong: true,
  filters: [
    { title: 'All (12)', current: true, data: { filter: 'all', period: 'today', page: 1 } },
    { title: 'Missed (3)', current: false, data: { filter: 'missed', period: 'today', page: 1 } },
  ],
  periods: [
    { title: 'Any time', current: false, data: { filter: 'all', page: 1 } },
    { title: 'Today', current: true, data: { filter: 'all', period: 'today', page: 1 } },
  ],
  rows: [
    {
      icon: '✗',
      missed: true,
      name: 'Alice Martin',
      detail: 'Missed · 01 23 45 67 89',
      when: 'today 14:05',
      duration: 'Not answered',
      canCallBack: true,
      callBackTitle: 'Call back',
      callBack: {
        number: '+33123456789',
        numberKind: 'work',
        personKey: 'cl:alice',
        name: 'Alice Martin',
        nonce: 'sample-nonce-1',
      },
    },
    {
      icon: '↗',
      missed: false,
      name: 'Unknown number',
      detail: 'Outgoing',
      when: 'yesterday 09:12',
      duration: '4 min 05 s',
      canCallBack: false,
      callBackTitle: 'Call back',
      callBack: { number: '', nonce: '' },
    },
  ],
  empty: '',
  footer: 'Calls 1–10 of 12',
  actions: [{ title: 'Next', data: { filter: 'all', period: 'today', page: 2 } }],
});
