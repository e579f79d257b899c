/**
 * Starts the Microsoft 365 Agents Playground (a Teams-like web client) against a running bot, signed
 * in as a person of the tenant. Used by `npm run playground` and by the browser test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Tenant, TenantPerson } from '../bot/tenant/types';

/** A user of the playground: a person of the tenant, or a user of the real directory (live trial). */
export type PlaygroundUser = Pick<TenantPerson, 'id' | 'name' | 'email' | 'upn' | 'aadObjectId' | 'inTeams'>;

/** What the playground needs of a tenant: its Entra id and the people it may list as other users. */
export interface PlaygroundTenant {
  organization: Pick<Tenant['organization'], 'azureTenantId'>;
  people: PlaygroundUser[];
}

export interface PlaygroundOptions {
  /** The bot's messaging endpoint, e.g. http://127.0.0.1:3978/api/messages. */
  botEndpoint: string;
  tenant: PlaygroundTenant;
  /** The signed-in user. */
  user: PlaygroundUser;
  port: number;
  /** Folder for the playground's configuration file. */
  dir: string;
  /** Where the playground's own output goes (default: discarded). */
  onOutput?: (line: string) => void;
}

export interface RunningPlayground {
  url: string;
  process: ChildProcess;
  close(): Promise<void>;
}

const ROOT = path.resolve(__dirname, '..');

/** Writes .m365agentsplayground.yml: the signed-in user and exactly five other users, as the schema demands. */
export function writePlaygroundConfig(dir: string, tenant: PlaygroundTenant, user: PlaygroundUser): string {
  mkdirSync(dir, { recursive: true });
  const others = tenant.people.filter((p) => p.id !== user.id && p.inTeams).slice(0, 5);
  while (others.length < 5) {
    const n = others.length + 1;
    others.push({
      ...user,
      id: `guest-${n}`,
      name: `Guest ${n}`,
      upn: `guest${n}@example.com`,
      email: undefined,
      aadObjectId: undefined,
    });
  }
  const q = (s: string): string => JSON.stringify(s);
  const userYaml = (p: PlaygroundUser, indent: string, index: number): string => {
    const [given, ...rest] = p.name.split(' ');
    const upn = p.upn ?? p.email ?? `${p.id}@example.com`;
    return [
      `id: ${q(`29:${p.id}`)}`,
      `name: ${q(p.name)}`,
      `userPrincipleName: ${q(upn)}`,
      `aadObjectId: ${q(p.aadObjectId ?? `00000000-0000-0000-0000-${String(100 + index).padStart(12, '0')}`)}`,
      `givenName: ${q(given ?? p.name)}`,
      `surname: ${q(rest.join(' ') || p.name)}`,
      `email: ${q(p.email ?? upn)}`,
    ]
      .map((line, i) => (i === 0 ? line : indent + line))
      .join('\n');
  };
  const yaml = [
    '# Written by scripts/playground-lib.ts: the signed-in user is a person of the tenant.',
    'version: "0.1.1"',
    `tenantId: ${q(tenant.organization.azureTenantId)}`,
    'bot:',
    '  id: "28:pbx-rooms-bot"',
    '  name: "Phone & Rooms"',
    'currentUser:',
    `  ${userYaml(user, '  ', 0)}`,
    'users:',
    ...others.map((p, i) => `  - ${userYaml(p, '    ', i + 1)}`),
    'personalChat:',
    '  id: "personal-chat-id"',
    'groupChat:',
    '  id: "group-chat-id"',
    '  name: "Group Chat"',
    'team:',
    '  id: "team-id"',
    '  name: "My Team"',
    '  aadGroupId: "00000000-0000-0000-0000-000000000031"',
    '  channels:',
    '    - id: "channel-announcements-id"',
    '      name: "Announcements"',
    '',
  ].join('\n');
  const file = path.join(dir, '.m365agentsplayground.yml');
  writeFileSync(file, yaml);
  return file;
}

/** Starts the playground; resolves once it listens. */
export async function startPlayground(options: PlaygroundOptions): Promise<RunningPlayground> {
  writePlaygroundConfig(options.dir, options.tenant, options.user);
  const cli = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  const child = spawn(
    process.execPath,
    [
      cli,
      'start',
      '--app-endpoint',
      options.botEndpoint,
      '--channel-id',
      'msteams',
      '--port',
      String(options.port),
      '--disable-telemetry',
    ],
    { cwd: options.dir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BROWSER: 'none' } },
  );
  const url = `http://127.0.0.1:${options.port}`;
  let output = '';
  const onData = (d: Buffer): void => {
    const text = d.toString();
    output += text;
    for (const line of text.split('\n')) if (line.trim()) options.onOutput?.(line);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the playground did not start:\n${output}`)), 60000);
    const poll = setInterval(() => {
      fetch(url).then(
        (r) => {
          if (r.ok) {
            clearInterval(poll);
            clearTimeout(timer);
            resolve();
          }
        },
        () => undefined,
      );
    }, 250);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`the playground exited with status ${code}:\n${output}`));
    });
  });

  return {
    url,
    process: child,
    close: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
