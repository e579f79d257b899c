/**
 * Azurite (the Azure Storage emulator, an npm dev dependency) for the tests: its blob service in a
 * child process, in memory, on a free loopback port. Works on a fresh clone after `npm ci`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The well-known key of Azurite's development account (public, not a secret). */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  port: number;
  /** The development account's connection string for this port. */
  connectionString: string;
  /** The development account's blob address (https when started with `oauth`). */
  accountUrl: string;
  stop(): Promise<void>;
}

/** The path of the package's `azurite-blob` binary (a Node script), found through its package.json. */
function azuriteBlobBin(): string {
  const manifestPath = require.resolve('azurite/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: Record<string, string> };
  const bin = manifest.bin['azurite-blob'];
  if (!bin) throw new Error('the azurite package has no azurite-blob binary');
  return join(dirname(manifestPath), bin);
}

/** Starts Azurite's blob service; resolves once it listens. */
export async function startAzurite(
  options: {
    startTimeoutMs?: number;
    /**
     * Serve https with this certificate and accept Entra bearer tokens (`--oauth basic`: Azurite
     * checks a token's issuer, audience and lifetime, not its signature).
     */
    oauth?: { certPath: string; keyPath: string };
  } = {},
): Promise<Azurite> {
  const workspace = mkdtempSync(join(tmpdir(), 'azurite-'));
  const oauth = options.oauth
    ? ['--oauth', 'basic', '--cert', options.oauth.certPath, '--key', options.oauth.keyPath]
    : [];
  const child = spawn(
    process.execPath,
    [
      azuriteBlobBin(),
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      '--inMemoryPersistence',
      '--silent',
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
      ...oauth,
      ...(process.env.AZURITE_DEBUG ? ['--debug', process.env.AZURITE_DEBUG] : []),
    ],
    // In memory; its working folder is a temporary one, in case it writes anything there.
    { cwd: workspace, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  try {
    const port = await listeningPort(child, options.startTimeoutMs ?? 20_000);
    const scheme = options.oauth ? 'https' : 'http';
    return {
      port,
      connectionString:
        `DefaultEndpointsProtocol=${scheme};AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};` +
        `BlobEndpoint=${scheme}://127.0.0.1:${port}/${DEV_ACCOUNT};`,
      accountUrl: `${scheme}://127.0.0.1:${port}/${DEV_ACCOUNT}`,
      stop: async () => {
        await stopChild(child);
        rmSync(workspace, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await stopChild(child);
    rmSync(workspace, { recursive: true, force: true });
    throw error;
  }
}

/** A container name no other test uses (lowercase letters, digits and dashes, 3–63 characters). */
export function uniqueContainer(prefix = 'test'): string {
  return `${prefix}-${randomUUID().replace(/-/g, '').slice(0, 20)}`.toLowerCase();
}

function listeningPort(child: ChildProcess, timeoutMs: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      finish(new Error(`Azurite did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const m = /successfully listens on https?:\/\/[^:\s]+:(\d+)/.exec(output);
      if (m) finish(null, Number(m[1]));
    };
    const onExit = (code: number | null): void => {
      finish(new Error(`Azurite exited with code ${code} before listening:\n${output}`));
    };
    const finish = (error: Error | null, port?: number): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      // Keep draining its output so that a full pipe never blocks it.
      child.stdout?.resume();
      child.stderr?.resume();
      if (error) reject(error);
      else resolve(port!);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
