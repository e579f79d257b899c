/**
 * A fake Teams channel on loopback: the bot's connector calls land here. It records every activity
 * the bot sends or updates, answers member look-ups (TeamsInfo.getMember) from a table, and creates
 * conversations (`POST /v3/conversations`, how a bot opens its 1:1 chat with a user) like the
 * connector: the answer is `{ id }`, the same id for the same user each time.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ChannelMember {
  id: string;
  name: string;
  aadObjectId?: string;
  userPrincipalName?: string;
  email?: string;
}

export interface SentActivity {
  conversationId: string;
  /** The activity id the bot replied to, if any. */
  replyToId?: string;
  activity: Record<string, unknown>;
  method: 'POST' | 'PUT';
}

/** A `POST /v3/conversations` the bot made: its body, and the id answered (none when refused). */
export interface CreatedConversation {
  parameters: Record<string, unknown>;
  id?: string;
}

/**
 * How the channel refuses to create conversations (Teams: 403 with `subCode: MessageWritesBlocked`
 * when the user blocked or uninstalled the bot).
 */
export interface ChannelRefusal {
  status: number;
  code: string;
  message: string;
  subCode?: string;
}

/** Teams' answer when the user blocked the bot. */
export const BLOCKED_BY_USER: ChannelRefusal = {
  status: 403,
  code: 'ConversationBlockedByUser',
  message: 'User blocked the conversation with the bot.',
  subCode: 'MessageWritesBlocked',
};

export class FakeChannel {
  readonly sent: SentActivity[] = [];
  readonly members = new Map<string, ChannelMember>();
  memberLookups = 0;
  readonly conversationsCreated: CreatedConversation[] = [];
  /** Set to make `POST /v3/conversations` fail with this error. */
  refuseConversations: ChannelRefusal | null = null;
  /** Conversation ids to which posting a message fails with 403. */
  readonly refusedConversationIds = new Set<string>();
  private server: http.Server | null = null;
  private nextId = 1;
  private waiters: Array<{ count: number; resolve: () => void }> = [];
  url = '';

  async start(): Promise<this> {
    this.server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
    return this;
  }

  addMember(member: ChannelMember): void {
    this.members.set(member.id, member);
  }

  /** The activities sent to one conversation, in order. */
  sentTo(conversationId: string): Array<Record<string, unknown>> {
    return this.sent.filter((s) => s.conversationId === conversationId).map((s) => s.activity);
  }

  /** The id this channel gives the 1:1 chat of the bot with a user (a Teams `29:` id). */
  static personalChatId(userId: string): string {
    return `a:personal-${userId.replace(/[^A-Za-z0-9-]/g, '')}`;
  }

  /** Resolves once at least `count` activities have been sent in total. */
  async waitForSent(count: number, timeoutMs = 10000): Promise<void> {
    if (this.sent.length >= count) return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the bot sent ${this.sent.length} activities, expected ${count}`)),
        timeoutMs,
      );
      this.waiters.push({
        count,
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
      });
    });
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    // /v3/conversations/{conversationId}/members/{userId}
    if (req.method === 'GET' && parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'members') {
      this.memberLookups++;
      const member = parts[4] ? this.members.get(parts[4]) : undefined;
      if (!member)
        return json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'Not found' } });
      return json(res, 200, {
        id: member.id,
        name: member.name,
        aadObjectId: member.aadObjectId,
        userPrincipalName: member.userPrincipalName,
        email: member.email,
        tenantId: undefined,
        userRole: 'user',
      });
    }
    // POST /v3/conversations: a new conversation (for the bot, its 1:1 chat with one member).
    if (req.method === 'POST' && parts[0] === 'v3' && parts[1] === 'conversations' && parts.length === 2) {
      let parameters: Record<string, unknown>;
      try {
        parameters = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return json(res, 400, { error: { code: 'BadSyntax', message: 'Bad JSON' } });
      }
      const created: CreatedConversation = { parameters };
      this.conversationsCreated.push(created);
      if (this.refuseConversations) {
        const { status, code, message, subCode } = this.refuseConversations;
        return json(res, status, { error: { code, message, ...(subCode ? { subCode } : {}) } });
      }
      const members = Array.isArray(parameters.members)
        ? (parameters.members as Array<{ id?: unknown }>)
        : [];
      const memberId = members.length === 1 && typeof members[0]?.id === 'string' ? members[0].id : '';
      // Teams needs the tenant to create a 1:1 chat (channelData.tenant.id, or tenantId).
      const channelData = (parameters.channelData ?? {}) as { tenant?: { id?: unknown } };
      const tenant = channelData.tenant?.id ?? parameters.tenantId;
      if (parameters.isGroup !== false || !this.members.has(memberId) || typeof tenant !== 'string')
        return json(res, 400, {
          error: { code: 'BadArgument', message: 'Incorrect conversation parameters' },
        });
      created.id = FakeChannel.personalChatId(memberId);
      return json(res, 201, { id: created.id });
    }
    // /v3/conversations/{conversationId}/activities[/{activityId}]
    if (parts[0] === 'v3' && parts[1] === 'conversations' && parts[3] === 'activities') {
      if (this.refusedConversationIds.has(parts[2] ?? '')) {
        const { status, code, message, subCode } = BLOCKED_BY_USER;
        return json(res, status, { error: { code, message, subCode } });
      }
      let activity: Record<string, unknown>;
      try {
        activity = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return json(res, 400, { error: { code: 'BadSyntax', message: 'Bad JSON' } });
      }
      const method = req.method === 'PUT' ? 'PUT' : 'POST';
      this.sent.push({ conversationId: parts[2] ?? '', replyToId: parts[4], activity, method });
      for (const w of this.waiters.filter((x) => this.sent.length >= x.count)) w.resolve();
      this.waiters = this.waiters.filter((x) => this.sent.length < x.count);
      return json(res, 200, { id: `sent-${this.nextId++}` });
    }
    return json(res, 404, { error: { code: 'NotFound', message: req.url } });
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}
