/**
 * Application Insights, on when APPLICATIONINSIGHTS_CONNECTION_STRING is set (the Bicep sets it;
 * .env.sample leaves it empty, so it is off locally). Only the bot's own spans are sent
 * (bot/telemetry/tracing.ts): the automatic HTTP and Azure SDK instrumentations are off, because
 * their spans carry URLs, and the bot's URLs hold user ids, e-mail searches and blob names.
 */
import { shutdownAzureMonitor, useAzureMonitor } from '@azure/monitor-opentelemetry';
import { defaultResource, resourceFromAttributes } from '@opentelemetry/resources';

/** The cloud role name Application Insights shows for the bot. */
export const SERVICE_NAME = 'pbx-rooms-bot';

export interface Telemetry {
  /** Sends what is buffered and stops (on shutdown). */
  stop(): Promise<void>;
}

/** Starts the Azure Monitor exporter when a connection string is given; null otherwise. */
export function startAzureMonitor(connectionString: string | null): Telemetry | null {
  if (!connectionString) return null;
  useAzureMonitor({
    resource: defaultResource().merge(resourceFromAttributes({ 'service.name': SERVICE_NAME })),
    azureMonitorExporterOptions: { connectionString },
    enableLiveMetrics: false,
    // Every trace: a bot's turns are few, and a rate-limited sample would drop the very turn an
    // admin looks for (the directory's refresh alone makes dozens of upstream spans at once).
    samplingRatio: 1,
    tracesPerSecond: 0,
    instrumentationOptions: {
      http: { enabled: false },
      azureSdk: { enabled: false },
      mongoDb: { enabled: false },
      mySql: { enabled: false },
      postgreSql: { enabled: false },
      redis: { enabled: false },
      redis4: { enabled: false },
      bunyan: { enabled: false },
      winston: { enabled: false },
      console: { enabled: false },
    },
  });
  return { stop: () => shutdownAzureMonitor() };
}
