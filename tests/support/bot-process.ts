/**
 * The bot as a deployment runs it: `npm start`'s entry point in a process of its own, given the
 * settings a real deployment would give it, pointing at services on their own ports.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { Simulators } from '../../bot/simulator';

const ZONE = 'Europe/Paris';

export interface BotProcess {
  child: ChildProcess;
  url: string;
  stdout: () => string;
  stop(): Promise<void>;
}

/** The settings a real deployment would give `npm start`, pointing at the simulators' addresses. */
export function serviceSettings(sims: Simulators): Record<string, string> {
  return {
    CLOUDLINK_BASE_URL: sims.cloudlink.baseUrl,
    CLOUDLINK_CLIENT_ID: sims.cloudlink.clientId,
    CLOUDLINK_CLIENT_SECRET: sims.cloudlink.clientSecret,
    CLOUDLINK_ACCOUNT_ID: sims.cloudlink.accountId,
    CRONOFY_BASE_URL: sims.cronofy.baseUrl,
    CRONOFY_CLIENT_ID: sims.cronofy.clientId,
    CRONOFY_CLIENT_SECRET: sims.cronofy.clientSecret,
    CRONOFY_REFRESH_TOKEN: sims.cronofy.refreshToken,
    GRAPH_BASE_URL: sims.graph.baseUrl,
    GRAPH_LOGIN_URL: sims.graph.loginUrl,
    GRAPH_TENANT_ID: sims.graph.tenantId,
    GRAPH_CLIENT_ID: sims.graph.clientId,
    GRAPH_CLIENT_SECRET: sims.graph.clientSecret,
    PRESENCE_APP_ID: sims.graph.presenceAppId,
    ADMIN_GROUP_ID: sims.graph.adminGroupId,
    ORGANIZATION_TIME_ZONE: ZONE,
  };
}

/** `npm start`'s entry point in a process of its own; resolves once it listens, or with its exit. */
export function startBotProcess(env: Record<string, string>): Promise<BotProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/index.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', PORT: '0', LOG_LEVEL: 'warn', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the bot did not start within 30 s:\n${stdout}\n${stderr}`));
    }, 30_000);
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /Bot listening on (http:\/\/[^/\s]+)\/api\/messages/.exec(stdout);
      if (m && stdout.endsWith('\n')) {
        clearTimeout(timer);
        resolve({
          child,
          url: m[1]!,
          stdout: () => stdout,
          stop: async () => {
            if (child.exitCode === null) child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the bot exited (${code}) before listening:\n${stdout}\n${stderr}`));
    });
  });
}

/** Runs the entry point until it exits; its exit code and error output. */
export function runToExit(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/index.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), 20_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}
