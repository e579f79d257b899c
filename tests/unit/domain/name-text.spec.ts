import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  deletions,
  editDistance,
  foldText,
  nameTokens,
  nameWords,
  typoAllowance,
} from '../../../bot/domain/name-text';

// The textbook optimal-string-alignment distance, as a reference for the fast one.
function reference(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('domain/name-text', () => {
  it('folds accents, case and typographic apostrophes', () => {
    assert.equal(foldText('Hélène D’Almeida'), "helene d'almeida");
    assert.equal(foldText('JOÃO ARAÚJO'), 'joao araujo');
    assert.equal(foldText('Æsa Øberg Straße'), 'aesa oberg strasse');
  });

  it('splits names into words and parts, and indexes every run of parts', () => {
    const words = nameWords("Hélène D'Almeida-Ferreira");
    assert.deepEqual(words, [
      { joined: 'helene', parts: ['helene'] },
      { joined: 'dalmeidaferreira', parts: ['d', 'almeida', 'ferreira'] },
    ]);
    assert.deepEqual(nameTokens(words).sort(), [
      'almeida',
      'almeidaferreira',
      'd',
      'dalmeida',
      'dalmeidaferreira',
      'ferreira',
      'helene',
    ]);
    assert.deepEqual(nameWords('  A.  Martin, '), [
      { joined: 'a', parts: ['a'] },
      { joined: 'martin', parts: ['martin'] },
    ]);
  });

  it('counts a transposition as one edit', () => {
    assert.equal(editDistance('alice', 'alcie'), 1);
    assert.equal(editDistance('martin', 'martni'), 1);
    assert.equal(editDistance('lefevre', 'lefebvre'), 1);
    assert.equal(editDistance('bob', 'bob'), 0);
  });

  it('agrees with the textbook distance, and stops early past the limit', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.nat(4), (a, b, limit) => {
        const exact = reference(a, b);
        assert.equal(editDistance(a, b), exact);
        assert.equal(editDistance(a, b, limit), exact <= limit ? exact : limit + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('allows no typo under four letters, one from four, two from eight', () => {
    assert.deepEqual([3, 4, 7, 8, 12].map(typoAllowance), [0, 1, 1, 2, 2]);
  });

  it('lists the deletion variants of a word', () => {
    assert.deepEqual([...deletions('abc', 1)].sort(), ['ab', 'abc', 'ac', 'bc']);
    assert.ok(deletions('abcd', 2).has('ad'));
  });
});
