import { defineStrings } from './define';

/** Strings of "sync status" and problem reports. */
export const adminStrings = defineStrings({ en: {}, fr: {}, 'pt-BR': {} });
