/**
 * Phrasings collected the way people type them to a chat bot (no capitals, no accents, shorthand,
 * typos), in English, French and Brazilian Portuguese, one list per kind of slip a trial found.
 */
import assert from 'node:assert/strict';
import type { Intent } from '../../../bot/language/intents';
import { understand } from '../../../bot/language/understand';

const NOW = new Date('2026-11-23T09:30:00Z');
const read = (text: string): Intent => understand(text, { now: NOW, timeZone: 'Europe/Paris', locale: 'en' });

type Expect = Record<string, unknown>;
const calls = (filter: string, extra: { peer?: string; period?: string } = {}): Expect => ({
  kind: 'myCalls',
  filter,
  ...extra,
});
const callName = (text: string): Expect => ({ kind: 'call', target: { kind: 'name', text } });
const small = (topic: string): Expect => ({ kind: 'smallTalk', topic });

function check(corpus: ReadonlyArray<[string, Expect]>): void {
  for (const [text, expected] of corpus) {
    it(`reads "${text}"`, () => {
      assert.deepEqual({ ...read(text) }, expected);
    });
  }
}

// Question words, auxiliaries and where someone works are not names.
const FILLERS: ReadonlyArray<[string, Expect]> = [
  ['quais ligações perdi hoje', calls('missed', { period: 'today' })],
  ['quais ligacoes perdi hoje', calls('missed', { period: 'today' })],
  ['que chamadas eu perdi ontem', calls('missed', { period: 'yesterday' })],
  ['quais chamadas eu recebi', calls('incoming')],
  ['chamadas que fiz ontem', calls('outgoing', { period: 'yesterday' })],
  ['quais ligacoes nao atendi', calls('missed')],
  ['tem chamada perdida', calls('missed')],
  ['quais as ligações perdidas da ana', calls('missed', { peer: 'ana' })],
  ['liga pra ana do financeiro', callName('ana')],
  ['ligar para o joao do ti', callName('joao')],
  ['pode ligar pro marcos do rh', callName('marcos')],
  ['which calls did i miss today', calls('missed', { period: 'today' })],
  ['what calls did i miss', calls('missed')],
  ['any missed calls', calls('missed')],
  ['calls i made today', calls('outgoing', { period: 'today' })],
  ['which calls have i missed this week', calls('missed', { period: 'week' })],
  ['calls i received yesterday', calls('incoming', { period: 'yesterday' })],
  ['did i miss any calls', calls('missed')],
  ['can you ring Seb from accounting', callName('Seb')],
  ['call ana from the sales team', callName('ana')],
  ['call alice in it', callName('alice')],
  ['ring paul from hr please', callName('paul')],
  ['quels appels ai-je ratés', calls('missed')],
  ['quels appels j ai rate hier', calls('missed', { period: 'yesterday' })],
  ['les appels que jai manques', calls('missed')],
  ['quels appels j ai recus aujourd hui', calls('incoming', { period: 'today' })],
  ["est-ce que j'ai des appels manques", calls('missed')],
  ['appels que j ai passes hier', calls('outgoing', { period: 'yesterday' })],
  ['appelle julie du service compta', callName('julie')],
  ['appeler marc de la compta', callName('marc')],
  ["appeler luc de l'accueil", callName('luc')],
  ['tu peux appeler sophie des rh', callName('sophie')],
];

// …and real surnames keep their particles.
const NAMES: ReadonlyArray<[string, Expect]> = [
  ['call jean de la fontaine', callName('jean de la fontaine')],
  ['ring maria da silva', callName('maria da silva')],
  ['appelle helene d almeida', callName('helene d almeida')],
  ['appels de helene', calls('all', { peer: 'helene' })],
];

// Thanks, goodbyes, "how are you" and "ok": answered in kind.
const SMALL_TALK: ReadonlyArray<[string, Expect]> = [
  ['thanks', small('thanks')],
  ['thx', small('thanks')],
  ['thank u', small('thanks')],
  ['thanks a lot!', small('thanks')],
  ['ty', small('thanks')],
  ['cheers mate', small('thanks')],
  ['ok thanks', small('thanks')],
  ['great, thanks', small('thanks')],
  ['merci !', small('thanks')],
  ['merci', small('thanks')],
  ['merciii', small('thanks')],
  ['merci beaucoup', small('thanks')],
  ['merci bcp', small('thanks')],
  ['super merci', small('thanks')],
  ['merci pour tout', small('thanks')],
  ['obrigado', small('thanks')],
  ['obrigada!!', small('thanks')],
  ['obg', small('thanks')],
  ['vlw', small('thanks')],
  ['valeu pela ajuda', small('thanks')],
  ['muito obrigado', small('thanks')],
  ['🙏', small('thanks')],
  ['bye', small('bye')],
  ['see ya', small('bye')],
  ['au revoir', small('bye')],
  ['bonne journee', small('bye')],
  ['a plus', small('bye')],
  ['tchau', small('bye')],
  ['ate logo', small('bye')],
  ['valeu, tchau', small('bye')],
  ['how are you', small('howAreYou')],
  ['hi, how r u?', small('howAreYou')],
  ['bonjour ça va ?', small('howAreYou')],
  ['comment ca va', small('howAreYou')],
  ['oi tudo bem?', small('howAreYou')],
  ['td bem', small('howAreYou')],
  ['ok', small('ack')],
  ['okkk', small('ack')],
  ['cool', small('ack')],
  ['parfait', small('ack')],
  ["d'accord", small('ack')],
  ['beleza', small('ack')],
  ['ta bom', small('ack')],
  ['👍', small('ack')],
];

// Shorthand and symbols people type.
const SHORTHAND: ReadonlyArray<[string, Expect]> = [
  ['📞 Jérôme', callName('Jérôme')],
  ['<p>📞 Jérôme</p>', callName('Jérôme')],
  ['☎️ Ana', callName('Ana')],
  ['📱 lucas', callName('lucas')],
  ['mes resas', { kind: 'myBookings' }],
  ['mes résas', { kind: 'myBookings' }],
  ['mes resa', { kind: 'myBookings' }],
  ['minhas rsv', { kind: 'myBookings' }],
  ['my bkgs', { kind: 'myBookings' }],
];

// Small talk only when the whole message is small talk.
const NOT_SMALL_TALK: ReadonlyArray<[string, string]> = [
  ['thanks, call alice', 'call'],
  ['ok call lucas', 'call'],
  ['merci, mes appels', 'myCalls'],
  ['obrigado, minhas reservas', 'myBookings'],
  ['hello', 'help'],
  ['bonjour', 'help'],
  ['salut', 'help'],
  ['oi', 'help'],
];

describe('everyday phrasings: fillers and departments are not names', () => {
  check(FILLERS);
  check(NAMES);
  it('holds at least 30 phrasings across the three languages', () => {
    assert.ok(FILLERS.length >= 30, String(FILLERS.length));
  });
});

describe('everyday phrasings: thanks and small talk', () => {
  check(SMALL_TALK);
  it('holds at least 30 phrasings across the three languages', () => {
    assert.ok(SMALL_TALK.length >= 30, String(SMALL_TALK.length));
  });
  for (const [text, kind] of NOT_SMALL_TALK) {
    it(`reads "${text}" as ${kind}, not small talk`, () => {
      assert.equal(read(text).kind, kind);
    });
  }
});

describe('everyday phrasings: shorthand and symbols', () => {
  check(SHORTHAND);
});
