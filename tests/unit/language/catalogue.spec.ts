import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { LOCALES } from '../../../bot/language/locale';
import { AREAS } from '../../../bot/language/strings';

type Area = Record<string, Record<string, string>>;

const STRINGS_DIR = path.resolve(__dirname, '../../../bot/language/strings');
const placeholders = (text: string): string[] =>
  [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

function isArea(value: unknown): value is Area {
  return value !== null && typeof value === 'object' && LOCALES.every((locale) => locale in value);
}

describe('string catalogues', () => {
  const areas = AREAS as readonly Area[];

  it('registers every area file of bot/language/strings in AREAS', () => {
    // tsx hooks require(), not import(): load the area files the CommonJS way.
    const load = createRequire(__filename);
    const files = readdirSync(STRINGS_DIR).filter(
      (f) => f.endsWith('.ts') && !['index.ts', 'define.ts'].includes(f),
    );
    for (const file of files) {
      const exported = load(path.join(STRINGS_DIR, file)) as Record<string, unknown>;
      const found = Object.values(exported).filter(isArea);
      assert.ok(found.length > 0, `${file} exports no area`);
      for (const area of found)
        assert.ok(areas.includes(area), `${file}: an area missing from AREAS in strings/index.ts`);
    }
  });

  it('has every key of every area in every language, never empty', () => {
    const problems: string[] = [];
    for (const area of areas) {
      const keys = new Set(LOCALES.flatMap((locale) => Object.keys(area[locale] ?? {})));
      for (const key of keys) {
        for (const locale of LOCALES) {
          const value = area[locale]?.[key];
          if (typeof value !== 'string') problems.push(`${key}: missing in ${locale}`);
          else if (value.trim().length === 0) problems.push(`${key}: empty in ${locale}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('uses the same {placeholders} in every language for the same key', () => {
    const problems: string[] = [];
    for (const area of areas) {
      for (const [key, english] of Object.entries(area.en ?? {})) {
        const expected = placeholders(english).join(',');
        for (const locale of LOCALES) {
          const value = area[locale]?.[key];
          if (typeof value !== 'string') continue;
          const got = placeholders(value).join(',');
          if (got !== expected) problems.push(`${key}: {${got}} in ${locale}, {${expected}} in en`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('never defines the same key in two areas', () => {
    const seen = new Map<string, number>();
    const problems: string[] = [];
    areas.forEach((area, index) => {
      for (const key of Object.keys(area.en ?? {})) {
        const other = seen.get(key);
        if (other !== undefined && other !== index) problems.push(key);
        seen.set(key, index);
      }
    });
    assert.deepEqual(problems, []);
  });
});
