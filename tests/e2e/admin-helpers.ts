/** Reading the admin cards in tests: checks by id, facts of a section, the summary. */
import type { Card } from '../support/bot-harness';
import { cardText } from '../support/bot-harness';

export type Level = 'ok' | 'warning' | 'error' | 'skipped' | 'info';

const LEVEL_OF_MARK: Record<string, Level> = {
  '✔': 'ok',
  '⚠': 'warning',
  '✖': 'error',
  '–': 'skipped',
  ℹ: 'info',
};

/** The element with this id anywhere in the card. */
export function byId(card: unknown, id: string): Record<string, unknown> | undefined {
  let found: Record<string, unknown> | undefined;
  const walk = (node: unknown): void => {
    if (found) return;
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.id === id) found = record;
      else Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}

/** A check of the status card: its level (from its mark and colour) and its words. */
export function check(card: Card, id: string): { level: Level; color: string; text: string } {
  const element = byId(card, `check-${id}`);
  if (!element) throw new Error(`no check "${id}" on the card:\n${cardText(card)}`);
  const text = cardText(element);
  const mark = text.split('\n')[0] ?? '';
  const level = LEVEL_OF_MARK[mark];
  if (!level) throw new Error(`check "${id}" has no mark: ${text}`);
  const markBlock = JSON.stringify(element).match(/"color":"(\w+)"/);
  return { level, color: markBlock?.[1] ?? 'Default', text: text.split('\n').slice(1).join('\n') };
}

/** Whether the card has this check. */
export function hasCheck(card: Card, id: string): boolean {
  return byId(card, `check-${id}`) !== undefined;
}

/** The facts of a section (title → value). */
export function sectionFacts(card: Card, section: string): Record<string, string> {
  const element = byId(card, `section-${section}`);
  if (!element) throw new Error(`no section "${section}"`);
  const facts: Record<string, string> = {};
  const items = element.items as Array<Record<string, unknown>>;
  for (const item of items) {
    if (item.type !== 'FactSet') continue;
    for (const f of item.facts as Array<{ title: string; value: string }>) facts[f.title] = f.value;
  }
  return facts;
}

export function summary(card: Card): string {
  return cardText(byId(card, 'summary'));
}

export function banner(card: Card): string {
  const element = byId(card, 'banner');
  return element ? cardText(element) : '';
}

/**
 * The word a card uses for the day of a moment `agoMs` in the past, seen from `zone`: "today"
 * when that moment fell on the current local day, "yesterday" otherwise. Tests whose data sits
 * hours in the past use it so that they hold at any hour of the day the suite runs.
 */
export function dayWord(agoMs: number, zone: string, words: { today: string; yesterday: string }): string {
  const day = (d: Date): string =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(d);
  const now = new Date();
  return day(new Date(now.getTime() - agoMs)) === day(now) ? words.today : words.yesterday;
}
