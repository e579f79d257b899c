import type { PlaceCallData } from '../../bot/commands/call/place-call-data';
import { defineCard } from '../render';
import json from './speed-dials.json';

export interface SpeedDialRow {
  name: string;
  /** Extension and e-mail, or that the person left the directory. */
  details: string;
  /** The person is no longer in the directory. */
  left: boolean;
  /** One Call button per number ("Call · mobile"); none for someone who left. */
  calls: Array<{ title: string; data: PlaceCallData }>;
  removeTitle: string;
  removeData: { personKey: string; view: 'list' };
}

/** The user's speed dials, each with Call buttons and Remove. */
export interface SpeedDialsCardData {
  banner: string;
  bannerTone: 'success' | 'warning' | 'info';
  title: string;
  /** Said when there is no speed dial ('' otherwise). */
  empty: string;
  /** Why the viewer cannot place calls (no Call buttons then), '' when they can. */
  cannotCall: string;
  rows: SpeedDialRow[];
  footer: string;
}

export const speedDialsCard = defineCard<SpeedDialsCardData>('call.speedDials', json, {
  banner: 'Alice Martin is now in your speed dials.',
  bannerTone: 'success',
  title: 'Your speed dials',
  empty: '',
  cannotCall: '',
  rows: [
    {
      name: 'Alice Martin',
      details: 'ext. 2001 · alice.martin@example.com',
      left: false,
      calls: [
        {
          title: '📞 Mobile',
          data: {
            number: '+33612345678',
            numberKind: 'mobile',
            personKey: 'cl:1',
            name: 'Alice Martin',
            nonce: 'n1',
          },
        },
      ],
      removeTitle: 'Remove',
      removeData: { personKey: 'cl:1', view: 'list' },
    },
    {
      name: 'Bruno Costa',
      details: 'No longer in the directory',
      left: true,
      calls: [],
      removeTitle: 'Remove',
      removeData: { personKey: 'cl:2', view: 'list' },
    },
  ],
  footer: 'Say “add Alice to speed dials” to add someone.',
});
