/** Call, presence and speed dials. */
import type { CommandModule } from '../module';

export const callCommands: CommandModule = { intents: {}, verbs: {}, cards: [] };
