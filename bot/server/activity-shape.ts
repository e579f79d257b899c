/**
 * The shape check of an inbound activity, before authentication and before the SDK reads it. The
 * fields that botbuilder, teams-ai and the bot read must have their Bot Framework types; anything
 * else is a client error (400) rather than a crash further down. Unknown fields are left alone.
 */
import type { Activity } from 'botbuilder';

export type ActivityCheck = { ok: true; activity: Activity } | { ok: false; problem: string };

/** Longest activity type, channel id and invoke name the bot accepts (Teams' are far shorter). */
const MAX_NAME_LENGTH = 200;
/** Longest id, URL, locale… (Teams ids are a few hundred characters at most; ids end up in URLs). */
const MAX_FIELD_LENGTH = 1000;
/** Free text fields, bounded by the body size only. */
const FREE_TEXT = new Set(['text', 'speak', 'summary']);
/**
 * Ids are printable ASCII without spaces (as every Teams id is): they go into URLs and HTTP headers
 * (x-ms-conversation-id), where a control or non-Latin character would fail the reply.
 */
const ID = /^[\x21-\x7e]+$/;

const REQUIRED_STRINGS = ['type', 'channelId', 'serviceUrl'] as const;
const OPTIONAL_STRINGS = [
  'id',
  'name',
  'text',
  'textFormat',
  'speak',
  'locale',
  'localTimezone',
  'replyToId',
  'deliveryMode',
  'action',
  'topicName',
  'summary',
  'inputHint',
  'valueType',
  'label',
  'importance',
  'attachmentLayout',
  'code',
  'callerId',
] as const;
const DATES = ['timestamp', 'localTimestamp', 'expiration'] as const;
const ACCOUNTS = ['from', 'recipient'] as const;
const OPTIONAL_OBJECTS = ['channelData', 'relatesTo', 'semanticAction', 'suggestedActions'] as const;
const OBJECT_LISTS = ['entities', 'attachments', 'reactionsAdded', 'reactionsRemoved'] as const;
const ACCOUNT_LISTS = ['membersAdded', 'membersRemoved'] as const;
const ACCOUNT_STRINGS = ['id', 'name', 'aadObjectId', 'role'] as const;
const CONVERSATION_STRINGS = ['id', 'name', 'conversationType', 'tenantId', 'role', 'aadObjectId'] as const;

/**
 * Checks a parsed request body. On success, null fields are removed and the activity's date
 * strings are turned into Dates, as the CloudAdapter does, keeping the raw text alongside.
 */
export function checkActivity(body: unknown): ActivityCheck {
  if (!isRecord(body)) return fail('body is not a JSON object');
  for (const key of REQUIRED_STRINGS) {
    const value = body[key];
    if (typeof value !== 'string' || value.length === 0) return fail(`${key} missing`);
  }
  for (const key of ['type', 'channelId', 'name'] as const) {
    const value = body[key];
    if (typeof value === 'string' && value.length > MAX_NAME_LENGTH) return fail(`${key} too long`);
  }
  for (const key of OPTIONAL_STRINGS) {
    if (!optional(body[key], isString)) return fail(`${key} is not a string`);
  }
  for (const key of [...REQUIRED_STRINGS, ...OPTIONAL_STRINGS]) {
    if (!FREE_TEXT.has(key) && tooLong(body[key])) return fail(`${key} too long`);
  }
  for (const key of DATES) {
    if (!optional(body[key], isDateText)) return fail(`${key} is not a date`);
  }
  for (const key of ['id', 'replyToId', 'channelId', 'serviceUrl'] as const) {
    if (!optional(body[key], isId)) return fail(`${key} is not an id`);
  }
  for (const key of ACCOUNTS) {
    const account = body[key];
    if (!isRecord(account) || !isNonEmptyString(account.id)) return fail(`${key}.id missing`);
    if (!hasStrings(account, ACCOUNT_STRINGS)) return fail(`${key} has a field of the wrong type`);
    if (ACCOUNT_STRINGS.some((k) => tooLong(account[k]))) return fail(`${key} has a field too long`);
    if (!hasIds(account)) return fail(`${key} has a malformed id`);
  }
  const conversation = body.conversation;
  if (!isRecord(conversation) || !isNonEmptyString(conversation.id)) return fail('conversation.id missing');
  if (!hasStrings(conversation, CONVERSATION_STRINGS) || !optional(conversation.isGroup, isBoolean)) {
    return fail('conversation has a field of the wrong type');
  }
  if (CONVERSATION_STRINGS.some((k) => tooLong(conversation[k])))
    return fail('conversation has a field too long');
  if (!hasIds(conversation) || !optional(conversation.tenantId, isId))
    return fail('conversation has a malformed id');
  for (const key of OPTIONAL_OBJECTS) {
    if (!optional(body[key], isRecord)) return fail(`${key} is not an object`);
  }
  for (const key of OBJECT_LISTS) {
    if (!optional(body[key], isListOf(isRecord))) return fail(`${key} is not a list of objects`);
  }
  for (const key of ACCOUNT_LISTS) {
    const ok = isListOf(
      (m) =>
        isRecord(m) &&
        isNonEmptyString(m.id) &&
        hasStrings(m, ACCOUNT_STRINGS) &&
        !ACCOUNT_STRINGS.some((k) => tooLong(m[k])) &&
        hasIds(m),
    );
    if (!optional(body[key], ok)) return fail(`${key} is not a list of accounts`);
  }
  const entities = (body.entities ?? []) as Array<Record<string, unknown>>;
  if (!entities.every((e) => isString(e.type))) return fail('an entity has no type');
  const mentions = entities.filter((e) => (e.type as string).toLowerCase() === 'mention');
  for (const mention of mentions) {
    // botbuilder removes the bot's mention from the text: it reads mentioned.id and text.
    if (
      !isRecord(mention.mentioned) ||
      !isString(mention.mentioned.id) ||
      !optional(mention.text, isString)
    ) {
      return fail('a mention is malformed');
    }
  }
  if (mentions.length > 0 && body.type === 'message' && !isString(body.text)) {
    return fail('a mention in a message without text');
  }

  const activity = body as unknown as Activity & Record<string, unknown>;
  // null stands for absent (the SDK tests some fields against undefined only, e.g. entities).
  for (const key of [...OPTIONAL_STRINGS, ...DATES, ...OPTIONAL_OBJECTS, ...OBJECT_LISTS, ...ACCOUNT_LISTS]) {
    if (activity[key] === null) delete activity[key];
  }
  for (const key of DATES) {
    const raw = body[key];
    if (typeof raw === 'string') {
      const rawKey = `raw${key[0]!.toUpperCase()}${key.slice(1)}`;
      activity[rawKey] = raw;
      activity[key] = new Date(raw);
    }
  }
  return { ok: true, activity };
}

function fail(problem: string): ActivityCheck {
  return { ok: false, problem };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function isId(value: unknown): boolean {
  return typeof value === 'string' && ID.test(value);
}

/** The record's id (required) and Entra object id (optional) are ids. */
function hasIds(record: Record<string, unknown>): boolean {
  return isId(record.id) && optional(record.aadObjectId, isId);
}

function tooLong(value: unknown): boolean {
  return typeof value === 'string' && value.length > MAX_FIELD_LENGTH;
}

function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

function isDateText(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 64 && !Number.isNaN(Date.parse(value));
}

function isListOf(item: (value: unknown) => boolean): (value: unknown) => boolean {
  return (value) => Array.isArray(value) && value.every(item);
}

/** Absent (undefined or null) or of the expected type. */
function optional(value: unknown, check: (value: unknown) => boolean): boolean {
  return value === undefined || value === null || check(value);
}

function hasStrings(record: Record<string, unknown>, keys: readonly string[]): boolean {
  return keys.every((k) => optional(record[k], isString));
}
