/**
 * "help" / "aide" / "ajuda", anything not understood, and the welcome on install: what the bot can
 * do, with a button that starts each command.
 */
import { helpCard, type HelpCommandRow } from '../../cards/help';
import { renderCard } from '../../cards/render';
import type { Translate } from '../language/i18n';
import type { StringKey } from '../language/strings';
import { cardReply, type Reply } from './turn';

export interface HelpOptions {
  /** The user's display name, when known. */
  name?: string;
  /** Admins also see the admin commands. */
  isAdmin: boolean;
  /** Why help is shown: asked for, not understood (with the text), or the bot was just installed. */
  reason: { kind: 'asked' } | { kind: 'notUnderstood'; text: string } | { kind: 'welcome' };
}

const ROWS = ['myCalls', 'speedDials', 'bookRoom', 'myBookings', 'syncStatus', 'report'] as const;
const ADMIN_ONLY: ReadonlySet<string> = new Set(['syncStatus']);

/** The help card in the user's language. */
export function helpReply(t: Translate, options: HelpOptions): Reply {
  const firstName = options.name?.split(/\s+/)[0];
  const title =
    options.reason.kind === 'welcome'
      ? t('help.welcomeTitle', { name: firstName ?? '' })
      : firstName
        ? t('help.title', { name: firstName })
        : t('help.titleAnonymous');
  const intro =
    options.reason.kind === 'notUnderstood'
      ? t('help.notUnderstood', { text: truncate(options.reason.text, 80) })
      : t('help.intro');
  const commands: HelpCommandRow[] = ROWS.filter((row) => options.isAdmin || !ADMIN_ONLY.has(row)).map(
    (row) => ({
      title: t(`help.${row}.title` as StringKey),
      description: t(`help.${row}.description` as StringKey),
      example: t(`help.${row}.example` as StringKey),
      button: t('help.button'),
      command: t(`help.${row}.command` as StringKey),
    }),
  );
  return cardReply(
    renderCard(helpCard, {
      title,
      intro,
      callTitle: t('help.callTitle'),
      callLabel: t('help.callLabel'),
      callExample: t('help.callExample'),
      callInputLabel: t('help.callInputLabel'),
      callInputError: t('help.callInputError'),
      callPlaceholder: t('help.callPlaceholder'),
      callButton: t('help.callButton'),
      commands,
      footer: t('help.footer'),
    }),
  );
}

function truncate(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}
