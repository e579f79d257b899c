/** Room booking, bookings and room agendas. */
import type { CommandModule } from '../module';

export const roomsCommands: CommandModule = { intents: {}, verbs: {}, cards: [] };
