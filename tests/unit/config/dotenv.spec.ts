import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv } from '../../../bot/config';

describe('the .env file', () => {
  const names = [
    'DOTENV_PLAIN',
    'DOTENV_QUOTED',
    'DOTENV_SINGLE',
    'DOTENV_EMPTY',
    'DOTENV_SET',
    'DOTENV_COMMENTED',
    'DOTENV_HASH',
  ];
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'dotenv-'));
  });
  afterEach(() => {
    for (const name of names) delete process.env[name];
    rmSync(folder, { recursive: true, force: true });
  });

  it('fills in the settings it holds, without overriding what the environment already sets', () => {
    const file = join(folder, '.env');
    writeFileSync(
      file,
      [
        '# a comment line',
        'DOTENV_PLAIN=plain value',
        'DOTENV_QUOTED="Lumière Group"',
        "DOTENV_SINGLE='single'",
        'DOTENV_EMPTY=',
        'DOTENV_SET=from-file',
        '# DOTENV_COMMENTED=never',
        'DOTENV_HASH="a#b"',
        '',
      ].join('\r\n'),
    );
    process.env.DOTENV_SET = 'from-environment';
    loadDotEnv(file);
    assert.equal(process.env.DOTENV_PLAIN, 'plain value');
    assert.equal(process.env.DOTENV_QUOTED, 'Lumière Group');
    assert.equal(process.env.DOTENV_SINGLE, 'single');
    assert.equal(process.env.DOTENV_EMPTY, '');
    assert.equal(process.env.DOTENV_SET, 'from-environment');
    assert.equal(process.env.DOTENV_COMMENTED, undefined);
    assert.equal(process.env.DOTENV_HASH, 'a#b');
  });

  it('does nothing when there is no .env file', () => {
    assert.doesNotThrow(() => loadDotEnv(join(folder, 'missing.env')));
  });
});
