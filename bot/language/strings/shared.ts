import { defineStrings } from './define';

/** What the bot says in a group chat or a channel when the answer is for the sender alone. */
export const sharedStrings = defineStrings({
  en: {
    'shared.sentPrivately': 'I sent you the answer in our private chat.',
    'shared.openPrivateChat':
      'This answer is for you alone, and I could not send it to you privately. Please open a private chat with me (select my name, then Chat) and ask me there.',
  },
  fr: {
    'shared.sentPrivately': 'Je vous ai envoyé la réponse dans notre conversation privée.',
    'shared.openPrivateChat':
      'Cette réponse n’est destinée qu’à vous et je n’ai pas pu vous l’envoyer en privé. Ouvrez une conversation privée avec moi (sélectionnez mon nom, puis Conversation) et posez-moi la question là-bas.',
  },
  'pt-BR': {
    'shared.sentPrivately': 'Enviei a resposta para você na nossa conversa privada.',
    'shared.openPrivateChat':
      'Esta resposta é só para você, e não consegui enviá-la em particular. Abra uma conversa privada comigo (selecione meu nome e depois Chat) e me pergunte por lá.',
  },
});
