/**
 * What "sync status" concludes from the primary sources, before any words: the five user-sync
 * figures and who will not sync (bot/domain/user-sync, over the bot's identity map and the Teams
 * Phone seats), the presence-integration checklist of FAQ 20 (what an API can check), the gateway
 * as inferred from the lines the media service reads, and the PBX capacity of the users the gateway
 * monitors (bot/domain/pbx-capacity). Each check has a level and a
 * state that selects its sentence and its advice. Pure: the same sources and instant give the
 * same health.
 */
import { PBX_LIMITS, pbxCapacity, type CapacityUsage, type PbxCapacity } from '../../domain/pbx-capacity';
import {
  computeUserSync,
  type NotSyncingReason,
  type UserSyncFigures,
  type UserSyncReport,
} from '../../domain/user-sync';
import {
  GRAPH_RESOURCE_APP_ID,
  PRESENCE_READWRITE_ALL_ROLE_ID,
  USER_READ_ALL_ROLE_ID,
  type AppRegistration,
  type SubscribedSku,
} from '../../services';
import type { PbxType } from '../../tenant/types';
import type { AppliedSync } from '../../people/identity-map';
import type { EndpointReading, Outcome, SourceFailure, SyncSources } from './sync-sources';

/** ok (green), warning (amber), error (red); skipped: cannot be checked before another fix; info: listed, not a problem. */
export type CheckLevel = 'ok' | 'warning' | 'error' | 'skipped' | 'info';

export type CheckId =
  | 'userSync'
  | 'licences'
  | 'lastSync'
  | 'pending'
  | 'matching'
  | NotSyncingReason
  | 'appRegistered'
  | 'adminConsent'
  | 'clientSecret'
  | 'teamsIntegration'
  | 'gateway'
  | 'capacityUsers'
  | 'capacityRoles';

export interface Check {
  id: CheckId;
  level: CheckLevel;
  /** Selects the sentence and the advice ('unreadable' when a source failed). */
  state: string;
  /** Numbers and words the sentence needs. */
  values: Record<string, string | number>;
  /** Instants, shown in the reader's time zone. */
  dates: Record<string, Date>;
  /** The source that failed, for 'unreadable'. */
  failure?: SourceFailure;
  /** A few examples shown under the check (upstream text, e.g. sync failures). */
  examples: string[];
}

export interface SyncHealth {
  checkedAt: Date;
  userSync: {
    checks: Check[];
    figures: UserSyncFigures | null;
    /** What the last "Sync now" applied (null: never). */
    lastSync: AppliedSync | null;
    report: UserSyncReport | null;
    /** How many manual mappings the bot keeps (null when they could not be read). */
    mappings: number | null;
  };
  presence: { checks: Check[] };
  pbx: {
    checks: Check[];
    pbxType: string | null;
    /** The gateway's state as inferred from the lines read (null when they could not be). */
    gateway: GatewayInference | null;
    capacity: PbxCapacity | null;
  };
  errors: number;
  warnings: number;
}

/** Every state each check can be in, with its level ('unreadable' is always an error). */
export const CHECK_STATES: Readonly<Record<CheckId, Readonly<Record<string, CheckLevel>>>> = {
  userSync: { unreadable: 'error' },
  licences: { ok: 'ok', short: 'error', unreadable: 'error' },
  lastSync: { ok: 'ok', never: 'warning' },
  pending: { none: 'ok', waiting: 'warning' },
  matching: { ok: 'ok' },
  duplicateAddress: { found: 'error' },
  emailMismatch: { found: 'error' },
  notMapped: { found: 'error' },
  noCloudLinkRole: { found: 'error' },
  noTeamsPhoneLicense: { found: 'error' },
  cloudLinkOnly: { found: 'info' },
  teamsOnly: { found: 'info' },
  appRegistered: { ok: 'ok', missing: 'error', permissions: 'error', unreadable: 'error' },
  adminConsent: { ok: 'ok', missing: 'error', blocked: 'skipped', unreadable: 'error' },
  clientSecret: {
    ok: 'ok',
    never: 'ok',
    expiresSoon: 'warning',
    expired: 'error',
    none: 'error',
    blocked: 'skipped',
    waiting: 'skipped',
  },
  teamsIntegration: { console: 'info' },
  gateway: { online: 'ok', offline: 'error', unknown: 'warning', unreadable: 'error' },
  capacityUsers: {
    ok: 'ok',
    warning: 'warning',
    error: 'error',
    unknownPbx: 'skipped',
    noLines: 'skipped',
    unreadable: 'error',
  },
  capacityRoles: { ok: 'ok', warning: 'warning', error: 'error' },
};

/** The client secret is flagged this many days before it expires. */
export const SECRET_WARNING_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Graph application roles the presence app needs, by id, with their names. */
export const PRESENCE_ROLES: ReadonlyArray<{ id: string; name: string }> = [
  { id: PRESENCE_READWRITE_ALL_ROLE_ID, name: 'Presence.ReadWrite.All' },
  { id: USER_READ_ALL_ROLE_ID, name: 'User.Read.All' },
];

const PROBLEM_REASONS: ReadonlySet<NotSyncingReason> = new Set([
  'duplicateAddress',
  'emailMismatch',
  'notMapped',
  'noCloudLinkRole',
  'noTeamsPhoneLicense',
]);

const REASONS: readonly NotSyncingReason[] = [
  'duplicateAddress',
  'emailMismatch',
  'notMapped',
  'noCloudLinkRole',
  'noTeamsPhoneLicense',
  'cloudLinkOnly',
  'teamsOnly',
];

function check(
  id: CheckId,
  level: CheckLevel,
  state: string,
  extra: Partial<Pick<Check, 'values' | 'dates' | 'failure' | 'examples'>> = {},
): Check {
  return { id, level, state, values: {}, dates: {}, examples: [], ...extra };
}

function unreadable(id: CheckId, failure: SourceFailure): Check {
  return check(id, 'error', 'unreadable', { failure });
}

/** The PBX type if it is one of the four the seeds describe. */
export function knownPbxType(type: string | null | undefined): PbxType | null {
  return type !== null && type !== undefined && type in PBX_LIMITS ? (type as PbxType) : null;
}

/**
 * The gateway's state, inferred (vendor facts §1.5, derived; no API reports it): `online` when the
 * media service read at least one line, `offline` when every line it was asked for went
 * unanswered (504 or no answer in time), `unknown` otherwise (no line to read, or only errors).
 */
export interface GatewayInference {
  state: 'online' | 'offline' | 'unknown';
  /** Lines asked for. */
  probed: number;
  /** Lines the media service read (any state). */
  answered: number;
  /** Lines the gateway monitors. */
  monitored: number;
}

export function inferGateway(readings: readonly EndpointReading[]): GatewayInference {
  const answered = readings.filter((r) => r.probe === 'monitored' || r.probe === 'notMonitored').length;
  const monitored = readings.filter((r) => r.probe === 'monitored').length;
  const unanswered = readings.filter((r) => r.probe === 'noAnswer').length;
  const state =
    monitored > 0 ? 'online' : readings.length > 0 && unanswered === readings.length ? 'offline' : 'unknown';
  return { state, probed: readings.length, answered, monitored };
}

/** Teams Phone seats: those bought (enabled) and free, over every SKU carrying the Teams Phone plan. */
export function teamsPhoneSeats(skus: readonly SubscribedSku[]): { total: number; available: number } {
  const phone = skus.filter((s) => s.includesTeamsPhone);
  const total = phone.reduce((n, s) => n + s.enabled, 0);
  const consumed = phone.reduce((n, s) => n + s.consumed, 0);
  return { total, available: Math.max(0, total - consumed) };
}

/** Everything "sync status" shows, from the sources read at `now`. */
export function assessSyncHealth(sources: SyncSources, now: Date): SyncHealth {
  const pbxType = knownPbxType(sources.pbxType);
  const userSync = assessUserSync(sources, pbxType);
  const presence = { checks: assessPresence(sources, now) };
  const pbx = assessPbx(sources, pbxType);
  const all = [...userSync.checks, ...presence.checks, ...pbx.checks];
  return {
    checkedAt: now,
    userSync,
    presence,
    pbx,
    errors: all.filter((c) => c.level === 'error').length,
    warnings: all.filter((c) => c.level === 'warning').length,
  };
}

function firstFailure(...outcomes: Array<Outcome<unknown>>): SourceFailure | undefined {
  for (const o of outcomes) if (!o.ok) return o.failure;
  return undefined;
}

function assessUserSync(sources: SyncSources, pbxType: PbxType | null): SyncHealth['userSync'] {
  const empty = { figures: null, lastSync: null, report: null, mappings: null };
  const failure = firstFailure(sources.cloudLinkUsers, sources.teamsUsers, sources.identityMap);
  if (failure) return { ...empty, checks: [unreadable('userSync', failure)] };
  if (!sources.cloudLinkUsers.ok || !sources.teamsUsers.ok || !sources.identityMap.ok) {
    return { ...empty, checks: [] };
  }
  const map = sources.identityMap.value;
  const seats = sources.licences.ok ? teamsPhoneSeats(sources.licences.value) : null;
  const monitored = new Map<string, boolean>();
  if (sources.endpoints.ok) {
    for (const r of sources.endpoints.value) {
      if (r.probe === 'monitored') monitored.set(r.userId, true);
      else if (r.probe === 'notMonitored') monitored.set(r.userId, false);
    }
  }
  const report = computeUserSync({
    phoneSystemUsers: sources.cloudLinkUsers.value.map((u) => {
      const m = monitored.get(u.id);
      return {
        id: u.id,
        name: u.name,
        email: u.email ?? null,
        role: u.role,
        ...(u.extension !== undefined ? { extension: u.extension } : {}),
        ...(m !== undefined ? { monitored: m } : {}),
      };
    }),
    teamsUsers: sources.teamsUsers.value.map((u) => ({
      id: u.id,
      name: u.displayName,
      upn: u.userPrincipalName,
      mail: u.mail ?? null,
      hasTeamsPhoneLicense: u.hasTeamsPhoneLicense,
    })),
    connector: {
      licensesTotal: seats?.total ?? null,
      licensesAvailable: seats?.available ?? null,
      syncMode: 'combined',
      manualMappings: map.mappings,
      synced: map.lastSync?.addresses ?? [],
    },
    // An unknown PBX: only a missing role is flagged (the PBXs without a required role behave so).
    pbxType: pbxType ?? 'MiVoice Business',
  });
  const f = report.figures;
  const checks: Check[] = [];

  if (!sources.licences.ok) checks.push(unreadable('licences', sources.licences.failure));
  else if (f.licensesShort)
    checks.push(
      check('licences', 'error', 'short', {
        values: {
          short: f.licensesShortBy,
          available: f.licensesAvailable ?? 0,
          needed: report.licensesNeeded,
        },
      }),
    );
  else
    checks.push(
      check('licences', 'ok', 'ok', {
        values: { available: f.licensesAvailable ?? 0, total: f.licensesTotal ?? 0 },
      }),
    );

  const last = map.lastSync;
  if (last === null) checks.push(check('lastSync', 'warning', 'never'));
  else checks.push(check('lastSync', 'ok', 'ok', { dates: { at: new Date(last.at) } }));

  checks.push(
    f.newToSync + f.missingToRemove > 0
      ? check('pending', 'warning', 'waiting', { values: { add: f.newToSync, remove: f.missingToRemove } })
      : check('pending', 'ok', 'none'),
  );

  let problems = 0;
  for (const reason of REASONS) {
    const count = report.countsByReason[reason];
    if (count === 0) continue;
    const level = PROBLEM_REASONS.has(reason) ? 'error' : 'info';
    if (level === 'error') problems += count;
    const values: Record<string, string | number> = { count };
    if (reason === 'noCloudLinkRole' && pbxType !== null) values.pbx = pbxType;
    checks.push(check(reason, level, 'found', { values }));
  }
  if (problems === 0)
    checks.push(check('matching', 'ok', 'ok', { values: { count: report.matched.length } }));

  return { checks, figures: f, lastSync: last, report, mappings: map.mappings.length };
}

function hasPermission(app: AppRegistration, roleId: string): boolean {
  return app.permissions.some(
    (p) => p.resourceAppId === GRAPH_RESOURCE_APP_ID && p.id === roleId && p.type === 'Role',
  );
}

function missingNames(has: (roleId: string) => boolean): string {
  return PRESENCE_ROLES.filter((r) => !has(r.id))
    .map((r) => r.name)
    .join(', ');
}

function assessPresence(sources: SyncSources, now: Date): Check[] {
  const checks: Check[] = [];
  const { application, consent } = sources;

  // a. The app is registered in Entra with its application permissions.
  let app: AppRegistration | null = null;
  if (!application.ok) checks.push(unreadable('appRegistered', application.failure));
  else if (application.value === null) checks.push(check('appRegistered', 'error', 'missing'));
  else {
    app = application.value;
    const registered = app;
    const missing = missingNames((id) => hasPermission(registered, id));
    checks.push(
      missing
        ? check('appRegistered', 'error', 'permissions', { values: { missing, app: app.displayName } })
        : check('appRegistered', 'ok', 'ok', { values: { app: app.displayName } }),
    );
  }

  // b. A global admin consented (the roles are assigned to the app's service principal).
  const notRegistered = application.ok && application.value === null;
  if (notRegistered) checks.push(check('adminConsent', 'skipped', 'blocked'));
  else if (!consent.ok) checks.push(unreadable('adminConsent', consent.failure));
  else {
    const granted = new Set(consent.value.map((a) => a.appRoleId));
    const missing = missingNames((id) => granted.has(id));
    checks.push(
      missing
        ? check('adminConsent', 'error', 'missing', { values: { missing } })
        : check('adminConsent', 'ok', 'ok'),
    );
  }

  // c. A client secret that is still valid (FAQ 17), flagged 30 days ahead.
  if (app !== null) checks.push(secretCheck(app, now));
  else checks.push(check('clientSecret', 'skipped', notRegistered ? 'blocked' : 'waiting'));

  // d. and e. The Teams integration and its presence sync are switched on in the CloudLink Account
  // Console; CloudLink publishes no API that reads them (vendor facts §1.11): the admin checks there.
  checks.push(check('teamsIntegration', 'info', 'console'));
  return checks;
}

function secretCheck(app: AppRegistration, now: Date): Check {
  if (app.secrets.length === 0) return check('clientSecret', 'error', 'none');
  if (app.secrets.some((s) => s.expiresAt === null)) return check('clientSecret', 'ok', 'never');
  // The secret that lasts longest is the one the integration can use.
  const latest = Math.max(...app.secrets.map((s) => s.expiresAt?.getTime() ?? 0));
  const expires = new Date(latest);
  const left = latest - now.getTime();
  if (left <= 0) return check('clientSecret', 'error', 'expired', { dates: { expires } });
  const days = Math.ceil(left / DAY_MS);
  return days <= SECRET_WARNING_DAYS
    ? check('clientSecret', 'warning', 'expiresSoon', { values: { days }, dates: { expires } })
    : check('clientSecret', 'ok', 'ok', { values: { days }, dates: { expires } });
}

function usageCheck(id: CheckId, usage: CapacityUsage): Check {
  return check(id, usage.level, usage.level, {
    values: { count: usage.count, max: usage.max, percent: Math.round(usage.ratio * 100) },
  });
}

function assessPbx(sources: SyncSources, pbxType: PbxType | null): SyncHealth['pbx'] {
  const checks: Check[] = [];
  if (!sources.endpoints.ok) {
    checks.push(unreadable('gateway', sources.endpoints.failure));
    return { checks, pbxType: sources.pbxType, gateway: null, capacity: null };
  }
  const gateway = inferGateway(sources.endpoints.value);
  const values = { probed: gateway.probed, answered: gateway.answered, monitored: gateway.monitored };
  if (gateway.state === 'online') checks.push(check('gateway', 'ok', 'online', { values }));
  else if (gateway.state === 'offline') checks.push(check('gateway', 'error', 'offline', { values }));
  else checks.push(check('gateway', 'warning', 'unknown', { values }));

  // The users the gateway monitors count against the PBX's limits (and, on MiVoice 5000 and
  // MX-ONE, against the 1,000 users with a CloudLink role, the ones it monitors).
  let capacity: PbxCapacity | null = null;
  if (pbxType === null) checks.push(check('capacityUsers', 'skipped', 'unknownPbx'));
  else if (gateway.state !== 'online') checks.push(check('capacityUsers', 'skipped', 'noLines'));
  else {
    capacity = pbxCapacity(pbxType, gateway.monitored, gateway.monitored);
    checks.push(usageCheck('capacityUsers', capacity.users));
    if (capacity.usersWithRole) checks.push(usageCheck('capacityRoles', capacity.usersWithRole));
  }
  return { checks, pbxType: sources.pbxType, gateway, capacity };
}
