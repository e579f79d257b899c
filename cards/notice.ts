import type { Verb } from './verbs';
import { defineCard } from './render';
import json from './notice.json';

/** A short message card: errors, refusals, confirmations. */
export interface NoticeCardData {
  tone: 'info' | 'success' | 'warning' | 'error';
  title: string;
  message: string;
  facts: Array<{ title: string; value: string }>;
  hint: string;
  actions: Array<{ title: string; verb: Verb; data: Record<string, unknown> }>;
}

export const noticeCard = defineCard<NoticeCardData>('notice', json, {
  tone: 'error',
  title: 'The phone system did not answer',
  message: 'Try again in a minute.',
  facts: [{ title: 'Reference', value: 'abc123' }],
  hint: 'If it keeps failing, report a problem.',
  actions: [{ title: 'Help', verb: 'help.show', data: {} }],
});
