import type { Verb } from '../verbs';
import { defineCard } from '../render';
import json from './status.json';

/** The progress of a call placed from a card: calling, connected, ended or failed. */
export interface CallStatusCardData {
  tone: 'info' | 'success' | 'warning' | 'error';
  title: string;
  message: string;
  facts: Array<{ title: string; value: string }>;
  hint: string;
  actions: Array<{ title: string; verb: Verb; data: Record<string, unknown> }>;
  /** While the call may still change: Teams refreshes the card for these users with this action. */
  refresh: { data: Record<string, unknown>; userIds: string[] } | null;
}

export const callStatusCard = defineCard<CallStatusCardData>('call.status', json, {
  tone: 'info',
  title: 'Calling Alice Martin (mobile) from your desk phone…',
  message: 'Your desk phone rings first: pick it up and the call goes through.',
  facts: [{ title: 'Number', value: '06 12 34 56 78' }],
  hint: '',
  actions: [{ title: 'Refresh', verb: 'call.status', data: { callId: 'c1' } }],
  refresh: { data: { callId: 'c1' }, userIds: ['29:alice'] },
});
