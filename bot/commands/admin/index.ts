/** "sync status" and problem reports. */
import type { CommandModule } from '../module';

export const adminCommands: CommandModule = { intents: {}, verbs: {}, cards: [] };
