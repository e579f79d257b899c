/** Commands about a person: call, presence, speed dials. */
import type { Intent, Target } from './intents';
import { type Folded, removeRanges } from './normalize';
import { anchored, B, E, hit, type Hit } from './patterns';
import { type FoundTarget, targetIn } from './target';

const CALL_EN =
  '(?:the )?(?:phone )?numbers? (?:of|for)|call(?:\\s+up|\\s+back)?|dial|ring(?:\\s+up)?|phone|telephone|place a call (?:to|with)|make a call (?:to|with)|' +
  'start a call (?:to|with)|give a call to|connect me (?:to|with)|put me through to|find|look up|lookup|search for|search|' +
  'who is|contact';
const CALL_FR =
  'appeler|appelle|appelez|appelles|appel|rappeler|rappelle|rappelez|telephoner|telephone|telephonez|composer|compose|' +
  'composez|joindre|joins|joignez|contacter|contacte|contactez|passe-moi|passe moi|passez-moi|passez moi|' +
  'mets-moi en relation avec|mettez-moi en relation avec|mets moi en relation avec|' +
  '(?:lance|lancer|passe|passer|faire|fais) un appel (?:vers|a|avec)|appel vers|trouve|trouver|cherche|chercher|' +
  "rechercher|qui est|(?:le )?numeros? (?:de|d')";
const CALL_PT =
  'ligar de volta para|retornar a ligacao para|retornar para|retorne para|ligar|ligue|liga|chamar|chame|chama|' +
  'telefonar|telefone|telefona|discar|disque|disca|(?:fazer|faca|faz) uma (?:ligacao|chamada)|' +
  '(?:iniciar|inicia|inicie) uma chamada|me liga com|me conecta com|me coloca em contato com|procurar|procure|' +
  'buscar|busque|encontrar|encontre|quem e|(?:o )?(?:numero|telefone|contato) (?:do|da|de)';

const CALL = [
  anchored(`(?<verb>${CALL_PT})\\s+(?:(?:para|pra|pro|pros|ao|com|p/|a)\\s+)?(?<pt>)(?<t>.+)`),
  anchored(`(?<verb>${CALL_EN}|${CALL_FR})\\s+(?:(?:to|au|aux|vers|avec|a)\\s+)?(?<t>.+)`),
  anchored('(?:give|gimme)\\s+(?<t>.+?)\\s+a\\s+(?:call|ring|buzz)'),
];

const PRESENCE_NOUN =
  'presence|presences|presenca|status|statut|availability|disponibilite|disponibilidade|dispo|etat|estado|state';
const ADJ_EN =
  'available|free|busy|online|offline|around|in|there|here|reachable|away|on the phone|on a call|in a call|' +
  'in a meeting|at (?:his|her|their) desk|in the office|in office|on line|on dnd|dnd|do not disturb';
const ADJ_FR =
  'disponible|dispo|libre|occupee?|en ligne|joignable|la|presente?|au bureau|en reunion|en communication|' +
  'au telephone|absente?|connectee?|en rendez-vous';
const ADJ_PT =
  'disponivel|livre|ocupad[oa]|online|on-line|offline|no escritorio|em reuniao|em ligacao|em chamada|ausente|' +
  'conectad[oa]|ai|la|presente|no telefone';
const NOW =
  '(?:\\s+(?:now|right now|at the moment|currently|today|maintenant|en ce moment|actuellement|agora|no momento|hoje))?';

const PRESENCE = [
  anchored(
    `(?:(?:the|la|le|l'|a|o)\\s*)?(?:${PRESENCE_NOUN})\\s+(?:(?:of|for|de la|de|du|d'|da|do|das|dos)\\s*)?(?<t>.+)`,
  ),
  anchored(`(?:is|are)\\s+(?<t>.+?)\\s+(?:${ADJ_EN})${NOW}`),
  anchored(
    `(?<t>.+?)\\s+(?:est-elle|est-il|est-t-elle|est-t-il|est elle|est il|est t elle|est t il|est)\\s+(?:${ADJ_FR})${NOW}`,
  ),
  anchored(`(?:(?:o|a)\\s+)?(?<pt>)(?<t>.+?)\\s+(?:esta|ta|estah|se encontra|fica)\\s+(?:${ADJ_PT})${NOW}`),
  anchored(`(?<t>.+?)(?:'s|'|s')?\\s+(?:${PRESENCE_NOUN})`),
  anchored(`(?<t>.+?)\\s+(?:is\\s+)?(?:available|free|busy|online|reachable)${NOW}`),
  anchored(`(?<t>.+?)\\s+(?:disponible|dispo|en ligne)${NOW}`),
  anchored(`(?:(?:o|a)\\s+)?(?<pt>)(?<t>.+?)\\s+(?:disponivel|livre|online)${NOW}`),
];

// What stands where a name should, in sentences that are not about a person.
const NOT_A_PERSON = new RegExp(
  `^(?:there|il|ele|ela|it|that|this|ca|isso|who|qui|quem|everyone|everybody|tout le monde|todos|someone|quelqu'un|alguem)${E}|${B}(?:est|est-elle|est-il|esta|is)$`,
  'u',
);

// Words that complete another question ("who is available") rather than name someone.
const NOT_A_NAME = new RegExp(`^(?:${ADJ_EN}|${ADJ_FR}|${ADJ_PT}|me|moi|mim)$`, 'u');

const SPEED_DIALS =
  'speed[ -]?dials?|speed[ -]?dialing|fast dials?|favou?rites?|favs?|shortcuts?|numeros? abreges?|' +
  'numerotations? abregees?|appels? abreges?|numeros? rapides?|favoris|raccourcis|discagens? rapidas?|' +
  'discagem rapida|discagens rapidas|discagem abreviada|numeros? rapidos?|favoritos?|atalhos?|contatos favoritos|' +
  'contacts favoris';
const SPEED_DIALS_PHRASE = new RegExp(
  `${B}(?:(?:to|into|in|on|from|off|out of|of|as|aux|au|a|dans|de|des|du|d'|en|comme|sur|parmi|em|na|no|nas|nos|as|da|do|das|dos|para|pra|como|entre)\\s*)?` +
    `(?:(?:my|the|a|an|mes|les|mon|ma|minha|minhas|meus|meu|as|os|o|um|uma)\\s+)?(?:${SPEED_DIALS})${E}`,
  'u',
);
const ADD = new RegExp(
  `^\\s*(?<verb>add|put|save|include|pin|set|ajoute|ajouter|ajoutez|rajoute|rajouter|mets|mettre|mettez|enregistre|` +
    `enregistrer|adicionar|adiciona|adicione|coloca|colocar|coloque|inclui|incluir|inclua|salvar|salva|salve|` +
    `bota|botar|ponha|por)(?:\\s+(?:me|moi|-moi))?\\s+(?=\\S)`,
  'u',
);
const REMOVE = new RegExp(
  `^\\s*(?<verb>remove|delete|drop|unpin|take out|take|erase|retire|retirer|retirez|supprime|supprimer|supprimez|` +
    `enleve|enlever|enlevez|efface|effacer|ote|oter|remover|remova|tira|tirar|tire|excluir|exclui|exclua|apagar|` +
    `apaga|apague|deletar|deleta)\\s+(?=\\S)`,
  'u',
);
const LIST_ONLY = anchored(
  '(?:(?:show|list|see|view|display|voir|affiche|afficher|liste|lister|montre|mostrar|mostra|mostre|ver|listar|open|ouvrir|abrir|manage|gerer|gerenciar|all|tous|todos|todas|les|the|os|as|my|mes|minhas|meus)\\s*)*',
);
const PT_VERB =
  /^(?:adicionar|adiciona|adicione|coloca|colocar|coloque|inclui|incluir|inclua|salvar|salva|salve|bota|botar|ponha|por|remover|remova|tira|tirar|tire|excluir|exclui|exclua|apagar|apaga|apague|deletar|deleta)$/u;

function found(f: Folded, h: Hit, device: boolean): FoundTarget | undefined {
  const range = h.range('t');
  if (!range) return undefined;
  const portugueseArticle =
    h.range('pt') !== undefined ||
    /^(?:ligar|ligue|liga|chamar|chame|chama|telefon|discar|disque|disca)/.test(h.group('verb') ?? '');
  return targetIn(f, range[0], range[1], { device, portugueseArticle });
}

/** "call Alice", "appelle Hélène", "ligue para o João", "call +33 1 23 45 67 89", "call Alice on her mobile". */
export function readCall(f: Folded): Intent | undefined {
  for (const pattern of CALL) {
    const h = hit(pattern, f.folded);
    if (!h) continue;
    const t = found(f, h, true);
    if (t && !NOT_A_NAME.test(f.folded.slice(...(h.range('t') ?? [0, 0])).trim()))
      return { kind: 'call', ...t };
  }
  return undefined;
}

/** "presence Alice", "is Alice available", "Alice est-elle disponible", "a Alice está disponível". */
export function readPresence(f: Folded): Intent | undefined {
  for (const pattern of PRESENCE) {
    const h = hit(pattern, f.folded);
    if (!h) continue;
    const t = found(f, h, false);
    const words = f.folded.slice(...(h.range('t') ?? [0, 0])).trim();
    if (t && !NOT_A_PERSON.test(words)) {
      return { kind: 'presence', target: t.target };
    }
  }
  return undefined;
}

/** "speed dials", "add Alice to speed dials", "retire Alice de mes numéros abrégés", "adicionar a Alice à discagem rápida". */
export function readSpeedDials(f: Folded): Intent | undefined {
  const phrase = hit(SPEED_DIALS_PHRASE, f.folded);
  if (!phrase) return undefined;
  const rest = removeRanges(f, [[phrase.start, phrase.end]]);
  if (LIST_ONLY.test(rest.folded)) return { kind: 'speedDials', action: 'list' };
  for (const [action, verb] of [
    ['add', ADD],
    ['remove', REMOVE],
  ] as const) {
    const h = hit(verb, rest.folded);
    if (!h) continue;
    const portugueseArticle = PT_VERB.test(h.group('verb') ?? '');
    let end = rest.folded.length;
    const particle = /\s+(?:off|out|away)\s*$/u.exec(rest.folded);
    if (particle) end = particle.index;
    const t = targetIn(rest, h.end, end, { portugueseArticle });
    if (!t) return undefined;
    const target: Target = t.target;
    return action === 'add' ? { kind: 'speedDials', action, target } : { kind: 'speedDials', action, target };
  }
  return undefined;
}
