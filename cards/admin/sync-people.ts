import { defineCard } from '../render';
import json from './sync-people.json';
import type { CardAction, CardRow, CardStyle } from './parts';

/** One page of the people who will not sync, with why and what to do. */
export interface SyncPeopleCardData {
  title: string;
  /** "Page 2 of 5 · 43 people". */
  subtitle: string;
  banner: string;
  bannerStyle: CardStyle;
  /** Said when nobody is left ('' otherwise). */
  empty: string;
  rows: CardRow[];
  /** Previous, next, back to the status. */
  actions: CardAction[];
}

export const syncPeopleCard = defineCard<SyncPeopleCardData>('admin.syncPeople', json, {
  title: 'Who will not sync',
  subtitle: 'Page 1 of 2 · 12 people',
  banner: '',
  bannerStyle: 'good',
  empty: '',
  rows: [
    {
      id: 'person-1',
      title: 'João Conceição',
      line: 'No mapping names him (manual sync)',
      color: 'Attention',
      facts: [
        { title: 'CloudLink e-mail', value: 'joao@example.com' },
        { title: 'Teams address', value: 'joao.c@example.onmicrosoft.com' },
      ],
      fix: 'Add the mapping.',
      actions: [
        { title: 'Map', verb: 'admin.sync.map', data: { cloudLinkId: 'u1', teamsId: 't1', page: 0 } },
      ],
    },
  ],
  actions: [
    { title: 'Next', verb: 'admin.sync.people', data: { page: 1 } },
    { title: 'Back to the status', verb: 'admin.sync.refresh', data: {} },
  ],
});
