/**
 * From what the user typed or clicked to the command that answers. Text goes through
 * bot/language (en / fr / pt-BR); card buttons arrive by verb (cards/verbs.ts). Each command area
 * (bot/commands/<area>) contributes its intents, verbs and cards.
 */
import { helpCard } from '../../cards/help';
import { noticeCard } from '../../cards/notice';
import type { CardTemplate } from '../../cards/render';
import { VERBS } from '../../cards/verbs';
import type { Intent } from '../language/intents';
import { understand } from '../language/understand';
import type { BotLogic, VerbHandler } from '../server/app';
import { journalTurn, noteIntent } from '../state/turn-journal';
import { noteTurn } from '../telemetry/tracing';
import { adminCommands } from './admin';
import { forgetTurnConversation, rememberTurnConversation } from './alerts/remember';
import { INTENT_AUDIENCE, isShared, verbAudience, type Audience } from './audience';
import { callCommands } from './call';
import { callsCommands } from './calls';
import { helpReply, type HelpOptions } from './help';
import type { CommandModule, CommandTurn, IntentHandler, IntentHandlers } from './module';
import { roomsCommands } from './rooms';
import type { BotServices } from './services';
import type { Reply } from './turn';

export type { CommandTurn } from './module';

const MODULES: readonly CommandModule[] = [callCommands, callsCommands, roomsCommands, adminCommands];

const HELP_WAIT_MS = 2000;

/** Shows the help card, greeting the user by name when the channel knows it. */
export async function showHelp(turn: CommandTurn, reason: HelpOptions['reason']): Promise<Reply> {
  const member = await turn.member().catch(() => null);
  // Before the directory's first load ends, help waits for it a little, then greets without it.
  const people =
    turn.services.people.peek() ??
    (await turn.services.people.snapshot({ deadline: Date.now() + HELP_WAIT_MS }).catch(() => undefined));
  const person = member && people ? people.identify(member) : null;
  return helpReply(turn.t, { name: person?.name ?? member?.name, isAdmin: person?.isAdmin ?? false, reason });
}

const HELP: CommandModule = {
  intents: {
    help: (turn) => showHelp(turn, { kind: 'asked' }),
    unknown: (turn, intent) => showHelp(turn, { kind: 'notUnderstood', text: intent.text }),
    // Thanks, goodbyes, "how are you", "ok": a line in kind, with what to try next.
    smallTalk: (turn, intent) => Promise.resolve({ text: turn.t(`smallTalk.${intent.topic}`) }),
  },
  verbs: {
    [VERBS.helpShow]: (turn) => showHelp(turn, { kind: 'asked' }),
    // A help button: the command's answer is posted below, and the help card stays as it was.
    [VERBS.helpStart]: async (turn, data) => {
      const command = typeof data.command === 'string' ? data.command.slice(0, 200) : '';
      await turn.send(await answerText(turn, command));
      return showHelp(turn, { kind: 'asked' });
    },
    // The help card's call box: the person's card (or the choice) below, the help card stays.
    // "Alice" is called; "call Alice" or "is Alice free" typed in the box is read as typed.
    [VERBS.helpCall]: async (turn, data) => {
      const who =
        typeof data.callWho === 'string' ? data.callWho.replace(/\s+/g, ' ').trim().slice(0, 200) : '';
      if (who.length === 0) {
        await turn.send({ text: turn.t('help.callEmpty') });
      } else {
        const asTyped = understand(who, { now: turn.now, timeZone: turn.timeZone, locale: turn.locale }).kind;
        const text =
          asTyped === 'call' || asTyped === 'presence' ? who : `${turn.t('help.callCommand')} ${who}`;
        await turn.send(await answerText(turn, text));
      }
      return showHelp(turn, { kind: 'asked' });
    },
  },
  cards: [helpCard, noticeCard] as unknown as ReadonlyArray<CardTemplate<never>>,
};

const ALL_MODULES = [HELP, ...MODULES];

const INTENTS: IntentHandlers = Object.assign({}, ...ALL_MODULES.map((m) => m.intents)) as IntentHandlers;

/** The handler of every Action.Execute verb the cards use. */
export const VERB_HANDLERS: Readonly<Record<string, VerbHandler<BotServices>>> = Object.assign(
  {},
  ...ALL_MODULES.map((m) => m.verbs),
) as Record<string, VerbHandler<BotServices>>;

export const HANDLED_VERBS: ReadonlySet<string> = new Set(Object.keys(VERB_HANDLERS));

/** Every card template of the bot (the card tests render each of them). */
export const ALL_CARDS: ReadonlyArray<CardTemplate<object>> = ALL_MODULES.flatMap(
  (m) => m.cards as ReadonlyArray<CardTemplate<object>>,
);

/** The answer to typed text (or to a help button, which stands for typed text). */
async function answerText(turn: CommandTurn, text: string): Promise<Reply> {
  const intent = understand(text, { now: turn.now, timeZone: turn.timeZone, locale: turn.locale });
  turn.log.info('message', { intent: intent.kind });
  noteIntent(turn, intent.kind);
  noteTurn({ intent: intent.kind });
  const handler = INTENTS[intent.kind] as IntentHandler<Intent['kind']> | undefined;
  if (!handler) return showHelp(turn, { kind: 'asked' });
  return answerFor(turn, INTENT_AUDIENCE[intent.kind], (where) => handler(where, intent));
}

/**
 * Runs a command where its answer may be read: in place, or — for an answer only the sender may
 * read, asked in a group chat or a channel — in the 1:1 chat, with a notice in the shared
 * conversation. The 1:1 chat is opened first, so that nothing is done (no call placed, no room
 * booked) when the answer could not reach the sender; then the shared conversation is asked to
 * open one, and gets nothing else.
 */
async function answerFor(
  turn: CommandTurn,
  audience: Audience,
  run: (turn: CommandTurn) => Promise<Reply>,
): Promise<Reply> {
  if (audience === 'anyone' || !isShared(turn.info.conversationType)) return run(turn);
  const chat = await turn.openPrivateChat();
  if (!chat) return { text: turn.t('shared.openPrivateChat') };
  let undelivered = false;
  const sendPrivately = async (reply: Reply): Promise<void> => {
    try {
      await chat.send(reply);
    } catch (error) {
      undelivered = true;
      throw error;
    }
  };
  // The same turn object, pointed at the 1:1 chat while the command runs (what is noted about the
  // turn, for its journal, is kept per turn object), then back at the shared conversation.
  const shared = { info: turn.info, send: turn.send };
  turn.info = { ...turn.info, conversationId: chat.conversationId, conversationType: 'personal' };
  turn.send = sendPrivately;
  try {
    await sendPrivately(await run(turn));
  } catch (error) {
    if (!undelivered) throw error;
    turn.log.warn('could not send the answer in the private chat', {
      error: error instanceof Error ? error.message.slice(0, 120) : 'unknown',
    });
    return { text: turn.t('shared.openPrivateChat') };
  } finally {
    turn.info = shared.info;
    turn.send = shared.send;
  }
  return { text: turn.t('shared.sentPrivately') };
}

/** The bot's behaviour over the given services. */
export function createLogic(services: BotServices): BotLogic<BotServices> {
  return {
    services,
    // Every message and verb turn goes into the user's journal (problem reports read it).
    onMessage: async (turn, text) => {
      const reply = await journalTurn(turn, {}, () => answerText(turn, text));
      // In the background: the answer does not wait for the store (errors are logged inside).
      void rememberTurnConversation(turn);
      return reply;
    },
    verbs: new Map(
      Object.entries(VERB_HANDLERS).map(([verb, handle]): [string, VerbHandler<BotServices>] => [
        verb,
        (turn, data) => {
          noteTurn({ verb });
          return journalTurn(turn, { verb }, () =>
            answerFor(turn, verbAudience(verb), (where) => handle(where, data)),
          );
        },
      ]),
    ),
    onUnknownVerb: async (turn, verb) => {
      turn.log.warn('unknown card action', { verb: verb.slice(0, 40) });
      return showHelp(turn, { kind: 'asked' });
    },
    onInstall: async (turn) => {
      await rememberTurnConversation(turn);
      return showHelp(turn, { kind: 'welcome' });
    },
    onInstallationUpdate: async (turn, action) => {
      if (action === 'add') await rememberTurnConversation(turn);
      else await forgetTurnConversation(turn);
    },
  };
}
