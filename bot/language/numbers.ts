/** Small numbers written as words in English, French and Portuguese (folded: no accents). */
const WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  'forty-five': 45,
  'forty five': 45,
  fifty: 50,
  sixty: 60,
  ninety: 90,
  un: 1,
  une: 1,
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  quinze: 15,
  vingt: 20,
  trente: 30,
  quarante: 40,
  'quarante-cinq': 45,
  'quarante cinq': 45,
  cinquante: 50,
  soixante: 60,
  'quatre-vingt-dix': 90,
  'quatre vingt dix': 90,
  um: 1,
  uma: 1,
  dois: 2,
  duas: 2,
  tres: 3,
  quatro: 4,
  cinco: 5,
  seis: 6,
  sete: 7,
  oito: 8,
  nove: 9,
  dez: 10,
  doze: 12,
  vinte: 20,
  trinta: 30,
  quarenta: 40,
  'quarenta e cinco': 45,
  cinquenta: 50,
  sessenta: 60,
  noventa: 90,
};

/** A regular-expression alternation of the number words, longest first. */
export const NUMBER_WORDS = Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The value of digits ("6", "1.5", "1,5") or of a number word; undefined otherwise. */
export function numberValue(token: string): number | undefined {
  const text = token.trim().toLowerCase();
  if (/^\d+([.,]\d+)?$/.test(text)) return Number(text.replace(',', '.'));
  if (text === 'a' || text === 'an') return 1;
  return WORDS[text];
}
