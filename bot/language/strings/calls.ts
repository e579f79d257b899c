import { defineStrings } from './define';

/** Strings of the call log ("my calls"). */
export const callsStrings = defineStrings({ en: {}, fr: {}, 'pt-BR': {} });
