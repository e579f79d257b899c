/**
 * What a command receives for one turn: who is asking, in which language and time zone, and the
 * services it may use. Built by bot/server/app.ts from the activity; free of botbuilder types so that
 * commands read like the user's story and can move to another SDK unchanged.
 */
import type { AdaptiveCard } from '../../cards/render';
import type { Translate } from '../language/i18n';
import type { HourClock, Locale } from '../language/locale';
import type { Logger } from '../log';

export interface TurnInfo {
  /** The activity id (Teams reuses it when it redelivers the same activity). */
  activityId: string;
  conversationId: string;
  /** The channel's id for the user (stable per user and bot). */
  userId: string;
  aadObjectId: string | null;
  tenantId: string | null;
  /** Set for Action.Execute invokes: the id of the message holding the card. */
  replyToId: string | null;
  /**
   * Who reads the answers: the sender alone (`personal`), or every member of a group chat or a
   * team's channel, guests included (`groupChat`, `channel`).
   */
  conversationType: ConversationType;
}

export type ConversationType = 'personal' | 'groupChat' | 'channel';

/**
 * Where a conversation is, as a plain document: what a proactive message needs (the channel, its
 * service URL, the conversation, the tenant, the bot and the user's Teams id).
 */
export interface ConversationAddress {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  tenantId: string | null;
  botId: string;
  botName?: string;
  /** The user's Teams id (`29:…`). */
  userId: string;
}

/** The 1:1 chat between the bot and the sender, opened from a shared conversation. */
export interface PrivateChat {
  conversationId: string;
  /** Posts a message there; rejects when the channel refuses it. */
  send(reply: Reply): Promise<void>;
}

/** The Teams member as the channel describes them (TeamsInfo.getMember). */
export interface Member {
  id: string;
  name?: string;
  userPrincipalName?: string;
  email?: string;
  aadObjectId?: string;
}

export interface Turn<S> {
  info: TurnInfo;
  locale: Locale;
  /** The Teams client's own locale tag ("pt-BR", "en-GB"), when it sent one. */
  localeTag?: string;
  /** "14:05" or "2:05 PM": the clock of the user's own locale tag (en-US: 12-hour). */
  clock?: HourClock;
  t: Translate;
  /** The user's IANA time zone (the client's, else the organisation's). */
  timeZone: string;
  now: Date;
  log: Logger;
  /** The conversation's address (absent when the activity does not name one fully). */
  address?: ConversationAddress;
  /** Asks the channel who is speaking (cached for the turn). */
  member(): Promise<Member>;
  /** Posts a new message in the conversation (besides the turn's own answer). */
  send: (reply: Reply) => Promise<void>;
  /**
   * Opens the 1:1 chat with the sender (once per turn), for answers that must not be posted where
   * others read; null when the channel refuses (the reason is logged).
   */
  openPrivateChat(): Promise<PrivateChat | null>;
  services: S;
}

export type Reply = { card: AdaptiveCard } | { text: string };

export const cardReply = (card: AdaptiveCard): Reply => ({ card });
