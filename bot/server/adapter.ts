/**
 * The Bot Framework adapter: authenticates inbound requests (when the bot has credentials) and
 * sends replies to the channel. Turn errors are logged without personal data and answered with a
 * short localised apology; nothing internal is echoed to the user or to the caller.
 */
import {
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  INVOKE_RESPONSE_KEY,
  StatusCodes,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type TurnContext,
} from 'botbuilder';
import {
  AuthenticationConfiguration,
  AuthenticationConstants,
  AuthenticationError,
  ToBotFromBotOrEmulatorTokenValidationParameters,
  type Claim,
} from 'botframework-connector';
import type { BotCredentials } from '../config';
import { t } from '../language/i18n';
import { localeOf } from '../language/locale';
import type { Logger } from '../log';

/** Where the OpenID metadata of inbound tokens is read (tests serve it from loopback). */
export type AuthEndpoints = Pick<
  ConfigurationBotFrameworkAuthenticationOptions,
  'ToBotFromChannelOpenIdMetadataUrl' | 'ToBotFromEmulatorOpenIdMetadataUrl'
>;

export interface AdapterOptions {
  credentials: BotCredentials | null;
  logger: Logger;
  /** Overrides of the Bot Framework metadata endpoints (tests serve OpenID metadata from loopback). */
  authEndpoints?: Partial<AuthEndpoints>;
}

/** What the HTTP layer answers for one activity. */
export interface ActivityOutcome {
  status: number;
  /** Only bodies built by the bot itself (invoke responses); never an error message. */
  body?: unknown;
}

/** Only tokens issued by the Bot Framework itself are accepted (no emulator or skill tokens). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

const ACTION_INVOKE = 'adaptiveCard/action';

/** The CloudAdapter, with one entry point that never throws and never echoes an internal message. */
export class BotAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    private readonly logger: Logger,
    /** With credentials: a header without a Bot Framework bearer token is refused before botbuilder. */
    private readonly requireChannelToken: boolean,
  ) {
    super(auth);
  }

  /**
   * Authenticates the request and runs the activity. Authentication failures are 401, anything
   * else that escapes the turn is 500; the caller sends a fixed body for both.
   */
  async handle(
    authHeader: string,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<ActivityOutcome> {
    const refused = this.requireChannelToken ? screenToken(authHeader) : null;
    if (refused) return this.unauthenticated(refused, activity);
    try {
      const response = await this.processActivity(authHeader, activity, logic);
      return { status: response?.status ?? StatusCodes.OK, body: response?.body };
    } catch (error) {
      if (isAuthenticationFailure(error)) return this.unauthenticated(reasonOf(error), activity);
      this.logger.error('request failed', { error: reasonOf(error) });
      return { status: StatusCodes.INTERNAL_SERVER_ERROR };
    } finally {
      forgetLearnedIssuers();
    }
  }

  private unauthenticated(reason: string, activity: Activity): ActivityOutcome {
    this.logger.warn('request not authenticated', {
      reason,
      channelId: String(activity.channelId).slice(0, 40),
      activityType: String(activity.type).slice(0, 40),
    });
    return { status: StatusCodes.UNAUTHORIZED };
  }
}

/**
 * Refuses, before botbuilder reads it, any header that is not a bearer token issued (it says) by the
 * Bot Framework: emulator and skill tokens never reach botbuilder's emulator path, which would fetch
 * Entra metadata for them. The signature and every claim are still checked by botbuilder afterwards.
 * Returns why the header is refused, or null.
 */
export function screenToken(authHeader: string): string | null {
  const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/.exec(authHeader);
  if (!match) return 'no bearer token';
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(match[2]!, 'base64url').toString('utf8'));
  } catch {
    return 'malformed token';
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return 'malformed token';
  const claims = payload as Record<string, unknown>;
  if (claims[AuthenticationConstants.IssuerClaim] !== BOT_FRAMEWORK_ISSUER)
    return 'not a Bot Framework token';
  return null;
}

/**
 * botbuilder adds the issuers of the `tid` claim of any token it inspects — even an unsigned one —
 * to a process-wide list of emulator issuers, which would grow with every new tenant id an attacker
 * makes up. This bot accepts no emulator token, so the list is put back as it was after each request.
 */
const EMULATOR_ISSUERS = ToBotFromBotOrEmulatorTokenValidationParameters.issuer;
const EMULATOR_ISSUERS_KEPT = Array.isArray(EMULATOR_ISSUERS) ? EMULATOR_ISSUERS.length : 0;

function forgetLearnedIssuers(): void {
  if (Array.isArray(EMULATOR_ISSUERS) && EMULATOR_ISSUERS.length > EMULATOR_ISSUERS_KEPT) {
    EMULATOR_ISSUERS.length = EMULATOR_ISSUERS_KEPT;
  }
}

/**
 * The claims check run after botbuilder's own: only the Bot Framework's channel tokens are served
 * (botbuilder also accepts emulator and skill tokens). Rejects with an AuthenticationError, which
 * the adapter answers with 401 (any other error would be a 500).
 */
export function botFrameworkClaimsOnly(claims: Claim[]): Promise<void> {
  const issuer = claims.find((c) => c.type === AuthenticationConstants.IssuerClaim)?.value;
  return issuer === BOT_FRAMEWORK_ISSUER
    ? Promise.resolve()
    : Promise.reject(new AuthenticationError('Unauthorized issuer', StatusCodes.UNAUTHORIZED));
}

export function createAdapter(options: AdapterOptions): BotAdapter {
  const { credentials, logger } = options;
  const appSettings = credentials
    ? {
        MicrosoftAppId: credentials.appId,
        MicrosoftAppPassword: credentials.appPassword,
        MicrosoftAppType: credentials.appType,
        MicrosoftAppTenantId: credentials.appTenantId,
      }
    : {};
  // Every endpoint is spelled out (the public cloud's), so that overriding one does not leave the
  // others (the channel token issuer above all) unset.
  const settings: ConfigurationBotFrameworkAuthenticationOptions = credentials
    ? {
        ...appSettings,
        ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: BOT_FRAMEWORK_ISSUER,
        OAuthUrl: AuthenticationConstants.OAuthUrl,
        ToBotFromChannelOpenIdMetadataUrl:
          options.authEndpoints?.ToBotFromChannelOpenIdMetadataUrl ??
          AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
        ToBotFromEmulatorOpenIdMetadataUrl:
          options.authEndpoints?.ToBotFromEmulatorOpenIdMetadataUrl ??
          AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
        CallerId: CallerIdConstants.PublicAzureChannel,
      }
    : {};
  const credentialsFactory = new ConfigurationServiceClientCredentialFactory(appSettings);
  const authConfiguration = new AuthenticationConfiguration([], (claims: Claim[]) =>
    credentials ? botFrameworkClaimsOnly(claims) : Promise.resolve(),
  );
  const auth = new ConfigurationBotFrameworkAuthentication(settings, credentialsFactory, authConfiguration);
  const adapter = new BotAdapter(auth, logger, credentials !== null);

  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const activity = context.activity;
    logger.error('turn failed', {
      activityType: activity.type,
      activityId: activity.id,
      error: { name: error.name, message: error.message },
      stack: error.stack?.split('\n').slice(0, 6).join(' | '),
    });
    const locale = localeOf(activity.locale);
    if (activity.type === 'invoke') {
      // A card button gets the apology in place of the card; other invokes a plain 500.
      context.turnState.set(INVOKE_RESPONSE_KEY, {
        type: 'invokeResponse',
        value:
          activity.name === ACTION_INVOKE
            ? {
                status: StatusCodes.OK,
                body: {
                  statusCode: StatusCodes.OK,
                  type: 'application/vnd.microsoft.activity.message',
                  value: t(locale, 'common.unexpectedError'),
                },
              }
            : { status: StatusCodes.INTERNAL_SERVER_ERROR },
      });
      return;
    }
    try {
      if (activity.type === 'message') {
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

/** Token problems (ours, botbuilder's, or jsonwebtoken's) as opposed to failures of the bot. */
function isAuthenticationFailure(error: unknown): boolean {
  if (error instanceof AuthenticationError) return Number(error.statusCode) === 401;
  return (
    error instanceof Error &&
    ['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError'].includes(error.name)
  );
}

function reasonOf(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 200);
}
