/**
 * The person card (name, e-mail, extension, compact presence, one Call button per number, the
 * speed-dial star and presence details) and the card of a number typed as such. Pure: the
 * command gathers presence and speed-dial state and passes them in.
 */
import type { PersonCardData, PersonNumberRow } from '../../../cards/call/person';
import { VERBS } from '../../../cards/verbs';
import { displayPhoneNumber, type CountryCode } from '../../domain/phone-number';
import type { Translate } from '../../language/i18n';
import type { NumberKind } from '../../language/intents';
import type { StringKey } from '../../language/strings';
import type { Person } from '../../people';
import { callableNumbers, numberKindLabel, type CallableKind } from './numbers';
import type { PlaceCallData } from './place-call-data';

export interface PersonViewOptions {
  /** The compact presence line ('' when not looked up). */
  presence: string;
  /** Whether the person is in the viewer's speed dials (the star adds or removes). */
  isSpeedDial: boolean;
  /** The kind of number the user asked for ("call Alice on her mobile"). */
  wanted?: NumberKind;
  banner?: { text: string; tone: PersonCardData['bannerTone'] };
  country?: CountryCode;
  nonce: () => string;
  /** Why the viewer cannot place calls: shown instead of Call buttons that could only fail. */
  cannotCall?: string;
}

const MISSING: Record<NumberKind, StringKey> = {
  work: 'call.person.noWork',
  mobile: 'call.person.noMobile',
  home: 'call.person.noHome',
};

/** The person card. */
export function personCardData(t: Translate, person: Person, options: PersonViewOptions): PersonCardData {
  const numbers = callableNumbers(person);
  const wantedFound = options.wanted !== undefined && numbers.some((n) => n.kind === options.wanted);
  const primary = wantedFound ? options.wanted : numbers[0]?.kind;
  const rows = numbers.map((n) =>
    numberRow(t, { number: n.number, kind: n.kind, person, primary: n.kind === primary }, options),
  );

  // The extension shows as the first number (an internal call), so it is not repeated here.
  const facts: PersonCardData['facts'] = [];
  const email = person.email ?? person.upn;
  if (email) facts.push({ title: t('call.person.email'), value: email });

  let note = '';
  if (numbers.length === 0) note = t('call.person.noNumber', { name: person.name });
  else if (options.wanted !== undefined && !wantedFound)
    note = t(MISSING[options.wanted], { name: person.name });

  const star = options.isSpeedDial
    ? {
        title: t('call.person.removeSpeedDial'),
        verb: VERBS.callSpeedDialRemove,
        data: { personKey: person.key, view: 'person' },
      }
    : {
        title: t('call.person.addSpeedDial'),
        verb: VERBS.callSpeedDialAdd,
        data: { personKey: person.key, view: 'person' },
      };
  return {
    banner: options.banner?.text ?? '',
    bannerTone: options.banner?.tone ?? 'info',
    title: person.name,
    presence: options.presence,
    facts,
    note,
    cannotCall: options.cannotCall ?? '',
    numbers: rows,
    actions: [
      star,
      { title: t('call.person.presenceDetails'), verb: VERBS.callPresence, data: { personKey: person.key } },
    ],
  };
}

export interface NumberViewOptions {
  country?: CountryCode;
  nonce: () => string;
  /** Why the viewer cannot place calls: shown instead of a Call button that could only fail. */
  cannotCall?: string;
}

/**
 * The card of a number typed as such ("call +33 1 23 45 67 89", or an extension nobody has):
 * the number, whose it is when someone's, and a Call button.
 */
export function numberCardData(
  t: Translate,
  target: { number: string; isExtension: boolean; owner?: { person: Person; kind?: CallableKind } },
  options: NumberViewOptions,
): PersonCardData {
  const { owner } = target;
  const kind: CallableKind = owner?.kind ?? (target.isExtension ? 'extension' : 'other');
  const title = target.isExtension
    ? t('call.number.extensionTitle', { extension: target.number })
    : displayPhoneNumber(target.number, options.country);
  const facts = owner
    ? [
        {
          title: t('call.number.owner'),
          value: owner.kind
            ? `${owner.person.name} (${lower(numberKindLabel(t, owner.kind))})`
            : owner.person.name,
        },
      ]
    : [];
  const note = owner
    ? ''
    : target.isExtension
      ? t('call.number.noOneHasExtension')
      : t('call.number.notInDirectory');
  return {
    banner: '',
    bannerTone: 'info',
    title,
    presence: '',
    facts,
    note,
    cannotCall: options.cannotCall ?? '',
    numbers: [numberRow(t, { number: target.number, kind, person: owner?.person, primary: true }, options)],
    actions: owner
      ? [
          {
            title: t('call.number.showPerson', { name: owner.person.name }),
            verb: VERBS.callShow,
            data: { personKey: owner.person.key, purpose: 'call' },
          },
        ]
      : [],
  };
}

/** The data of a Call button for one number. */
export function placeCallData(
  number: string,
  kind: CallableKind,
  person: Pick<Person, 'key' | 'name'> | undefined,
  nonce: string,
): PlaceCallData {
  const data: PlaceCallData = { number, numberKind: kind, nonce };
  if (person) {
    data.personKey = person.key;
    data.name = person.name;
  }
  return data;
}

function numberRow(
  t: Translate,
  row: { number: string; kind: CallableKind; person: Person | undefined; primary: boolean },
  options: { country?: CountryCode; nonce: () => string; cannotCall?: string },
): PersonNumberRow {
  return {
    label: numberKindLabel(t, row.kind),
    display: displayPhoneNumber(row.number, options.country),
    button: options.cannotCall ? '' : t('call.person.call'),
    style: row.primary ? 'positive' : 'default',
    data: placeCallData(row.number, row.kind, row.person, options.nonce()),
  };
}

/** A label inside a sentence: "Alice Martin (mobile)". */
export function lower(label: string): string {
  return label.toLocaleLowerCase();
}
