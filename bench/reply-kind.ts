/**
 * What kind of answer a reply activity is: the help card (what an unknown or not yet written command
 * answers), an error (the turn failed, the caller is unknown or not allowed), or a normal answer.
 */
import { t } from '../bot/language/i18n';
import { LOCALES } from '../bot/language/locale';
import { VERBS } from '../cards/verbs';

export type ReplyKind = 'help' | 'error' | 'card' | 'text';

export interface ReplySummary {
  kind: ReplyKind;
  /** The text, or the card's first line (for messages in the report). */
  headline: string;
}

const ERROR_TEXTS = new Set(LOCALES.map((locale) => t(locale, 'common.unexpectedError')));
const ERROR_TITLES = new Set(
  LOCALES.flatMap((locale) => [
    t(locale, 'errors.title'),
    t(locale, 'identity.unknownTitle'),
    t(locale, 'identity.notAllowedTitle'),
  ]),
);

/** Classifies one activity the bot sent. */
export function summarizeReply(activity: Record<string, unknown>): ReplySummary {
  const attachments = Array.isArray(activity.attachments) ? (activity.attachments as unknown[]) : [];
  const card = attachments
    .map((a) => (a && typeof a === 'object' ? (a as Record<string, unknown>) : {}))
    .find((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
  if (card !== undefined) {
    const headline = firstText(card) ?? '';
    if (ERROR_TITLES.has(headline)) return { kind: 'error', headline };
    return { kind: hasVerb(card, VERBS.helpStart) ? 'help' : 'card', headline };
  }
  const text = typeof activity.text === 'string' ? activity.text : '';
  return { kind: ERROR_TEXTS.has(text) ? 'error' : 'text', headline: text.slice(0, 120) };
}

function firstText(node: unknown): string | undefined {
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = firstText(item);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (!node || typeof node !== 'object') return undefined;
  const record = node as Record<string, unknown>;
  if (record.type === 'TextBlock' && typeof record.text === 'string') return record.text;
  for (const key of ['body', 'items', 'columns']) {
    const found = firstText(record[key]);
    if (found !== undefined) return found;
  }
  return undefined;
}

function hasVerb(node: unknown, verb: string): boolean {
  if (Array.isArray(node)) return node.some((item) => hasVerb(item, verb));
  if (!node || typeof node !== 'object') return false;
  const record = node as Record<string, unknown>;
  if (record.type === 'Action.Execute' && record.verb === verb) return true;
  return Object.values(record).some((value) => hasVerb(value, verb));
}
