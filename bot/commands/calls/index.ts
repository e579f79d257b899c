/** The call log ("my calls"). */
import type { CommandModule } from '../module';

export const callsCommands: CommandModule = { intents: {}, verbs: {}, cards: [] };
