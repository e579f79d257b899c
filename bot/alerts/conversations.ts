/**
 * Where the bot may write to a user unprompted: the address of its 1:1 chat with them (vendor
 * facts §4.2: a proactive message needs the conversation id, the tenant and the service URL of an
 * earlier activity or of the install event). Kept in durable storage (bot/state JsonStore, shared
 * by every instance), keyed by the person key of the directory, with the user's language and time
 * zone so that an alert is written as they read the bot. A second small document maps the Teams
 * user id to the person key, so that an uninstall (after which Teams no longer answers who the
 * user is) still finds what to forget.
 */
import type { ConversationAddress } from '../commands/turn';
import type { HourClock, Locale } from '../language/locale';
import type { JsonStore } from '../state/json-store';

export interface StoredConversation {
  address: ConversationAddress;
  locale: Locale;
  localeTag?: string;
  clock?: HourClock;
  timeZone: string;
}

interface UserIndex {
  personKey: string;
}

export function conversationKey(personKey: string): string {
  return `conversations/${encodeURIComponent(personKey)}`;
}

function userIndexKey(channelUserId: string): string {
  return `conversation-users/${encodeURIComponent(channelUserId)}`;
}

/** What was last written per person by this process, so that an unchanged chat costs no write. */
const written = new WeakMap<JsonStore, Map<string, string>>();
const WRITTEN_MAX = 10_000;

/** Keeps the conversation of a person (written only when it changed since this process last wrote it). */
export async function rememberConversation(
  store: JsonStore,
  personKey: string,
  conversation: StoredConversation,
): Promise<void> {
  let cache = written.get(store);
  if (!cache) {
    cache = new Map();
    written.set(store, cache);
  }
  const text = JSON.stringify(conversation);
  if (cache.get(personKey) === text) return;
  await store.update<StoredConversation>(conversationKey(personKey), () => conversation);
  await store.update<UserIndex>(userIndexKey(conversation.address.userId), () => ({ personKey }));
  if (cache.size >= WRITTEN_MAX) cache.clear();
  cache.set(personKey, text);
}

/** The conversation to write to a person in, if the bot is installed for them. */
export async function conversationOf(
  store: JsonStore,
  personKey: string,
): Promise<StoredConversation | undefined> {
  return store.get<StoredConversation>(conversationKey(personKey));
}

/** Forgets the conversation of a Teams user (the bot was uninstalled); the person key, if known. */
export async function forgetConversation(store: JsonStore, channelUserId: string): Promise<string | null> {
  const index = await store.get<UserIndex>(userIndexKey(channelUserId));
  if (!index) return null;
  await forgetPerson(store, index.personKey);
  await store.delete(userIndexKey(channelUserId));
  return index.personKey;
}

/** Forgets the conversation of a person (uninstalled, or Teams said the user blocked the bot). */
export async function forgetPerson(store: JsonStore, personKey: string): Promise<void> {
  await store.delete(conversationKey(personKey));
  written.get(store)?.delete(personKey);
}
