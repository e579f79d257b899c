/**
 * One way to make a card: a JSON template (cards/*.json, Adaptive Cards 1.5) expanded with typed
 * data by adaptivecards-templating.
 */
import { Template } from 'adaptivecards-templating';
import { escapeCardMarkdown } from './markdown';

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  version: string;
  [key: string]: unknown;
}

/** A template whose data must be of type T (the type is carried for the compiler only). */
export interface CardTemplate<T> {
  readonly name: string;
  readonly json: object;
  /** Sample data, used by the tests to render every template. */
  readonly sample: T;
  readonly __data?: T;
}

export function defineCard<T>(name: string, json: object, sample: T): CardTemplate<T> {
  return { name, json, sample };
}

// Building a Template parses every `${…}` expression of the JSON; expanding only evaluates them.
// A template is parsed once and then bound to each turn's data (expansion is synchronous, so one
// instance serves every turn).
const parsed = new WeakMap<object, Template>();

/**
 * Expands a template with data, every text written as literal Markdown; `${…}` expressions left
 * unbound are a bug the tests catch.
 */
export function renderCard<T extends object>(template: CardTemplate<T>, data: T): AdaptiveCard {
  let prepared = parsed.get(template.json);
  if (!prepared) {
    prepared = new Template(template.json);
    parsed.set(template.json, prepared);
  }
  // Every text is literal: what users typed and is repeated never becomes a link or an emphasis.
  return escapeCardMarkdown(prepared.expand({ $root: data }) as AdaptiveCard);
}
