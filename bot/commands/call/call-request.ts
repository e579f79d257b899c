/**
 * The data of Call and Refresh buttons, read without trusting it: the number must be diallable,
 * the nonce present; names and kinds are display hints, re-derived from the directory when the
 * number or the person key leads to someone.
 */
import { displayPhoneNumber, type CountryCode } from '../../domain/phone-number';
import type { Translate } from '../../language/i18n';
import type { PeopleSnapshot } from '../../people';
import { dialString, kindOfNumber, type CallableKind } from './numbers';
import type { PlaceCallData } from './place-call-data';
import { calleeLabel, type CallContext, type CallStatusData } from './status-view';

const KINDS: readonly CallableKind[] = ['work', 'mobile', 'home', 'extension', 'other'];
const MAX_TEXT = 120;

/** A `call.place` button's data, checked; null when it holds no number to dial or no nonce. */
export function readPlaceCallData(
  data: Record<string, unknown>,
  country?: CountryCode,
): PlaceCallData | null {
  const number = dialString(data.number, country);
  const nonce = text(data.nonce);
  if (number === null || nonce === undefined) return null;
  return withHints({ number, nonce }, data);
}

/** A `call.status` button's data, checked; null without a call id or a number. */
export function readCallStatusData(
  data: Record<string, unknown>,
  country?: CountryCode,
): CallStatusData | null {
  const number = dialString(data.number, country);
  const callId = text(data.callId);
  if (number === null || callId === undefined) return null;
  return withHints({ number, callId }, data);
}

function withHints<T extends Omit<PlaceCallData, 'nonce'>>(base: T, data: Record<string, unknown>): T {
  const out = { ...base };
  const kind = KINDS.find((k) => k === data.numberKind);
  if (kind) out.numberKind = kind;
  const personKey = text(data.personKey);
  if (personKey) out.personKey = personKey;
  const name = text(data.name);
  if (name) out.name = name;
  return out;
}

function text(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed ? trimmed.slice(0, MAX_TEXT) : undefined;
}

/** Who is called, as the status card says it: the directory's name when the number is someone's. */
export function callContext(
  t: Translate,
  people: PeopleSnapshot,
  request: Omit<PlaceCallData, 'nonce'>,
  extension: string,
  country?: CountryCode,
): CallContext {
  const byKey = request.personKey ? people.byKey(request.personKey) : undefined;
  const person =
    byKey ??
    (request.number.startsWith('+')
      ? people.directory.byNumber(request.number)?.person
      : people.byExtension(request.number));
  const display = displayPhoneNumber(request.number, country);
  const kind = person
    ? (kindOfNumber(person, request.number, country) ?? request.numberKind)
    : request.numberKind;
  const name = person?.name ?? request.name;
  return {
    who: name ? calleeLabel(t, name, kind) : display,
    extension,
    display,
  };
}
