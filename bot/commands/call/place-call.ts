/**
 * A Call button (`call.place`): who clicks, whether they can place PBX calls, then one call from
 * their own extension to the number, placed once per click (runOnce on the caller and the
 * button's nonce: a double click or a redelivered invoke never places a second call). The card
 * is replaced by "Calling …", then by the outcome when it comes within the click's time budget;
 * while the call still rings the card refreshes itself (call.status).
 */
import { displayPhoneNumber } from '../../domain/phone-number';
import { VERBS } from '../../../cards/verbs';
import { isUpstreamError, type Call, type CallProgress, type UpstreamError } from '../../services';
import { runOnce } from '../../state/claims';
import { deadlineFor, identify, viewerCountry } from '../caller';
import { failureReply, mayHaveTakenEffect, notice, rateLimitedReply } from '../failure';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { callOutcome } from './call-outcome';
import { callContext, readCallStatusData, readPlaceCallData } from './call-request';
import { placeCallBlockers } from './can-place-calls';
import { newNonce } from './nonce';
import { cannotPlaceReply, invalidButtonReply, ownNumberReply } from './notices';
import { isOwnNumber } from './numbers';
import { phoneSystemFacts } from './phone-system-facts';
import type { PlaceCallData } from './place-call-data';
import { statusReply } from './replies';
import { pendingCardData, statusCardData, type CallStatusData, type StatusButtons } from './status-view';

/** What placing the call gave; stored with the claim, so a duplicate click gets the same. */
type Placement =
  // `progress` is absent in placements stored by earlier versions (they kept `state`).
  | { kind: 'placed'; callId: string; progress?: CallProgress; createdAt: string }
  | { kind: 'failed'; reply: Reply };

// How long a click waits for the call to leave "ringing" before answering (within the 5 s budget).
const FOLLOW_MS = 2500;
const POLL_MS = 300;
// A card refreshes itself only while the call is young; older cards refresh on request.
const AUTO_REFRESH_MS = 2 * 60_000;

/** Handles a Call button. */
export async function placeCallVerb(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const startedAt = Date.now();
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const t = turn.t;
  const country = viewerCountry(turn, caller.person);
  const request = readPlaceCallData(data, country);
  if (request === null) return invalidButtonReply(t);

  const facts = await phoneSystemFacts(turn.services, { deadline: startedAt + 1500 });
  const blockers = placeCallBlockers(caller.person, facts.pbxType);
  if (blockers !== null) return cannotPlaceReply(t, caller.person, blockers, turn.locale);
  if (isOwnNumber(caller.person, request.number, country))
    return ownNumberReply(t, displayPhoneNumber(request.number, country));

  const extension = (caller.person.extension ?? '').trim();
  const ctx = callContext(t, caller.people, request, extension, country);
  const rate = turn.services.actionRates.take('placeCall', caller.person.key, request.nonce);
  if (!rate.allowed) {
    turn.log.warn('call refused: too many in a short time', { retryAfterMs: rate.retryAfterMs });
    return rateLimitedReply(turn, 'placeCall', rate.retryAfterMs);
  }
  const key = `call.place:${caller.person.key}:${request.nonce}`;
  const once = await runOnce(turn.services.claims, key, () => place(turn, extension, request), {
    waitMs: 3000,
  });
  if (once.kind === 'pending') return statusReply(pendingCardData(t, ctx, request));
  turn.log.info('call placed', { outcome: once.value.kind, duplicate: once.kind === 'duplicate' });
  if (once.value.kind === 'failed') return once.value.reply;

  const call = await follow(turn, extension, once.value, startedAt + FOLLOW_MS);
  return statusReply(
    statusCardData(t, ctx, callOutcome(call), buttons(turn, { ...targetOf(request), callId: call.id }, call)),
  );
}

/** Handles Refresh and the card's automatic refresh (`call.status`): the call's state now. */
export async function callStatusVerb(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const t = turn.t;
  const country = viewerCountry(turn, caller.person);
  const request = readCallStatusData(data, country);
  if (request === null) return invalidButtonReply(t);
  const extension = caller.person.extension?.trim();
  if (!extension) {
    const facts = await phoneSystemFacts(turn.services, { deadline: deadlineFor(turn, 1500) });
    const blockers = placeCallBlockers(caller.person, facts.pbxType);
    if (blockers !== null) return cannotPlaceReply(t, caller.person, blockers, turn.locale);
    return invalidButtonReply(t);
  }
  let call: Call;
  try {
    // Asked on the clicker's own extension: nobody can follow someone else's call.
    call = await turn.services.cloudlink.getCall(extension, request.callId, { deadline: deadlineFor(turn) });
  } catch (error) {
    if (isUpstreamError(error) && error.kind === 'not-found') {
      return notice({
        tone: 'info',
        title: t('call.status.goneTitle'),
        message: t('call.status.goneMessage'),
        facts: [],
        hint: '',
        actions: [],
      });
    }
    return failureReply(turn, error, { retry: { verb: VERBS.callStatus, data: { ...request } } });
  }
  const ctx = callContext(t, caller.people, request, extension, country);
  return statusReply(statusCardData(t, ctx, callOutcome(call), buttons(turn, request, call)));
}

async function place(turn: CommandTurn, extension: string, request: PlaceCallData): Promise<Placement> {
  try {
    const call = await turn.services.cloudlink.placeCall(extension, request.number, {
      deadline: deadlineFor(turn),
    });
    return {
      kind: 'placed',
      callId: call.id,
      progress: call.progress,
      createdAt: call.createdAt.toISOString(),
    };
  } catch (error) {
    // Anything but an upstream failure is a bug: thrown, it frees the claim (nothing was sent).
    if (!isUpstreamError(error)) throw error;
    return { kind: 'failed', reply: placeFailureReply(turn, error, extension, request) };
  }
}

/** Whether the PBX may have placed the call although the request failed: then never try again blindly. */
export const mayHavePlaced: (error: UpstreamError) => boolean = mayHaveTakenEffect;

function placeFailureReply(
  turn: CommandTurn,
  error: UpstreamError,
  extension: string,
  request: PlaceCallData,
): Reply {
  const t = turn.t;
  const plain = (message: string): Reply => {
    turn.log.warn('call refused by the phone system', { kind: error.kind, status: error.status });
    return notice({
      tone: 'warning',
      title: t('call.status.couldNotPlaceTitle'),
      message,
      facts: [],
      hint: t('call.status.askAdmin'),
      actions: [],
    });
  };
  if (error.kind === 'conflict') return plain(t('call.status.ownLineOut', { extension }));
  if (error.kind === 'not-found') return plain(t('call.status.noEndpoint', { extension }));
  const mayHaveHappened = mayHavePlaced(error);
  return failureReply(
    turn,
    error,
    mayHaveHappened
      ? { mayHaveHappened }
      : { retry: { verb: VERBS.callPlace, data: { ...request, nonce: newNonce() } } },
  );
}

/**
 * The call as placed, then polled briefly until it leaves "ringing" or the time is up. Mitel's
 * make-call answer always says `connected` (it only acknowledges the request), so the call's own
 * state is asked for before the card says more than "Calling…".
 */
async function follow(
  turn: CommandTurn,
  extension: string,
  placed: Extract<Placement, { kind: 'placed' }>,
  until: number,
): Promise<Call> {
  let call: Call = {
    id: placed.callId,
    from: extension,
    to: '',
    direction: 'outbound',
    state: 'unknown',
    // A placement stored before progress was kept reads as still ringing: its state is asked for.
    progress: placed.progress ?? { kind: 'ringing' },
    createdAt: new Date(placed.createdAt),
  };
  while (call.progress.kind === 'ringing' && Date.now() + POLL_MS < until) {
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    try {
      call = await turn.services.cloudlink.getCall(extension, placed.callId, { deadline: until + 500 });
    } catch (error) {
      // The call is placed; its state can be read later with Refresh.
      turn.log.warn('call state not read', {
        error: isUpstreamError(error) ? { kind: error.kind, status: error.status } : String(error),
      });
      break;
    }
  }
  return call;
}

/** The target of a button (number, kind, person, name), without the button's own fields. */
function targetOf(data: Omit<PlaceCallData, 'nonce'>): Omit<PlaceCallData, 'nonce'> {
  const target: Omit<PlaceCallData, 'nonce'> = { number: data.number };
  if (data.numberKind !== undefined) target.numberKind = data.numberKind;
  if (data.personKey !== undefined) target.personKey = data.personKey;
  if (data.name !== undefined) target.name = data.name;
  return target;
}

function buttons(turn: CommandTurn, status: CallStatusData, call: Call): StatusButtons {
  const young = turn.now.getTime() - call.createdAt.getTime() < AUTO_REFRESH_MS;
  return {
    status,
    again: { ...targetOf(status), nonce: newNonce() },
    userIds: [turn.info.userId],
    autoRefresh: young,
  };
}
