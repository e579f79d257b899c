import { defineCard } from '../render';
import json from './report-view.json';
import type { CardAction, CardColor, CardFact } from './parts';

/** One problem report as an admin reads it: who, when, what, the reporter's recent turns. */
export interface ReportViewCardData {
  title: string;
  status: string;
  statusColor: CardColor;
  facts: CardFact[];
  detailsLabel: string;
  details: string;
  turnsLabel: string;
  /** Said when the reporter had no recent turns ('' otherwise). */
  noTurns: string;
  turns: Array<{ text: string; color: CardColor }>;
  actions: CardAction[];
}

export const reportViewCard = defineCard<ReportViewCardData>('admin.reportView', json, {
  title: 'Problem report PR-7K3QXM',
  status: 'Open',
  statusColor: 'Warning',
  facts: [
    { title: 'Filed', value: 'today 09:12' },
    { title: 'By', value: 'Ana Souza (a***@example.com)' },
  ],
  detailsLabel: 'Details',
  details: 'The call did not go through.',
  turnsLabel: 'Recent requests',
  noTurns: '',
  turns: [{ text: '09:10 · call · failed: timeout (CloudLink, ref 3f2a9c)', color: 'Attention' }],
  actions: [
    { title: 'Mark resolved', verb: 'admin.report.resolve', data: { id: 'PR-7K3QXM' } },
    { title: 'Back to the status', verb: 'admin.sync.refresh', data: {} },
  ],
});
