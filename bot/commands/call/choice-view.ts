/**
 * Choosing a person: several matches (best first, with what tells them apart), or nobody and
 * the closest names. Each row's button carries what to do with the one chosen.
 */
import type { ChoiceCardData, ChoiceRow } from '../../../cards/call/choice';
import { VERBS } from '../../../cards/verbs';
import type { Translate } from '../../language/i18n';
import type { NumberKind } from '../../language/intents';
import type { StringKey } from '../../language/strings';

/** What the chosen person is for. */
export type Purpose = 'call' | 'presence' | 'speedDialAdd' | 'speedDialRemove';

export const PURPOSES: readonly Purpose[] = ['call', 'presence', 'speedDialAdd', 'speedDialRemove'];

/** The data of a choice button (verb `call.show`). */
export interface ShowData {
  personKey: string;
  purpose: Purpose;
  numberKind?: NumberKind;
}

/** Who can be chosen: a person of the directory, or a speed dial whose person left. */
export interface Choosable {
  key: string;
  name: string;
  email?: string;
  upn?: string;
  extension?: string;
}

const INTRO: Record<Purpose, StringKey> = {
  call: 'call.choice.introCall',
  presence: 'call.choice.introPresence',
  speedDialAdd: 'call.choice.introAdd',
  speedDialRemove: 'call.choice.introRemove',
};

interface ChoiceOptions {
  query: string;
  purpose: Purpose;
  numberKind?: NumberKind;
}

/** Several people match: choose one (at most 10 shown; `total` says how many matched). */
export function choiceCardData(
  t: Translate,
  people: readonly Choosable[],
  total: number,
  options: ChoiceOptions,
): ChoiceCardData {
  return {
    title: t('call.choice.title', { query: options.query }),
    intro: t(INTRO[options.purpose]),
    rows: people.map((p) => choiceRow(t, p, options)),
    footer: total > people.length ? t('call.choice.more', { shown: people.length, total }) : '',
  };
}

/** Nobody matches: say so, and offer the closest names. */
export function noMatchCardData(
  t: Translate,
  suggestions: readonly Choosable[],
  options: ChoiceOptions,
): ChoiceCardData {
  return {
    title: t('call.none.title', { query: options.query }),
    intro: suggestions.length > 0 ? t('call.none.suggest') : '',
    rows: suggestions.map((p) => choiceRow(t, p, options)),
    footer: t('call.none.hint'),
  };
}

/** "alice.martin@example.com · ext. 2001": what tells people of the same name apart. */
export function personDetails(t: Translate, person: Choosable): string {
  const parts: string[] = [];
  const email = person.email ?? person.upn;
  if (email) parts.push(email);
  if (person.extension) parts.push(t('call.choice.extension', { extension: person.extension }));
  return parts.join(' · ');
}

function choiceRow(t: Translate, person: Choosable, options: ChoiceOptions): ChoiceRow {
  const data: ShowData = { personKey: person.key, purpose: options.purpose };
  if (options.numberKind) data.numberKind = options.numberKind;
  return {
    name: person.name,
    details: personDetails(t, person),
    button: t('call.choice.choose'),
    verb: VERBS.callShow,
    data: { ...data },
  };
}
