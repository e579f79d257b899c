import { defineStrings } from './define';

/** Strings of room booking, bookings and room agendas. */
export const roomsStrings = defineStrings({ en: {}, fr: {}, 'pt-BR': {} });
