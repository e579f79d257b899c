/**
 * CloudLink call states and causes (M-SWG `call.state`, `call.cause`; vendor facts §1.7) → what
 * they mean for the caller. Only the documented values are read; the PBX words nothing else.
 */
import type { CallCause, CallFailure, CallProgress, CallState } from './types';

/** Causes that say why a call did not go through; the others (forwarded, transferred, new…) do not. */
const FAILURES: Partial<Record<CallCause, CallFailure>> = {
  busy: 'busy',
  networkCongestion: 'busy',
  callNotAnswer: 'noAnswer',
  callCancelled: 'noAnswer',
  destNotObtainable: 'unreachable',
  incompatibleDestination: 'unreachable',
  networkNotObtainable: 'unreachable',
  resourcesNotAvailable: 'unreachable',
  doNotDisturb: 'rejected',
};

/** The reason a call failed, from its cause (`unknown` when the cause is absent or says nothing). */
export function failureOf(cause: CallCause | undefined): CallFailure {
  return (cause && FAILURES[cause]) ?? 'unknown';
}

/** Whether the cause says the call did not go through. */
export function isFailureCause(cause: CallCause | undefined): boolean {
  return cause !== undefined && FAILURES[cause] !== undefined;
}

/**
 * What a call's state and cause mean. `completed` (and `idle`: the line is back at rest) is an
 * ended call, or a failed one when the cause says why; `outOfService` is a failed one.
 */
export function progressOf(state: CallState, cause: CallCause | undefined): CallProgress {
  switch (state) {
    case 'ringing':
    case 'connected':
    case 'held':
      return { kind: state };
    case 'completed':
    case 'idle':
      return isFailureCause(cause) ? { kind: 'failed', reason: failureOf(cause) } : { kind: 'ended' };
    case 'outOfService':
      return { kind: 'failed', reason: 'outOfService' };
    default:
      return { kind: 'unknown' };
  }
}
