/**
 * The 1:1 chat with the sender of an activity that came from a group chat or a channel, where
 * personal and admin answers must not be posted. The Bot Framework connector creates it:
 * `POST {serviceUrl}/v3/conversations` with the bot, the one member (the sender's Teams id), the
 * tenant and `isGroup: false`; Teams answers the id of the bot's personal chat with that user (the
 * same one every time). Messages then go to `/v3/conversations/{id}/activities` like any
 * proactive message, through the CloudAdapter, so they carry the bot's token when it has
 * credentials. The serviceUrl is the inbound activity's, already checked by the HTTP layer.
 */
import {
  TurnContext,
  type Activity,
  type ChannelAccount,
  type CloudAdapter,
  type ConversationParameters,
  type ConversationReference,
} from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { PrivateChat, Reply } from '../commands/turn';
import type { Logger } from '../log';

export interface PrivateChatOptions {
  adapter: CloudAdapter;
  /** The bot's Microsoft app id ('' without credentials). */
  botAppId: string;
  logger: Logger;
  /** Posts a reply in the conversation of a turn context (how app.ts posts any reply). */
  deliver: (context: TurnContext, reply: Reply) => Promise<void>;
}

/** Opens the 1:1 chat with the activity's sender; null (logged) when the channel refuses. */
export async function openPrivateChat(
  activity: Partial<Activity>,
  tenantId: string | null,
  options: PrivateChatOptions,
): Promise<PrivateChat | null> {
  const { adapter, botAppId, logger } = options;
  const userId = activity.from?.id ?? '';
  const bot = activity.recipient;
  if (userId === '' || !bot?.id || !activity.serviceUrl || !activity.channelId) {
    logger.warn('could not open the private chat', { reason: 'the activity names no sender or bot' });
    return null;
  }
  const parameters: ConversationParameters = {
    isGroup: false,
    bot: { id: bot.id, name: bot.name },
    // Only the id: the member is the sender, nothing else about them is needed.
    members: [{ id: userId } as ChannelAccount],
    channelData: tenantId ? { tenant: { id: tenantId } } : {},
    ...(tenantId ? { tenantId } : {}),
  };
  let reference: Partial<ConversationReference> | undefined;
  try {
    await adapter.createConversationAsync(
      botAppId,
      activity.channelId,
      activity.serviceUrl,
      AuthenticationConstants.ToChannelFromBotOAuthScope,
      parameters,
      (created) => {
        // No activity to reply to: the messages are new ones in the chat (the created activity's
        // id is only the conversation id again).
        reference = {
          ...TurnContext.getConversationReference(created.activity),
          activityId: undefined,
          user: { id: userId } as ChannelAccount,
        };
        return Promise.resolve();
      },
    );
  } catch (error) {
    logger.warn('could not open the private chat', failureFields(error));
    return null;
  }
  const conversationId = reference?.conversation?.id;
  if (!reference || !conversationId) {
    logger.warn('could not open the private chat', { reason: 'the channel answered no conversation id' });
    return null;
  }
  const target = reference;
  return {
    conversationId,
    send: async (reply) => {
      // The adapter would hand the callback's errors to onTurnError (logged, then dropped): they are
      // kept and thrown to the caller, which tells the user.
      let failure: unknown;
      await adapter.continueConversationAsync(botAppId, target, async (context) => {
        try {
          await options.deliver(context, reply);
        } catch (error) {
          failure = error;
        }
      });
      if (failure !== undefined)
        throw failure instanceof Error ? failure : new Error('the private message was not sent');
    },
  };
}

/** What is logged about a refusal: the HTTP status and the channel's error code, nothing personal. */
function failureFields(error: unknown): Record<string, unknown> {
  const e = error as { statusCode?: unknown; code?: unknown; message?: unknown } | null;
  return {
    status: typeof e?.statusCode === 'number' ? e.statusCode : null,
    code: typeof e?.code === 'string' ? e.code.slice(0, 60) : null,
    reason: (error instanceof Error ? error.message : String(error)).slice(0, 120),
  };
}
