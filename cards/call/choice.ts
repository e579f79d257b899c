import type { Verb } from '../verbs';
import { defineCard } from '../render';
import json from './choice.json';

export interface ChoiceRow {
  name: string;
  /** What tells people of the same name apart: e-mail, extension ('' for none). */
  details: string;
  button: string;
  verb: Verb;
  data: Record<string, unknown>;
}

/** Several people to choose from, or the closest names when nobody matched. */
export interface ChoiceCardData {
  title: string;
  intro: string;
  rows: ChoiceRow[];
  footer: string;
}

export const choiceCard = defineCard<ChoiceCardData>('call.choice', json, {
  title: 'Several people match “Alice”',
  intro: 'Choose the one you mean:',
  rows: [
    {
      name: 'Alice Martin',
      details: 'alice.martin@example.com · ext. 2001',
      button: 'Choose',
      verb: 'call.show',
      data: { personKey: 'cl:1', purpose: 'call' },
    },
  ],
  footer: 'Showing the 10 best of 12 matches.',
});
