/** Who the user means: a name (spelled as typed), an extension, or a phone number. */
import type { NumberKind, Target } from './intents';
import { type Folded, originalSlice } from './normalize';
import { B, E } from './patterns';

const DEVICE = new RegExp(
  `\\s+(?:(?:on|at|sur|au|a|no|na|em|pelo|pela|via|to)\\s+)?(?:(?:his|her|their|the|its|son|sa|le|la|leur|seu|sua|o|a)\\s+)?` +
    `(?:(?<mobile>mobile phone|mobile|cell phone|cellphone|cell|portable|celular|movel|telemovel|gsm)` +
    `|(?<work>work phone|office phone|desk phone|work|office|desk|bureau|fixe|ligne fixe|trabalho|escritorio|fixo|poste)` +
    `|(?<home>home phone|home|maison|domicile|casa|residencia|residencial))` +
    `(?:\\s+(?:phone|number|numero|telephone|telefone))?${E}\\s*$`,
  'u',
);

// Words around a name that are not the name.
const TRAILING = new RegExp(
  `\\s+(?:now|right now|immediately|maintenant|tout de suite|agora|agora mesmo|for me|pour moi|pra mim|para mim|again|encore|de novo|back|please)\\s*$`,
  'u',
);
// "Seb from accounting", "Julie du service compta", "a Ana do financeiro": where someone works is
// not part of their name (the directory has no departments to match it against).
const DEPARTMENT_WORD =
  'accounting|accounts|finance|sales|marketing|hr|human resources|it|i\\.t\\.|support|helpdesk|help desk|legal|reception|' +
  'front desk|admin|administration|engineering|dev|development|ops|operations|procurement|purchasing|logistics|' +
  'management|payroll|customer service|compta|comptabilite|ventes|commercial|rh|ressources humaines|informatique|' +
  'juridique|accueil|achats|direction|logistique|paie|service client|contabilidade|financeiro|vendas|comercial|' +
  'recursos humanos|ti|juridico|recepcao|compras|diretoria|logistica|suporte|atendimento|departamento pessoal|dp';
const UNIT = 'team|department|dept|dpt|service|departement|equipe|pole|setor|departamento|area|time|squad';
const DEPARTMENT = new RegExp(
  `\\s+(?:from|in|at|of|on|du|de la|de l(?:'|\\s)|de|des|aux|au|a la|en|do|da|dos|das|no|na|em)\\s*` +
    `(?:(?:the|le|la|l'|o|a)\\s*)?(?:(?:${UNIT})\\s+(?:(?:de|d'|du|of|do|da)\\s*)?)?` +
    `(?:(?:${DEPARTMENT_WORD})(?:\\s+(?:${UNIT}))?|\\S+\\s+(?:team|department|dept))\\s*$`,
  'u',
);
const HONORIFIC = new RegExp(
  `^(?:mr|mrs|ms|miss|dr|monsieur|madame|mademoiselle|mme|mlle|m|sr|sra|srta|senhor|senhora|dona|doutor|doutora)\\.?\\s+(?=\\S)`,
  'u',
);
// "le 01 23 45 67 89", "the number 2001", "o número 2001": the number only.
const NUMBER_LEAD = /^(?:(?:the|le|la|o|a)\s+)?(?:(?:phone\s+)?number\s+|numero\s+|n°\s*|no\.\s*)?(?=\+?\d)/u;
const PT_ARTICLE = /^(?:o|a|os|as)\s+(?=\S)/u;
const EXTENSION_WORD = new RegExp(`^(?:ext|extension|poste|ramal|x)\\.?\\s*(?<digits>\\d{1,8})$`, 'u');

export interface TargetOptions {
  /** Portuguese wording: "ligar para o João" names João. */
  portugueseArticle?: boolean;
  /** Read "on her mobile" / "no celular" at the end. */
  device?: boolean;
}

export interface FoundTarget {
  target: Target;
  numberKind?: NumberKind;
}

/** Classifies text already cut out: digits become an extension or a number, anything else a name. */
export function targetOf(text: string): Target | undefined {
  const trimmed = text.trim();
  if (trimmed.length === 0) return undefined;
  const compact = trimmed.replace(/[\s().\-/]/g, '');
  if (/^\+?\d+$/.test(compact)) {
    const digits = compact.replace('+', '');
    if (compact.startsWith('+') || digits.length >= 7) return { kind: 'number', raw: trimmed };
    return { kind: 'extension', extension: digits };
  }
  const ext = EXTENSION_WORD.exec(trimmed.toLowerCase());
  if (ext?.groups?.digits) return { kind: 'extension', extension: ext.groups.digits };
  if (!/\p{L}/u.test(trimmed)) return undefined;
  return { kind: 'name', text: trimmed };
}

/** The target named by folded positions [start, end), in its original spelling. */
export function targetIn(
  f: Folded,
  start: number,
  end: number,
  options: TargetOptions = {},
): FoundTarget | undefined {
  let s = start;
  let e = end;
  const region = (): string => f.folded.slice(s, e);
  // Leading and trailing blanks first, so that the patterns below see the words.
  while (s < e && /\s/.test(f.folded[s] ?? '')) s += 1;
  while (e > s && /\s/.test(f.folded[e - 1] ?? '')) e -= 1;

  let numberKind: NumberKind | undefined;
  for (let round = 0; round < 3; round += 1) {
    const trailing = TRAILING.exec(region()) ?? DEPARTMENT.exec(region());
    if (trailing && trailing.index > 0) e = s + trailing.index;
    if (options.device) {
      const device = DEVICE.exec(region());
      if (device && device.index > 0) {
        numberKind = device.groups?.mobile ? 'mobile' : device.groups?.home ? 'home' : 'work';
        e = s + device.index;
      }
    }
    if (!trailing) break;
  }
  if (options.portugueseArticle) {
    const article = PT_ARTICLE.exec(region());
    if (article) s += article[0].length;
  }
  const numberLead = NUMBER_LEAD.exec(region());
  if (numberLead) s += numberLead[0].length;
  const honorific = HONORIFIC.exec(region());
  if (honorific && !/^m\s/.test(honorific[0])) s += honorific[0].length;

  const target = targetOf(originalSlice(f, s, e));
  if (!target) return undefined;
  if (target.kind === 'name' && !plausibleName(region())) return undefined;
  return numberKind ? { target, numberKind } : { target };
}

// Names are short and are not sentences about something else.
function plausibleName(folded: string): boolean {
  const words = folded.trim().split(/\s+/);
  if (words.length > 6 || folded.length > 80) return false;
  return !new RegExp(`${B}(?:room|rooms|salle|salles|sala|salas)${E}`, 'u').test(folded);
}
