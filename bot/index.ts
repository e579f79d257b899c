/**
 * The composition root: reads the validated configuration, starts the simulators in demo mode,
 * builds the clients, storage, adapter and application, and starts the HTTP server. Everything else
 * receives what it needs as arguments; tests build the same bot with other parts.
 */
import { flushJournal } from './state/turn-journal';
import { SyncSourceCache } from './commands/admin/sync-sources';
import { createLogic } from './commands/router';
import type { BotServices } from './commands/services';
import { ConfigError, loadConfig, loadDotEnv, type Config, type GraphSettings } from './config';
import { countryForTimeZone } from './domain/phone-number';
import { createLogger, type Logger } from './log';
import { PeopleDirectory } from './people';
import { createAdapter, type AdapterOptions } from './server/adapter';
import { createApplication } from './server/app';
import { createHttpServer, listen } from './server/http-server';
import { readiness } from './server/readiness';
import { CloudLinkClient, CronofyClient, GraphClient, type RequestMetrics } from './services';
import {
  startSimulators,
  type SimulatorEndpoints,
  type Simulators,
  type SimulatorOptions,
} from './simulator';
import { createGraphCredential, isInsecureLogin } from './services/graph/credential';
import type { GraphConfig } from './services/graph/types';
import { openStateStores } from './state/stores';
import { startAzureMonitor } from './telemetry/azure-monitor';
import { loadDemoTenant, loadTenantFile } from './tenant/load';
import { TenantFileError } from './tenant/tenant-file-error';
import { ActionRateLimiter } from './state/action-rates';
import type { Tenant } from './tenant/types';
import { IdentityMapStore, identityMapOfTenant } from './people/identity-map';

export interface StartOptions {
  config: Config;
  logger: Logger;
  /** A tenant to simulate instead of the configured one (tests). */
  tenant?: Tenant;
  simulatorOptions?: SimulatorOptions;
  /**
   * Simulators of the tenant already running elsewhere (the benchmarks run them in a process of
   * their own, as the real services run on other machines): demo mode then starts none.
   */
  upstream?: SimulatorEndpoints;
  /** Counts upstream requests (benchmarks). */
  onRequest?: (metrics: RequestMetrics) => void;
  authEndpoints?: AdapterOptions['authEndpoints'];
  now?: () => Date;
}

export interface RunningBot {
  url: string;
  port: number;
  config: Config;
  services: BotServices;
  simulators: Simulators | null;
  tenant: Tenant | null;
  /** Stops; `drainMs` bounds the wait for requests in flight (default: none waited for). */
  close(options?: { drainMs?: number }): Promise<void>;
}

/**
 * How long a stopping bot lets turns in flight finish: above a click's 5 s budget, below the
 * 10 s a container platform (Docker, App Service) waits between SIGTERM and SIGKILL.
 */
export const SHUTDOWN_DRAIN_MS = 8_000;

export async function startBot(options: StartOptions): Promise<RunningBot> {
  const { config, logger } = options;
  let simulators: Simulators | null = null;
  let tenant: Tenant | null = null;
  const started = Date.now();

  try {
    let cloudlinkConfig, cronofyConfig, graphConfig, settings: BotServices['settings'];
    const timeoutMs = config.upstreamTimeoutMs;
    if (config.mode === 'demo') {
      tenant =
        options.tenant ?? (config.demoTenantPath ? loadTenantFile(config.demoTenantPath) : loadDemoTenant());
      const sim =
        options.upstream ??
        (simulators = await startSimulators(tenant, {
          logger: logger.child({ component: 'simulator' }),
          ...options.simulatorOptions,
        }));
      cloudlinkConfig = {
        baseUrl: sim.cloudlink.baseUrl,
        credentials: {
          clientId: sim.cloudlink.clientId,
          clientSecret: sim.cloudlink.clientSecret,
          accountId: sim.cloudlink.accountId,
        },
        appName: sim.cloudlink.appName,
        timeoutMs,
      };
      cronofyConfig = {
        baseUrl: sim.cronofy.baseUrl,
        credentials: {
          clientId: sim.cronofy.clientId,
          clientSecret: sim.cronofy.clientSecret,
          refreshToken: sim.cronofy.refreshToken,
        },
        timeoutMs,
      };
      graphConfig = {
        baseUrl: sim.graph.baseUrl,
        loginUrl: sim.graph.loginUrl,
        tenantId: sim.graph.tenantId,
        credentials: { clientId: sim.graph.clientId, clientSecret: sim.graph.clientSecret },
        timeoutMs,
      };
      const timeZone = config.timeZone ?? tenant.organization.timeZone;
      settings = {
        accountId: sim.cloudlink.accountId,
        presenceAppId: sim.graph.presenceAppId,
        adminGroupId: sim.graph.adminGroupId,
        pbxType: config.pbxType ?? tenant.pbx.type,
        timeZone,
        defaultCountry: countryForTimeZone(timeZone),
      };
    } else {
      const cl = config.cloudlink!;
      const cr = config.cronofy!;
      const gr = config.graph!;
      cloudlinkConfig = {
        baseUrl: cl.baseUrl,
        credentials: { clientId: cl.clientId, clientSecret: cl.clientSecret, accountId: cl.accountId },
        appName: cl.appName,
        timeoutMs,
      };
      cronofyConfig = {
        baseUrl: cr.baseUrl,
        credentials: { clientId: cr.clientId, clientSecret: cr.clientSecret, refreshToken: cr.refreshToken },
        timeoutMs,
      };
      graphConfig = {
        baseUrl: gr.baseUrl,
        loginUrl: gr.loginUrl,
        tenantId: gr.tenantId,
        ...graphCredentials(gr),
        timeoutMs,
      };
      const timeZone = config.timeZone!;
      settings = {
        accountId: cl.accountId,
        presenceAppId: gr.presenceAppId,
        adminGroupId: gr.adminGroupId,
        pbxType: config.pbxType,
        timeZone,
        defaultCountry: countryForTimeZone(timeZone),
      };
    }

    const deps = {
      logger: logger.child({ component: 'upstream' }),
      onRequest: options.onRequest,
      breaker: config.circuitBreaker,
    };
    // Memory (tests, demo) or Azure Blob Storage shared by every instance (STORAGE=blob).
    const state = await openStateStores(config.storage);
    const cloudlink = new CloudLinkClient(cloudlinkConfig, deps);
    const graph = new GraphClient(graphConfig, deps);
    const identityMap = new IdentityMapStore(state.store);
    // A demo tenant's connector state stands for what an earlier "Sync now" left in the bot's storage.
    if (tenant) await identityMap.seed(identityMapOfTenant(tenant));
    const people = new PeopleDirectory({
      cloudlink,
      graph,
      identityMap,
      adminGroupId: settings.adminGroupId,
      ttlMs: config.directoryTtlSeconds * 1000,
      defaultCountry: settings.defaultCountry,
      logger: logger.child({ component: 'people' }),
    });
    const cronofy = new CronofyClient(cronofyConfig, deps);
    const services: BotServices = {
      cloudlink,
      cronofy,
      graph,
      people,
      syncSources: new SyncSourceCache({ maxAgeMs: config.syncStatusMaxAgeSeconds * 1000 }),
      store: state.store,
      identityMap,
      claims: state.claims,
      actionRates: new ActionRateLimiter(),
      settings,
      logger,
    };

    // Joins the load in flight, if any, so probes never pile up requests on a failing source.
    const warmDirectory = (): void => {
      people.snapshot().catch((error: unknown) => {
        logger.warn('people directory not loaded yet', {
          error: error instanceof Error ? error.message : String(error),
        });
      });
    };

    const adapter = createAdapter({ credentials: config.bot, logger, authEndpoints: options.authEndpoints });
    const app = createApplication({
      adapter,
      logic: createLogic(services),
      logger,
      timeZone: () => settings.timeZone,
      allowedTenants: config.allowedTenants,
      allowedChannels: ['msteams'],
      now: options.now,
      memberCacheMs: config.memberCacheSeconds * 1000,
      botAppId: config.bot?.appId ?? '',
    });
    const server = createHttpServer({
      adapter,
      run: (context) => app.run(context),
      logger,
      maxBodyBytes: config.maxBodyBytes,
      loopbackOnly: config.bot === null,
      allowedServiceUrls: config.allowedServiceUrls,
      health: () => ({ mode: config.mode, uptimeSeconds: Math.round((Date.now() - started) / 1000) }),
      ready: () =>
        readiness({
          circuits: {
            cloudlink: () => cloudlink.circuitState(),
            graph: () => graph.circuitState(),
            cronofy: () => cronofy.circuitState(),
          },
          directory: () => {
            const state = people.loadState();
            // Not loaded yet (a source failed at start): each probe tries again, one load at a time.
            if (!state.loaded) warmDirectory();
            return state;
          },
        }),
    });
    const running = await listen(server, config.port, config.host);
    // Warm the people directory so that the first user does not wait for it.
    warmDirectory();

    return {
      url: running.url,
      port: running.port,
      config,
      services,
      simulators,
      tenant,
      close: async (closeOptions = {}) => {
        await running.close(closeOptions);
        // The journal entries of the last turns, given a bounded time.
        await flushJournal(3000);
        await simulators?.close();
      },
    };
  } catch (error) {
    await simulators?.close();
    throw error;
  }
}

/** `npm start`: configuration from the environment, errors as plain messages and a non-zero exit. */
async function main(): Promise<void> {
  let config: Config;
  try {
    loadDotEnv();
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger({ level: config.logLevel });
  // Before anything else runs, so that the first turn is traced.
  const telemetry = startAzureMonitor(config.applicationInsights);
  let bot: RunningBot;
  try {
    bot = await startBot({ config, logger });
  } catch (error) {
    if (error instanceof TenantFileError) {
      console.error(error.message);
      process.exit(3);
    }
    console.error(`The bot could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  const lines = [
    `Bot listening on ${bot.url}/api/messages (health: ${bot.url}/healthz, readiness: ${bot.url}/readyz)`,
  ];
  if (config.mode === 'demo') {
    lines.push(
      `Demo mode: simulated phone system, room calendars and Microsoft Graph for "${bot.tenant?.organization.name}" (${bot.tenant?.source}).`,
    );
    if (config.bot === null) {
      lines.push('No bot credentials: unauthenticated requests are accepted from this machine only.');
    }
  }
  if (config.liveTrial) lines.push(liveTrialLine(config, bot.url));
  if (telemetry) lines.push('Application Insights: traces of each turn and upstream call are sent.');
  logger.info('started', {
    url: bot.url,
    mode: config.mode,
    liveTrial: config.liveTrial,
    applicationInsights: telemetry !== null,
  });
  process.stdout.write(lines.join('\n') + '\n');

  const stop = (signal: string): void => {
    logger.info('stopping', { signal });
    // No new connections; turns in flight are answered; then exit 0.
    bot
      .close({ drainMs: SHUTDOWN_DRAIN_MS })
      // The last traces are sent before the process ends (a slow exporter does not hold it up long).
      .then(() => Promise.race([telemetry?.stop(), new Promise((done) => setTimeout(done, 2000).unref())]))
      .then(
        () => process.exit(0),
        () => process.exit(1),
      );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

/** The start-up line of a local live trial: where it listens and which services are real. */
export function liveTrialLine(config: Config, url: string): string {
  const live = [
    config.cloudlink && `CloudLink ${config.cloudlink.baseUrl}`,
    config.cronofy && `Cronofy ${config.cronofy.baseUrl}`,
    config.graph && `Microsoft Graph ${config.graph.baseUrl}`,
  ].filter(Boolean);
  const publicUrl = config.publicUrl && !config.publicUrl.endsWith(':0') ? config.publicUrl : url;
  return (
    `Local live trial on ${url} only (no MicrosoftAppId): requests from this machine are accepted without a Bot Framework token; ` +
    `live services: ${live.join(', ')}; storage: ${config.storage.kind}; public URL: ${publicUrl}.`
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}

/**
 * The Graph sign-in: an `@azure/identity` credential, except for a client secret posted to a
 * plain-http login on this machine (a simulator), which MSAL would refuse and the bot posts itself.
 */
function graphCredentials(gr: GraphSettings): Pick<GraphConfig, 'credentials' | 'credential'> {
  const auth = gr.auth;
  if (auth.kind === 'secret' && isInsecureLogin(gr.loginUrl)) {
    return { credentials: { clientId: auth.clientId, clientSecret: auth.clientSecret } };
  }
  return {
    credentials: { clientId: gr.clientId, clientSecret: '' },
    credential: createGraphCredential(gr.loginUrl, gr.tenantId, auth),
  };
}
