import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_PACKAGE_DIR, manifestCommandLists } from '../../../deployment/manifest-commands';
import { localizationSchemaProblems, MANIFEST_VERSION } from '../../../deployment/manifest-schema';

function strings(file: string): Record<string, string> {
  return JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, file), 'utf8')) as Record<string, string>;
}

describe('Teams app manifest localisation', () => {
  for (const file of ['fr.json', 'pt-br.json']) {
    describe(file, () => {
      const loc = strings(file);

      it('validates against the official localisation schema of the manifest version', () => {
        assert.match(
          loc.$schema!,
          new RegExp(
            `/v${MANIFEST_VERSION.replace('.', '\\.')}/MicrosoftTeams\\.Localization\\.schema\\.json$`,
          ),
        );
        assert.deepEqual(localizationSchemaProblems(loc), []);
      });

      it('translates the name, both descriptions and every command title and description', () => {
        for (const key of ['name.short', 'name.full', 'description.short', 'description.full']) {
          assert.ok(loc[key] && loc[key].length > 0, key);
        }
        const english = manifestCommandLists('en');
        english.forEach((list, l) =>
          list.forEach((_, i) => {
            for (const part of ['title', 'description']) {
              const key = `bots[0].commandLists[${l}].commands[${i}].${part}`;
              assert.ok(loc[key], `${file} lacks ${key}`);
            }
          }),
        );
      });

      it('has no key for a command the manifest does not have', () => {
        const english = manifestCommandLists('en');
        for (const key of Object.keys(loc)) {
          const m = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\./.exec(key);
          if (m) assert.ok(english[Number(m[1])]?.[Number(m[2])], `${file}: ${key}`);
        }
      });
    });
  }

  it('the schema validator does reject an unknown key and a missing short name', () => {
    const problems = localizationSchemaProblems({
      'description.short': 'x',
      'description.full': 'y',
      'bots[0].oops': 'z',
    });
    assert.ok(
      problems.some((p) => p.includes('name.short')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.includes('bots[0].oops')),
      problems.join('\n'),
    );
  });

  it('gives French and Portuguese titles that differ from the English ones', () => {
    const en = manifestCommandLists('en')[0]!.map((c) => c.title);
    for (const language of ['fr', 'pt-br'] as const) {
      const titles = manifestCommandLists(language)[0]!.map((c) => c.title);
      titles.forEach((t, i) => assert.notEqual(t, en[i], `${language} title ${i}`));
    }
  });
});
