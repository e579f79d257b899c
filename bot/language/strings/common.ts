import { defineStrings } from './define';

/** Strings used by more than one command. */
export const common = defineStrings({
  en: {
    'common.back': 'Back',
    'common.retry': 'Try again',
    'common.unexpectedError': 'Sorry, something went wrong on my side. Please try again in a moment.',
    'common.rateLimited.placeCall.title': 'Too many calls in a short time',
    'common.rateLimited.bookRoom.title': 'Too many bookings in a short time',
    'common.rateLimited.message': 'Nothing was done this time. You can try again in {seconds} seconds.',
  },
  fr: {
    'common.back': 'Retour',
    'common.retry': 'Réessayer',
    'common.unexpectedError': 'Désolé, un problème est survenu de mon côté. Réessayez dans un instant.',
    'common.rateLimited.placeCall.title': 'Trop d’appels en peu de temps',
    'common.rateLimited.bookRoom.title': 'Trop de réservations en peu de temps',
    'common.rateLimited.message':
      'Rien n’a été fait cette fois-ci. Vous pourrez réessayer dans {seconds} secondes.',
  },
  'pt-BR': {
    'common.back': 'Voltar',
    'common.retry': 'Tentar novamente',
    'common.unexpectedError': 'Desculpe, algo deu errado do meu lado. Tente novamente em instantes.',
    'common.rateLimited.placeCall.title': 'Muitas ligações em pouco tempo',
    'common.rateLimited.bookRoom.title': 'Muitas reservas em pouco tempo',
    'common.rateLimited.message': 'Nada foi feito desta vez. Você pode tentar de novo em {seconds} segundos.',
  },
});
