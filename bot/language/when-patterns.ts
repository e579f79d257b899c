/** The words and patterns of dates, times and durations (folded text), and how to read their groups. */
import { NUMBER_WORDS, numberValue } from './numbers';
import { B, E } from './patterns';

const rx = (source: string): RegExp => new RegExp(source, 'gu');

const NUM = `(?:\\d+(?:[.,]\\d+)?|${NUMBER_WORDS}|an|a)`;
const AP = '(?:a\\.?m\\.?|p\\.?m\\.?)';
const NAMED = 'noon|midday|midi|meio-dia|meio dia|midnight|minuit|meia-noite|meia noite';
const POD =
  'morning|matinee|matin|manha|afternoon|apres-midi|apres midi|aprem|tarde|evening|soiree|soir|noite|night';
const PEOPLE = 'people|persons?|personnes?|pessoas?|pers|seats?|places|lugares|participants?|participantes';
const HOUR_UNIT = 'hours?|hrs?|heures?|horas?|hs|h';
const MIN_UNIT = "minutes?|minutos?|mins?|mn|'";
// Words after a number that make it anything but a time of day.
const NOT_TIME = `(?!\\s*-?\\s*(?:hours?|hrs?|minutes?|minutos?|mins?|${PEOPLE}|days?|jours?|dias?|weeks?|semaines?|semanas?)${E})`;

function time(t: string): string {
  return (
    `(?:(?<nm${t}>${NAMED})(?:\\s+(?:et|e|and)\\s+(?<nh${t}>demie?|meia|half))?` +
    `|(?<h${t}>\\d{1,2})(?:\\s*(?<sep${t}>:|h|hs|heures?|horas?|o'clock|oclock)(?:\\s?(?<m${t}>\\d{2}))?)?` +
    `(?:\\s*(?<ap${t}>${AP}))?` +
    `(?:\\s+(?:et|e|and)\\s+(?<fr${t}>demie?|meia|quart|quarter))?` +
    `(?:(?:\\s+(?:in the|du|de la|da|de|of the|a|at|la)\\s+|\\s+de l')(?<pod${t}>${POD}))?)${E}`
  );
}

export const DUR =
  `(?:(?<dn>${NUM})\\s*-?\\s*(?<du>${HOUR_UNIT})` +
  `(?:\\s?(?<dm1>\\d{2})(?:\\s*(?:${MIN_UNIT}))?(?!\\s*(?:${PEOPLE})${E})|\\s*(?:and|et|e)?\\s*(?<dm2>\\d{1,2}|${NUMBER_WORDS})\\s*(?:${MIN_UNIT})|\\s+(?:and|et|e)\\s+(?<dh>a half|demie?|meia))?` +
  `|(?<mn>${NUM})\\s*-?\\s*(?:${MIN_UNIT})` +
  `|(?<half>half an hour|a half hour|half-hour|half hour|(?:une\\s+)?demi-heure|(?:une\\s+)?demi heure|(?:uma\\s+)?meia hora|(?:uma\\s+)?meia-hora))${E}`;

// prettier-ignore
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, janvier: 1, janv: 1, janeiro: 1,
  february: 2, feb: 2, fevrier: 2, fevr: 2, fev: 2, fevereiro: 2,
  march: 3, mar: 3, mars: 3, marco: 3,
  april: 4, apr: 4, avril: 4, avr: 4, abril: 4, abr: 4,
  may: 5, mai: 5, maio: 5,
  june: 6, jun: 6, juin: 6, junho: 6,
  july: 7, jul: 7, juillet: 7, juil: 7, julho: 7,
  august: 8, aug: 8, aout: 8, agosto: 8, ago: 8,
  september: 9, sep: 9, sept: 9, septembre: 9, setembro: 9, set: 9,
  october: 10, oct: 10, octobre: 10, outubro: 10, out: 10,
  november: 11, nov: 11, novembre: 11, novembro: 11,
  december: 12, dec: 12, decembre: 12, dezembro: 12, dez: 12,
};
const MONTH_WORDS = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// prettier-ignore
export const WEEKDAYS: Record<string, number> = {
  monday: 1, tuesday: 2, tues: 2, tue: 2, wednesday: 3, thursday: 4, thurs: 4, thur: 4, thu: 4,
  friday: 5, fri: 5, saturday: 6, sunday: 7,
  lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6, dimanche: 7,
  segunda: 1, terca: 2, quarta: 3, quinta: 4, sexta: 5, sabado: 6, domingo: 7,
};
const WEEKDAY_WORDS = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join('|');

export const PATTERNS = {
  now: rx(
    `${B}(?:right now|right away|now|immediately|asap|tout de suite|maintenant|immediatement|des maintenant|agora mesmo|agora|imediatamente)${E}`,
  ),
  inDuration: rx(`${B}(?:in|dans|daqui a|daqui|em|within)\\s+${DUR}`),
  inDays: rx(
    `${B}(?:in|dans|daqui a|daqui|em)\\s+(?<n>${NUM})\\s+(?<unit>days?|jours?|dias?|weeks?|semaines?|semanas?)${E}`,
  ),
  iso: rx(`${B}(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})${E}`),
  numeric: rx(`${B}(?<a>\\d{1,2})(?<s>[/.-])(?<b>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?${E}(?![/.-]\\d)`),
  dayMonth: rx(
    `${B}(?:(?:le|the|on the|on|dia|no dia|em|o dia)\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th|er|eme|o)?\\s*(?:of\\s+|de\\s+)?(?<mon>${MONTH_WORDS})\\.?(?:\\s*(?:de\\s+)?(?<y>\\d{4}))?${E}`,
  ),
  monthDay: rx(
    `${B}(?<mon>${MONTH_WORDS})\\.?\\s+(?:the\\s+)?(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+(?<y>\\d{4}))?${E}`,
  ),
  dayOnly: rx(
    `${B}(?:(?:on the|the|le|dia|no dia|o dia)\\s+(?<d>\\d{1,2})(?:st|nd|rd|th|er|o)?|(?<d2>\\d{1,2})(?:st|nd|rd|th))${E}(?!\\s*(?:h${E}|:|\\d|${AP}|heures?|horas?|hours?|min|people|pers|personnes|pessoas|persons?|participants?|seats|places|lugares))`,
  ),
  afterTomorrow: rx(`${B}(?:(?:the\\s+)?day after tomorrow|apres-demain|apres demain|depois de amanha)${E}`),
  tomorrow: rx(`${B}(?:tomorrow|demain|amanha)${E}`),
  today: rx(`${B}(?:today|aujourd'hui|aujourdhui|aujourd hui|hoje|ce jour)${E}`),
  yesterday: rx(`${B}(?:yesterday|hier|ontem)${E}`),
  weekday: rx(
    `${B}(?:(?<pre>next|this coming|this|coming|on next|on|le|ce|na|no|nesta|neste|nessa|nesse|esta|este|essa|proxima|proximo|a|la)\\s+)?(?:(?<pre2>next|proxima|proximo|coming)\\s+)?(?<wd>${WEEKDAY_WORDS})(?:\\.|-feira|\\s+feira)?(?:\\s+(?<post>prochaine?|qui vient|que vem|next week|of next week|de la semaine prochaine|la semaine prochaine|da semana que vem|da proxima semana|da semana seguinte))?${E}`,
  ),
  nextWeek: rx(
    `${B}(?:next week|la semaine prochaine|semaine prochaine|a semana que vem|semana que vem|(?:na\\s+)?proxima semana)${E}`,
  ),
  durationAfterPrep: rx(
    `${B}(?<dp>for|pendant|durant|durante|during|por(?!\\s+volta)|pour|para|lasting)\\s+(?:(?:a|an)\\s+(?=\\d))?${DUR}`,
  ),
  range: rx(
    `${B}(?:(?<from>from|de|des|das|dos|do|da|entre|between)\\s+)?${time('1')}(?<conn>\\s*-\\s*|\\s+(?:to|till|until|a|as|ate as|ate a|ate|and|et|e)\\s+)${time('2')}${NOT_TIME}`,
  ),
  until: rx(
    `${B}(?:until|till|jusqu'a|jusqu'au|jusque|ate as|ate a|ate|before|avant|antes das|antes de)\\s+${time('u')}${NOT_TIME}`,
  ),
  at: rx(
    `${B}(?<prep>at|a|as|vers|around|about|by|for|pour|para as|para a|para|pra|pras|por volta das|por volta de|por volta da|starting at|starting|a partir de|a partir das|from|des|after|apres|depois das|depois de|ao|environ|aux alentours de)\\s+${time('t')}${NOT_TIME}|@\\s*${time('t2')}${NOT_TIME}`,
  ),
  bareDuration: rx(`${B}${DUR}`),
  bareTime: rx(`(?<![\\p{L}\\p{N}'-])${time('b')}${NOT_TIME}`),
  partOfDay: rx(
    `${B}(?:(?<pre>this|ce|cet|cette|esta|este|nesta|neste|in the|le|la|l'|de|da|a|du|pela|na|dans la|in|of the|on)\\s*)?(?<pod>${POD}|tonight)${E}`,
  ),
};

export interface Clock {
  h: number;
  m: number;
  /** The hour carried a mark (h, :, am/pm, a part of day, a name like noon): not a bare number. */
  marked: boolean;
  ap?: 'am' | 'pm';
}

export type Groups = Record<string, string | undefined>;

/** The clock time of a matched `time(t)` group set; undefined when it is not a valid time. */
export function clockOf(g: Groups, t: string): Clock | undefined {
  const named = g[`nm${t}`];
  if (named !== undefined) {
    const h = /noon|midday|midi|meio/.test(named) ? 12 : 0;
    return { h, m: g[`nh${t}`] !== undefined ? 30 : 0, marked: true };
  }
  const hourText = g[`h${t}`];
  if (hourText === undefined) return undefined;
  let h = Number(hourText);
  const sep = g[`sep${t}`];
  const minutes = g[`m${t}`];
  let m = minutes !== undefined ? Number(minutes) : 0;
  const fraction = g[`fr${t}`];
  if (fraction !== undefined) m = /quart/.test(fraction) ? 15 : 30;
  if (sep === ':' && minutes === undefined) return undefined;
  const apText = g[`ap${t}`];
  let ap: Clock['ap'];
  if (apText !== undefined) {
    if (h < 1 || h > 12) return undefined;
    ap = apText.startsWith('p') ? 'pm' : 'am';
    h = (h % 12) + (ap === 'pm' ? 12 : 0);
  }
  const pod = g[`pod${t}`];
  if (pod !== undefined && apText === undefined) {
    if (!/morning|matin|manha/.test(pod) && h < 12) h += 12;
    ap = /morning|matin|manha/.test(pod) ? 'am' : 'pm';
  }
  if (h > 23 || m > 59) return undefined;
  const marked = sep !== undefined || apText !== undefined || pod !== undefined || fraction !== undefined;
  return { h, m, marked, ...(ap ? { ap } : {}) };
}

/** A bare "at 2" in office talk is 14:00, not 02:00. */
export function officeHour(c: Clock): Clock {
  return !c.marked && c.h >= 1 && c.h <= 7 ? { ...c, h: c.h + 12 } : c;
}

/** The minutes of a matched `DUR` group set. */
export function durationOf(g: Groups): number | undefined {
  if (g.half !== undefined) return 30;
  if (g.mn !== undefined) {
    const value = numberValue(g.mn);
    return value !== undefined && value > 0 ? Math.round(value) : undefined;
  }
  if (g.dn === undefined || g.du === undefined) return undefined;
  if ((g.dn === 'a' || g.dn === 'an') && !/^hour/.test(g.du)) return undefined;
  const hours = numberValue(g.dn);
  if (hours === undefined) return undefined;
  let minutes = hours * 60;
  const extra = g.dm1 ?? g.dm2;
  if (extra !== undefined) {
    const value = numberValue(extra);
    if (value === undefined || value > 59) return undefined;
    minutes += value;
  }
  if (g.dh !== undefined) minutes += 30;
  return minutes > 0 ? Math.round(minutes) : undefined;
}

/** "1h" / "2 hours" without a preposition reads as a duration only while short; "14h" is a time. */
export function plausibleBareDuration(g: Groups, minutes: number): boolean {
  if (g.dn === undefined) return true;
  const hours = numberValue(g.dn) ?? 0;
  if (g.dm1 !== undefined || g.dm2 !== undefined || g.dh !== undefined) return hours <= 4;
  return hours <= 4 && minutes > 0;
}
