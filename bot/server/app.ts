/**
 * The teams-ai Application: turns activities into Turns for the commands, and the commands' replies
 * into messages (for typed text) or invoke responses (for card buttons, replacing the card in place).
 * Routing of text is done by bot/language, not by keyword routes: one message route, one route per
 * Action.Execute verb, one catch-all for unknown verbs.
 */
import {
  ActivityTypes,
  CardFactory,
  INVOKE_RESPONSE_KEY,
  MessageFactory,
  TeamsInfo,
  TurnContext,
  type Activity,
  type InvokeResponse,
} from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import type { CloudAdapter } from 'botbuilder';
import type { AdaptiveCard } from '../../cards/render';
import { translator } from '../language/i18n';
import { hourClockOf, localeOf } from '../language/locale';
import type { Logger } from '../log';
import { isTimeZone } from '../time-zones';
import type {
  ConversationAddress,
  ConversationType,
  Member,
  PrivateChat,
  Reply,
  Turn,
  TurnInfo,
} from '../commands/turn';
import { MemberCache, memberKey } from './member-cache';
import { openPrivateChat } from './private-chat';
import { escapeMarkdown } from '../../cards/markdown';

export type VerbHandler<S> = (turn: Turn<S>, data: Record<string, unknown>) => Promise<Reply>;

export interface BotLogic<S> {
  services: S;
  /** Answers typed text. */
  onMessage(turn: Turn<S>, text: string): Promise<Reply>;
  /** Answers the card buttons, by verb. */
  verbs: ReadonlyMap<string, VerbHandler<S>>;
  /** Answers a button whose verb is unknown (an old card, or a crafted request). */
  onUnknownVerb(turn: Turn<S>, verb: string): Promise<Reply>;
  /** The welcome when the bot is installed for a user or added to a conversation. */
  onInstall(turn: Turn<S>): Promise<Reply>;
  /**
   * Teams' `installationUpdate` (`add` or `remove`), and the bot removed from a conversation
   * (`remove`): nothing is posted (the welcome follows the install's conversationUpdate).
   */
  onInstallationUpdate?(turn: Turn<S>, action: 'add' | 'remove'): Promise<void>;
}

export interface AppOptions<S> {
  adapter: CloudAdapter;
  logic: BotLogic<S>;
  logger: Logger;
  /** The organisation's time zone, for clients that send none. */
  timeZone: () => string;
  /** Entra tenant ids served; empty = any. */
  allowedTenants: readonly string[];
  /** Channels served. */
  allowedChannels: readonly string[];
  now?: () => Date;
  /** How long the channel's answer about a sender is used (default 10 minutes; 0 = ask every turn). */
  memberCacheMs?: number;
  /** The bot's Microsoft app id, for the messages it starts itself (default '': no credentials). */
  botAppId?: string;
}

const ACTION_INVOKE = 'adaptiveCard/action';

/** The longest text read from a message (a command is a few words; Teams allows about 28 KB). */
export const MAX_TEXT_CHARS = 1000;

export function createApplication<S>(options: AppOptions<S>): Application<TurnState> {
  const { logic, logger } = options;
  const now = options.now ?? (() => new Date());
  const members = new MemberCache({ ttlMs: options.memberCacheMs ?? 10 * 60_000 });
  const app = new Application<TurnState>({
    adapter: undefined,
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });

  const makeTurn = (context: TurnContext): Turn<S> => {
    const a = context.activity;
    const locale = localeOf(a.locale);
    const info: TurnInfo = {
      activityId: a.id ?? '',
      conversationId: a.conversation?.id ?? '',
      userId: a.from?.id ?? '',
      aadObjectId: a.from?.aadObjectId ?? null,
      tenantId: tenantOf(a),
      replyToId: a.replyToId ?? null,
      conversationType: conversationTypeOf(a),
    };
    let member: Promise<Member> | undefined;
    const address = addressOf(a, info.tenantId);
    let privateChat: Promise<PrivateChat | null> | undefined;
    return {
      info,
      locale,
      ...(a.locale ? { localeTag: a.locale } : {}),
      clock: hourClockOf(a.locale),
      t: translator(locale),
      timeZone: validTimeZone(a.localTimezone) ?? options.timeZone(),
      now: now(),
      log: logger.child({ activityId: info.activityId, conversation: shortId(info.conversationId) }),
      ...(address ? { address } : {}),
      member: () =>
        (member ??= members.get(memberKey({ ...info, serviceUrl: a.serviceUrl }), () =>
          lookUpMember(context),
        )),
      send: (reply) => send(context, reply),
      openPrivateChat: () =>
        (privateChat ??= openPrivateChat(a, info.tenantId, {
          adapter: options.adapter,
          botAppId: options.botAppId ?? '',
          logger,
          deliver: send,
        })),
      services: logic.services,
    };
  };

  // Guards: only the allowed channels and tenants are served.
  app.turn('beforeTurn', (context) => {
    const a = context.activity;
    const channelOk = options.allowedChannels.includes(a.channelId);
    const tenants = tenantsOf(a);
    const tenant = tenants[0] ?? null;
    // Teams names the tenant twice (conversation and channel data): both must agree.
    const tenantOk =
      tenants.length <= 1 &&
      (options.allowedTenants.length === 0 || (tenant !== null && options.allowedTenants.includes(tenant)));
    if (channelOk && tenantOk) return Promise.resolve(true);
    // Only what identifies the refusal; nothing about the person.
    logger.warn('activity refused', {
      reason: !channelOk
        ? 'channel not allowed'
        : tenants.length > 1
          ? 'tenant ids disagree'
          : 'tenant not allowed',
      channelId: String(a.channelId).slice(0, 40),
      tenantId: tenant?.slice(0, 40) ?? null,
      activityType: String(a.type).slice(0, 40),
    });
    if (a.type === 'invoke') setInvokeResponse(context, { status: 403 });
    return Promise.resolve(false);
  });

  app.activity(ActivityTypes.Message, async (context) => {
    // Commands are short, and reading text costs more than linear time on long words: only the
    // beginning of a long message is read (it is answered as not understood anyway).
    const text = (context.activity.text ?? '').trim().slice(0, MAX_TEXT_CHARS);
    const turn = makeTurn(context);
    const reply = await logic.onMessage(turn, text);
    await send(context, reply);
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const added = context.activity.membersAdded ?? [];
    const botAdded = added.some((m) => m.id === context.activity.recipient?.id);
    const userAdded = added.some((m) => m.id !== context.activity.recipient?.id);
    if (!botAdded && !userAdded) return;
    await send(context, await logic.onInstall(makeTurn(context)));
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const removed = context.activity.membersRemoved ?? [];
    if (!removed.some((m) => m.id === context.activity.recipient?.id)) return;
    await logic.onInstallationUpdate?.(makeTurn(context), 'remove');
  });

  // Install and uninstall (Teams sends `action: add | remove`; vendor facts §4.2).
  app.activity(ActivityTypes.InstallationUpdate, async (context) => {
    const action = String(context.activity.action ?? '').toLowerCase();
    if (action !== 'add' && action !== 'remove') return;
    await logic.onInstallationUpdate?.(makeTurn(context), action);
  });

  app.adaptiveCards.actionExecute<Record<string, unknown>>(
    (context) => {
      const verb = verbOf(context.activity);
      return Promise.resolve(verb !== null && logic.verbs.has(verb));
    },
    async (context, _state, data) => {
      const verb = verbOf(context.activity) ?? '';
      const handler = logic.verbs.get(verb);
      const turn = makeTurn(context);
      const reply = handler ? await handler(turn, asRecord(data)) : await logic.onUnknownVerb(turn, verb);
      return toInvokeValue(reply);
    },
  );

  // Any other Action.Execute (unknown or missing verb): a card that says so, never an error.
  app.adaptiveCards.actionExecute<Record<string, unknown>>(
    (context) => Promise.resolve(isActionExecute(context.activity)),
    async (context) =>
      toInvokeValue(await logic.onUnknownVerb(makeTurn(context), verbOf(context.activity) ?? '')),
  );

  // Other invokes this bot does not handle: a clear 200 rather than a 501.
  app.activity(ActivityTypes.Invoke, (context) => {
    logger.info('unhandled invoke', { name: context.activity.name });
    setInvokeResponse(context, { status: 200, body: {} });
    return Promise.resolve();
  });

  return app;
}

async function send(context: TurnContext, reply: Reply): Promise<void> {
  if ('card' in reply) {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)));
  } else {
    // Text is rendered as Markdown too: written literal, as cards are.
    await context.sendActivity(MessageFactory.text(escapeMarkdown(reply.text)));
  }
}

function toInvokeValue(reply: Reply): AdaptiveCard | string {
  return 'card' in reply ? reply.card : reply.text;
}

function setInvokeResponse(context: TurnContext, response: InvokeResponse): void {
  context.turnState.set(INVOKE_RESPONSE_KEY, { type: 'invokeResponse', value: response });
}

/** Who is speaking, as the channel says: the activity's own object id is self-asserted, never used. */
async function lookUpMember(context: TurnContext): Promise<Member> {
  const from = context.activity.from;
  const m = await TeamsInfo.getMember(context, from.id);
  return {
    id: m.id ?? from.id,
    name: m.name ?? from.name,
    userPrincipalName: m.userPrincipalName,
    email: m.email,
    aadObjectId: m.aadObjectId,
  };
}

function isActionExecute(a: Partial<Activity>): boolean {
  const value = asRecord(a.value);
  const action = asRecord(value.action);
  return a.type === 'invoke' && a.name === ACTION_INVOKE && action.type === 'Action.Execute';
}

function verbOf(a: Partial<Activity>): string | null {
  if (!isActionExecute(a)) return null;
  const verb = asRecord(asRecord(a.value).action).verb;
  return typeof verb === 'string' ? verb : null;
}

/**
 * Who reads the conversation. Teams always names its type; a conversation that says it is a group
 * is shared whatever its type says, one without a type is personal, and any type other than
 * `personal` or `channel` is read as a group chat.
 */
function conversationTypeOf(a: Partial<Activity>): ConversationType {
  const type: unknown = a.conversation?.conversationType;
  if (type === 'channel') return 'channel';
  if (a.conversation?.isGroup === true) return 'groupChat';
  if (type === undefined || type === null || type === '' || type === 'personal') return 'personal';
  return 'groupChat';
}

/** The conversation's address, when the activity names its channel, service, bot and user. */
function addressOf(a: Partial<Activity>, tenantId: string | null): ConversationAddress | undefined {
  const serviceUrl = a.serviceUrl;
  const conversationId = a.conversation?.id;
  const botId = a.recipient?.id;
  const userId = a.from?.id;
  if (!a.channelId || !serviceUrl || !conversationId || !botId || !userId) return undefined;
  return {
    channelId: a.channelId,
    serviceUrl,
    conversationId,
    tenantId,
    botId,
    ...(a.recipient?.name ? { botName: a.recipient.name } : {}),
    userId,
  };
}

function tenantOf(a: Partial<Activity>): string | null {
  return tenantsOf(a)[0] ?? null;
}

/** The distinct tenant ids the activity names (lower case). */
function tenantsOf(a: Partial<Activity>): string[] {
  const fromConversation: unknown = a.conversation?.tenantId;
  const fromChannelData = asRecord(asRecord(a.channelData).tenant).id;
  const ids = [fromConversation, fromChannelData]
    .filter((id): id is string => typeof id === 'string' && id !== '')
    .map((id) => id.toLowerCase());
  return [...new Set(ids)];
}

function asRecord(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function validTimeZone(zone: string | undefined): string | null {
  return typeof zone === 'string' && isTimeZone(zone) ? zone : null;
}

function shortId(id: string): string {
  return id.length > 12 ? `${id.slice(0, 6)}…${id.slice(-4)}` : id;
}
