/** Rooms: "book a room tomorrow at 2pm for 6 people with a screen", "what's on in Everest". */
import type { BookRoomIntent, Equipment, Intent } from './intents';
import { type Folded, originalSlice } from './normalize';
import { NUMBER_WORDS, numberValue } from './numbers';
import { anchored, B, E, hit, type Hit, mask } from './patterns';
import { dayRange, scanWhen, type WhenContext } from './when';

const ROOM =
  '(?:(?:meeting|conference|huddle|board)\\s+rooms?|rooms?|meeting\\s+space|' +
  'salles?(?:\\s+de\\s+(?:reunion|conference|conf|reu))?|salas?(?:\\s+de\\s+(?:reuniao|reunioes|conferencia))?)';
const ARTICLE = "(?:(?:a|an|the|one|some|any|une|un|la|le|uma|um|de|d'|des)\\s*)?";
const FREE = '(?:(?:free|available|libre|disponible|dispo|livre|disponivel|empty|vide|vazia)\\s+)?';
const BOOK_VERB =
  'book|reserve|find|get|grab|need|want|look for|search for|search|schedule|organi[sz]e|block|' +
  "reserver|trouver|trouve|chercher|cherche|il me faut|besoin d'|besoin de|bloquer|bloque|prendre|prends|" +
  'reservar|reserva|encontrar|encontre|encontra|achar|ache|procurar|procure|precisamos de|agendar|agende|marcar|' +
  'marque|bloquear|bloqueie|arranjar|arranje|arruma|arrume';
const BOOK_GATES = [
  new RegExp(
    `${B}(?:${BOOK_VERB})(?:\\s*-?\\s*(?:me|moi|nous|us|pra mim|para mim|para nos))?\\s+${ARTICLE}${FREE}${ROOM}${E}`,
    'u',
  ),
  new RegExp(
    `^\\s*(?:(?:is there|are there|there is|any|y a-t-il|y a t il|il y a|tem|ha|existe)\\s+)?${ARTICLE}${FREE}${ROOM}${E}`,
    'u',
  ),
  new RegExp(`^\\s*(?:book|booking|reserve|reserver|reservar|bloquer)${E}`, 'u'),
  new RegExp(`${B}(?:a|an|any|une|uma|um)\\s+${FREE}${ROOM}${E}`, 'u'),
];

const PEOPLE_WORDS =
  'people|persons?|pax|attendees|participants?|guests|seats?|seater|personnes?|pers\\.?|places|pessoas?|' +
  'participantes|lugares|convidados|colleagues|collegues|colegas|invites';
const PEOPLE = [
  new RegExp(
    `${B}(?:(?:for|pour|para|pra|with|avec|com|of|de)\\s+)?(?:(?:a|an|une|uma|um)\\s+)?(?:(?:team|group|equipe|groupe|grupo|meeting|reunion|reuniao)\\s+(?:of|de)\\s+)?` +
      `(?:(?:at least|au moins|pelo menos|no minimo)\\s+)?(?<n>\\d{1,4}|${NUMBER_WORDS})\\s*-?\\s*(?:${PEOPLE_WORDS})(?![\\p{L}\\p{N}])`,
    'gu',
  ),
  new RegExp(
    `${B}(?:we are|we're|we will be|nous sommes|nous serons|on est|on sera|somos|seremos|vamos ser)\\s+(?<n>\\d{1,4}|${NUMBER_WORDS})${E}`,
    'gu',
  ),
  new RegExp(
    `${B}(?:capacity|capacite|capacidade|at least|au moins|pelo menos|minimum|min)\\s*(?:of|de)?\\s*(?<n>\\d{1,4})${E}`,
    'gu',
  ),
  new RegExp(`${B}(?:for|pour|para|pra)\\s+(?<n>\\d{1,4})(?![\\p{L}\\p{N}:])`, 'gu'),
];

// prettier-ignore
const EQUIPMENT_WORDS: ReadonlyArray<[Equipment, string]> = [
  ['videoConference', 'video[ -]?conferenc(?:e|ing)|videoconf|video calls?|visio[ -]?conferences?|visioconferences?|visios?|videoconferencias?|video[ -]?conferencias?|videochamadas?|video[ -]?chamadas?|videos?|vc|webcams?|cameras?|camaras?|teams rooms?|zoom'],
  ['display', 'screens?|displays?|monitors?|tvs?|televisions?|projectors?|beamers?|ecrans?|(?:video-?)?projecteurs?|teles?|televiseurs?|telas?|monitores?|projetor(?:es)?|televisao|televisores?|data ?show'],
  ['whiteboard', 'whiteboards?|white boards?|tableaux? blancs?|tableaux?|paperboards?|flip ?charts?|quadros? brancos?|quadros?|lousas?(?: brancas?)?'],
  ['phone', '(?:conference |speaker ?)?phones?|speakerphones?|polycoms?|telephones?(?: de conference)?|telefones?(?: de conferencia)?|viva[ -]voz|pieuvres?'],
  ['wheelchair', "wheelchair(?:[ -]accessible| access)?|(?:disabled|step-free) access|step-free|accessible(?: (?:aux )?(?:pmr|fauteuils? roulants?))?|accessibility|accessibilite|(?:acces )?pmr|fauteuils? roulants?|acessivel(?: para cadeirantes)?|acessibilidade|cadeirantes?|cadeiras? de rodas"],
];
const EQUIPMENT_LEAD =
  "(?:(?:with|avec|com|and|et|e|a|an|un|une|uma|um|des|de|d'|equipped with|equipee d'|equipee de|equipada com|having|that has|qui a|que tenha|ayant)\\s*)*";

const BUILDING = new RegExp(
  `${B}(?:(?:in|at|au|dans|en|no|na|em|on)\\s+(?:(?:the|le|la|o|a)\\s+|l')?)?(?:building|bldg|batiment|bat|immeuble|edifice|predio|edificio|bloco|tower|tour|torre|site|campus)\\s+(?<name>[^|]+)`,
  'du',
);
const BUILDING_TAIL = /(?:\s+(?:and|et|e|with|avec|com|for|pour|para|please|room|salle|sala))+\s*$/u;

function readPeople(f: Folded, found: Array<[number, number]>): number | undefined {
  let people: number | undefined;
  for (const pattern of PEOPLE) {
    for (const m of mask(f, found).folded.matchAll(pattern)) {
      const n = numberValue(m.groups?.n ?? '');
      if (n === undefined || !Number.isInteger(n) || n < 1 || n > 1000) continue;
      people ??= n;
      found.push([m.index, m.index + m[0].length]);
    }
  }
  return people;
}

function readEquipment(f: Folded, found: Array<[number, number]>): Equipment[] {
  const equipment: Equipment[] = [];
  for (const [name, words] of EQUIPMENT_WORDS) {
    const pattern = new RegExp(`${B}${EQUIPMENT_LEAD}(?:${words})${E}`, 'gu');
    for (const m of mask(f, found).folded.matchAll(pattern)) {
      if (!equipment.includes(name)) equipment.push(name);
      found.push([m.index, m.index + m[0].length]);
    }
  }
  return equipment;
}

function readBuilding(f: Folded, found: Array<[number, number]>): string | undefined {
  const masked = mask(f, found);
  const h = hit(BUILDING, masked.folded);
  const range = h?.range('name');
  if (!h || !range) return undefined;
  const words = masked.folded.slice(range[0], range[1]).replace(BUILDING_TAIL, '');
  const end = range[0] + words.trimEnd().length;
  const name = originalSlice(f, range[0], end);
  if (name.length === 0 || name.split(/\s+/).length > 4) return undefined;
  found.push([h.start, end]);
  return name;
}

/** "book a room tomorrow at 2pm for 1 hour for 6 people with a screen in building B", in any order. */
export function readBookRoom(f: Folded, ctx: WhenContext): Intent | undefined {
  let gate: RegExpExecArray | null = null;
  for (const pattern of BOOK_GATES) {
    gate = pattern.exec(f.folded);
    if (gate) break;
  }
  if (!gate) return undefined;
  const found: Array<[number, number]> = [[gate.index, gate.index + gate[0].length]];
  const when = scanWhen(mask(f, found), ctx);
  found.push(...when.spans);
  const intent: BookRoomIntent = { kind: 'bookRoom', equipment: [] };
  const people = readPeople(f, found);
  intent.equipment = readEquipment(f, found);
  const building = readBuilding(f, found);
  if (when.start) intent.start = when.start;
  if (when.durationMinutes !== undefined) intent.durationMinutes = when.durationMinutes;
  if (people !== undefined) intent.people = people;
  if (building !== undefined) intent.building = building;
  if (when.understood) intent.when = when.understood;
  if (when.errors.length > 0) intent.errors = when.errors;
  return intent;
}

const AGENDA_NOUN =
  'agenda|schedule|calendar|planning|bookings|occupancy|occupation|programme|calendrier|programacao|calendario|' +
  'ocupacao|reservations|reservas|timetable|emploi du temps';
const FREE_ROOM = '(?:free|available|booked|busy|taken|occupied)';
const AGENDA = [
  anchored(
    `(?:what's|whats|what is|what)\\s+(?:on|happening|going on|booked|scheduled|planned)\\s+(?:(?:in|at|for|on)\\s+)?(?<r>.+)`,
  ),
  anchored(
    `(?:(?:the|l'|le|la|o|a)\\s*)?(?:${AGENDA_NOUN})\\s+(?:(?:of|for|in|at|de la|de|du|des|d'|da|do|das|dos|na|no)\\s*)?(?<r>.+)`,
  ),
  anchored(
    `(?:availability|disponibilite|disponibilidade)\\s+(?:of|de la|de|da|do)\\s+(?:the\\s+)?(?:room|salle|sala)\\s+(?<r>.+)`,
  ),
  anchored(`(?:(?:the|la|le|a|o)\\s+)?(?<r>.+?)(?:'s|s')?\\s+(?:${AGENDA_NOUN})`),
  anchored(
    `(?:qu'est-ce qu'il y a|qu'est ce qu'il y a|qu'est-ce qui se passe|qu'y a-t-il|quoi de prevu|qu'est-ce qui est prevu)\\s+(?:(?:dans|en|sur|pour|a)\\s+)?(?<r>.+)`,
  ),
  anchored(
    `o que (?:tem|ha|esta|acontece)(?:\\s+(?:marcado|agendado|reservado))?\\s+(?:(?:na|no|em|para a|pra)\\s+)?(?<r>.+)`,
  ),
  anchored(`(?:is|are)\\s+(?:the\\s+)?room\\s+(?<r>.+?)\\s+${FREE_ROOM}(?:\\s+.*)?`),
  anchored(`(?:is|are)\\s+(?:the\\s+)?(?<r>.+?)\\s+room\\s+${FREE_ROOM}(?:\\s+.*)?`),
  anchored(
    `(?:(?:la|the)\\s+)?salle\\s+(?<r>.+?)\\s+(?:est-elle|est elle|est)\\s+(?:libre|disponible|dispo|occupee|reservee|prise)(?:\\s+.*)?`,
  ),
  anchored(`(?:a\\s+)?sala\\s+(?<r>.+?)\\s+(?:esta|ta)\\s+(?:livre|disponivel|ocupada|reservada)(?:\\s+.*)?`),
];
const ROOM_EDGES = new RegExp(
  `^(?:\\s*(?:the|la|le|l'|a|o|de|da|do|du|of|in|at|na|no|dans|room|salle|sala|meeting room|salle de reunion|sala de reuniao)${E})+|(?:\\s+(?:room|salle|sala))+\\s*$`,
  'gu',
);

function agendaRoom(f: Folded, h: Hit, spans: ReadonlyArray<readonly [number, number]>): string | undefined {
  const range = h.range('r');
  if (!range) return undefined;
  if (/^\s*(?:there|a|an|any|some|une|un|uma|um)\s/u.test(f.folded.slice(range[0], range[1])))
    return undefined;
  const masked = mask(f, spans).folded.slice(range[0], range[1]);
  const piece = /[^|]+/.exec(masked.replace(/^[|\s]+/, (w) => ' '.repeat(w.length)));
  if (!piece) return undefined;
  const stripped = piece[0].replace(ROOM_EDGES, (w) => ' '.repeat(w.length));
  const start = range[0] + piece.index + (stripped.length - stripped.trimStart().length);
  const end = range[0] + piece.index + stripped.trimEnd().length;
  if (end <= start) return undefined;
  const room = originalSlice(f, start, end);
  if (room.length === 0 || room.length > 40 || room.split(/\s+/).length > 5) return undefined;
  if (
    /^(?:my|mes|mon|ma|minha|minhas|meu|meus|all|tous|toutes|todas|todos|rooms|salles|salas|the rooms)$/u.test(
      room.toLowerCase(),
    )
  ) {
    return undefined;
  }
  return room;
}

/** "what's on in Everest", "agenda of Everest", "planning de la salle Everest", "agenda da sala Everest amanhã". */
export function readRoomAgenda(f: Folded, ctx: WhenContext): Intent | undefined {
  for (const pattern of AGENDA) {
    const h = hit(pattern, f.folded);
    if (!h) continue;
    const when = scanWhen(f, ctx);
    const room = agendaRoom(f, h, when.spans);
    if (!room) continue;
    const intent: Intent = { kind: 'roomAgenda', room };
    if (when.start && when.understood?.hasDate) {
      intent.day = dayRange(when.start, ctx).from;
    }
    return intent;
  }
  return undefined;
}
