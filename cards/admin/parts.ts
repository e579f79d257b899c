import type { Verb } from '../verbs';

/** A button that acts in place (Action.Execute). */
export interface CardAction {
  title: string;
  verb: Verb;
  data: Record<string, unknown>;
}

export interface CardFact {
  title: string;
  value: string;
}

/** Adaptive Card text colours used for levels. */
export type CardColor = 'Good' | 'Warning' | 'Attention' | 'Default';

/** Container styles used for the summary and the banner. */
export type CardStyle = 'good' | 'warning' | 'attention' | 'emphasis' | 'default';

/** One check: a mark and a title in the level's colour, what was found, and what to do. */
export interface CheckLine {
  /** Unique in the card: the container's id is `check-<id>`. */
  id: string;
  mark: string;
  color: CardColor;
  title: string;
  detail: string;
  examples: Array<{ text: string }>;
  fix: string;
}

/** A row about one person or one report, with its buttons. */
export interface CardRow {
  /** Unique in the card (the container's id). */
  id: string;
  title: string;
  line: string;
  color: CardColor;
  facts: CardFact[];
  fix: string;
  actions: CardAction[];
}
