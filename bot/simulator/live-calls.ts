/**
 * Calls placed through click-to-call. A call's course is a function of time, read when asked:
 * the caller's phone rings, the caller picks up after `ringMs` and the callee's phone rings, the
 * callee answers at `answerMs` (the call is "connected" and both call logs get their record),
 * and the call ends `talkMs` later. A call to a line out of service fails once the caller has
 * picked up. No timers: nothing to cancel on close.
 */
import type { LineState, TenantPerson } from '../tenant/types';
import type { CallLog } from './call-log';
import { recordWire, type CallParty, CAUSE_ANSWERED } from './cloudlink-wire';
import { randomId } from './ids';

export interface CallProgress {
  /** Until the caller picks up their own phone. */
  ringMs: number;
  /** Until the callee answers (the call becomes "connected"). */
  answerMs: number;
  /** How long the connected call lasts before it is hung up. */
  talkMs: number;
}

export const CAUSE_OUT_OF_ORDER = 'DESTINATION_OUT_OF_ORDER';

export const DEFAULT_CALL_PROGRESS: CallProgress = { ringMs: 1_000, answerMs: 3_000, talkMs: 60_000 };

export type CallState = 'ringing' | 'connected' | 'disconnected' | 'failed';

export interface LiveCall {
  callId: string;
  endpointId: string;
  caller: TenantPerson;
  /** The tenant person the call reaches, when it reaches one. */
  callee?: TenantPerson;
  from: CallParty;
  to: CallParty;
  createdMs: number;
  /** Set when the call cannot reach the callee (their line is out of service). */
  failCause?: string;
}

export interface CallWire {
  callId: string;
  endpointId: string;
  from: string;
  fromNumberE164: string;
  to: string;
  toNumberE164: string;
  direction: 'outbound';
  state: CallState;
  cause?: string;
  createdOn: string;
}

export class LiveCalls {
  private readonly calls = new Map<string, LiveCall>();
  private pending: LiveCall[] = [];
  private readonly active = new Map<string, LiveCall[]>();

  constructor(
    private readonly progress: CallProgress,
    private readonly log: CallLog,
    private readonly now: () => number,
    /** Whether a person has a call log (monitored by the gateway). */
    private readonly hasLog: (person: TenantPerson) => boolean,
  ) {}

  /** Starts a call from the caller's endpoint. */
  place(init: Omit<LiveCall, 'callId' | 'createdMs' | 'failCause'>, failCause?: string): LiveCall {
    const call: LiveCall = { ...init, callId: randomId(), createdMs: this.now() };
    if (failCause !== undefined) call.failCause = failCause;
    this.calls.set(call.callId, call);
    this.pending.push(call);
    for (const person of [call.caller, call.callee]) {
      if (!person) continue;
      const list = this.active.get(person.id);
      if (list) list.push(call);
      else this.active.set(person.id, [call]);
    }
    return call;
  }

  /** A call by id. */
  get(callId: string): LiveCall | undefined {
    return this.calls.get(callId);
  }

  /** The state of a call now. */
  state(call: LiveCall): CallState {
    const t = this.now() - call.createdMs;
    if (call.failCause !== undefined) return t < this.progress.ringMs ? 'ringing' : 'failed';
    if (t < this.progress.answerMs) return 'ringing';
    if (t < this.progress.answerMs + this.progress.talkMs) return 'connected';
    return 'disconnected';
  }

  /** The call in wire shape, with its current state. */
  wire(call: LiveCall): CallWire {
    const state = this.state(call);
    const wire: CallWire = {
      callId: call.callId,
      endpointId: call.endpointId,
      from: call.from.number,
      fromNumberE164: call.from.e164,
      to: call.to.number,
      toNumberE164: call.to.e164,
      direction: 'outbound',
      state,
      createdOn: new Date(call.createdMs).toISOString(),
    };
    if (state === 'disconnected') wire.cause = CAUSE_ANSWERED;
    if (state === 'failed') wire.cause = call.failCause;
    return wire;
  }

  /** The line state the person's calls impose now (busiest first), or undefined when none is live. */
  lineOf(personId: string): LineState | undefined {
    const list = this.active.get(personId);
    if (!list) return undefined;
    const now = this.now();
    const { ringMs, answerMs } = this.progress;
    let line: LineState | undefined;
    const live = list.filter((call) => now - call.createdMs < this.endMs(call));
    for (const call of live) {
      const t = now - call.createdMs;
      const isCaller = call.caller.id === personId;
      if (call.failCause !== undefined && !isCaller) continue;
      const ringing = isCaller ? t < ringMs : t < answerMs;
      const started = isCaller || t >= ringMs;
      if (!started) continue;
      if (!ringing) return 'connected';
      line = 'ringing';
    }
    if (live.length === 0) this.active.delete(personId);
    else if (live.length !== list.length) this.active.set(personId, live);
    return line;
  }

  /** Writes the records of calls answered by now into the call logs. */
  settle(): void {
    if (this.pending.length === 0) return;
    const now = this.now();
    const still: LiveCall[] = [];
    for (const call of this.pending) {
      const due = call.failCause !== undefined ? this.progress.ringMs : this.progress.answerMs;
      if (now - call.createdMs < due) still.push(call);
      else this.record(call);
    }
    this.pending = still;
  }

  // A failed call ends when the caller has picked up and heard the failure.
  private endMs(call: LiveCall): number {
    return call.failCause !== undefined
      ? this.progress.ringMs
      : this.progress.answerMs + this.progress.talkMs;
  }

  private record(call: LiveCall): void {
    if (call.failCause !== undefined) {
      if (!this.hasLog(call.caller)) return;
      this.log.add(
        recordWire({
          callId: call.callId,
          principal: call.caller.id,
          from: call.from,
          to: call.to,
          direction: 'outbound',
          createdOn: new Date(call.createdMs),
          endTime: new Date(call.createdMs + this.progress.ringMs),
          completed: false,
          cause: call.failCause,
          ringTime: Math.round(this.progress.ringMs / 1000),
          billingTime: 0,
        }),
      );
      return;
    }
    const { answerMs, talkMs } = this.progress;
    const createdOn = new Date(call.createdMs);
    const endTime = new Date(call.createdMs + answerMs + talkMs);
    const common = {
      callId: call.callId,
      from: call.from,
      to: call.to,
      createdOn,
      endTime,
      completed: true,
      ringTime: Math.round(answerMs / 1000),
      billingTime: Math.round(talkMs / 1000),
    };
    if (this.hasLog(call.caller))
      this.log.add(recordWire({ ...common, principal: call.caller.id, direction: 'outbound' }));
    if (call.callee && this.hasLog(call.callee)) {
      this.log.add(recordWire({ ...common, principal: call.callee.id, direction: 'inbound' }));
    }
  }
}
