import { defineCard } from '../render';
import json from './sync-status.json';
import type { CardAction, CardFact, CardRow, CardStyle, CheckLine } from './parts';

export interface SyncStatusSection {
  /** The container's id is `section-<id>`. */
  id: string;
  heading: string;
  intro: string;
  facts: CardFact[];
  checks: CheckLine[];
  rows: CardRow[];
  /** A "see all" button, or none. */
  more: CardAction[];
}

/** "Sync status": the summary, then user sync, presence integration, gateway and PBX, reports. */
export interface SyncStatusCardData {
  title: string;
  subtitle: string;
  summary: string;
  summaryStyle: CardStyle;
  /** What the last click did ('' for none). */
  banner: string;
  bannerStyle: CardStyle;
  sections: SyncStatusSection[];
  actions: CardAction[];
}

export const syncStatusCard = defineCard<SyncStatusCardData>('admin.syncStatus', json, {
  title: 'Sync status',
  subtitle: 'Checked today 09:12 · MiVoice 5000',
  summary: '2 problems: 1 to fix, 1 warning',
  summaryStyle: 'attention',
  banner: 'Sync finished: 3 people added.',
  bannerStyle: 'good',
  sections: [
    {
      id: 'userSync',
      heading: 'User sync',
      intro: 'Automatic: Teams UPN = CloudLink e-mail',
      facts: [{ title: 'Licences available', value: '12' }],
      checks: [
        {
          id: 'lastSync',
          mark: '✖',
          color: 'Attention',
          title: 'The last sync failed',
          detail: 'today 09:12, 1 failure',
          examples: [{ text: 'ana@example.com: No licence' }],
          fix: 'Assign a Teams Phone licence, then sync again.',
        },
      ],
      rows: [
        {
          id: 'person-1',
          title: 'Ana Souza',
          line: 'Her CloudLink e-mail differs from her Teams address',
          color: 'Attention',
          facts: [{ title: 'CloudLink e-mail', value: 'ana@example.com' }],
          fix: 'Change the e-mail in CloudLink.',
          actions: [{ title: 'Map', verb: 'admin.sync.map', data: { cloudLinkId: 'u1', teamsId: 't1' } }],
        },
      ],
      more: [{ title: 'See all 12', verb: 'admin.sync.people', data: { page: 0 } }],
    },
  ],
  actions: [
    { title: 'Sync now', verb: 'admin.sync.now', data: { nonce: 'n1' } },
    { title: 'Refresh', verb: 'admin.sync.refresh', data: {} },
  ],
});
