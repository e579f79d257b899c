import { defineStrings } from './define';

/** Strings of call, presence and speed dials. */
export const callStrings = defineStrings({ en: {}, fr: {}, 'pt-BR': {} });
