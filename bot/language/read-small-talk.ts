/**
 * Thanks, goodbyes, "how are you" and acknowledgements ("merci !", "obrigado", "ok cool", "👍"):
 * a short answer in kind, not "I did not understand" and the whole help card.
 * Only a message made of nothing else is small talk: "thanks, call Alice" is a call.
 */
import type { Intent, SmallTalkTopic } from './intents';
import type { Folded } from './normalize';

// prettier-ignore
const PHRASES: Record<SmallTalkTopic, string[]> = {
  thanks: [
    'thanks', 'thank you', 'thank u', 'thankyou', 'thanx', 'thnx', 'thx', 'tks', 'ty', 'tyvm', 'cheers',
    'thanks a lot', 'thanks so much', 'thank you so much', 'thank you very much', 'many thanks', 'much appreciated',
    'appreciate it', 'appreciated', 'great thanks', 'thanks mate',
    'merci', 'merci beaucoup', 'merci bien', 'mci', 'mrc', 'mercii', 'merci bcp', 'merci infiniment', 'grand merci',
    'merci a toi', 'merci a vous', 'je te remercie', 'je vous remercie', 'top merci', 'super merci', 'parfait merci',
    'obrigado', 'obrigada', 'obg', 'brigado', 'brigada', 'brigadao', 'valeu', 'vlw', 'muito obrigado',
    'muito obrigada', 'obrigadao', 'obrigadinho', 'obrigadinha', 'grato', 'grata', 'agradeco', 'valeu mesmo',
    'brigadu', 'obrigado mesmo',
  ],
  bye: [
    'bye', 'goodbye', 'good bye', 'bye bye', 'byebye', 'see you', 'see ya', 'cya', 'see you later', 'later',
    'take care', 'have a nice day', 'have a good day', 'good night', 'gn',
    'au revoir', 'a plus', 'a bientot', 'a tout a l heure', 'a demain', 'bonne journee', 'bonne soiree',
    'bonne nuit', 'ciao', 'tchao',
    'tchau', 'tchauzinho', 'ate logo', 'ate mais', 'ate amanha', 'ate breve', 'falou', 'flw', 'fui', 'bom descanso',
    'tenha um bom dia', 'ate',
  ],
  howAreYou: [
    'how are you', 'how r u', 'how are u', 'how are you doing', 'hows it going', "how's it going", 'how is it going',
    'how do you do', 'whats up', "what's up", 'sup', 'wassup',
    'ca va', 'comment ca va', 'comment vas tu', 'comment allez vous', 'tu vas bien', 'vous allez bien', 'ca roule',
    'quoi de neuf', 'la forme',
    'tudo bem', 'td bem', 'tudo bom', 'td bom', 'como vai', 'como vai voce', 'como voce esta', 'como vc ta',
    'como vc esta', 'como esta', 'e ai tudo bem', 'suave', 'de boa',
  ],
  ack: [
    'ok', 'okay', 'okey', 'k', 'kk', 'okk', 'oki', 'cool', 'great', 'perfect', 'nice', 'good', 'fine', 'alright',
    'all right', 'got it', 'noted', 'understood', 'sure', 'yes', 'yep', 'yeah', 'awesome', 'excellent', 'lol',
    'super', 'parfait', 'genial', 'top', 'd accord', 'dacc', 'dac', 'ok ca marche', 'ca marche', 'entendu', 'compris',
    'nickel', 'impec', 'tres bien', 'bien', 'oui', 'ouais', 'bon', 'excellent',
    'otimo', 'perfeito', 'show', 'legal', 'certo', 'entendi', 'beleza', 'massa', 'sim', 'ta bom', 'ta bem',
    'ta certo', 'combinado', 'show de bola', 'maravilha', 'joia', 'fechado', 'uhum',
  ],
};

// Greetings that may come with the rest ("hi, thanks", "bom dia, tudo bem?").
// prettier-ignore
const GREETINGS = [
  'hi', 'hello', 'hey', 'bonjour', 'bonsoir', 'coucou', 'oi', 'ola', 'bom dia', 'boa tarde', 'boa noite', 'e ai',
  'again', 'encore', 'de novo', 'a lot', 'bcp', 'beaucoup', 'muito', 'so much', 'very much', 'mesmo', 'pour tout',
  'por tudo', 'for everything', 'for that', 'for the help', 'pour l aide', 'pela ajuda', 'and', 'et', 'e', 'bot',
  'robot', 'robo', 'you', 'toi', 'vous', 'voce', 'vc', 'mate', 'buddy', 'pal', 'mec', 'cara', 'amigo', 'amiga',
];

// The order in which a mixed message is answered: "ok thanks, bye" is a goodbye.
const ORDER: readonly SmallTalkTopic[] = ['bye', 'thanks', 'howAreYou', 'ack'];

// A phrase → its topic, longest phrases first so that "thank you so much" is one phrase.
const ENTRIES: ReadonlyArray<[string[], SmallTalkTopic | null]> = [
  ...(Object.entries(PHRASES) as Array<[SmallTalkTopic, string[]]>).flatMap(([topic, list]) =>
    list.map((p): [string[], SmallTalkTopic | null] => [words(p), topic]),
  ),
  ...GREETINGS.map((p): [string[], SmallTalkTopic | null] => [words(p), null]),
].sort((a, b) => b[0].length - a[0].length);

// Emoji that stand for a whole message ("👍", "🙏"), read from the text as typed.
const EMOJI_ONLY: ReadonlyArray<[RegExp, SmallTalkTopic]> = [
  [/^[\s🙏]+$/u, 'thanks'],
  [/^[\s👋]+$/u, 'bye'],
  [/^[\s👍👌✅🆗🙂😀😃😄😊😉👏💯]+$/u, 'ack'],
];

function words(text: string): string[] {
  return text
    .replace(/[''`]/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 0);
}

// "merciiii", "obrigadaaa", "thankss", "okkk": letters typed once too many.
function collapse(word: string): string {
  return word.replace(/(\p{L})\1{2,}/gu, '$1').replace(/(\p{L})\1$/u, '$1');
}

/** The message is thanks, a goodbye, "how are you" or an acknowledgement, and nothing else. */
export function readSmallTalk(f: Folded, typed: string): Intent | undefined {
  const original = typed
    .slice(0, 64)
    .replace(/\uFE0F|[\u{1F3FB}-\u{1F3FF}]/gu, '')
    .trim();
  for (const [pattern, topic] of EMOJI_ONLY) {
    if (original.length > 0 && pattern.test(original)) return { kind: 'smallTalk', topic };
  }
  const tokens = words(f.folded);
  if (tokens.length === 0 || tokens.length > 12) return undefined;
  const seen = new Set<SmallTalkTopic>();
  let i = 0;
  while (i < tokens.length) {
    const match = ENTRIES.find(([phrase]) => phrase.every((w, k) => same(tokens[i + k], w)));
    if (!match) return undefined;
    if (match[1]) seen.add(match[1]);
    i += match[0].length;
  }
  const topic = ORDER.find((t) => seen.has(t));
  return topic ? { kind: 'smallTalk', topic } : undefined;
}

function same(token: string | undefined, word: string): boolean {
  if (token === undefined) return false;
  return token === word || collapse(token) === word || collapse(token) === collapse(word);
}
