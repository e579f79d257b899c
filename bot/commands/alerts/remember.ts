/**
 * Keeps the 1:1 chat of whoever installs the bot or talks to it there, so that missed-call alerts
 * can reach them (bot/alerts/conversations.ts). Only personal chats: a group chat or a channel is
 * read by others. The person is who Teams says (the member lookup, mapped through the directory);
 * a user the directory does not know is not kept (no phone line to alert about).
 */
import { forgetConversation, rememberConversation } from '../../alerts/conversations';
import { identifyCaller } from '../../people';
import type { CommandTurn } from '../module';

/** How long remembering waits for a first load of the directory. */
const DIRECTORY_WAIT_MS = 3000;

export async function rememberTurnConversation(turn: CommandTurn): Promise<void> {
  const address = turn.address;
  if (turn.info.conversationType !== 'personal' || !address) return;
  try {
    const people =
      turn.services.people.peek() ??
      (await turn.services.people.snapshot({ deadline: Date.now() + DIRECTORY_WAIT_MS }));
    const who = identifyCaller(people, await turn.member());
    if (who.kind !== 'known') return;
    await rememberConversation(turn.services.store, who.person.key, {
      address,
      locale: turn.locale,
      ...(turn.localeTag ? { localeTag: turn.localeTag } : {}),
      ...(turn.clock ? { clock: turn.clock } : {}),
      timeZone: turn.timeZone,
    });
  } catch (error) {
    // Nothing personal: the next turn tries again.
    turn.log.warn('conversation not remembered', {
      error: error instanceof Error ? error.message.slice(0, 120) : 'unknown',
    });
  }
}

/** The bot was uninstalled (or removed from the 1:1 chat): its address there is forgotten. */
export async function forgetTurnConversation(turn: CommandTurn): Promise<void> {
  if (turn.info.conversationType !== 'personal' || turn.info.userId === '') return;
  try {
    await forgetConversation(turn.services.store, turn.info.userId);
  } catch (error) {
    turn.log.warn('conversation not forgotten', {
      error: error instanceof Error ? error.message.slice(0, 120) : 'unknown',
    });
  }
}
