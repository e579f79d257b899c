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

export type CallState = 'ringing' | 'connected' | 'held' | 'disconnected' | 'failed' | 'unknown';
export type CallDirection = 'inbound' | 'outbound';

/** A call placed through the PBX, or its later state. */
export interface Call {
  id: string;
  /** The caller's endpoint (extension). */
  from: string;
  /** The destination as dialled. */
  to: string;
  toNumberE164?: string;
  direction: CallDirection;
  state: CallState;
  cause?: string;
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
  cause?: string;
}

export interface CallRecordQuery {
  direction?: CallDirection;
  answered?: boolean;
  /** Inclusive lower bound on the start. */
  from?: Date;
  /** Exclusive upper bound on the start. */
  to?: Date;
  /** Part of the peer's E.164 number (digits, optionally with a leading +). */
  numberContains?: string;
  top: number;
  skip?: number;
}

export interface CallRecordPage {
  /** Matching records in all (not just this page). */
  total: number;
  items: CallRecord[];
  hasMore: boolean;
}

export interface CloudLinkAccount {
  id: string;
  name: string;
  timeZone?: string;
  azureTenantId?: string;
}

export interface GatewayStatus {
  status: 'online' | 'offline' | 'unknown';
  lastSeen: Date | null;
  pbxType: string | null;
}

export interface ManualMapping {
  upn: string;
  email: string;
}

export interface SyncFailure {
  email: string;
  reason: string;
}

export interface SyncRun {
  at: Date | null;
  status: 'succeeded' | 'failed' | null;
  failures: SyncFailure[];
}

export interface TeamsIntegration {
  enabled: boolean;
  presenceSync: boolean;
  userSync: {
    licensesTotal: number;
    syncMode: 'automatic' | 'manual';
    manualMappings: ManualMapping[];
    lastSync: SyncRun;
    /** E-mail addresses of the people synced. */
    synced: string[];
  };
}

export interface AddedMapping extends ManualMapping {
  /** False when the same pair was already there. */
  created: boolean;
}
