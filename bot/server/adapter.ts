/**
 * The Bot Framework adapter: authenticates inbound requests (when the bot has credentials) and
 * sends replies to the channel. Turn errors are logged without personal data and answered with a
 * short localised apology; nothing internal is echoed to the user.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import { AuthenticationConfiguration, type ClaimsIdentity } from 'botframework-connector';
import type { BotCredentials } from '../config';
import { t } from '../language/i18n';
import { localeOf } from '../language/locale';
import type { Logger } from '../log';

export interface AdapterOptions {
  credentials: BotCredentials | null;
  logger: Logger;
  /** Overrides of the Bot Framework endpoints (tests serve OpenID metadata from loopback). */
  authEndpoints?: Partial<ConfigurationBotFrameworkAuthenticationOptions>;
}

/** Only tokens issued by the Bot Framework itself are accepted (no emulator-issued tokens). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export function createAdapter(options: AdapterOptions): CloudAdapter {
  const { credentials, logger } = options;
  const settings: ConfigurationBotFrameworkAuthenticationOptions = credentials
    ? {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.appPassword,
        MicrosoftAppType: credentials.appType,
        MicrosoftAppTenantId: credentials.appTenantId,
        ...options.authEndpoints,
      }
    : {};
  const credentialsFactory = new ConfigurationServiceClientCredentialFactory(
    credentials
      ? {
          MicrosoftAppId: credentials.appId,
          MicrosoftAppPassword: credentials.appPassword,
          MicrosoftAppType: credentials.appType,
          MicrosoftAppTenantId: credentials.appTenantId,
        }
      : {},
  );
  const authConfiguration = new AuthenticationConfiguration([], (claims: ClaimsIdentity['claims']) => {
    if (!credentials) return Promise.resolve();
    const issuer = claims.find((c) => c.type === 'iss')?.value;
    return issuer === BOT_FRAMEWORK_ISSUER
      ? Promise.resolve()
      : Promise.reject(new Error('Unauthorized issuer'));
  });
  const auth = new ConfigurationBotFrameworkAuthentication(settings, credentialsFactory, authConfiguration);
  const adapter = new CloudAdapter(auth);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    logger.error('turn failed', {
      activityType: context.activity.type,
      activityId: context.activity.id,
      error: { name: error.name, message: error.message },
      stack: error.stack?.split('\n').slice(0, 6).join(' | '),
    });
    const locale = localeOf(context.activity.locale);
    try {
      if (context.activity.type === 'message') {
        await context.sendActivity(t(locale, 'common.unexpectedError'));
      }
    } catch (sendError) {
      logger.warn('could not tell the user about a failed turn', {
        error: sendError instanceof Error ? sendError.message : String(sendError),
      });
    }
  };
  return adapter;
}
