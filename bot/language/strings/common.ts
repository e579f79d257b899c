import { defineStrings } from './define';

/** Strings used by more than one command. */
export const common = defineStrings({
  en: {
    'common.back': 'Back',
    'common.retry': 'Try again',
  },
  fr: {
    'common.back': 'Retour',
    'common.retry': 'Réessayer',
  },
  'pt-BR': {
    'common.back': 'Voltar',
    'common.retry': 'Tentar novamente',
  },
});
