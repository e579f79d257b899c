/**
 * End-to-end harness: the real bot (restify server, adapter, application) on a free loopback port,
 * over the simulators of a tenant, with a fake Teams channel receiving the replies. Tests post real
 * activities to /api/messages over HTTP.
 */
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../bot/config';
import { startBot, type RunningBot, type StartOptions } from '../../bot/index';
import { createLogger, type Logger } from '../../bot/log';
import { loadDemoTenant, parseTenant } from '../../bot/tenant/load';
import type { Tenant, TenantFile, TenantPerson } from '../../bot/tenant/types';
import { FakeChannel, type ChannelMember } from './fake-channel';

export interface HarnessOptions {
  tenant?: TenantFile;
  env?: Record<string, string>;
  now?: Date;
  simulatorOptions?: StartOptions['simulatorOptions'];
  /** Collects log lines (privacy tests read them). */
  logSink?: (line: string) => void;
}

export interface Card {
  type: 'AdaptiveCard';
  body?: unknown[];
  actions?: unknown[];
  [key: string]: unknown;
}

export interface PostResult {
  status: number;
  body: unknown;
}

export class BotHarness {
  readonly channel = new FakeChannel();
  bot!: RunningBot;
  tenant!: Tenant;
  logger!: Logger;
  private conversationIds = new Map<string, string>();
  /** The address of a bot running elsewhere (another process), when the harness did not start it. */
  private externalUrl: string | undefined;

  /**
   * A fake Teams channel for a bot already running elsewhere at `url` (a child process), serving
   * the people of `tenant`; `close()` then stops the channel only.
   */
  static async attach(url: string, tenant: Tenant): Promise<BotHarness> {
    const harness = new BotHarness();
    harness.externalUrl = url;
    harness.tenant = tenant;
    await harness.channel.start();
    for (const person of tenant.people) {
      if (person.inTeams) harness.channel.addMember(memberOf(person));
    }
    return harness;
  }

  static async start(options: HarnessOptions = {}): Promise<BotHarness> {
    const harness = new BotHarness();
    await harness.channel.start();
    const now = options.now ?? new Date();
    harness.tenant = options.tenant ? parseTenant(options.tenant, 'test tenant', now) : loadDemoTenant(now);
    const config = loadConfig({ PORT: '0', LOG_LEVEL: 'warn', ...options.env });
    harness.logger = createLogger({ level: 'debug', sink: options.logSink ?? (() => undefined) });
    harness.bot = await startBot({
      config,
      logger: harness.logger,
      tenant: harness.tenant,
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

  async close(): Promise<void> {
    if (this.externalUrl === undefined) await this.bot?.close();
    await this.channel.close();
  }

  person(id: string): TenantPerson {
    const p = this.tenant.people.find((x) => x.id === id);
    if (!p) throw new Error(`no person ${id} in the test tenant`);
    return p;
  }

  /** Posts a raw activity (or anything) to /api/messages. */
  async post(body: unknown, headers: Record<string, string> = {}): Promise<PostResult> {
    const response = await fetch(`${this.externalUrl ?? this.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      parsed = text;
    }
    return { status: response.status, body: parsed };
  }

  /** A message activity from a person of the tenant (or any channel member id). */
  activity(personId: string, fields: Record<string, unknown>): Record<string, unknown> {
    const member = this.channel.members.get(personId) ?? { id: personId, name: personId };
    let conversationId = this.conversationIds.get(personId);
    if (!conversationId) {
      conversationId = `a:conv-${personId}-${randomUUID().slice(0, 8)}`;
      this.conversationIds.set(personId, conversationId);
    }
    return {
      id: randomUUID(),
      channelId: 'msteams',
      serviceUrl: this.channel.url,
      timestamp: new Date().toISOString(),
      from: { id: member.id, name: member.name, aadObjectId: member.aadObjectId },
      recipient: { id: '28:bot', name: 'Bot' },
      conversation: {
        id: conversationId,
        conversationType: 'personal',
        tenantId: this.tenant.organization.azureTenantId,
      },
      channelData: { tenant: { id: this.tenant.organization.azureTenantId } },
      locale: 'en-US',
      ...fields,
    };
  }

  /** Sends text as a person; resolves with the activities the bot sent in reply. */
  async say(
    personId: string,
    text: string,
    options: { locale?: string; timezone?: string } = {},
  ): Promise<Array<Record<string, unknown>>> {
    const before = this.channel.sent.length;
    const activity = this.activity(personId, {
      type: 'message',
      text,
      locale: options.locale ?? 'en-US',
      ...(options.timezone ? { localTimezone: options.timezone } : {}),
    });
    const result = await this.post(activity);
    if (result.status >= 300)
      throw new Error(`POST /api/messages answered ${result.status}: ${JSON.stringify(result.body)}`);
    return this.channel.sent.slice(before).map((s) => s.activity);
  }

  /** Sends text and returns the one card the bot answered with. */
  async sayCard(
    personId: string,
    text: string,
    options: { locale?: string; timezone?: string } = {},
  ): Promise<Card> {
    const replies = await this.say(personId, text, options);
    const cards = replies.flatMap(cardsOf);
    if (cards.length !== 1) {
      throw new Error(
        `expected one card in reply to "${text}", got ${cards.length}: ${JSON.stringify(replies).slice(0, 500)}`,
      );
    }
    return cards[0]!;
  }

  /** Clicks an Action.Execute: posts the adaptiveCard/action invoke; resolves with the HTTP answer. */
  async invoke(
    personId: string,
    verb: string,
    data: Record<string, unknown> = {},
    options: { locale?: string; activityId?: string; replyToId?: string } = {},
  ): Promise<PostResult> {
    const activity = this.activity(personId, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      locale: options.locale ?? 'en-US',
      replyToId: options.replyToId ?? 'card-message-1',
      value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      ...(options.activityId ? { id: options.activityId } : {}),
    });
    return this.post(activity);
  }

  /** Clicks a button and returns the card that replaces the clicked one. */
  async click(
    personId: string,
    verb: string,
    data: Record<string, unknown> = {},
    options: { locale?: string; activityId?: string } = {},
  ): Promise<Card> {
    const result = await this.invoke(personId, verb, data, options);
    const body = result.body as { statusCode?: number; type?: string; value?: unknown } | null;
    if (result.status !== 200 || body?.type !== 'application/vnd.microsoft.card.adaptive') {
      throw new Error(
        `the click on ${verb} answered ${result.status}: ${JSON.stringify(body).slice(0, 500)}`,
      );
    }
    return body.value as Card;
  }
}

export function memberOf(person: TenantPerson): ChannelMember {
  return {
    id: `29:${person.id}`,
    name: person.name,
    aadObjectId: person.aadObjectId ?? undefined,
    userPrincipalName: person.upn ?? person.email,
    email: person.email ?? person.upn,
  };
}

/** The Adaptive Cards among an activity's attachments. */
export function cardsOf(activity: Record<string, unknown>): Card[] {
  const attachments =
    (activity.attachments as Array<{ contentType?: string; content?: unknown }> | undefined) ?? [];
  return attachments
    .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((a) => a.content as Card);
}

/** All the text of a card (TextBlocks, FactSets, action titles), for assertions in words. */
/** A card text as Teams shows it: Markdown's backslash escapes (cards/markdown.ts) rendered. */
export function shownText(text: string): string {
  return text.replace(/\\([\\`*_~[\]#>+\-.)])/g, '$1');
}

/** Every text of a card, as Teams shows it, one per line. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      for (const key of ['text', 'title', 'value', 'label', 'placeholder', 'altText']) {
        if (typeof record[key] === 'string') parts.push(shownText(record[key]));
      }
      for (const [key, value] of Object.entries(record)) if (key !== 'data') walk(value);
    }
  };
  walk(card);
  return parts.join('\n');
}

/** Every Action.Execute of a card, with its verb and data. */
export function executeActions(
  card: unknown,
): Array<{ title?: string; verb: string; data: Record<string, unknown> }> {
  const found: Array<{ title?: string; verb: string; data: Record<string, unknown> }> = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (record.type === 'Action.Execute') {
        found.push({
          title: typeof record.title === 'string' ? record.title : undefined,
          verb: String(record.verb),
          data: (record.data as Record<string, unknown>) ?? {},
        });
      }
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return found;
}
