import { defineStrings } from './define';

/** Who is speaking: what an unknown user, or a non-admin, is told. */
export const identity = defineStrings({
  en: {
    'identity.unknownTitle': 'I do not know you in the phone system yet',
    'identity.notFound':
      'Your Teams account ({address}) does not match any user of the phone system or of the directory, so I cannot show you your calls or place calls for you.',
    'identity.noAddress': 'Teams did not tell me your address, so I cannot find you in the phone system.',
    'identity.ambiguous':
      'Your address ({address}) belongs to several users of the phone system, so I cannot tell which one is you. Nothing is shown, to protect their data.',
    'identity.adminFix':
      'An administrator must give you a CloudLink user whose e-mail equals your Teams sign-in address (or add a manual mapping in the Teams integration), then you can try again.',
    'identity.adminFixAmbiguous':
      'An administrator must make the address unique in CloudLink (one user per e-mail), then you can try again.',
    'identity.sharedAddress':
      'Your phone-system account uses the e-mail address {address}, which the phone system also gives to {others}, so I cannot tell which account is yours.',
    'identity.sharedAddressNoName':
      'Your phone-system account uses the e-mail address {address}, which another account there has too, so I cannot tell which account is yours.',
    'identity.sharedAddressFix':
      'An administrator must give each CloudLink user their own e-mail address (or map you to your account manually), then you can try again.',
    'identity.teamsAddress': 'Teams address',
    'identity.teamsEmail': 'Teams e-mail',
    'identity.notAllowedTitle': 'This is for administrators',
    'identity.notAllowed': 'Only the bot’s administrators can see this. Ask an administrator if you need it.',
    'identity.unconfirmedTitle': 'I could not confirm who you are',
    'identity.unconfirmed':
      'Teams did not answer when I asked who is writing, so I cannot show you anything or act for you right now.',
    'identity.unconfirmedHint': 'Please try again in a moment.',
  },
  fr: {
    'identity.unknownTitle': 'Je ne vous connais pas encore dans la téléphonie',
    'identity.notFound':
      'Votre compte Teams ({address}) ne correspond à aucun utilisateur de la téléphonie ni de l’annuaire : je ne peux ni vous montrer vos appels ni appeler pour vous.',
    'identity.noAddress':
      'Teams ne m’a pas donné votre adresse : je ne peux pas vous retrouver dans la téléphonie.',
    'identity.ambiguous':
      'Votre adresse ({address}) appartient à plusieurs utilisateurs de la téléphonie : je ne peux pas savoir lequel vous êtes. Rien n’est affiché, pour protéger leurs données.',
    'identity.adminFix':
      'Un administrateur doit vous créer un utilisateur CloudLink dont l’e-mail est votre adresse de connexion Teams (ou ajouter une correspondance manuelle dans l’intégration Teams), puis vous pourrez réessayer.',
    'identity.adminFixAmbiguous':
      'Un administrateur doit rendre l’adresse unique dans CloudLink (un utilisateur par e-mail), puis vous pourrez réessayer.',
    'identity.sharedAddress':
      'Votre compte de téléphonie utilise l’adresse {address}, que la téléphonie attribue aussi à {others} : je ne peux pas savoir quel compte est le vôtre.',
    'identity.sharedAddressNoName':
      'Votre compte de téléphonie utilise l’adresse {address}, qu’un autre compte de la téléphonie a aussi : je ne peux pas savoir quel compte est le vôtre.',
    'identity.sharedAddressFix':
      'Un administrateur doit donner à chaque utilisateur CloudLink sa propre adresse e-mail (ou vous associer manuellement à votre compte), puis vous pourrez réessayer.',
    'identity.teamsAddress': 'Adresse Teams',
    'identity.teamsEmail': 'E-mail Teams',
    'identity.notAllowedTitle': 'Réservé aux administrateurs',
    'identity.notAllowed':
      'Seuls les administrateurs du bot peuvent voir ceci. Demandez à un administrateur si vous en avez besoin.',
    'identity.unconfirmedTitle': 'Je n’ai pas pu confirmer qui vous êtes',
    'identity.unconfirmed':
      'Teams n’a pas répondu quand je lui ai demandé qui m’écrit : je ne peux rien vous montrer ni agir pour vous pour l’instant.',
    'identity.unconfirmedHint': 'Réessayez dans un instant.',
  },
  'pt-BR': {
    'identity.unknownTitle': 'Ainda não conheço você no sistema telefônico',
    'identity.notFound':
      'Sua conta do Teams ({address}) não corresponde a nenhum usuário do sistema telefônico nem do diretório, então não posso mostrar suas chamadas nem ligar por você.',
    'identity.noAddress':
      'O Teams não me informou seu endereço, então não consigo encontrar você no sistema telefônico.',
    'identity.ambiguous':
      'Seu endereço ({address}) pertence a vários usuários do sistema telefônico, então não sei qual deles é você. Nada é mostrado, para proteger os dados deles.',
    'identity.adminFix':
      'Um administrador precisa criar para você um usuário do CloudLink cujo e-mail seja o seu endereço de login do Teams (ou adicionar um mapeamento manual na integração com o Teams); depois você pode tentar de novo.',
    'identity.adminFixAmbiguous':
      'Um administrador precisa tornar o endereço único no CloudLink (um usuário por e-mail); depois você pode tentar de novo.',
    'identity.sharedAddress':
      'Sua conta no sistema telefônico usa o endereço {address}, que o sistema telefônico também atribui a {others}, então não sei qual conta é a sua.',
    'identity.sharedAddressNoName':
      'Sua conta no sistema telefônico usa o endereço {address}, que outra conta de lá também tem, então não sei qual conta é a sua.',
    'identity.sharedAddressFix':
      'Um administrador precisa dar a cada usuário do CloudLink um endereço de e-mail próprio (ou associar você manualmente à sua conta); depois você pode tentar de novo.',
    'identity.teamsAddress': 'Endereço do Teams',
    'identity.teamsEmail': 'E-mail do Teams',
    'identity.notAllowedTitle': 'Somente para administradores',
    'identity.notAllowed':
      'Somente os administradores do bot podem ver isto. Peça a um administrador se precisar.',
    'identity.unconfirmedTitle': 'Não consegui confirmar quem é você',
    'identity.unconfirmed':
      'O Teams não respondeu quando perguntei quem está escrevendo, então não posso mostrar nada nem agir por você agora.',
    'identity.unconfirmedHint': 'Tente de novo em instantes.',
  },
});
