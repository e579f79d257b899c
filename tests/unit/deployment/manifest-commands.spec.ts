import assert from 'node:assert/strict';
import { understand } from '../../../bot/language/understand';
import type { Locale } from '../../../bot/language/locale';
import {
  manifestCommandSamples,
  manifestCommandTitles,
  MANIFEST_LANGUAGES,
  sampleUtterance,
  type ManifestLanguage,
} from '../../../deployment/manifest-commands';

const LOCALE: Record<ManifestLanguage, Locale> = { en: 'en', fr: 'fr', 'pt-br': 'pt-BR' };
const context = (language: ManifestLanguage) => ({
  now: new Date('2026-11-23T09:00:00Z'),
  timeZone: 'Europe/Paris',
  locale: LOCALE[language],
});

describe('Teams app manifest commands and the bot language', () => {
  it('offers ten distinct command titles in each language', () => {
    for (const language of MANIFEST_LANGUAGES)
      assert.equal(manifestCommandTitles(language).length, 10, language);
  });

  it('replaces a title placeholder with a sample name', () => {
    assert.equal(sampleUtterance('call <name>', 'Hélène Dubois'), 'call Hélène Dubois');
    assert.equal(sampleUtterance('ligar para <nome>'), 'ligar para Alice Martin');
  });

  for (const sample of manifestCommandSamples('Hélène Dubois')) {
    it(`understands the ${sample.language} menu command "${sample.title}" as ${sample.intent}`, () => {
      const intent = understand(sample.utterance, context(sample.language));
      assert.notEqual(intent.kind, 'unknown', `"${sample.utterance}" was not understood`);
      assert.equal(intent.kind, sample.intent, `"${sample.utterance}"`);
    });
  }

  it('reads "missed calls" in every language as the call log filtered on missed calls', () => {
    for (const sample of manifestCommandSamples().filter((s) =>
      ['missed calls', 'appels manqués', 'chamadas perdidas'].includes(s.title),
    )) {
      const intent = understand(sample.utterance, context(sample.language));
      assert.ok(
        intent.kind === 'myCalls' && intent.filter === 'missed',
        `${sample.utterance}: ${JSON.stringify(intent)}`,
      );
    }
  });

  it('reads a call or presence command with the sample name as the target', () => {
    for (const sample of manifestCommandSamples('Hélène Dubois').filter(
      (s) => s.intent === 'call' || s.intent === 'presence',
    )) {
      const intent = understand(sample.utterance, context(sample.language));
      assert.ok(
        (intent.kind === 'call' || intent.kind === 'presence') &&
          intent.target.kind === 'name' &&
          intent.target.text.toLowerCase().includes('dubois'),
        `${sample.utterance}: ${JSON.stringify(intent)}`,
      );
    }
  });
});
