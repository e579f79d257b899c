import { defineStrings } from './define';

/**
 * What the user is told when an upstream system fails, per system and kind of failure. Each
 * system's name is the subject of the messages: a singular noun, and no adjective agrees with it
 * (French and Portuguese would need the name's gender).
 */
export const errors = defineStrings({
  en: {
    'errors.system.cloudlink': 'The phone system (CloudLink)',
    'errors.system.cronofy': 'The room calendar service',
    'errors.system.graph': 'Microsoft 365',
    'errors.title': 'That did not work',
    'errors.unavailable': '{system} is not answering right now.',
    'errors.timeout': '{system} took too long to answer.',
    'errors.throttled': '{system} is busy and asked us to slow down.',
    // The system leads every sentence: its name starts with a capital and carries its article.
    'errors.unauthorized': "{system} did not accept the bot's sign-in.",
    'errors.protocol': '{system} sent an answer the bot could not read.',
    'errors.notFound': '{system} does not know what was asked for.',
    'errors.rejected': '{system} refused the request.',
    'errors.retrySoon': 'Nothing was changed. Try again in a minute.',
    'errors.retryAfter': 'Nothing was changed. Try again in {seconds} seconds.',
    'errors.adminMustFix': 'An administrator must check the connection settings; trying again will not help.',
    'errors.maybeDone': 'It may still have gone through: check before trying again.',
    'errors.maybeDoneRepeatable':
      'It may have gone through already; trying again is safe: it will not be done twice.',
    'errors.reference': 'Reference',
    'errors.unexpected': 'Something unexpected went wrong on the bot’s side.',
    'errors.storage': 'The bot’s own storage is not answering right now, so it did nothing.',
  },
  fr: {
    'errors.system.cloudlink': 'La téléphonie (CloudLink)',
    'errors.system.cronofy': 'Le service des calendriers de salles',
    'errors.system.graph': 'Microsoft 365',
    'errors.title': 'Cela n’a pas fonctionné',
    'errors.unavailable': '{system} ne répond pas pour le moment.',
    'errors.timeout': '{system} a mis trop de temps à répondre.',
    'errors.throttled': '{system} reçoit trop de demandes et demande de ralentir.',
    'errors.unauthorized': '{system} a refusé la connexion du bot.',
    'errors.protocol': '{system} a envoyé une réponse illisible pour le bot.',
    'errors.notFound': '{system} ne connaît pas ce qui a été demandé.',
    'errors.rejected': '{system} a refusé la demande.',
    'errors.retrySoon': 'Rien n’a été modifié. Réessayez dans une minute.',
    'errors.retryAfter': 'Rien n’a été modifié. Réessayez dans {seconds} secondes.',
    'errors.adminMustFix':
      'Un administrateur doit vérifier les paramètres de connexion ; réessayer ne servira à rien.',
    'errors.maybeDone': 'L’action a peut-être abouti : vérifiez avant de réessayer.',
    'errors.maybeDoneRepeatable':
      'L’action a peut-être déjà abouti ; vous pouvez réessayer sans risque : elle ne sera pas faite deux fois.',
    'errors.reference': 'Référence',
    'errors.unexpected': 'Une erreur inattendue s’est produite du côté du bot.',
    'errors.storage': 'Le stockage du bot ne répond pas pour le moment, il n’a donc rien fait.',
  },
  'pt-BR': {
    'errors.system.cloudlink': 'O sistema telefônico (CloudLink)',
    'errors.system.cronofy': 'O serviço de calendários das salas',
    'errors.system.graph': 'O Microsoft 365',
    'errors.title': 'Não deu certo',
    'errors.unavailable': '{system} não está respondendo no momento.',
    'errors.timeout': '{system} demorou demais para responder.',
    'errors.throttled': '{system} recebeu pedidos demais e pediu para diminuir o ritmo.',
    'errors.unauthorized': '{system} recusou o login do bot.',
    'errors.protocol': '{system} enviou uma resposta que o bot não conseguiu ler.',
    'errors.notFound': '{system} não conhece o que foi pedido.',
    'errors.rejected': '{system} recusou o pedido.',
    'errors.retrySoon': 'Nada foi alterado. Tente novamente em um minuto.',
    'errors.retryAfter': 'Nada foi alterado. Tente novamente em {seconds} segundos.',
    'errors.adminMustFix':
      'Um administrador precisa verificar as configurações de conexão; tentar de novo não vai resolver.',
    'errors.maybeDone': 'Pode ser que tenha funcionado mesmo assim: confira antes de tentar de novo.',
    'errors.maybeDoneRepeatable':
      'Pode ser que já tenha funcionado; tentar de novo é seguro: não será feito duas vezes.',
    'errors.reference': 'Referência',
    'errors.unexpected': 'Algo inesperado deu errado do lado do bot.',
    'errors.storage': 'O armazenamento do bot não está respondendo no momento, então ele não fez nada.',
  },
});
