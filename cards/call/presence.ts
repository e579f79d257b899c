import type { Verb } from '../verbs';
import { defineCard } from '../render';
import json from './presence.json';

export interface PresenceRow {
  label: string;
  value: string;
  /** Why the part counts or not ('' for none). */
  note: string;
}

export interface PresenceSection {
  heading: string;
  rows: PresenceRow[];
}

/** A person's combined presence and where each part comes from. */
export interface PresenceCardData {
  title: string;
  /** Icon and words of the combined state. */
  headline: string;
  /** The button that shows where the presence comes from (hidden at first: one line is the answer). */
  detailsButton: string;
  intro: string;
  sections: PresenceSection[];
  footer: string;
  actions: Array<{ title: string; verb: Verb; data: Record<string, unknown> }>;
}

export const presenceCard = defineCard<PresenceCardData>('call.presence', json, {
  title: 'Presence of Alice Martin',
  headline: '🔴 Busy (in a call)',
  detailsButton: 'Where this comes from',
  intro: 'What colleagues see in Teams now, and where it comes from.',
  sections: [
    {
      heading: 'Phone system (CloudLink)',
      rows: [
        { label: 'Phone line (2001)', value: 'On a call', note: 'Counts as Busy: this decides.' },
        { label: 'PBX user presence', value: 'Away', note: 'Does not count on this PBX.' },
      ],
    },
    { heading: 'Microsoft Teams', rows: [{ label: 'Teams shows', value: '🔴 Busy (in a call)', note: '' }] },
  ],
  footer: 'Teams shows a state the person set first.',
  actions: [{ title: 'Call', verb: 'call.show', data: { personKey: 'cl:1', purpose: 'call' } }],
});
