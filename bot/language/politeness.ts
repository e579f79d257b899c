/**
 * Politeness and request wrappers around a command ("could you please…", "je voudrais…", "eu
 * queria…"), removed before the command is read.
 */
import { type Folded, removeRanges } from './normalize';
import { B, E } from './patterns';

// Removed wherever they stand.
const ANYWHERE = new RegExp(
  `${B}(?:(?:please|pls|plz|plse|kindly|thanks|thank you(?: (?:very|so) much)?|thx|if possible|if you can|` +
    `s'il te plait|s'il vous plait|s'il-te-plait|s'il-vous-plait|s il te plait|s il vous plait|stp|svp|si possible|` +
    `por favor|por gentileza|obrigad[oa]|valeu|grat[oa]|se possivel)${E}` +
    `|merci(?:\\s+(?:beaucoup|bien|d'avance))?(?:\\s+de\\s+|\\s+d'(?=\\p{L})|${E}))`,
  'gu',
);

// prettier-ignore
const GREETINGS = [
  'hi there', 'hello there', 'hi', 'hello', 'hey', 'hiya', 'yo', 'good morning', 'good afternoon', 'good evening',
  'bonjour', 'bonsoir', 'salut', 'coucou', 'oi', 'ola', 'opa', 'e ai', 'bom dia', 'boa tarde', 'boa noite',
  'ok', 'okay', 'alors', 'entao', 'euh', 'hum', 'well', 'so',
];

// prettier-ignore
const REQUESTS = [
  // English
  'can you', 'could you', 'would you', 'will you', 'can u', 'could u', 'would you mind', 'would you be able to',
  'are you able to', 'would it be possible to', 'is it possible to', "i'd like you to", 'i want you to',
  "i'd like to", 'i would like to', "i'd like", 'i would like', 'i want to', 'i wanna', 'i want', 'i need to', 'i need',
  "i'd love to", "i'm looking for", 'i am looking for', 'looking for', "let's", 'lets', 'let me', 'go ahead and',
  'just', 'quickly', 'help me to', 'help me', 'can i', 'could i', 'may i', 'how do i', 'how can i', 'how to',
  'tell me', 'show me', 'show', 'list', 'give me', 'check', 'see', 'view', 'what about',
  "let me know if", 'let me know whether', 'tell me if', 'tell me whether', 'check if', 'check whether', 'see if',
  'find out if', 'do you know if', 'do you know whether', 'i wonder if',
  // French
  'je voudrais', 'je voudrai', 'je veux', "j'aimerais", "j'aimerai", 'je souhaite', 'je souhaiterais', 'je desire',
  'peux-tu', 'peux tu', 'pouvez-vous', 'pouvez vous', 'pourrais-tu', 'pourrais tu', 'pourriez-vous', 'pourriez vous',
  'tu peux', 'vous pouvez', 'tu pourrais', 'vous pourriez', 'est-ce que tu peux', 'est-ce que vous pouvez',
  'est ce que tu peux', 'est ce que vous pouvez', 'est-ce que tu pourrais', 'veuillez', 'merci de', "merci d'",
  'il faudrait', 'il me faudrait', 'il me faut', "j'ai besoin de", "j'ai besoin d'", 'je cherche', 'on peut', 'peut-on',
  'puis-je', 'pourrais-je', 'je peux', 'montre-moi', 'montre moi', 'montrez-moi', 'montrez moi', 'affiche-moi',
  'affiche moi', 'affichez', 'affiche', 'afficher', 'voir', 'donne-moi', 'donne moi', 'donnez-moi', 'dis-moi si',
  'dis moi si', 'dites-moi si', 'me dire si', 'nous dire si', 'dire si', 'me dis si', 'dis-moi', 'dis moi', 'dites-moi', 'verifie si', 'verifier si', 'est-ce que',
  'est ce que', "est-ce qu'", "est ce qu'", 'aide-moi a', 'aidez-moi a', 'aide moi a', 'comment', 'me', "m'",
  // Portuguese
  'eu queria', 'queria', 'eu quero', 'quero', 'eu gostaria de', 'gostaria de', 'eu gostaria', 'gostaria',
  'eu preciso de', 'preciso de', 'eu preciso', 'preciso', 'voce pode', 'voce poderia', 'voce consegue', 'vc pode',
  'vc poderia', 'vc consegue', 'pode', 'poderia', 'consegue', 'tem como', 'da pra', 'da para', 'me mostra',
  'me mostre', 'mostre-me', 'mostre', 'mostra', 'mostrar', 'me diga se', 'me diz se', 'me fala se', 'me diga',
  'me diz', 'me fala', 'diga-me', 'me dizer se', 'dizer se', 'me falar se', 'falar se', 'sera que', 'quero ver', 'ver', 'veja', 'verifica se', 'verifique se',
  'verificar se', 'me ajuda a', 'me ajude a', 'como',
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (list: string[]): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|');

// A wrapper at the start, followed by the real request.
const LEADING = new RegExp(`^\\s*(?:${alternation([...GREETINGS, ...REQUESTS])})(?:\\s+|(?<='))(?=\\S)`, 'u');

// "what is X" / "quel est X" — but not "what's on in Everest".
const WHAT_IS =
  /^\s*(?:what is|what's|whats|what are|quel est|quelle est|quels sont|quelles sont|qual e|qual a|quais sao)\s+(?!on\b|happening|going|booked|scheduled|planned|in\b)(?=\S)/u;

/** Removes politeness anywhere and request wrappers at the start, until nothing changes. */
export function stripPoliteness(input: Folded): Folded {
  let f = input;
  for (let round = 0; round < 12; round += 1) {
    ANYWHERE.lastIndex = 0;
    const spots = [...f.folded.matchAll(ANYWHERE)].map((m): [number, number] => [
      m.index,
      m.index + m[0].length,
    ]);
    if (spots.length > 0) {
      f = removeRanges(f, spots);
      continue;
    }
    const lead = LEADING.exec(f.folded) ?? WHAT_IS.exec(f.folded);
    if (lead) {
      f = removeRanges(f, [[lead.index, lead.index + lead[0].length]]);
      continue;
    }
    break;
  }
  return f;
}

/** A greeting alone ("hello", "bom dia"): answered with help. */
export function isGreetingOnly(f: Folded): boolean {
  return new RegExp(`^\\s*(?:${alternation(GREETINGS)})\\s*$`, 'u').test(f.folded);
}
