import assert from 'node:assert/strict';
import type { Intent } from '../../../bot/language/intents';
import { LOCALES } from '../../../bot/language/locale';
import { understand } from '../../../bot/language/understand';

// Monday 23 November 2026, 10:30 in Paris.
const NOW = new Date('2026-11-23T09:30:00Z');
const PARIS = 'Europe/Paris';

/** The intent as plain data: instants as ISO strings, the "what was understood" echo left out. */
function summary(intent: Intent): Record<string, unknown> {
  if (intent.kind === 'bookRoom') {
    const { when: _when, start, ...rest } = intent;
    return start ? { ...rest, start: start.toISOString() } : rest;
  }
  if (intent.kind === 'roomAgenda' && intent.day) return { ...intent, day: intent.day.toISOString() };
  return { ...intent };
}

const name = (text: string) => ({ kind: 'name', text });
const ext = (extension: string) => ({ kind: 'extension', extension });
const num = (raw: string) => ({ kind: 'number', raw });
const call = (target: object, numberKind?: string) => ({
  kind: 'call',
  target,
  ...(numberKind ? { numberKind } : {}),
});
const presence = (target: object) => ({ kind: 'presence', target });
const calls = (filter: string, extra: { peer?: string; period?: string } = {}) => ({
  kind: 'myCalls',
  filter,
  ...extra,
});
const room = (extra: Record<string, unknown> = {}) => ({ kind: 'bookRoom', equipment: [], ...extra });
const agenda = (roomName: string, day?: string) => ({
  kind: 'roomAgenda',
  room: roomName,
  ...(day ? { day } : {}),
});
const HELP = { kind: 'help' };
const SYNC = { kind: 'syncStatus' };
const BOOKINGS = { kind: 'myBookings' };
const DIALS = { kind: 'speedDials', action: 'list' };
const PROBLEM = { kind: 'reportProblem' };

// Instants of the test clock, in UTC (Paris is UTC+1 in November).
const TOMORROW_14H = '2026-11-24T13:00:00.000Z';
const TOMORROW_START = '2026-11-23T23:00:00.000Z';

const TABLE: ReadonlyArray<readonly [string, object]> = [
  // help, and anything not understood
  ['help', HELP],
  ['Help!', HELP],
  ['aide', HELP],
  ['ajuda', HELP],
  ['what can you do?', HELP],
  ['que peux-tu faire ?', HELP],
  ['o que você pode fazer', HELP],
  ['hello', HELP],
  ['Bonjour !', HELP],
  ['<at>Phone Bot</at>', HELP],
  ['can you help me', HELP],
  ['blah blah', { kind: 'unknown', text: 'blah blah' }],
  ['commander une pizza', { kind: 'unknown', text: 'commander une pizza' }],
  ['<at>Bot</at> quero um café', { kind: 'unknown', text: 'quero um café' }],

  // call
  ['call Alice', call(name('Alice'))],
  ['call A. Martin', call(name('A. Martin'))],
  ['call 2001', call(ext('2001'))],
  ['call +33 1 23 45 67 89', call(num('+33 1 23 45 67 89'))],
  ['call 01 23 45 67 89', call(num('01 23 45 67 89'))],
  ['dial 2001', call(ext('2001'))],
  ['ring Alice', call(name('Alice'))],
  ['CALL ALICE', call(name('ALICE'))],
  ['Could you please call Bob?', call(name('Bob'))],
  ['call alice please', call(name('alice'))],
  ['give Alice a call', call(name('Alice'))],
  ['call Mary-Jane O\u2019Neil', call(name('Mary-Jane O\u2019Neil'))],
  ['call Alice on her mobile', call(name('Alice'), 'mobile')],
  ['call Alice at home', call(name('Alice'), 'home')],
  ["<at>PBX Bot</at>&nbsp;call   Zoë d'Arcy 📞", call(name("Zoë d'Arcy"))],
  ['appeler Hélène', call(name('Hélène'))],
  ['appelle Hélène', call(name('Hélène'))],
  ['appeler Helene', call(name('Helene'))],
  ['téléphoner à Jean-Pierre', call(name('Jean-Pierre'))],
  ['telephoner a Jean-Pierre', call(name('Jean-Pierre'))],
  ['passe-moi Alice', call(name('Alice'))],
  ["passez-moi Hélène s'il vous plaît", call(name('Hélène'))],
  ['peux-tu appeler Alice ?', call(name('Alice'))],
  ['je voudrais appeler João', call(name('João'))],
  ['appelle le 01 23 45 67 89', call(num('01 23 45 67 89'))],
  ['appelle Hélène sur son portable', call(name('Hélène'), 'mobile')],
  ['ligar para João', call(name('João'))],
  ['ligue para João', call(name('João'))],
  ['liga pro João', call(name('João'))],
  ['ligar para o João', call(name('João'))],
  ['ligue pra Ana, por favor', call(name('Ana'))],
  ['pode ligar para a Maria?', call(name('Maria'))],
  ['eu queria ligar para a Conceição', call(name('Conceição'))],
  ['ligar para +55 11 91234-5678', call(num('+55 11 91234-5678'))],
  ['discar 2001', call(ext('2001'))],
  ['ligar para o João no celular', call(name('João'), 'mobile')],
  ['obrigado! ligue para o JOAO', call(name('JOAO'))],

  // presence (routes before call)
  ['presence Alice', presence(name('Alice'))],
  ['presence of Alice', presence(name('Alice'))],
  ['is Alice available', presence(name('Alice'))],
  ['is Alice free?', presence(name('Alice'))],
  ['is Bob busy', presence(name('Bob'))],
  ["Alice's presence", presence(name('Alice'))],
  ["check Alice's status", presence(name('Alice'))],
  ['Alice available?', presence(name('Alice'))],
  ['is 2001 available', presence(ext('2001'))],
  ['présence Alice', presence(name('Alice'))],
  ["presence d'Hélène", presence(name('Hélène'))],
  ['Alice est-elle disponible ?', presence(name('Alice'))],
  ['Hélène est-elle dispo', presence(name('Hélène'))],
  ["est-ce qu'Alice est libre", presence(name('Alice'))],
  ['quelle est la présence de Jean-Luc', presence(name('Jean-Luc'))],
  ['presença Alice', presence(name('Alice'))],
  ['presenca do joão', presence(name('joão'))],
  ['a Alice está disponível', presence(name('Alice'))],
  ['O João está ocupado?', presence(name('João'))],
  ['a maria esta livre', presence(name('maria'))],

  // my calls (call history is not a call to "history")
  ['my calls', calls('all')],
  ['call history', calls('all')],
  ['CALL LOG', calls('all')],
  ['missed calls', calls('missed')],
  ['show my missed calls', calls('missed')],
  ['incoming calls', calls('incoming')],
  ['outgoing calls', calls('outgoing')],
  ['calls from Alice', calls('incoming', { peer: 'Alice' })],
  ['calls with Alice', calls('all', { peer: 'Alice' })],
  ['calls to 2001', calls('outgoing', { peer: '2001' })],
  ['calls today', calls('all', { period: 'today' })],
  ["today's missed calls", calls('missed', { period: 'today' })],
  ['missed calls from Bob yesterday', calls('missed', { peer: 'Bob', period: 'yesterday' })],
  ['who called me today', calls('incoming', { period: 'today' })],
  ['calls this week', calls('all', { period: 'week' })],
  ['mes appels', calls('all')],
  ['historique des appels', calls('all')],
  ['appels manqués', calls('missed')],
  ['appels manques', calls('missed')],
  ['appels reçus', calls('incoming')],
  ['appels sortants', calls('outgoing')],
  ['appels de Alice', calls('all', { peer: 'Alice' })],
  ["appels d'Hélène", calls('all', { peer: 'Hélène' })],
  ["appels manqués d'aujourd'hui", calls('missed', { period: 'today' })],
  ["aujourd'hui, appels manqués", calls('missed', { period: 'today' })],
  ['minhas chamadas', calls('all')],
  ['chamadas perdidas', calls('missed')],
  ['chamadas recebidas', calls('incoming')],
  ['chamadas de hoje', calls('all', { period: 'today' })],
  ['chamadas perdidas de ontem', calls('missed', { period: 'yesterday' })],
  ['minhas ligações', calls('all')],
  ['chamadas do João', calls('all', { peer: 'João' })],
  ['histórico de chamadas', calls('all')],

  // sync status
  ['sync status', SYNC],
  ['health', SYNC],
  ['status sync', SYNC],
  ['presence sync status', SYNC],
  ['état de la synchronisation', SYNC],
  ['etat de la synchronisation', SYNC],
  ['statut de synchro', SYNC],
  ['santé', SYNC],
  ['status da sincronização', SYNC],
  ['status da sincronizacao', SYNC],
  ['saúde', SYNC],

  // book a room
  ['book a room', room()],
  ['book a meeting room please', room()],
  ['I need a room', room()],
  [
    'book a room tomorrow at 2pm for 1 hour for 6 people with a screen',
    room({ start: TOMORROW_14H, durationMinutes: 60, people: 6, equipment: ['display'] }),
  ],
  [
    'réserver une salle demain à 14h pendant 1h pour 6 personnes avec visio',
    room({ start: TOMORROW_14H, durationMinutes: 60, people: 6, equipment: ['videoConference'] }),
  ],
  [
    'reserver une salle demain a 14h pendant 1h pour 6 personnes avec visio',
    room({ start: TOMORROW_14H, durationMinutes: 60, people: 6, equipment: ['videoConference'] }),
  ],
  [
    'reservar uma sala amanhã às 14h por 1 hora para 6 pessoas com tela',
    room({ start: TOMORROW_14H, durationMinutes: 60, people: 6, equipment: ['display'] }),
  ],
  [
    'for 6 people, tomorrow at 2pm, book a room for 1 hour',
    room({ start: TOMORROW_14H, durationMinutes: 60, people: 6 }),
  ],
  ['book a room now', room({ start: '2026-11-23T09:30:00.000Z' })],
  ['book a room at 3pm', room({ start: '2026-11-23T14:00:00.000Z' })],
  ['book a room tomorrow at 14h', room({ start: TOMORROW_14H })],
  ['réserver une salle lundi à 9h30', room({ start: '2026-11-30T08:30:00.000Z' })],
  ['reservar uma sala amanhã às 14h', room({ start: TOMORROW_14H })],
  ['book a room next Tuesday morning', room({ start: '2026-11-24T08:00:00.000Z' })],
  ['book a room tomorrow from 2 to 4pm', room({ start: TOMORROW_14H, durationMinutes: 120 })],
  ['réserver une salle demain de 14h à 15h30', room({ start: TOMORROW_14H, durationMinutes: 90 })],
  ['réserver une salle pendant 45 min', room({ durationMinutes: 45 })],
  ['reservar uma sala por 2 horas', room({ durationMinutes: 120 })],
  ['book a room for 90 minutes', room({ durationMinutes: 90 })],
  ['réserver une salle demain 1h30', room({ start: TOMORROW_START, durationMinutes: 90 })],
  ['book a room in building B', room({ building: 'B' })],
  ['réserver une salle au bâtiment Lumière pour 4', room({ people: 4, building: 'Lumière' })],
  [
    'sala para 10 pessoas com videoconferência e quadro branco no prédio Central',
    room({ people: 10, equipment: ['videoConference', 'whiteboard'], building: 'Central' }),
  ],
  ['book a room with a phone and wheelchair access', room({ equipment: ['phone', 'wheelchair'] })],
  ['is there a room free tomorrow', room({ start: TOMORROW_START })],
  ['une salle pour 8 demain', room({ start: TOMORROW_START, people: 8 })],
  ['book a room today at 9', room({ start: '2026-11-23T08:00:00.000Z', errors: ['pastTime'] })],
  ['réserver une salle le 31/02', room({ errors: ['impossibleDate'] })],
  ['reservar uma sala em 30 de fevereiro', room({ errors: ['impossibleDate'] })],
  ['book a room from 4pm to 2pm', room({ start: '2026-11-23T15:00:00.000Z', errors: ['endBeforeStart'] })],

  // my bookings
  ['my bookings', BOOKINGS],
  ['show my reservations', BOOKINGS],
  ['mes réservations', BOOKINGS],
  ['mes reservations', BOOKINGS],
  ['minhas reservas', BOOKINGS],
  ['annuler ma réservation', BOOKINGS],

  // room agenda
  ["what's on in Everest", agenda('Everest')],
  ['agenda of Everest', agenda('Everest')],
  ['Everest agenda', agenda('Everest')],
  ['planning de la salle Everest', agenda('Everest')],
  ['agenda da sala Everest', agenda('Everest')],
  ["what's on in Mont-Blanc tomorrow", agenda('Mont-Blanc', TOMORROW_START)],

  // speed dials
  ['speed dials', DIALS],
  ['my speed dials', DIALS],
  ['add Alice to speed dials', { kind: 'speedDials', action: 'add', target: name('Alice') }],
  ['add 2001 to my speed dials', { kind: 'speedDials', action: 'add', target: ext('2001') }],
  ['remove Alice from my speed dials', { kind: 'speedDials', action: 'remove', target: name('Alice') }],
  ['speed dials: add Hélène', { kind: 'speedDials', action: 'add', target: name('Hélène') }],
  ['numéros abrégés', DIALS],
  ['numeros abreges', DIALS],
  ['ajoute Alice aux numéros abrégés', { kind: 'speedDials', action: 'add', target: name('Alice') }],
  [
    'supprime Hélène de mes numéros abrégés',
    { kind: 'speedDials', action: 'remove', target: name('Hélène') },
  ],
  ['discagem rápida', DIALS],
  ['adicionar Alice à discagem rápida', { kind: 'speedDials', action: 'add', target: name('Alice') }],
  ['remover o João da discagem rápida', { kind: 'speedDials', action: 'remove', target: name('João') }],

  // report a problem
  ['report a problem', PROBLEM],
  ['I have a problem', PROBLEM],
  ['report a bug: calls fail', { kind: 'reportProblem', description: 'calls fail' }],
  ['signaler un problème', PROBLEM],
  ['signaler un probleme', PROBLEM],
  ["j'ai un souci", PROBLEM],
  ['relatar um problema', PROBLEM],
  ['estou com um problema', PROBLEM],

  // politeness and word order, mixed
  ["merci d'appeler Alice", call(name('Alice'))],
  ["call 'Alice'", call(name('Alice'))],
  ['Can you tell me if Alice is available?', presence(name('Alice'))],
  ['Peux-tu me dire si Hélène est disponible ?', presence(name('Hélène'))],
  ['você pode me dizer se o João está disponível?', presence(name('João'))],
  ['mes réservations de demain', BOOKINGS],
  ['today missed calls', calls('missed', { period: 'today' })],
  ['tomorrow 10am book a room for 6', room({ start: '2026-11-24T09:00:00.000Z', people: 6 })],
  ['is there a room free at 3pm', room({ start: '2026-11-23T14:00:00.000Z' })],
  [
    "Bonjour, pourriez-vous réserver une salle pour demain 10h s'il vous plaît ?",
    room({ start: '2026-11-24T09:00:00.000Z' }),
  ],
  [
    'Olá! Você poderia reservar uma sala amanhã às 10h, por favor?',
    room({ start: '2026-11-24T09:00:00.000Z' }),
  ],
];

describe('understand', () => {
  it('has a table of at least 120 phrasings', () => {
    assert.ok(TABLE.length >= 120, `${TABLE.length} phrasings`);
  });

  for (const [text, expected] of TABLE) {
    it(`reads ${JSON.stringify(text)} the same in every locale`, () => {
      for (const locale of LOCALES) {
        const intent = understand(text, { now: NOW, timeZone: PARIS, locale });
        assert.deepEqual(summary(intent), expected, `locale ${locale}`);
      }
    });
  }

  it('keeps the accents, hyphens and apostrophes of a name while matching without them', () => {
    const intent = understand("appelle François-Xavier de l'Étang", {
      now: NOW,
      timeZone: PARIS,
      locale: 'fr',
    });
    assert.deepEqual(intent, call(name("François-Xavier de l'Étang")));
  });

  it("echoes what it read as date, time and duration, in the user's words", () => {
    const intent = understand('Réserver une salle DEMAIN à 14h pendant 1h30', {
      now: NOW,
      timeZone: PARIS,
      locale: 'fr',
    });
    assert.equal(intent.kind, 'bookRoom');
    if (intent.kind !== 'bookRoom') return;
    assert.deepEqual(intent.when, {
      phrases: ['DEMAIN', 'à 14h', 'pendant 1h30'],
      hasDate: true,
      hasTime: true,
      date: '2026-11-24',
      time: '14:00',
    });
  });

  it("reads a booking in the user's time zone: the same words are another instant in São Paulo", () => {
    const intent = understand('reservar uma sala amanhã às 14h', {
      now: NOW,
      timeZone: 'America/Sao_Paulo',
      locale: 'pt-BR',
    });
    assert.equal(intent.kind, 'bookRoom');
    if (intent.kind !== 'bookRoom') return;
    assert.equal(intent.start?.toISOString(), '2026-11-24T17:00:00.000Z');
  });

  it('ignores line breaks, HTML and extra spaces around a command', () => {
    const intent = understand('<div><at>Bot</at></div>\n\n  <b>mes</b>   appels\r\n manqués  ', {
      now: NOW,
      timeZone: PARIS,
      locale: 'en',
    });
    assert.deepEqual(intent, calls('missed'));
  });

  it('keeps the original text of what it did not understand, without the mention', () => {
    const intent = understand('<at>Bot</at> order   a pizza', { now: NOW, timeZone: PARIS, locale: 'en' });
    assert.deepEqual(intent, { kind: 'unknown', text: 'order a pizza' });
  });
});
