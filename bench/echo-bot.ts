/**
 * The floor of every figure: a bot on the same stack as the real one (restify, botbuilder
 * CloudAdapter, @microsoft/teams-ai Application, wired by bot/server exactly as bot/index.ts does),
 * answering each message with one line of text. What a command costs beyond it is the command's own.
 */
import { createAdapter } from '../bot/server/adapter';
import { createApplication, type BotLogic } from '../bot/server/app';
import { createHttpServer, listen } from '../bot/server/http-server';
import type { Logger } from '../bot/log';

export interface EchoBot {
  url: string;
  close(): Promise<void>;
}

const ECHO: BotLogic<null> = {
  services: null,
  onMessage: (_turn, text) => Promise.resolve({ text: `You said: ${text.slice(0, 200)}` }),
  verbs: new Map(),
  onUnknownVerb: () => Promise.resolve({ text: 'No buttons here.' }),
  onInstall: () => Promise.resolve({ text: 'Hello.' }),
};

/** Starts the echo bot on a free loopback port. */
export async function startEchoBot(options: { logger: Logger; maxBodyBytes?: number }): Promise<EchoBot> {
  const { logger } = options;
  const adapter = createAdapter({ credentials: null, logger });
  const app = createApplication({
    adapter,
    logic: ECHO,
    logger,
    timeZone: () => 'UTC',
    allowedTenants: [],
    allowedChannels: ['msteams'],
  });
  const server = createHttpServer({
    adapter,
    run: (context) => app.run(context),
    logger,
    maxBodyBytes: options.maxBodyBytes ?? 256 * 1024,
    loopbackOnly: true,
    health: () => ({ mode: 'echo' }),
  });
  const running = await listen(server, 0, '127.0.0.1');
  return { url: running.url, close: () => running.close() };
}
