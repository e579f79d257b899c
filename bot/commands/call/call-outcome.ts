/**
 * What a call means for the caller: still ringing, connected, on hold, ended, or failed with a
 * reason in plain words. The CloudLink client reads Mitel's documented states and causes into
 * this (bot/services/cloudlink/call-progress.ts); nothing here knows the wire.
 */
import type { Call, CallFailure, CallProgress } from '../../services';

export type FailureReason = CallFailure;

export type CallOutcome = CallProgress;

/** What the call's current state means. */
export function callOutcome(call: Pick<Call, 'progress'>): CallOutcome {
  return call.progress;
}
