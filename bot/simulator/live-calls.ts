/**
 * Calls placed through click-to-call. A call's course is a function of time, read when asked:
 * the caller's phone rings, the caller picks up after `ringMs` and the callee's phone rings, the
 * callee answers at `answerMs` (the call is "connected" and both call logs get their record),
 * and the call ends `talkMs` later ("completed"). A call to a line out of service fails once the
 * caller has picked up ("outOfService", cause `destNotObtainable`). States and causes are only
 * Mitel's documented values (M-SWG `call.state`, `call.cause`). No timers: nothing to cancel on close.
 */
import type { LineState, TenantPerson } from '../tenant/types';
import type { CallLog } from './call-log';
import { partyFields, recordWire, type CallParty, type CallPartyFields } from './cloudlink-wire';
import { randomId } from './ids';

export interface CallProgress {
  /** Until the caller picks up their own phone. */
  ringMs: number;
  /** Until the callee answers (the call becomes "connected"). */
  answerMs: number;
  /** How long the connected call lasts before it is hung up. */
  talkMs: number;
}

/** The cause of a call to a line out of service (M-SWG `call.cause`). */
export const CAUSE_OUT_OF_ORDER = 'destNotObtainable';

export const DEFAULT_CALL_PROGRESS: CallProgress = { ringMs: 1_000, answerMs: 3_000, talkMs: 60_000 };

/** The documented states a placed call goes through here (M-SWG `call.state`). */
export type CallState = 'ringing' | 'connected' | 'completed' | 'outOfService';

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

/** A call object (M-SWG `call`). */
export interface CallWire extends CallPartyFields {
  callId: string;
  direction: 'outbound';
  state: CallState;
  cause?: string;
  createdOn: string;
  endTime?: string;
  _links: { self: string };
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

  /** The calls placed from an endpoint that are not over yet, oldest first. */
  activeOn(endpointId: string): LiveCall[] {
    return [...this.calls.values()].filter((call) => {
      if (call.endpointId !== endpointId) return false;
      const state = this.state(call);
      return state === 'ringing' || state === 'connected';
    });
  }

  /** A call by id. */
  get(callId: string): LiveCall | undefined {
    return this.calls.get(callId);
  }

  /** The state of a call now. */
  state(call: LiveCall): CallState {
    const t = this.now() - call.createdMs;
    if (call.failCause !== undefined) return t < this.progress.ringMs ? 'ringing' : 'outOfService';
    if (t < this.progress.answerMs) return 'ringing';
    if (t < this.progress.answerMs + this.progress.talkMs) return 'connected';
    return 'completed';
  }

  /** The call in wire shape, with its current state; `self` is the call's own URL. */
  wire(call: LiveCall, self: string): CallWire {
    const state = this.state(call);
    const wire: CallWire = {
      callId: call.callId,
      ...partyFields(call.from, call.to),
      direction: 'outbound',
      state,
      createdOn: new Date(call.createdMs).toISOString(),
      _links: { self },
    };
    if (state === 'outOfService' && call.failCause !== undefined) wire.cause = call.failCause;
    if (state === 'completed') {
      const { answerMs, talkMs } = this.progress;
      wire.endTime = new Date(call.createdMs + answerMs + talkMs).toISOString();
    }
    return wire;
  }

  /**
   * The answer to make-call: Mitel documents `direction: outbound`, `cause: newCall` and
   * `state: connected` for it (M-SWG `call` descriptions), whatever the callee does next.
   */
  placedWire(call: LiveCall, self: string): CallWire {
    return { ...this.wire(call, self), state: 'connected', cause: 'newCall' };
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
        call.caller.id,
        recordWire({
          callId: call.callId,
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
      this.log.add(call.caller.id, recordWire({ ...common, direction: 'outbound' }));
    if (call.callee && this.hasLog(call.callee)) {
      this.log.add(call.callee.id, recordWire({ ...common, direction: 'inbound' }));
    }
  }
}
