/** The call log: "my calls", "missed calls from Alice today", "appels reçus", "chamadas de hoje". */
import type { CallFilter, CallPeriod, Intent } from './intents';
import { type Folded, originalSlice, removeRanges } from './normalize';
import { B, E, hit } from './patterns';

const NOUN =
  'calls|phone calls|appels(?: telephoniques)?|chamadas|ligacoes|telefonemas|call history|calls history|call log|call logs|' +
  "call list|call records|history|historique(?: d'appels| des appels)?|journal (?:d'appels|des appels)|historico(?: de chamadas| de ligacoes)?|" +
  'registro de (?:chamadas|ligacoes)|log|recents|recent|recentes|journal|' +
  'missed call|appel manque|appel en absence|chamada perdida|ligacao perdida|chamada nao atendida|ligacao nao atendida';
const WHO_CALLED = "who called(?: me)?|qui m'a appelee?|quem me ligou|quem ligou";
const WHO_I_CALLED = 'who did i call|qui ai-je appele|(?:para |pra )?quem eu liguei';

const GATE = new RegExp(`${B}(?:${NOUN}|${WHO_CALLED}|${WHO_I_CALLED})${E}`, 'u');

const PERIOD = new RegExp(
  `${B}(?:(?:of|from|for|de|d'|du|da|do|desta|dessa|nesta|nessa|this|cette|ce|esta|essa|em|on|pour|para|de la|in the|over the|sur la|the|la|a)\\s*)*` +
    `(?<p>today|aujourd'hui|aujourd hui|aujourdhui|hoje|yesterday|hier|ontem|(?:this|last|past)\\s+week|cette\\s+semaine|semaine|` +
    `(?:ultima\\s+)?semana|week|last\\s+7\\s+days|(?:les\\s+)?7\\s+derniers\\s+jours|(?:os\\s+)?ultimos\\s+7\\s+dias)(?:'s)?${E}`,
  'gu',
);
const MISSED =
  "i missed|did i miss|have i missed|i didn't answer|i did not answer|i didnt answer|j(?:'|\\s)?ai manques?|j(?:'|\\s)?ai manquees?|" +
  "j(?:'|\\s)?ai ratees?|j(?:'|\\s)?ai rates?|ratees?|rates?|que j(?:'|\\s)?ai manques?|que j(?:'|\\s)?ai manquees?|je n'ai pas repondu|" +
  'perdi|eu perdi|que perdi|nao atendi|que nao atendi|eu nao atendi|' +
  'missed|unanswered|manques?|manquees?|en absence|non repondus?|perdidas?|perdidos?|nao atendidas?|nao atendidos?';
const INCOMING = `i received|i got|j(?:'|\\s)?ai recus?|j(?:'|\\s)?ai recues?|que j(?:'|\\s)?ai recus?|que j(?:'|\\s)?ai recues?|recebi|eu recebi|que recebi|incoming|received|inbound|recus|recues|entrants?|recebidas?|recebidos?|de entrada|entrantes?|${WHO_CALLED}`;
const OUTGOING = `i made|i placed|i did|j(?:'|\\s)?ai passes|j(?:'|\\s)?ai faits|que j(?:'|\\s)?ai passes|que j(?:'|\\s)?ai faits|fiz|eu fiz|que fiz|que eu fiz|outgoing|outbound|placed|dialed|dialled|made|sent|emis|sortants?|passes|effectues|feitas|efetuadas|realizadas|de saida|enviadas|${WHO_I_CALLED}`;
const FILTERS: ReadonlyArray<[CallFilter, RegExp]> = [
  ['missed', new RegExp(`${B}(?:${MISSED})${E}`, 'gu')],
  ['incoming', new RegExp(`${B}(?:${INCOMING})${E}`, 'gu')],
  ['outgoing', new RegExp(`${B}(?:${OUTGOING})${E}`, 'gu')],
];
const NOUNS = new RegExp(`${B}(?:${NOUN})${E}`, 'gu');
const FILLER =
  'my|mes|mon|ma|minhas|meus|meu|minha|the|les|le|la|as|os|o|a|all|tous|toutes|todas|todos|last|latest|derniers?|' +
  "dernieres?|ultimas?|ultimos?|show|list|liste|lista|voir|ver|des|de|d'|du|da|do|call|appel|chamada|and|et|e|phone|" +
  'telephoniques|mine|meus|me|' +
  // Question words and helpers: "quais ligações perdi hoje", "which calls did i miss", "quels appels ai-je ratés".
  "quais|qual|quelles?|quels?|which|what|any|were|there|did|do|have|i|ai-je|est-ce que|est ce que|est-ce qu'|" +
  "j(?:'|\\s)?ai|eu|tive|teve|houve|tem|ha|que|ce que|on|ont|eu ja|got|please|pls|svp|stp|any new|new|nouveaux|novas?|novos?";
const EDGE_FILLER = new RegExp(`^(?:\\s*(?:${FILLER})${E})+|(?:\\s+(?:${FILLER}))+\\s*$`, 'gu');
const PEER = new RegExp(
  `^\\s*(?<prep>from|with|to|by|of|avec|vers|pour|par|de|d'|du|a|au|com|para|pra|pro|dos|das|do|da)(?:\\s+|(?<='))(?<who>\\S.*?)\\s*$`,
  'du',
);

function periodOf(word: string): CallPeriod {
  if (/today|aujourd|hoje/.test(word)) return 'today';
  if (/yesterday|hier|ontem/.test(word)) return 'yesterday';
  return 'week';
}

/** "my calls", "call history", "missed calls from Alice today", "appels manqués", "chamadas de hoje". */
export function readMyCalls(f: Folded): Intent | undefined {
  if (!GATE.test(f.folded)) return undefined;
  const removed: Array<[number, number]> = [];
  let period: CallPeriod | undefined;
  for (const m of f.folded.matchAll(PERIOD)) {
    period ??= periodOf(m.groups?.p ?? '');
    removed.push([m.index, m.index + m[0].length]);
  }
  let filter: CallFilter = 'all';
  for (const [name, pattern] of FILTERS) {
    for (const m of f.folded.matchAll(pattern)) {
      if (filter === 'all') filter = name;
      removed.push([m.index, m.index + m[0].length]);
    }
  }
  for (const m of f.folded.matchAll(NOUNS)) {
    if (/missed|manque|absence|perdida|atendida/.test(m[0]) && filter === 'all') filter = 'missed';
    removed.push([m.index, m.index + m[0].length]);
  }
  const rest = removeRanges(f, overlapping(removed));
  const peerText = rest.folded.replace(EDGE_FILLER, (whole) => ' '.repeat(whole.length));
  const intent: Intent = { kind: 'myCalls', filter };
  if (period) intent.period = period;
  if (peerText.trim().length === 0) return intent;

  const peer = hit(PEER, peerText);
  const range = peer?.range('who') ?? trimmedRange(peerText);
  const article = /^(?:o|a|os|as|the|le|la)\s+(?=\S)/u.exec(peerText.slice(range[0], range[1]));
  if (article) range[0] += article[0].length;
  const who = originalSlice(rest, range[0], range[1]);
  if (who.length === 0 || who.split(/\s+/).length > 6) return intent;
  intent.peer = who;
  const prep = peer?.group('prep');
  if (intent.filter === 'all' && prep === 'from') intent.filter = 'incoming';
  if (
    intent.filter === 'all' &&
    (prep === 'to' || prep === 'vers' || prep === 'para' || prep === 'pra' || prep === 'pro')
  ) {
    intent.filter = 'outgoing';
  }
  return intent;
}

function trimmedRange(text: string): [number, number] {
  const start = text.length - text.trimStart().length;
  return [start, text.trimEnd().length];
}

// Ranges may overlap (a filter inside a noun); merge them.
function overlapping(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}
