import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  AppPackageError,
  appPackageProblems,
  buildAppPackage,
  PACKAGE_FILES,
  packageSettingsFrom,
  parseDotEnv,
} from '../../../deployment/app-package';
import { APP_PACKAGE_DIR } from '../../../deployment/manifest-commands';
import { readZip, writeZip } from '../../../deployment/zip';
import { runPackageApp } from '../../../scripts/package-app';

const BOT_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const { settings } = packageSettingsFrom(
  { MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'pbx-rooms.azurewebsites.net' },
  { version: '0.4.2' },
);

describe('Teams app package', () => {
  let work: string;
  beforeEach(() => {
    work = mkdtempSync(path.join(tmpdir(), 'app-package-'));
  });
  afterEach(() => {
    rmSync(work, { recursive: true, force: true });
  });

  it('zips exactly the manifest, both icons and both localisation files, at the archive root', () => {
    const { zip } = buildAppPackage(settings);
    const entries = readZip(zip);
    assert.deepEqual(
      entries.map((e) => e.name),
      [...PACKAGE_FILES],
    );
    for (const name of PACKAGE_FILES.slice(1)) {
      const entry = entries.find((e) => e.name === name)!;
      assert.ok(entry.data.equals(readFileSync(path.join(APP_PACKAGE_DIR, name))), `${name} is copied as is`);
    }
  });

  it('puts the filled manifest in the zip, and its files pass every check', () => {
    const entries = readZip(buildAppPackage(settings).zip);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8')) as { id: string; version: string };
    assert.equal(manifest.id, BOT_ID);
    assert.equal(manifest.version, '0.4.2');
    assert.deepEqual(appPackageProblems(new Map(entries.map((e) => [e.name, e.data]))), []);
  });

  it('builds the same bytes from the same inputs', () => {
    assert.ok(buildAppPackage(settings).zip.equals(buildAppPackage(settings).zip));
  });

  it('refuses to build when a file is missing or wrong, listing every problem', () => {
    for (const name of PACKAGE_FILES)
      writeFileSync(path.join(work, name), readFileSync(path.join(APP_PACKAGE_DIR, name)));
    rmSync(path.join(work, 'fr.json'));
    writeFileSync(path.join(work, 'outline.png'), readFileSync(path.join(APP_PACKAGE_DIR, 'color.png')));
    assert.throws(
      () => buildAppPackage(settings, work),
      (e: unknown) =>
        e instanceof AppPackageError &&
        e.problems.includes('localisation file fr.json is missing') &&
        e.problems.some((p) => p.startsWith('outline.png must be 32×32')),
    );
  });

  it('zip round trip: what writeZip stores, readZip gives back', () => {
    const entries = [
      { name: 'a.json', data: Buffer.from('{"é":1}') },
      { name: 'empty.txt', data: Buffer.alloc(0) },
    ];
    assert.deepEqual(readZip(writeZip(entries)), entries);
  });

  it('zip reader notices a corrupted entry', () => {
    const zip = writeZip([{ name: 'a.txt', data: Buffer.from('a'.repeat(1000)) }]);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip[central + 16] = (zip[central + 16] ?? 0) ^ 0xff;
    assert.throws(() => readZip(zip), /CRC mismatch/);
  });

  describe('npm run package', () => {
    const run = (
      env: Record<string, string>,
      envFileText?: string,
    ): { code: number; out: string[]; err: string[] } => {
      const out: string[] = [];
      const err: string[] = [];
      const envFile = path.join(work, '.env');
      if (envFileText !== undefined) writeFileSync(envFile, envFileText);
      const code = runPackageApp({
        env,
        envFile,
        outFile: path.join(work, 'build', 'appPackage.zip'),
        log: (l) => out.push(l),
        error: (l) => err.push(l),
      });
      return { code, out, err };
    };

    it('without MicrosoftAppId and BOT_DOMAIN, exits with 1 and says what to set', () => {
      const { code, err } = run({});
      assert.equal(code, 1);
      const text = err.join('\n');
      assert.match(text, /MicrosoftAppId is missing/);
      assert.match(text, /BOT_DOMAIN is missing/);
      assert.match(text, /deployment\/README\.md/);
    });

    it('reads the values from the .env file and writes the zip', () => {
      const { code, out } = run({}, `# bot\nMicrosoftAppId=${BOT_ID}\nexport BOT_DOMAIN="bot.example.com"\n`);
      assert.equal(code, 0, out.join('\n'));
      const entries = readZip(readFileSync(path.join(work, 'build', 'appPackage.zip')));
      const manifest = JSON.parse(entries[0]!.data.toString('utf8')) as { validDomains: string[] };
      assert.deepEqual(manifest.validDomains, ['bot.example.com', 'token.botframework.com']);
    });

    it('lets the environment win over the .env file, and ignores empty variables', () => {
      const { code } = run(
        { BOT_DOMAIN: 'env.example.com', MicrosoftAppId: '' },
        `MicrosoftAppId=${BOT_ID}\nBOT_DOMAIN=file.example.com\n`,
      );
      assert.equal(code, 0);
      const entries = readZip(readFileSync(path.join(work, 'build', 'appPackage.zip')));
      assert.match(entries[0]!.data.toString('utf8'), /env\.example\.com/);
    });
  });

  it('.env parsing keeps values, drops comments and quotes', () => {
    assert.deepEqual(parseDotEnv('# c\nA=1\n B = two words # note\nC="x # y"\nD=\nnot a line\nE=\'q\'\r\n'), {
      A: '1',
      B: 'two words',
      C: 'x # y',
      D: '',
      E: 'q',
    });
  });
});
