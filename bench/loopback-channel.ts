/**
 * A lean Teams channel on loopback for the benchmarks: answers member look-ups from a table and
 * receives the bot's replies. Unlike the test channel it keeps no list of everything sent (that
 * would grow through a load run): only, per conversation, how many replies arrived and the last one.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ChannelMember } from './host-protocol';
import { summarizeReply, type ReplySummary } from './reply-kind';

interface ConversationState {
  replies: number;
  last: ReplySummary | null;
  lastActivity: Record<string, unknown> | null;
}

export class LoopbackChannel {
  url = '';
  memberLookups = 0;
  private server: http.Server | null = null;
  private readonly members = new Map<string, ChannelMember>();
  private readonly conversations = new Map<string, ConversationState>();
  private nextId = 1;

  async start(): Promise<this> {
    const server = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    server.keepAliveTimeout = 30_000;
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}/`;
    return this;
  }

  addMember(member: ChannelMember): void {
    this.members.set(member.id, member);
  }

  /** How many replies a conversation has received so far. */
  replies(conversationId: string): number {
    return this.conversations.get(conversationId)?.replies ?? 0;
  }

  /** The last reply of a conversation, classified. */
  lastReply(conversationId: string): ReplySummary | null {
    return this.conversations.get(conversationId)?.last ?? null;
  }

  /** The last reply activity of a conversation, as sent. */
  lastActivity(conversationId: string): Record<string, unknown> | null {
    return this.conversations.get(conversationId)?.lastActivity ?? null;
  }

  /** Forgets the conversations (between sections, so that the driver's memory stays flat). */
  forgetConversations(): void {
    this.conversations.clear();
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = null;
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse, body: string): void {
    const parts = (req.url ?? '/').split('?')[0]!.split('/').filter(Boolean).map(decodeURIComponent);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations') return json(res, 404, { error: 'NotFound' });
    const conversationId = parts[2] ?? '';
    // GET /v3/conversations/{conversationId}/members/{userId}
    if (req.method === 'GET' && parts[3] === 'members') {
      this.memberLookups++;
      const member = parts[4] ? this.members.get(parts[4]) : undefined;
      if (!member)
        return json(res, 404, { error: { code: 'MemberNotFoundInConversation', message: 'Not found' } });
      return json(res, 200, { ...member, userRole: 'user' });
    }
    // POST|PUT /v3/conversations/{conversationId}/activities[/{activityId}]
    if (parts[3] === 'activities') {
      let activity: Record<string, unknown>;
      try {
        activity = JSON.parse(body) as Record<string, unknown>;
      } catch {
        return json(res, 400, { error: { code: 'BadSyntax', message: 'Bad JSON' } });
      }
      let state = this.conversations.get(conversationId);
      if (!state) {
        state = { replies: 0, last: null, lastActivity: null };
        this.conversations.set(conversationId, state);
      }
      state.replies++;
      state.last = summarizeReply(activity);
      state.lastActivity = activity;
      return json(res, 200, { id: `sent-${this.nextId++}` });
    }
    return json(res, 404, { error: { code: 'NotFound', message: 'Unknown route' } });
  }
}

function json(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
