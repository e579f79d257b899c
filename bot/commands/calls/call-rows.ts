/**
 * One call record as a row of the log: which way it went (missed calls stand out), who the other
 * party is (named from the directory when the record has only a number), their number in the
 * viewer's format, when (today / yesterday in words), how long, and a Call back button.
 */
import { randomUUID } from 'node:crypto';
import type { CallRowData } from '../../../cards/calls/call-log';
import { digitsKey, displayPhoneNumber, type CountryCode } from '../../domain/phone-number';
import { formatDuration, formatRelativeDay } from '../../language/format';
import type { Translate } from '../../language/i18n';
import type { HourClock, Locale } from '../../language/locale';
import type { Person, PeopleSnapshot } from '../../people';
import type { CallRecord } from '../../services';
import type { PlaceCallData } from '../call/place-call-data';

export interface RowContext {
  t: Translate;
  locale: Locale;
  timeZone: string;
  now: Date;
  /** "14:05" or "2:05 PM". */
  clock?: HourClock;
  /** The viewer's country: their numbers are shown in national format. */
  country: CountryCode;
  people: PeopleSnapshot;
}

export type CallKind = 'incoming' | 'outgoing' | 'missed';

const ICONS: Record<CallKind, string> = { incoming: '↙', outgoing: '↗', missed: '✗' };

/** Missed: an incoming call nobody answered (an unanswered outgoing call is not missed). */
export function callKind(record: Pick<CallRecord, 'direction' | 'answered'>): CallKind {
  if (record.direction === 'outbound') return 'outgoing';
  return record.answered ? 'incoming' : 'missed';
}

const DIALLABLE = /^\+?\d{2,15}$/;

/** The row of one record. */
export function callRow(record: CallRecord, ctx: RowContext): CallRowData {
  const kind = callKind(record);
  const number = record.peer.number.trim();
  const person = personWithNumber(ctx.people, number);
  // The name the record carries comes first; the directory names a bare number.
  const name = record.peer.name?.trim() || person?.name;
  const shown = number ? displayPhoneNumber(number, ctx.country) : '';
  const label = ctx.t(`calls.direction.${kind}`);
  const duration = record.answered
    ? formatDuration(record.durationSeconds, ctx.locale)
    : ctx.t(kind === 'missed' ? 'calls.row.notAnswered' : 'calls.row.noAnswer');
  const callBack: PlaceCallData = { number, nonce: randomUUID() };
  if (person) {
    callBack.personKey = person.key;
    const numberKind = kindOfNumber(person, number, ctx.country);
    if (numberKind) callBack.numberKind = numberKind;
  }
  if (name) callBack.name = name;
  return {
    icon: ICONS[kind],
    missed: kind === 'missed',
    name: name || shown || ctx.t('calls.row.unknownNumber'),
    detail: name && shown ? `${label} · ${shown}` : label,
    when: formatRelativeDay(record.startedAt, ctx),
    duration,
    canCallBack: DIALLABLE.test(number),
    callBackTitle: ctx.t('calls.callBack'),
    callBack,
  };
}

/** The one person with this number (an extension, or a work, mobile or home number). */
export function personWithNumber(people: PeopleSnapshot, number: string): Person | undefined {
  if (!number) return undefined;
  if (!number.startsWith('+')) {
    const byExtension = people.byExtension(number);
    if (byExtension) return byExtension;
  }
  return people.directory.byNumber(number)?.person;
}

function kindOfNumber(
  person: Person,
  number: string,
  country: CountryCode,
): PlaceCallData['numberKind'] | undefined {
  if (person.extension !== undefined && person.extension.trim() === number) return 'extension';
  const key = digitsKey(number, country);
  for (const kind of ['work', 'mobile', 'home'] as const) {
    const phone = person.phones[kind];
    if (phone && digitsKey(phone, country) === key) return kind;
  }
  return undefined;
}
