/**
 * What "sync status" concludes from the primary sources, before any words: the five user-sync
 * figures and who will not sync (bot/domain/user-sync), the presence-integration checklist of
 * FAQ 20, the gateway, and the PBX capacity (bot/domain/pbx-capacity). Each check has a level and a
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
  type GatewayStatus,
  type SyncRun,
  type TeamsIntegration,
} from '../../services';
import type { PbxType } from '../../tenant/types';
import type { Outcome, SourceFailure, SyncSources } from './sync-sources';

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
  | 'presenceSync'
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
    syncMode: 'automatic' | 'manual' | null;
    lastSync: SyncRun | null;
    report: UserSyncReport | null;
  };
  presence: { checks: Check[] };
  pbx: {
    checks: Check[];
    pbxType: string | null;
    gateway: GatewayStatus | null;
    capacity: PbxCapacity | null;
  };
  errors: number;
  warnings: number;
}

/** Every state each check can be in, with its level ('unreadable' is always an error). */
export const CHECK_STATES: Readonly<Record<CheckId, Readonly<Record<string, CheckLevel>>>> = {
  userSync: { off: 'skipped', unreadable: 'error' },
  licences: { ok: 'ok', short: 'error' },
  lastSync: { ok: 'ok', failed: 'error', never: 'warning' },
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
  teamsIntegration: { ok: 'ok', missing: 'error', disabled: 'error', unreadable: 'error' },
  presenceSync: { ok: 'ok', off: 'error', blocked: 'skipped' },
  gateway: { online: 'ok', offline: 'error', unknown: 'warning', unreadable: 'error' },
  capacityUsers: { ok: 'ok', warning: 'warning', error: 'error', unknownPbx: 'skipped', unreadable: 'error' },
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

/** Everything "sync status" shows, from the sources read at `now`. */
export function assessSyncHealth(sources: SyncSources, now: Date): SyncHealth {
  const gateway = sources.gateway.ok ? sources.gateway.value : null;
  const pbxType = knownPbxType(gateway?.pbxType);
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
  const empty = { figures: null, syncMode: null, lastSync: null, report: null };
  const failure = firstFailure(sources.cloudLinkUsers, sources.teamsUsers, sources.integration);
  if (failure) return { ...empty, checks: [unreadable('userSync', failure)] };
  if (!sources.cloudLinkUsers.ok || !sources.teamsUsers.ok || !sources.integration.ok) {
    return { ...empty, checks: [] };
  }
  const integration = sources.integration.value;
  // Without the Teams integration there is no connector: the presence checklist says what to do.
  if (integration === null) return { ...empty, checks: [check('userSync', 'skipped', 'off')] };

  const { userSync } = integration;
  const report = computeUserSync({
    phoneSystemUsers: sources.cloudLinkUsers.value.map((u) => ({
      id: u.id,
      name: u.name,
      email: u.email ?? null,
      role: u.role,
      ...(u.extension !== undefined ? { extension: u.extension } : {}),
    })),
    teamsUsers: sources.teamsUsers.value.map((u) => ({
      id: u.id,
      name: u.displayName,
      upn: u.userPrincipalName,
      mail: u.mail ?? null,
      hasTeamsPhoneLicense: u.hasTeamsPhoneLicense,
    })),
    connector: {
      licensesTotal: userSync.licensesTotal,
      syncMode: userSync.syncMode,
      manualMappings: userSync.manualMappings,
      synced: userSync.synced,
    },
    // An unknown PBX: only a missing role is flagged (the PBXs without a required role behave so).
    pbxType: pbxType ?? 'MiVoice Business',
  });
  const f = report.figures;
  const checks: Check[] = [];

  checks.push(
    f.licensesShort
      ? check('licences', 'error', 'short', {
          values: { short: f.licensesShortBy, available: f.licensesAvailable, needed: f.newToSync },
        })
      : check('licences', 'ok', 'ok', { values: { available: f.licensesAvailable, total: f.licensesTotal } }),
  );

  const last = userSync.lastSync;
  if (last.at === null || last.status === null) checks.push(check('lastSync', 'warning', 'never'));
  else if (last.status === 'failed' || last.failures.length > 0) {
    checks.push(
      check('lastSync', 'error', 'failed', {
        values: { count: last.failures.length },
        dates: { at: last.at },
        examples: last.failures.slice(0, 3).map((x) => `${x.email}: ${x.reason}`),
      }),
    );
  } else checks.push(check('lastSync', 'ok', 'ok', { dates: { at: last.at } }));

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

  return { checks, figures: f, syncMode: userSync.syncMode, lastSync: last, report };
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
  const { application, consent, integration } = sources;

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

  // d. The Teams integration is added in the CloudLink Account Console; e. presence sync is on.
  if (!integration.ok) {
    checks.push(unreadable('teamsIntegration', integration.failure));
    checks.push(check('presenceSync', 'skipped', 'blocked'));
  } else if (integration.value === null) {
    checks.push(check('teamsIntegration', 'error', 'missing'));
    checks.push(check('presenceSync', 'skipped', 'blocked'));
  } else {
    const value: TeamsIntegration = integration.value;
    checks.push(
      value.enabled ? check('teamsIntegration', 'ok', 'ok') : check('teamsIntegration', 'error', 'disabled'),
    );
    checks.push(
      value.presenceSync ? check('presenceSync', 'ok', 'ok') : check('presenceSync', 'error', 'off'),
    );
  }
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
  const gatewayOutcome = sources.gateway;
  if (!gatewayOutcome.ok) {
    checks.push(unreadable('gateway', gatewayOutcome.failure));
    return { checks, pbxType: null, gateway: null, capacity: null };
  }
  const gateway = gatewayOutcome.value;
  const dates: Record<string, Date> = gateway.lastSeen ? { lastSeen: gateway.lastSeen } : {};
  if (gateway.status === 'online') checks.push(check('gateway', 'ok', 'online', { dates }));
  else if (gateway.status === 'offline') checks.push(check('gateway', 'error', 'offline', { dates }));
  else checks.push(check('gateway', 'warning', 'unknown', { dates }));

  let capacity: PbxCapacity | null = null;
  if (!sources.cloudLinkUsers.ok) checks.push(unreadable('capacityUsers', sources.cloudLinkUsers.failure));
  else if (pbxType === null) checks.push(check('capacityUsers', 'skipped', 'unknownPbx'));
  else {
    const users = sources.cloudLinkUsers.value;
    const withRole = users.filter((u) => u.role !== null).length;
    capacity = pbxCapacity(pbxType, withRole, users.length);
    checks.push(usageCheck('capacityUsers', capacity.users));
    if (capacity.usersWithRole) checks.push(usageCheck('capacityRoles', capacity.usersWithRole));
  }
  return { checks, pbxType: gateway.pbxType, gateway, capacity };
}
