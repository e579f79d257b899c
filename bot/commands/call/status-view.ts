/**
 * The card that replaces a clicked Call button: "Calling Alice (mobile) from your desk phone…",
 * then the outcome. While the call rings, the card asks Teams to refresh it (Adaptive Card
 * `refresh` for the caller only) and offers a Refresh button.
 */
import type { CallStatusCardData } from '../../../cards/call/status';
import { VERBS } from '../../../cards/verbs';
import type { Translate } from '../../language/i18n';
import type { StringKey } from '../../language/strings';
import type { CallOutcome, FailureReason } from './call-outcome';
import { lower } from './person-view';
import { numberKindLabel, type CallableKind } from './numbers';
import type { PlaceCallData } from './place-call-data';

/** The data of `call.status`: the call, and what the card says about whom it calls. */
export type CallStatusData = Omit<PlaceCallData, 'nonce'> & { callId: string };

/** Who is called and from where, as the card says it. */
export interface CallContext {
  /** "Alice Martin (mobile)". */
  who: string;
  /** The caller's own extension. */
  extension: string;
  /** The number called, as shown. */
  display: string;
}

export interface StatusButtons {
  /** `call.status` data for Refresh (and the automatic refresh). */
  status?: CallStatusData;
  /** `call.place` data for Call again (with a fresh nonce). */
  again?: PlaceCallData;
  /** Channel user ids for whom Teams refreshes the card. */
  userIds: string[];
  /** Whether Teams should refresh the card by itself (the call may still change). */
  autoRefresh: boolean;
}

const REASON_WORDS: Record<FailureReason, StringKey> = {
  busy: 'call.status.reason.busy',
  noAnswer: 'call.status.reason.noAnswer',
  unreachable: 'call.status.reason.unreachable',
  outOfService: 'call.status.reason.outOfService',
  rejected: 'call.status.reason.rejected',
  unknown: 'call.status.reason.unknown',
};

/** "Alice Martin (mobile)", or the name alone when the kind of number is not known. */
export function calleeLabel(t: Translate, name: string, kind: CallableKind | undefined): string {
  if (kind === undefined || kind === 'other') return name;
  return t('call.status.who', { name, kind: lower(numberKindLabel(t, kind)) });
}

/** The card for the call's current outcome. */
export function statusCardData(
  t: Translate,
  ctx: CallContext,
  outcome: CallOutcome,
  buttons: StatusButtons,
): CallStatusCardData {
  const facts = [
    { title: t('call.status.number'), value: ctx.display },
    { title: t('call.status.from'), value: t('call.status.fromValue', { extension: ctx.extension }) },
  ];
  const refreshButton = buttons.status
    ? [{ title: t('call.status.refresh'), verb: VERBS.callStatus, data: { ...buttons.status } }]
    : [];
  const againButton = buttons.again
    ? [{ title: t('call.status.callAgain'), verb: VERBS.callPlace, data: { ...buttons.again } }]
    : [];
  const base = { facts, hint: '', refresh: null };
  switch (outcome.kind) {
    case 'ringing':
      return {
        ...base,
        tone: 'info',
        title: t('call.status.callingTitle', { who: ctx.who }),
        message: t('call.status.callingMessage', { extension: ctx.extension }),
        actions: refreshButton,
        refresh:
          buttons.autoRefresh && buttons.status
            ? { data: { ...buttons.status }, userIds: buttons.userIds }
            : null,
      };
    case 'connected':
      return {
        ...base,
        tone: 'success',
        title: t('call.status.connectedTitle', { who: ctx.who }),
        message: t('call.status.connectedMessage', { extension: ctx.extension }),
        actions: refreshButton,
      };
    case 'held':
      return {
        ...base,
        tone: 'info',
        title: t('call.status.heldTitle', { who: ctx.who }),
        message: '',
        actions: refreshButton,
      };
    case 'ended':
      return {
        ...base,
        tone: 'info',
        title: t('call.status.endedTitle', { who: ctx.who }),
        message: '',
        actions: againButton,
      };
    case 'failed':
      return {
        ...base,
        tone: 'warning',
        title: t('call.status.failedTitle', { who: ctx.who }),
        message: t(REASON_WORDS[outcome.reason]),
        actions: againButton,
      };
    case 'unknown':
      return {
        ...base,
        tone: 'info',
        title: t('call.status.unknownTitle', { who: ctx.who }),
        message: '',
        actions: [...refreshButton, ...againButton],
      };
  }
}

/**
 * The same click is being handled already (a double click, a redelivery) and the phone system has
 * not answered yet: Refresh sends the same click again, which never places a second call.
 */
export function pendingCardData(
  t: Translate,
  ctx: CallContext,
  sameClick: PlaceCallData,
): CallStatusCardData {
  return {
    tone: 'info',
    title: t('call.status.pendingTitle', { who: ctx.who }),
    message: t('call.status.pendingMessage'),
    facts: [{ title: t('call.status.number'), value: ctx.display }],
    hint: '',
    actions: [{ title: t('call.status.refresh'), verb: VERBS.callPlace, data: { ...sameClick } }],
    refresh: null,
  };
}
