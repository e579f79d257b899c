import { defineStrings } from './define';

/** Strings used by more than one command. */
export const common = defineStrings({
  en: {
    'common.back': 'Back',
    'common.retry': 'Try again',
    'common.unexpectedError': 'Sorry, something went wrong on my side. Please try again in a moment.',
  },
  fr: {
    'common.back': 'Retour',
    'common.retry': 'Réessayer',
    'common.unexpectedError': 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
  },
  'pt-BR': {
    'common.back': 'Voltar',
    'common.retry': 'Tentar novamente',
    'common.unexpectedError': 'Desculpe, algo deu errado do meu lado. Tente novamente em instantes.',
  },
});
