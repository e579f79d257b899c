/**
 * The end-to-end harness with bot credentials: the same real bot as BotHarness.start, but requests
 * must carry Bot Framework tokens, checked against the offline token service's loopback metadata.
 */
import { loadConfig } from '../../bot/config';
import { startBot } from '../../bot/index';
import { createLogger } from '../../bot/log';
import { TEAMS_SERVICE_HOSTS } from '../../bot/server/service-urls';
import { loadDemoTenant, parseTenant } from '../../bot/tenant/load';
import { BotHarness, memberOf, type HarnessOptions } from './bot-harness';
import { BOT_APP_ID, BOT_APP_PASSWORD, type FakeBotFrameworkTokens } from './bot-framework-tokens';

export interface SecuredHarnessOptions extends HarnessOptions {
  tokens: FakeBotFrameworkTokens;
}

/**
 * Starts the bot with credentials (demo services, loopback listener) and the given token service.
 * Replies may go to the fake channel on loopback besides the Teams hosts (ALLOWED_SERVICE_URLS).
 */
export async function startSecuredHarness(options: SecuredHarnessOptions): Promise<BotHarness> {
  const harness = new BotHarness();
  await harness.channel.start();
  const now = options.now ?? new Date();
  harness.tenant = options.tenant ? parseTenant(options.tenant, 'test tenant', now) : loadDemoTenant(now);
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    MicrosoftAppId: BOT_APP_ID,
    MicrosoftAppPassword: BOT_APP_PASSWORD,
    ALLOWED_SERVICE_URLS: [harness.channel.url, ...TEAMS_SERVICE_HOSTS].join(','),
    ...options.env,
  });
  harness.logger = createLogger({ level: 'debug', sink: options.logSink ?? (() => undefined) });
  harness.bot = await startBot({
    config,
    logger: harness.logger,
    tenant: harness.tenant,
    authEndpoints: options.tokens.endpoints,
    simulatorOptions: {
      callProgress: { ringMs: 0, answerMs: 200, talkMs: 400 },
      ...options.simulatorOptions,
    },
  });
  for (const person of harness.tenant.people) {
    if (person.inTeams) harness.channel.addMember(memberOf(person));
  }
  return harness;
}
