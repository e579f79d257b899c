/** The phone system (Mitel CloudLink) as the rest of the bot sees it: no wire objects here. */
import type { CallOptions } from '../http/http-client';
import type { CommonServiceConfig } from '../http/service-deps';
import type { LineState, MitelOnePresence, PbxUserPresence } from '../../tenant/types';

export type { LineState, MitelOnePresence, PbxUserPresence };

export interface CloudLinkConfig extends CommonServiceConfig {
  /** URL template with `{service}`: `https://{service}.api.mitel.io/2017-09-01`. */
  baseUrl: string;
  credentials: {
    clientId: string;
    clientSecret: string;
    accountId?: string;
    /** Used first when present; client credentials are the fallback. */
    refreshToken?: string;
  };
  /** Sent as `X-Mitel-App` on every API request. */
  appName: string;
  /** Users per page when listing (default 100). */
  pageSize?: number;
}

export type CloudLinkRole = 'CTI' | 'User';

/** Phone numbers are E.164 when the upstream gives an international number, else as written. */
export interface CloudLinkUser {
  id: string;
  accountId: string;
  name: string;
  email?: string;
  extension?: string;
  phones: { work?: string; mobile?: string; home?: string };
  role: CloudLinkRole | null;
  createdAt?: Date;
}

export type UserAvailability = 'available' | 'busy' | 'dnd' | 'away';

export interface EndpointStatus {
  endpointId: string;
  state: LineState;
  userAvailability: UserAvailability | null;
  dnd: boolean;
  presence: { pbxUser?: PbxUserPresence; mitelOne?: MitelOnePresence };
}

/** Call states as Mitel documents them (M-SWG `call.state`; vendor facts §1.7). */
export const CALL_STATES = [
  'unknown',
  'idle',
  'ringing',
  'connected',
  'held',
  'outOfService',
  'completed',
] as const;
export type CallState = (typeof CALL_STATES)[number];

/** Call causes as Mitel documents them (M-SWG `call.cause`; vendor facts §1.7). */
export const CALL_CAUSES = [
  'busy',
  'callBack',
  'callCancelled',
  'callForwardAlways',
  'callForwardBusy',
  'callForwardNoAnswer',
  'callForward',
  'callNotAnswer',
  'destNotObtainable',
  'doNotDisturb',
  'incompatibleDestination',
  'networkCongestion',
  'networkNotObtainable',
  'newCall',
  'redirected',
  'resourcesNotAvailable',
  'transfer',
] as const;
export type CallCause = (typeof CALL_CAUSES)[number];

export type CallDirection = 'inbound' | 'outbound';

/** Why a call did not go through, in the bot's own words. */
export type CallFailure = 'busy' | 'noAnswer' | 'unreachable' | 'outOfService' | 'rejected' | 'unknown';

/** Where a call stands for the caller, read from the PBX's state and cause. */
export type CallProgress =
  { kind: 'ringing' | 'connected' | 'held' | 'ended' | 'unknown' } | { kind: 'failed'; reason: CallFailure };

/** A call placed through the PBX, or its later state. */
export interface Call {
  id: string;
  /** The caller's endpoint (extension), or E.164 when the PBX says so. */
  from: string;
  /** The destination, E.164 when the PBX says it is one, else as the PBX gave it. */
  to: string;
  direction: CallDirection;
  /** The state as the PBX gave it (`unknown` for a value outside the documented list). */
  state: CallState;
  /** The cause as the PBX gave it; absent when none or not a documented value. */
  cause?: CallCause;
  /** What state and cause mean for the caller. */
  progress: CallProgress;
  createdAt: Date;
}

export interface PlaceCallOptions extends CallOptions {
  /** Seconds the PBX rings the caller's own phone first (0–120). */
  originateTimeout?: number;
}

export interface CallParty {
  name?: string;
  /** E.164 when known, else the address as the PBX gave it (an extension). */
  number: string;
}

export interface CallRecord {
  id: string;
  principalId: string;
  direction: CallDirection;
  from: CallParty;
  to: CallParty;
  /** The other side: `from` of an inbound call, `to` of an outbound one. */
  peer: CallParty;
  startedAt: Date;
  endedAt: Date | null;
  answered: boolean;
  ringSeconds: number;
  durationSeconds: number;
  cause?: CallCause;
}

export interface CallHistoryOptions extends CallOptions {
  /** Read back at least to this instant (the start of the period shown), within the request bound. */
  since?: Date;
}

/** The newest part of a person's call history, as read: the bot filters, counts and pages it. */
export interface CallHistory {
  /** Newest first. */
  records: CallRecord[];
  /** False when older records exist that were not read (see CALL_RECORD_WINDOW). */
  complete: boolean;
}

export interface CloudLinkAccount {
  id: string;
  name: string;
  timeZone?: string;
  azureTenantId?: string;
}

export interface ManualMapping {
  upn: string;
  email: string;
}
