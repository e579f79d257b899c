import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..', '..');
const dockerfile = readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const dockerignore = readFileSync(path.join(ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((l) => l.trim());
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const buildConfig = JSON.parse(readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')) as {
  include: string[];
};

/** The stages of the Dockerfile: from each FROM line to the next. */
const stages = dockerfile
  .split(/^(?=FROM )/m)
  .slice(1)
  .map((text) => ({ from: /^FROM (.+)$/m.exec(text)![1]!, text }));
const [builder, runtime] = stages;

/** The directories the builder copies, from its `COPY <dir> ./<dir>` lines. */
const copied = builder ? [...builder.text.matchAll(/^COPY (\w+) \.\/\1$/gm)].map((m) => m[1]!) : [];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sources(full);
    return /\.ts$/.test(e.name) && !/\.spec\.ts$/.test(e.name) ? [full] : [];
  });
}

describe('Dockerfile', () => {
  it('builds in two node:24-slim stages: a builder that compiles, a runtime with production dependencies only', () => {
    assert.equal(stages.length, 2);
    assert.equal(builder!.from, 'node:24-slim AS builder');
    assert.equal(runtime!.from, 'node:24-slim');
    assert.match(builder!.text, /^RUN npm ci --ignore-scripts\b/m);
    assert.match(builder!.text, /^RUN npm run build$/m);
    assert.equal(pkg.scripts.build, 'tsc -p tsconfig.build.json');
    assert.ok(
      pkg.devDependencies.typescript,
      'the compiler is a dev dependency, installed in the builder only',
    );
    assert.match(runtime!.text, /^RUN npm ci --omit=dev --ignore-scripts\b/m);
    assert.match(runtime!.text, /^COPY --from=builder \/app\/dist \.\/dist$/m);
    assert.doesNotMatch(
      runtime!.text,
      /^COPY (bot|cards|tsconfig)/m,
      'no TypeScript sources in the runtime image',
    );
  });

  it('starts the compiled bot with node as PID 1, in production mode', () => {
    assert.match(runtime!.text, /^CMD \["node", "dist\/bot\/index\.js"\]$/m);
    assert.doesNotMatch(dockerfile, /tsx/);
    assert.match(runtime!.text, /^ENV NODE_ENV=production$/m);
  });

  it('runs as the unprivileged node user, exposes 3978 and checks /healthz', () => {
    assert.match(runtime!.text, /^USER node$/m);
    assert.match(runtime!.text, /^EXPOSE 3978$/m);
    assert.match(runtime!.text, /^HEALTHCHECK [\s\S]*\/healthz/m);
  });

  it('compiles every folder the bot imports from, and the JSON files it reads at run time', () => {
    assert.deepEqual(copied, ['bot', 'cards']);
    assert.match(builder!.text, /^COPY tsconfig\.json tsconfig\.build\.json \.\/$/m);
    for (const dir of copied) {
      assert.ok(buildConfig.include.includes(`${dir}/**/*.ts`), `tsconfig.build.json compiles ${dir}`);
      for (const file of sources(path.join(ROOT, dir))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
          const target = path.relative(ROOT, path.resolve(path.dirname(file), m[1]!));
          const top = target.split(path.sep)[0]!;
          assert.ok(copied.includes(top), `${path.relative(ROOT, file)} imports ${m[1]}, outside the image`);
        }
        // Files read next to the module (join(__dirname, 'x.json')) must be emitted into dist too.
        for (const m of text.matchAll(/join\(__dirname, '([^']+\.json)'\)/g)) {
          const rel = path.relative(ROOT, path.join(path.dirname(file), m[1]!));
          const top = rel.split(path.sep)[0]!;
          assert.ok(buildConfig.include.includes(`${top}/**/*.json`), `${rel} is emitted into dist`);
        }
      }
    }
  });

  it('keeps secrets, dependencies and history out of the build context', () => {
    for (const entry of ['.env', '.env.*', 'node_modules', '.git', 'dist'])
      assert.ok(dockerignore.includes(entry), entry);
    assert.ok(!dockerignore.includes('tsconfig.build.json'), 'the builder needs tsconfig.build.json');
  });
});
