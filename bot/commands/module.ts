/**
 * What one command area contributes: handlers for its intents, handlers for its card verbs, and its
 * card templates. bot/commands/router.ts puts the areas together.
 */
import type { CardTemplate } from '../../cards/render';
import type { Intent } from '../language/intents';
import type { VerbHandler } from '../server/app';
import type { BotServices } from './services';
import type { Reply, Turn } from './turn';

export type CommandTurn = Turn<BotServices>;

export type IntentHandler<K extends Intent['kind']> = (
  turn: CommandTurn,
  intent: Extract<Intent, { kind: K }>,
) => Promise<Reply>;

export type IntentHandlers = { [K in Intent['kind']]?: IntentHandler<K> };

export interface CommandModule {
  intents: IntentHandlers;
  verbs: Record<string, VerbHandler<BotServices>>;
  cards: ReadonlyArray<CardTemplate<never>>;
}
