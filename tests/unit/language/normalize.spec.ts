import assert from 'node:assert/strict';
import { cleanText, originalSlice, prepare } from '../../../bot/language/normalize';

describe('cleaning what Teams sends', () => {
  it('removes the bot mention, HTML tags and entities', () => {
    assert.equal(cleanText('<at>Phone Bot</at> <p>call&nbsp;Alice &amp; Bob</p>'), 'call Alice & Bob');
  });

  it('removes emojis, skin tones, flags and invisible characters', () => {
    assert.equal(cleanText('📞 call\u200b Alice 👍🏽 🇫🇷'), 'call Alice');
  });

  it('turns line breaks and runs of spaces into single spaces', () => {
    assert.equal(cleanText('  mes\r\n\tappels \u00a0 manqués '), 'mes appels manqués');
  });

  it('decodes numeric entities', () => {
    assert.equal(cleanText('H&#233;l&#xE8;ne'), 'Hélène');
  });
});

describe('folding for matching', () => {
  it('matches without case, accents or typographic apostrophes, and maps back to the original', () => {
    const f = prepare('Présence d’Hélène ?');
    assert.equal(f.folded.trim(), "presence d'helene");
    const start = f.folded.indexOf('helene');
    assert.equal(originalSlice(f, start, start + 'helene'.length), 'Hélène');
  });

  it('keeps the full stop of an initial and drops the one that ends a sentence', () => {
    assert.equal(prepare('call A. Martin.').folded, 'call a. martin');
    assert.equal(prepare('call Martin A.').folded, 'call martin a.');
  });

  it('folds œ and ß into two letters', () => {
    assert.equal(prepare('Œuvre Straße').folded, 'oeuvre strasse');
  });
});
