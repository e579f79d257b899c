/**
 * Configuration: the only module that reads the environment. Parsed and validated once, at start;
 * every problem is reported with the setting's name and what to set (see .env.sample).
 */
import { existsSync } from 'node:fs';
import type { Level } from './log';
import { isTimeZone } from './time-zones';
import type { PbxType } from './tenant/types';

const PBX_TYPES: readonly PbxType[] = [
  'MiVoice Office 400',
  'MiVoice 5000',
  'MiVoice MX-ONE',
  'MiVoice Business',
];
import type { GraphAuth } from './services/graph/credential';
import { DEFAULT_SERVICE_URL_RULES, parseServiceUrlRules, type ServiceUrlRule } from './server/service-urls';

export interface CloudLinkSettings {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  accountId: string;
  appName: string;
}

export interface CronofySettings {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

export interface GraphSettings {
  baseUrl: string;
  loginUrl: string;
  tenantId: string;
  clientId: string;
  /** How the bot gets its Graph tokens: a client secret, a certificate or the host's managed identity. */
  auth: GraphAuth;
  /** The app registration of the CloudLink presence integration, checked by "sync status". */
  presenceAppId: string;
  /** Members of this Entra group may use admin commands. */
  adminGroupId: string;
}

export interface BotCredentials {
  appId: string;
  appPassword: string;
  appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  appTenantId: string;
}

export interface Config {
  /** Application Insights (OpenTelemetry traces); null = off, as it is locally by default. */
  applicationInsights: string | null;
  /** 'demo' runs on the simulators and a tenant file; 'live' on the real services. */
  mode: 'demo' | 'live';
  /**
   * Real services but no bot credentials (`MicrosoftAppId`): a local live trial. The bot then
   * listens on loopback only and accepts this machine's requests without a token, as in demo mode.
   */
  liveTrial: boolean;
  /** The bot's public base URL (`PUBLIC_URL`); in a local live trial `http://127.0.0.1:PORT` by default. */
  publicUrl: string | null;
  port: number;
  host: string;
  /** A tenant file to load instead of the bundled demo (demo mode). */
  demoTenantPath: string | null;
  /** null in demo mode without credentials: requests are then accepted from this machine only. */
  bot: BotCredentials | null;
  /** Entra tenant ids whose activities are served; empty = any (demo only). */
  allowedTenants: string[];
  /**
   * With bot credentials, the service URLs replies may go to (`ALLOWED_SERVICE_URLS`; default: the
   * Teams hosts of Microsoft's clouds). Without credentials the channel must be on this machine.
   */
  allowedServiceUrls: readonly ServiceUrlRule[];
  /** Live mode only; in demo mode the simulators provide these. */
  cloudlink: CloudLinkSettings | null;
  cronofy: CronofySettings | null;
  graph: GraphSettings | null;
  /** The organisation's IANA time zone, for users whose client sends none. */
  timeZone: string | null;
  /** The PBX behind the CloudLink gateway (PBX_TYPE); no CloudLink API names it. */
  pbxType: PbxType | null;
  storage:
    | { kind: 'memory' }
    | ({ kind: 'blob'; container: string } & ({ connectionString: string } | { accountUrl: string }));
  upstreamTimeoutMs: number;
  /** Per upstream system: consecutive outage-like failures that open its circuit, and how long it stays open. */
  circuitBreaker: { failureThreshold: number; cooldownMs: number };
  /** How long the people directory is kept before it is read again from the phone system. */
  directoryTtlSeconds: number;
  /** How long the channel's answer about who a sender is (UPN, e-mail) is used before asking again. */
  memberCacheSeconds: number;
  /** How long a complete reading of the sync sources answers "sync status" again (0: read every time). */
  syncStatusMaxAgeSeconds: number;
  maxBodyBytes: number;
  logLevel: Level;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.sample.`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LEVELS: Level[] = ['debug', 'info', 'warn', 'error'];
const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'];

/**
 * Reads a .env file into the environment (variables already set win), if there is one.
 * Lets `npm start` use the settings of a copied .env.sample. Node's own reader: quotes,
 * `export` prefixes and `#` comments as Node's `--env-file` reads them.
 */
export function loadDotEnv(file = '.env'): void {
  if (!existsSync(file)) return;
  process.loadEnvFile(file);
}

/** Parses and validates the environment; throws a ConfigError listing every problem. */
export function loadConfig(env: Env = process.env): Config {
  const problems: string[] = [];
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };

  const int = (name: string, fallback: number, min: number, max: number): number => {
    const raw = get(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
      return fallback;
    }
    return Number(raw);
  };

  const url = (name: string, fallback: string): string => {
    const raw = get(name) ?? fallback;
    try {
      const u = new URL(raw.replace('{service}', 'service'));
      if (u.protocol !== 'https:' && u.protocol !== 'http:') throw new Error('protocol');
    } catch {
      problems.push(`${name} must be an http(s) URL (got "${raw}").`);
    }
    return raw.replace(/\/+$/, '');
  };

  const port = int('PORT', 3978, 0, 65535);
  const upstreamTimeoutMs = int('UPSTREAM_TIMEOUT_MS', 4000, 100, 60000);
  const circuitBreaker = {
    failureThreshold: int('UPSTREAM_CIRCUIT_FAILURES', 5, 1, 1000),
    cooldownMs: int('UPSTREAM_CIRCUIT_COOLDOWN_MS', 30_000, 100, 3_600_000),
  };
  const directoryTtlSeconds = int('DIRECTORY_TTL_SECONDS', 300, 0, 86400);
  const memberCacheSeconds = int('MEMBER_CACHE_SECONDS', 600, 0, 86400);
  const syncStatusMaxAgeSeconds = int('SYNC_STATUS_MAX_AGE_SECONDS', 30, 0, 3600);
  const maxBodyBytes = int('MAX_BODY_BYTES', 256 * 1024, 1024, 10 * 1024 * 1024);

  const logLevel = (get('LOG_LEVEL') ?? 'info') as Level;
  if (!LEVELS.includes(logLevel)) problems.push(`LOG_LEVEL must be one of ${LEVELS.join(', ')}.`);

  const timeZone = get('ORGANIZATION_TIME_ZONE') ?? null;
  if (timeZone !== null && !isTimeZone(timeZone)) {
    problems.push(
      `ORGANIZATION_TIME_ZONE must be an IANA time zone such as Europe/Paris (got "${timeZone}").`,
    );
  }

  const pbxType = (get('PBX_TYPE') ?? null) as PbxType | null;
  if (pbxType !== null && !PBX_TYPES.includes(pbxType)) {
    problems.push(`PBX_TYPE must be one of ${PBX_TYPES.join(', ')} (got "${pbxType}").`);
  }

  // Live mode: any of the service groups set. Each group must then be complete.
  const groups = {
    cloudlink: ['CLOUDLINK_CLIENT_ID', 'CLOUDLINK_CLIENT_SECRET', 'CLOUDLINK_ACCOUNT_ID'],
    cronofy: ['CRONOFY_CLIENT_ID', 'CRONOFY_CLIENT_SECRET', 'CRONOFY_REFRESH_TOKEN'],
    graph: ['GRAPH_TENANT_ID', 'PRESENCE_APP_ID', 'ADMIN_GROUP_ID'],
  };
  // Graph's own credential: exactly one of a secret, a certificate or the managed identity.
  const graphAuthNames = [
    'GRAPH_CLIENT_SECRET',
    'GRAPH_CLIENT_CERTIFICATE_PATH',
    'GRAPH_USE_MANAGED_IDENTITY',
  ];
  const anyLive = [...Object.values(groups).flat(), 'GRAPH_CLIENT_ID', ...graphAuthNames].some(
    (n) => get(n) !== undefined,
  );
  const mode: Config['mode'] = anyLive ? 'live' : 'demo';
  // A local live trial: real services, no bot identity. Loopback only, no token, memory storage allowed.
  const liveTrial =
    anyLive && get('MicrosoftAppId') === undefined && get('MicrosoftAppPassword') === undefined;
  if (anyLive) {
    for (const names of Object.values(groups)) {
      for (const n of names) {
        if (get(n) === undefined) problems.push(`${n} is required when real services are configured.`);
      }
    }
    if (timeZone === null)
      problems.push('ORGANIZATION_TIME_ZONE is required when real services are configured.');
  }
  const graphAuth = anyLive ? readGraphAuth(get, problems) : null;

  const demoTenantPath = get('DEMO_TENANT') ?? null;
  if (demoTenantPath && anyLive) problems.push('DEMO_TENANT cannot be combined with real service settings.');

  // Bot credentials: required in live mode; optional in demo mode.
  const appId = get('MicrosoftAppId');
  const appPassword = get('MicrosoftAppPassword');
  const appTypeRaw = get('MicrosoftAppType') ?? 'MultiTenant';
  const appTenantId = get('MicrosoftAppTenantId') ?? '';
  let bot: BotCredentials | null = null;
  if (!['MultiTenant', 'SingleTenant', 'UserAssignedMSI'].includes(appTypeRaw)) {
    problems.push('MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.');
  }
  if (appId || appPassword) {
    if (!appId) problems.push('MicrosoftAppId is required when MicrosoftAppPassword is set.');
    if (!appPassword && appTypeRaw !== 'UserAssignedMSI') {
      problems.push('MicrosoftAppPassword is required when MicrosoftAppId is set.');
    }
    if (appTypeRaw !== 'MultiTenant' && !appTenantId) {
      problems.push(`MicrosoftAppTenantId is required when MicrosoftAppType is ${appTypeRaw}.`);
    }
    bot = {
      appId: appId ?? '',
      appPassword: appPassword ?? '',
      appType: appTypeRaw as BotCredentials['appType'],
      appTenantId,
    };
  } else if (mode === 'live' && !liveTrial) {
    problems.push(
      'MicrosoftAppId and MicrosoftAppPassword are required with real services: the bot refuses to run unauthenticated.',
    );
  }

  const allowedTenants = (get('ALLOWED_TENANT_IDS') ?? '')
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  for (const id of allowedTenants) {
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) {
      problems.push(`ALLOWED_TENANT_IDS must list Entra tenant ids (GUIDs); "${id}" is not one.`);
    }
  }
  if (mode === 'live' && !liveTrial && allowedTenants.length === 0) {
    problems.push('ALLOWED_TENANT_IDS is required with real services: list the Entra tenant ids to serve.');
  }

  const serviceUrlsRaw = get('ALLOWED_SERVICE_URLS');
  let allowedServiceUrls = DEFAULT_SERVICE_URL_RULES;
  if (serviceUrlsRaw !== undefined) {
    const parsed = parseServiceUrlRules(serviceUrlsRaw);
    problems.push(...parsed.problems);
    allowedServiceUrls = parsed.rules;
  }

  const storageKind = get('STORAGE') ?? 'memory';
  let storage: Config['storage'] = { kind: 'memory' };
  if (storageKind === 'blob') {
    const connectionString = get('AZURE_STORAGE_CONNECTION_STRING');
    const accountUrl = get('AZURE_STORAGE_ACCOUNT_URL');
    if (!connectionString && !accountUrl) {
      problems.push(
        'AZURE_STORAGE_ACCOUNT_URL (reached with the managed identity) or AZURE_STORAGE_CONNECTION_STRING is required when STORAGE=blob.',
      );
    }
    if (connectionString && accountUrl) {
      problems.push('Set only one of AZURE_STORAGE_ACCOUNT_URL and AZURE_STORAGE_CONNECTION_STRING.');
    }
    if (accountUrl) {
      let parsed: URL | undefined;
      try {
        parsed = new URL(accountUrl);
      } catch {
        parsed = undefined;
      }
      const loopback =
        parsed !== undefined && LOOPBACK_HOSTS.includes(parsed.hostname.replace(/^\[|\]$/g, ''));
      if (!parsed || (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))) {
        problems.push(
          `AZURE_STORAGE_ACCOUNT_URL must be the account's https blob address, such as https://account.blob.core.windows.net (got "${accountUrl}").`,
        );
      }
    }
    const container = get('AZURE_STORAGE_CONTAINER') ?? 'bot-state';
    if (!/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/.test(container)) {
      problems.push(
        `AZURE_STORAGE_CONTAINER must be a blob container name: 3 to 63 lowercase letters, digits and single dashes (got "${container}").`,
      );
    }
    storage = accountUrl
      ? { kind: 'blob', accountUrl: accountUrl.replace(/\/+$/, ''), container }
      : { kind: 'blob', connectionString: connectionString ?? '', container };
  } else if (storageKind !== 'memory') {
    problems.push(`STORAGE must be "memory" or "blob" (got "${storageKind}").`);
  } else if (mode === 'live' && !liveTrial) {
    problems.push('STORAGE=blob is required with real services: memory storage loses state on restart.');
  }

  const cloudlink: CloudLinkSettings | null = anyLive
    ? {
        baseUrl: url('CLOUDLINK_BASE_URL', 'https://{service}.api.mitel.io/2017-09-01'),
        clientId: get('CLOUDLINK_CLIENT_ID') ?? '',
        clientSecret: get('CLOUDLINK_CLIENT_SECRET') ?? '',
        accountId: get('CLOUDLINK_ACCOUNT_ID') ?? '',
        appName: get('CLOUDLINK_APP_NAME') ?? 'pbx-rooms-teams-bot',
      }
    : null;
  const cronofy: CronofySettings | null = anyLive
    ? {
        baseUrl: url('CRONOFY_BASE_URL', 'https://api.cronofy.com'),
        clientId: get('CRONOFY_CLIENT_ID') ?? '',
        clientSecret: get('CRONOFY_CLIENT_SECRET') ?? '',
        refreshToken: get('CRONOFY_REFRESH_TOKEN') ?? '',
      }
    : null;
  const graph: GraphSettings | null = anyLive
    ? {
        baseUrl: url('GRAPH_BASE_URL', 'https://graph.microsoft.com/v1.0'),
        loginUrl: url('GRAPH_LOGIN_URL', 'https://login.microsoftonline.com'),
        tenantId: get('GRAPH_TENANT_ID') ?? '',
        clientId: get('GRAPH_CLIENT_ID') ?? '',
        auth: graphAuth ?? { kind: 'managed-identity' },
        presenceAppId: get('PRESENCE_APP_ID') ?? '',
        adminGroupId: get('ADMIN_GROUP_ID') ?? '',
      }
    : null;

  if (graph?.auth.kind === 'certificate' && graph.loginUrl.startsWith('http:')) {
    problems.push(
      `GRAPH_LOGIN_URL must be https with GRAPH_CLIENT_CERTIFICATE_PATH (got "${graph.loginUrl}"): Microsoft Entra ID signs in over https only.`,
    );
  }

  const host = get('HOST') ?? (bot === null ? '127.0.0.1' : '0.0.0.0');
  if (liveTrial && !LOOPBACK_HOSTS.includes(host.toLowerCase())) {
    problems.push(
      `HOST must be a loopback address (127.0.0.1, ::1 or localhost) in a local live trial (got "${host}"): without MicrosoftAppId the bot accepts requests without a token, so it serves this machine only.`,
    );
  }
  const publicUrlRaw = get('PUBLIC_URL');
  const publicUrl =
    publicUrlRaw !== undefined
      ? url('PUBLIC_URL', publicUrlRaw)
      : liveTrial
        ? `http://${host.includes(':') ? `[${host}]` : host}:${port}`
        : null;

  if (problems.length > 0) throw new ConfigError(problems);
  return {
    mode,
    liveTrial,
    publicUrl,
    port,
    host,
    demoTenantPath,
    bot,
    allowedTenants,
    allowedServiceUrls,
    cloudlink,
    cronofy,
    graph,
    timeZone,
    pbxType,
    storage,
    applicationInsights: get('APPLICATIONINSIGHTS_CONNECTION_STRING') ?? null,
    upstreamTimeoutMs,
    circuitBreaker,
    directoryTtlSeconds,
    memberCacheSeconds,
    syncStatusMaxAgeSeconds,
    maxBodyBytes,
    logLevel,
  };
}

/**
 * GRAPH_CLIENT_SECRET, GRAPH_CLIENT_CERTIFICATE_PATH or GRAPH_USE_MANAGED_IDENTITY=true: one of
 * them, and GRAPH_CLIENT_ID with the first two (the app registration they belong to).
 */
function readGraphAuth(get: (name: string) => string | undefined, problems: string[]): GraphAuth | null {
  const secret = get('GRAPH_CLIENT_SECRET');
  const certificatePath = get('GRAPH_CLIENT_CERTIFICATE_PATH');
  const managedRaw = get('GRAPH_USE_MANAGED_IDENTITY');
  if (managedRaw !== undefined && !['true', 'false'].includes(managedRaw.toLowerCase())) {
    problems.push(`GRAPH_USE_MANAGED_IDENTITY must be true or false (got "${managedRaw}").`);
  }
  const managed = managedRaw?.toLowerCase() === 'true';
  const chosen = [secret, certificatePath, managed ? 'yes' : undefined].filter((v) => v !== undefined);
  if (chosen.length === 0) {
    if (!get('GRAPH_CLIENT_ID'))
      problems.push('GRAPH_CLIENT_ID is required when real services are configured.');
    problems.push(
      'GRAPH_CLIENT_SECRET is required when real services are configured (or GRAPH_CLIENT_CERTIFICATE_PATH, or GRAPH_USE_MANAGED_IDENTITY=true in Azure).',
    );
    return null;
  }
  if (chosen.length > 1) {
    problems.push(
      'Set only one of GRAPH_CLIENT_SECRET, GRAPH_CLIENT_CERTIFICATE_PATH and GRAPH_USE_MANAGED_IDENTITY=true: each is a way for the bot to sign in to Graph.',
    );
    return null;
  }
  const clientId = get('GRAPH_CLIENT_ID');
  if (managed) {
    // The managed identity is the bot's Graph identity; GRAPH_CLIENT_ID, if set, names a user-assigned one.
    return { kind: 'managed-identity', clientId };
  }
  if (!clientId) {
    problems.push('GRAPH_CLIENT_ID is required when real services are configured.');
    return null;
  }
  if (certificatePath !== undefined) {
    if (!existsSync(certificatePath)) {
      problems.push(
        `GRAPH_CLIENT_CERTIFICATE_PATH must name a PEM file holding the private key and the certificate (no file at "${certificatePath}").`,
      );
      return null;
    }
    return { kind: 'certificate', clientId, certificatePath };
  }
  return { kind: 'secret', clientId, clientSecret: secret ?? '' };
}
