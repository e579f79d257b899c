import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `npm start`'s entry point with the given environment until it exits (or is stopped). */
function runBot(env: Record<string, string>, stopWhen?: RegExp, stopAfterMs = 20000): Promise<Exit> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'bot/index.ts'], {
      cwd: path.resolve(__dirname, '../..'),
      env: { PATH: process.env.PATH ?? '', PORT: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stopWhen?.test(stdout)) child.kill('SIGTERM');
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), stopAfterMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

describe('starting the bot', () => {
  it('stops with a message naming the file, the JSON path and the problem when the tenant file is broken', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'tenant-'));
    const file = path.join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        organization: { name: 'Broken Ltd', timeZone: 'Europe/Paris' },
        pbx: { type: 'MiVoice Office 400' },
        people: [{ id: 'p1', name: 'Ana', cloudlinkRole: 'Admin' }],
      }),
    );
    const exit = await runBot({ DEMO_TENANT: file });
    assert.notEqual(exit.code, 0);
    assert.match(exit.stderr, new RegExp(file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    assert.match(exit.stderr, /\$\.people\[0\]\.cloudlinkRole/);
    assert.match(exit.stderr, /must be one of/);
    assert.doesNotMatch(exit.stdout, /listening/i);
  });

  it('stops with a message naming the setting when a setting is bad', async () => {
    const exit = await runBot({ PORT: 'eighty' });
    assert.notEqual(exit.code, 0);
    assert.match(exit.stderr, /PORT must be a whole number/);
  });

  it('refuses to start with real services configured only in part, naming what is missing', async () => {
    const exit = await runBot({
      CLOUDLINK_CLIENT_ID: 'id',
      CLOUDLINK_CLIENT_SECRET: 'secret',
      CLOUDLINK_ACCOUNT_ID: 'acc',
    });
    assert.notEqual(exit.code, 0);
    assert.match(exit.stderr, /CRONOFY_CLIENT_ID is required/);
    assert.match(exit.stderr, /GRAPH_TENANT_ID is required/);
  });

  it('starts on the embedded default and says that it accepts local requests only', async () => {
    const exit = await runBot({}, /this machine only/);
    assert.match(exit.stdout, /Bot listening on http:\/\/127\.0\.0\.1:\d+\/api\/messages/);
    assert.match(exit.stdout, /Demo mode/);
    assert.match(exit.stdout, /accepted from this machine only/);
  });
});
