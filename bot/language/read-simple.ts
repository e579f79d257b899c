/** Commands without parameters (or with free text): help, report a problem, sync status, my bookings. */
import type { Intent } from './intents';
import { type Folded, removeRanges } from './normalize';
import { anchored, firstHit, originalOf } from './patterns';
import { scanWhen, type WhenContext } from './when';

// prettier-ignore
const HELP = [
  anchored(
    [
      'help', 'aide', 'ajuda', 'socorro', 'menu', 'commands?', 'commandes?', 'comandos?', 'options?', 'opcoes',
      'what can you do', 'what can i do', 'what do you do', 'what can i ask', 'how does (?:this|it) work',
      'que sais-tu faire', 'que peux-tu faire', "qu'est-ce que tu (?:sais|peux) faire", 'tu sais faire quoi',
      'que fais-tu', "qu'est-ce que je peux faire", 'o que (?:voce|vc|tu) (?:sabe|pode|consegue|faz)(?: fazer)?',
      'o que eu posso fazer', 'start', 'commencer', 'comecar', 'begin', 'help me', 'aide-moi', 'aidez-moi',
      'aide moi', 'me ajuda', 'me ajude', 'ajude-me', 'instructions', 'guide', 'usage', "mode d'emploi", 'manual',
      'documentation', 'i need help', "j'ai besoin d'aide", 'preciso de ajuda',
    ].join('|'),
  ),
  anchored('(?:help|aide|ajuda)\\s+(?:with|on|about|for|pour|sur|avec|com|sobre|para)\\s+.*'),
];

const REPORT_NOUN_EN = '(?:problem|issue|bug|incident|ticket|fault|error)s?';
const REPORT_NOUN_FR = '(?:probleme|bug|incident|souci|anomalie|ticket|panne|erreur|dysfonctionnement)s?';
const REPORT_NOUN_PT = '(?:problema|erro|bug|falha|incidente|chamado|defeito)s?';
const DESCRIPTION = '(?:\\s+(?<d>.+))?';

// prettier-ignore
const REPORT = [
  anchored(`(?:report|log|raise|file|open|submit|signal|flag|create)\\s+(?:(?:a|an|the|one)\\s+)?${REPORT_NOUN_EN}${DESCRIPTION}`),
  anchored(
    `(?:i\\s+(?:have|got|'ve got|ve got|am having|'m having|m having|have got|hit|found|think there is)|i'm having|im having|there\\s+is|there's|theres|we\\s+have)\\s+(?:(?:a|an|some)\\s+)?${REPORT_NOUN_EN}${DESCRIPTION}`,
  ),
  anchored(`(?:problem|issue|bug|something(?:'s| is) wrong|something went wrong|it(?:'s| is) not working|it doesn't work|doesn't work|not working|broken)${DESCRIPTION}`),
  anchored(`(?:signaler|signale|signalez|declarer|declare|remonter|remonte|ouvrir|ouvre|rapporter|faire remonter|creer)\\s+(?:(?:un|une|le|la)\\s+)?${REPORT_NOUN_FR}${DESCRIPTION}`),
  anchored(`(?:j'ai|jai|il y a|y a|on a|nous avons|je rencontre|j'ai rencontre)\\s+(?:(?:un|une|des)\\s+)?${REPORT_NOUN_FR}${DESCRIPTION}`),
  anchored(`(?:probleme|bug|souci|panne|ca ne marche pas|ca marche pas|ca ne fonctionne pas|ca fonctionne pas|rien ne marche)${DESCRIPTION}`),
  anchored(`(?:relatar|reportar|informar|registrar|abrir|comunicar|relate|reporte|reporta|registre|abra|notificar|avisar de|avisar sobre|criar)\\s+(?:(?:um|uma|o|a)\\s+)?${REPORT_NOUN_PT}${DESCRIPTION}`),
  anchored(`(?:tenho|estou com|to com|eu tenho|temos|tem|ha|deu|esta dando|ta dando|encontrei)\\s+(?:(?:um|uma)\\s+)?${REPORT_NOUN_PT}${DESCRIPTION}`),
  anchored(`(?:problema|erro|falha|nao funciona|nao esta funcionando|nao ta funcionando|deu erro|deu problema)${DESCRIPTION}`),
];

const SYNC_WORD =
  /^(?:sync|synch|syncs|syncing|synchro|synchros|synchronisation|synchronization|synchronisations|synchronizations|synchroniser|synchronize|synchronise|sincronizacao|sincronizacoes|sincronismo|sincronia|sincronizar|sincro|resync)$/u;
const SYNC_FILLER = new Set(
  (
    'status statut statuts state states etat estado estados situacao situation health sante saude report rapport ' +
    'relatorio overview info infos details check verification verificacao verifier verificar the of de la le les des ' +
    'du da do das dos a o as os l d user users utilisateur utilisateurs usuario usuarios people personnes pessoas ' +
    'presence presenca teams microsoft mitel cloudlink connector connecteur conector directory annuaire diretorio ' +
    'last derniere dernier ultima ultimo latest how is going comment va se passe como esta vai what quel quelle qual ' +
    'e and et now maintenant agora show my mon ma admin it ok ca em dia integration integracao current actuel ' +
    'actuelle atual with avec com between entre phone telephone telefone pbx des en cours'
  ).split(' '),
);
const HEALTH = anchored(
  "(?:(?:the|l'|le|la|o|a)\\s*)?(?:health|health ?check|sante|etat de sante|saude|estado de saude|status|statut|estado|" +
    'system status|statut du systeme|etat du systeme|status do sistema|estado do sistema|diagnostics?|diagnostico|etat)' +
    '(?:\\s+(?:check|report|now))?',
);

const BOOKINGS_NOUN_PLURAL =
  '(?:bookings|reservations|booked rooms|reservas|agendamentos|rooms booked|salles reservees|salas reservadas)';
// "mes resas", "my bkgs", "minhas rsv": the short forms people type.
const BOOKINGS_SHORT = 'resas?|rezas?|reservs?|resvs?|rsvs?|bkgs|bkngs|bookings?s|rsvas?';
const BOOKINGS_NOUN_ANY = `(?:${BOOKINGS_NOUN_PLURAL}|${BOOKINGS_SHORT}|booking|reservation|reserva|agendamento|agenda|meetings|reunions|reunioes)`;
const POSSESSIVE = '(?:my|mes|mon|ma|minhas|minha|meus|meu)';
const UPCOMING = '(?:(?:upcoming|next|future|current|prochaines?|futures?|proximas?|futuras?)\\s+)?';
const ROOMS_SUFFIX =
  '(?:\\s+(?:de salles?|de salas?|des salles|of rooms?|rooms?|de sala))?(?:\\s+(?:a venir|futuras|upcoming|prevues|previstas))?';
// prettier-ignore
const MY_BOOKINGS = [
  anchored(`(?:(?:all|tous|toutes|todas|todos)\\s+)?${POSSESSIVE}\\s+${UPCOMING}(?:room\\s+|meeting\\s+)?${BOOKINGS_NOUN_ANY}${ROOMS_SUFFIX}`),
  anchored(`(?:(?:the|les|as|os)\\s+)?${UPCOMING}(?:room\\s+)?${BOOKINGS_NOUN_PLURAL}${ROOMS_SUFFIX}`),
  anchored(
    `(?:cancel|annuler|annule|cancelar|cancela|cancele)\\s+(?:(?:a|my|one of my|une|ma|mes|uma|minha|minhas|the|la|le|une de mes)\\s+)?(?:room\\s+)?(?:bookings?|reservations?|reservas?|reunioes|reuniao)`,
  ),
  anchored("what (?:have|did) i book(?:ed)?|qu'est-ce que j'ai reserve|(?:o )?que (?:eu )?reservei|what rooms have i booked"),
];

// Every pattern of MY_BOOKINGS has one of these words.
const MAY_BE_BOOKINGS = new RegExp(
  `(?:^|[^\\p{L}])(?:${BOOKINGS_NOUN_ANY}|${BOOKINGS_SHORT}|bookings?|reservations?|reservas?|reunioes|reuniao|booked|i book|reserve|reservei)(?![\\p{L}])`,
  'u',
);

/** "help", "aide", "ajuda", "what can you do"… */
export function readHelp(f: Folded): Intent | undefined {
  return firstHit(HELP, f.folded) ? { kind: 'help' } : undefined;
}

/** "report a problem", "signaler un problème", "tenho um problema: …" */
export function readReportProblem(f: Folded): Intent | undefined {
  const found = firstHit(REPORT, f.folded);
  if (!found) return undefined;
  const description = originalOf(f, found, 'd')
    ?.replace(/^(?:with|about|on|regarding|avec|sur|concernant|com|sobre|no|na|em|de|d'|:|-)\s*/iu, '')
    .trim();
  return description ? { kind: 'reportProblem', description } : { kind: 'reportProblem' };
}

/** "sync status", "health", "état de la synchronisation", "status da sincronização" — in any order. */
export function readSyncStatus(f: Folded): Intent | undefined {
  if (HEALTH.test(f.folded)) return { kind: 'syncStatus' };
  const words = f.folded
    .replace(/\b([ld])'/g, '$1 ')
    .split(/[\s-]+/)
    .filter((w) => w.length > 0);
  if (!words.some((w) => SYNC_WORD.test(w))) return undefined;
  return words.every((w) => SYNC_WORD.test(w) || SYNC_FILLER.has(w)) ? { kind: 'syncStatus' } : undefined;
}

// Words left hanging once a day is taken out ("mes réservations de |demain|").
const HANGING =
  /(?:\s+(?:for|pour|de|d'|du|para|do|da|on|le|in|of|this|ce|cette|esta|a partir de|from|des))+\s*$/u;

/** "my bookings", "mes réservations de demain", "minhas reservas". */
export function readMyBookings(f: Folded, ctx: WhenContext): Intent | undefined {
  if (firstHit(MY_BOOKINGS, f.folded)) return { kind: 'myBookings' };
  // Reading dates is the costly part: only when a word of the patterns above is there at all
  // (not for "book a room tomorrow", which is a search).
  if (!MAY_BE_BOOKINGS.test(f.folded)) return undefined;
  const { spans } = scanWhen(f, ctx);
  if (spans.length === 0) return undefined;
  const rest = removeRanges(f, spans).folded.replace(HANGING, '');
  return firstHit(MY_BOOKINGS, rest) ? { kind: 'myBookings' } : undefined;
}
