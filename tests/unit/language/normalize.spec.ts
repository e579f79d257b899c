import assert from 'node:assert/strict';
import {
  MAX_READ_CHARS,
  cleanText,
  cutText,
  fold,
  originalSlice,
  prepare,
  trimPunctuation,
} from '../../../bot/language/normalize';

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

describe('reading very long or adversarial text', () => {
  // Each of these made one step of the reading quadratic: 100,000 characters took seconds to
  // minutes. Read linearly, each takes milliseconds; the bound below is generous (hundreds of
  // times the linear cost) so that only a return to quadratic work can cross it.
  const adversarial: Record<string, string> = {
    'unclosed tags': '<a'.repeat(50_000),
    'unclosed mentions': '<at>'.repeat(25_000),
    'closings without openings': '</at>'.repeat(20_000),
    'numeric entities without a semicolon': '&#1'.repeat(33_334),
    'ellipses between words': 'show…x'.repeat(16_667),
    'combining marks': 'e\u0301'.repeat(50_000),
    'one endless word': 'x'.repeat(100_000),
    ampersands: '&'.repeat(100_000),
    'initials and full stops': 'a. '.repeat(33_334),
    'punctuation then a letter': `${'…'.repeat(99_999)}x`,
    'quotes after spaces': ` ${"'".repeat(99_998)}x`,
  };

  for (const [kind, text] of Object.entries(adversarial)) {
    it(`cleans and trims 100,000 characters of ${kind} in linear time`, () => {
      const started = performance.now();
      const cleaned = trimPunctuation(cleanText(text));
      fold(cleaned);
      assert.ok(performance.now() - started < 1500, `took ${Math.round(performance.now() - started)} ms`);
    });
  }

  it('reads at most the first 1,000 characters of a message', () => {
    const long = `appelle Alice ${'z'.repeat(5000)}`;
    const read = prepare(long);
    assert.ok(read.original.length <= MAX_READ_CHARS);
    assert.equal(read.original, prepare(long.slice(0, MAX_READ_CHARS)).original);
    assert.ok(read.folded.startsWith('appelle alice '));
  });

  it('never cuts a character in two at the limit', () => {
    const text = `${'a'.repeat(MAX_READ_CHARS - 1)}😀 and more`;
    const cut = cutText(text);
    assert.equal(cut, 'a'.repeat(MAX_READ_CHARS - 1));
    assert.ok(!/[\ud800-\udbff]$/.test(cut));
  });

  it('trims as before: initials kept, stray punctuation and hanging quotes gone', () => {
    assert.equal(trimPunctuation('  « Alice »!! '), 'Alice');
    assert.equal(trimPunctuation('J.-P. Durand.'), 'J.-P. Durand');
    assert.equal(trimPunctuation('Jean A.'), 'Jean A.');
    assert.equal(trimPunctuation("'Alice'"), 'Alice');
    assert.equal(trimPunctuation("' Alice"), 'Alice');
    assert.equal(trimPunctuation("Alice '"), 'Alice');
    assert.equal(trimPunctuation("O'Brien"), "O'Brien");
    assert.equal(trimPunctuation('Hélène .'), 'Hélène');
  });

  it('removes mentions, and leaves text that only looks like one', () => {
    assert.equal(cleanText('<at>Bot</at> call <at id="1">Alice</at> now'), 'call now');
    assert.equal(cleanText('<atom> call Alice'), 'call Alice');
    assert.equal(cleanText('call <at>Alice'), 'call Alice');
  });
});
