/**
 * "calls from Alice": who Alice is (through the directory) and which numbers her calls come from
 * or go to. Several matches → a choice; nobody → say so, with the closest names; a person without
 * any number → say so.
 */
import { VERBS } from '../../../cards/verbs';
import type { Translate } from '../../language/i18n';
import type { Person, PeopleSnapshot, PersonEntry } from '../../people';
import type { NoticeCardData } from '../../../cards/notice';
import { notice } from '../failure';
import type { Reply } from '../turn';
import { personWithNumber } from './call-rows';
import { buttonData, type CallsView, type PeerRef } from './view';
import { displayPhoneNumber, type CountryCode } from '../../domain/phone-number';

/** The other party the log is narrowed to. */
export interface Peer {
  /** As shown in the title: the person's name, or the number. */
  label: string;
  /** The numbers searched (see peerNumbers). */
  numbers: string[];
  /** For the buttons: the person's key, or the number when nobody has it. */
  ref: { key: string } | { number: string };
}

export type PeerResolution = { kind: 'peer'; peer: Peer } | { kind: 'reply'; reply: Reply };

type NoticeAction = NoticeCardData['actions'][number];

const MAX_CHOICES = 5;

/**
 * The numbers a person's calls carry. CloudLink reports the other party's number in E.164: for
 * someone inside the PBX that is their DID (the work number), so the E.164 numbers (work, mobile,
 * home) are searched, each as a query of its own (a record has one number, so the results add up).
 * The extension is searched only for someone without a work number, whose calls the PBX can only
 * report by extension.
 */
export function peerNumbers(person: Pick<Person, 'phones' | 'extension'>): string[] {
  const numbers = new Set<string>();
  for (const kind of ['work', 'mobile', 'home'] as const) {
    const phone = person.phones[kind]?.trim();
    if (phone) numbers.add(phone);
  }
  const extension = person.extension?.trim();
  if (!person.phones.work && extension) numbers.add(extension);
  return [...numbers];
}

/** Who the view's peer is, or the reply that asks or explains. */
export function resolvePeer(
  ref: PeerRef,
  view: CallsView,
  people: PeopleSnapshot,
  t: Translate,
  country: CountryCode,
): PeerResolution {
  if (ref.kind === 'person') {
    const person = people.byKey(ref.key);
    if (!person) return reply(goneReply(t));
    return ofPerson(person, view, t);
  }
  if (ref.kind === 'number') {
    const person = personWithNumber(people, ref.number);
    if (person) return ofPerson(person, view, t);
    return ofNumber(ref.number, country);
  }
  const found = people.directory.search(ref.text);
  switch (found.kind) {
    case 'unique':
      return ofPerson(found.match.person, view, t);
    case 'number':
      return found.match ? ofPerson(found.match.person, view, t) : ofNumber(found.e164, country);
    case 'several':
      return reply(choiceReply(ref.text, found.matches, found.total, view, t));
    default:
      return reply(unknownReply(ref.text, found.suggestions, view, t));
  }
}

function reply(r: Reply): PeerResolution {
  return { kind: 'reply', reply: r };
}

function ofPerson(person: Person, view: CallsView, t: Translate): PeerResolution {
  const numbers = peerNumbers(person);
  if (numbers.length === 0) {
    return reply(
      notice({
        tone: 'warning',
        title: t('calls.peer.noNumberTitle', { name: person.name }),
        message: t('calls.peer.noNumber', { name: person.name }),
        facts: [],
        hint: '',
        actions: [allCallsAction(t)],
      }),
    );
  }
  return { kind: 'peer', peer: { label: person.name, numbers, ref: { key: person.key } } };
}

function ofNumber(number: string, country: CountryCode): PeerResolution {
  return {
    kind: 'peer',
    peer: { label: displayPhoneNumber(number, country), numbers: [number], ref: { number } },
  };
}

function choiceReply(
  text: string,
  matches: PersonEntry[],
  total: number,
  view: CallsView,
  t: Translate,
): Reply {
  const shown = matches.slice(0, MAX_CHOICES);
  return notice({
    tone: 'info',
    title: t('calls.peer.severalTitle', { name: text }),
    message: t('calls.peer.severalMessage'),
    facts: shown.map((m) => ({ title: m.person.name, value: describe(m.person, t) })),
    hint: total > shown.length ? t('calls.peer.severalMore', { count: total - shown.length }) : '',
    actions: personActions(shown, view, t),
  });
}

function unknownReply(text: string, suggestions: PersonEntry[], view: CallsView, t: Translate): Reply {
  const shown = suggestions.slice(0, MAX_CHOICES - 1);
  return notice({
    tone: 'warning',
    title: t('calls.peer.unknownTitle', { name: text }),
    message: t('calls.peer.unknown', { name: text }),
    facts: [],
    hint: shown.length > 0 ? t('calls.peer.suggestions') : '',
    actions: [...personActions(shown, view, t), allCallsAction(t)],
  });
}

function goneReply(t: Translate): Reply {
  return notice({
    tone: 'warning',
    title: t('calls.peer.goneTitle'),
    message: t('calls.peer.gone'),
    facts: [],
    hint: '',
    actions: [allCallsAction(t)],
  });
}

/** One button per person; namesakes are told apart by their extension. */
function personActions(entries: PersonEntry[], view: CallsView, t: Translate): NoticeAction[] {
  const names = entries.map((e) => e.person.name);
  return entries.map((e) => {
    const twin = names.filter((n) => n === e.person.name).length > 1;
    const extension = e.person.extension;
    return {
      title:
        twin && extension ? `${e.person.name} (${t('calls.peer.extension', { extension })})` : e.person.name,
      verb: VERBS.callsPage,
      data: { ...buttonData({ ...view, page: 1 }, { key: e.person.key }) },
    };
  });
}

function describe(person: Person, t: Translate): string {
  const parts = [
    person.email ?? person.upn,
    person.extension && t('calls.peer.extension', { extension: person.extension }),
  ];
  return parts.filter((p): p is string => Boolean(p)).join(' · ') || '—';
}

/** The button back to every call of the period (no party, no filter). */
export function allCallsAction(t: Translate): NoticeAction {
  return {
    title: t('calls.showAll'),
    verb: VERBS.callsPage,
    data: { ...buttonData({ filter: 'all', page: 1 }) },
  };
}
