import { defineCard } from '../render';
import json from './sync-mappings.json';
import type { CardAction, CardRow, CardStyle } from './parts';

/** The manual mappings the bot keeps, one page, with their export and the import box. */
export interface SyncMappingsCardData {
  title: string;
  /** "Page 1 of 3 · 24 mappings". */
  subtitle: string;
  banner: string;
  bannerStyle: CardStyle;
  /** Said when there is no mapping ('' otherwise). */
  empty: string;
  /** One row per mapping on this page, with its Remove button. */
  rows: CardRow[];
  csvHeading: string;
  /** The CSV export, one line per item (empty: not asked for). */
  csv: Array<{ text: string }>;
  importLabel: string;
  importPlaceholder: string;
  importHint: string;
  importTitle: string;
  importData: Record<string, unknown>;
  /** Export, previous, next, back to the status. */
  actions: CardAction[];
}

export const syncMappingsCard = defineCard<SyncMappingsCardData>('admin.syncMappings', json, {
  title: 'Manual mappings',
  subtitle: 'Page 1 of 1 · 1 mapping',
  banner: '',
  bannerStyle: 'good',
  empty: '',
  rows: [
    {
      id: 'mapping-1',
      title: 'João Conceição',
      line: 'joao.c@example.onmicrosoft.com ↔ joao@example.com',
      color: 'Default',
      facts: [],
      fix: '',
      actions: [
        {
          title: 'Remove',
          verb: 'admin.sync.unmap',
          data: { upn: 'joao.c@example.onmicrosoft.com', email: 'joao@example.com', nonce: 'n', page: 0 },
        },
      ],
    },
  ],
  csvHeading: 'CSV export',
  csv: [{ text: 'Teams UPN,Phone system e-mail' }],
  importLabel: 'Import mappings (CSV)',
  importPlaceholder: 'Teams UPN,Phone system e-mail',
  importHint: 'Paste the manual sync template.',
  importTitle: 'Import',
  importData: { nonce: 'n' },
  actions: [
    { title: 'Export as CSV', verb: 'admin.sync.export', data: { page: 0 } },
    { title: 'Back to the status', verb: 'admin.sync.refresh', data: {} },
  ],
});
