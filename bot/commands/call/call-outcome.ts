/**
 * What a call's state and cause mean for the caller: still ringing, connected, on hold, ended,
 * or failed with a reason in plain words (busy, no answer, unreachable, out of service, rejected).
 * Causes are read loosely (ISDN / SIP style names), since PBXs word them differently.
 */
import type { Call } from '../../services';

export type FailureReason = 'busy' | 'noAnswer' | 'unreachable' | 'outOfService' | 'rejected' | 'unknown';

export type CallOutcome =
  | { kind: 'ringing' | 'connected' | 'held' | 'ended' | 'unknown' }
  | { kind: 'failed'; reason: FailureReason };

const ANSWERED = /NORMAL_CLEARING|ANSWERED|COMPLETED|NORMAL_UNSPECIFIED/i;

const REASONS: Array<[RegExp, FailureReason]> = [
  [/NETWORK_OUT_OF_ORDER/i, 'unreachable'],
  [/OUT_OF_ORDER|OUT_OF_SERVICE|SUBSCRIBER_ABSENT|TEMPORARILY_UNAVAILABLE/i, 'outOfService'],
  [/BUSY|CONGESTION/i, 'busy'],
  [/NO_ANSWER|NO_USER_RESPONSE|TIMEOUT|TIMED_OUT|ORIGINATOR_CANCEL/i, 'noAnswer'],
  [/REJECT|DECLINE|BARRED/i, 'rejected'],
  [/UNALLOCATED|INVALID|NO_ROUTE|UNREACHABLE|NUMBER_CHANGED|INCOMPATIBLE|NOT_FOUND|NETWORK/i, 'unreachable'],
];

/** The reason a call failed, from its cause. */
export function failureReason(cause: string | undefined): FailureReason {
  if (!cause) return 'unknown';
  for (const [pattern, reason] of REASONS) if (pattern.test(cause)) return reason;
  return 'unknown';
}

/** What the call's current state means. A call that ended with a failure cause failed. */
export function callOutcome(call: Pick<Call, 'state' | 'cause'>): CallOutcome {
  switch (call.state) {
    case 'ringing':
    case 'connected':
    case 'held':
      return { kind: call.state };
    case 'failed':
      return { kind: 'failed', reason: failureReason(call.cause) };
    case 'disconnected': {
      if (!call.cause || ANSWERED.test(call.cause)) return { kind: 'ended' };
      const reason = failureReason(call.cause);
      return reason === 'unknown' ? { kind: 'ended' } : { kind: 'failed', reason };
    }
    default:
      return { kind: 'unknown' };
  }
}
