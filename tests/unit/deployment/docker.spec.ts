import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim());
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** The directories the image copies, from its `COPY <dir> ./<dir>` lines. */
const copied = [...dockerfile.matchAll(/^COPY (\w+) \.\/\1$/gm)].map((m) => m[1]!);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('Dockerfile', () => {
  it('builds on node:20-slim with the runtime dependencies only, which include tsx', () => {
    assert.match(dockerfile, /^FROM node:20-slim$/m);
    assert.match(dockerfile, /^RUN npm ci --omit=dev\b/m);
    assert.ok(pkg.dependencies.tsx, 'tsx must stay a runtime dependency: the image has no dev dependencies');
  });

  it('runs as the unprivileged node user, exposes 3978 and checks /healthz', () => {
    assert.match(dockerfile, /^USER node$/m);
    assert.match(dockerfile, /^EXPOSE 3978$/m);
    assert.match(dockerfile, /^HEALTHCHECK [\s\S]*\/healthz/m);
    assert.match(dockerfile, /^CMD \["node", "--import", "tsx", "bot\/index\.ts"\]$/m);
  });

  it('copies every folder the bot imports from at run time', () => {
    assert.deepEqual(copied, ['bot', 'cards']);
    for (const dir of copied) {
      for (const file of sources(path.join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
          const target = path.relative(ROOT, path.resolve(path.dirname(file), m[1]!));
          const top = target.split(path.sep)[0]!;
          assert.ok(copied.includes(top), `${path.relative(ROOT, file)} imports ${m[1]}, outside the image`);
        }
      }
    }
  });

  it('keeps secrets, dependencies and history out of the build context', () => {
    for (const entry of ['.env', '.env.*', 'node_modules', '.git'])
      assert.ok(dockerignore.includes(entry), entry);
  });
});
