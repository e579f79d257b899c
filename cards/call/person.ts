import type { PlaceCallData } from '../../bot/commands/call/place-call-data';
import type { Verb } from '../verbs';
import { defineCard } from '../render';
import json from './person.json';

export interface PersonNumberRow {
  /** "Mobile", "Extension"… */
  label: string;
  /** The number as shown. */
  display: string;
  /** The Call button's title; '' for no button (the viewer cannot place calls). */
  button: string;
  /** 'positive' for the number the user asked for. */
  style: 'positive' | 'default';
  data: PlaceCallData;
}

/** A person (or a number typed) with one Call button per number. */
export interface PersonCardData {
  /** A line above the name ("Added to your speed dials"), '' for none. */
  banner: string;
  bannerTone: 'success' | 'warning' | 'info';
  title: string;
  /** Compact presence, '' for none (a raw number). */
  presence: string;
  facts: Array<{ title: string; value: string }>;
  /** A remark under the facts, '' for none. */
  note: string;
  /** Why the viewer cannot place calls (their Call buttons are left out), '' when they can. */
  cannotCall: string;
  numbers: PersonNumberRow[];
  actions: Array<{ title: string; verb: Verb; data: Record<string, unknown> }>;
}

export const personCard = defineCard<PersonCardData>('call.person', json, {
  banner: 'Added to your speed dials.',
  bannerTone: 'success',
  title: 'Alice Martin',
  presence: '🟢 Available · phone line free',
  facts: [
    { title: 'E-mail', value: 'alice.martin@example.com' },
    { title: 'Extension', value: '2001' },
  ],
  note: '',
  cannotCall: '',
  numbers: [
    {
      label: 'Mobile',
      display: '06 12 34 56 78',
      button: 'Call',
      style: 'positive',
      data: {
        number: '+33612345678',
        numberKind: 'mobile',
        personKey: 'cl:1',
        name: 'Alice Martin',
        nonce: 'n1',
      },
    },
  ],
  actions: [
    { title: '☆ Add to speed dials', verb: 'call.speedDialAdd', data: { personKey: 'cl:1' } },
    { title: 'Presence details', verb: 'call.presence', data: { personKey: 'cl:1' } },
  ],
});
