import assert from 'node:assert/strict';
import {
  Directory,
  MAX_MATCHES,
  type DirectoryEntry,
  type SearchResult,
} from '../../../bot/domain/directory';

const PEOPLE: DirectoryEntry[] = [
  {
    id: 'p01',
    name: 'Alice Martin',
    email: 'alice.martin@contoso.fr',
    extension: '2001',
    phones: { work: '+33123456789', mobile: '+33612345678' },
  },
  { id: 'p02', name: 'Alice Dubois', extension: '2002', phones: { work: '+33123456790' } },
  { id: 'p03', name: 'Antoine Martin', extension: '2003', phones: {} },
  { id: 'p04', name: "Hélène D'Almeida-Ferreira", extension: '2004', phones: { mobile: '+5511987654321' } },
  { id: 'p05', name: 'Jean-Pierre Lefèvre', phones: { home: '+442079460958' } },
  { id: 'p06', name: 'João Araújo', phones: {} },
  { id: 'p07', name: 'Alice Martine-Dupont', phones: {} },
  { id: 'p08', name: 'Marc Dupont', phones: {} },
  { id: 'p09', name: 'Marcel Durand', phones: {} },
  { id: 'p10', name: 'Bob Stone', phones: { work: '+33199999999' } },
  { id: 'p11', name: 'Carla Stone', phones: { work: '+33199999999' } },
  { id: 'p12', name: 'Arnold Schwarzenegger', phones: {} },
  { id: 'p13', name: 'Zoé Müller', phones: {} },
];

function names(result: SearchResult): string[] {
  switch (result.kind) {
    case 'unique':
      return [result.match.name];
    case 'several':
      return result.matches.map((m) => m.name);
    case 'none':
      return result.suggestions.map((m) => m.name);
    case 'number':
      return result.match ? [result.match.name] : [];
  }
}

function expectUnique(directory: Directory, query: string, name: string): void {
  const result = directory.search(query);
  assert.equal(result.kind, 'unique', `"${query}" gave ${result.kind}: ${names(result).join(', ')}`);
  assert.deepEqual(names(result), [name]);
}

describe('domain/directory: Directory', () => {
  const directory = new Directory(PEOPLE, { defaultCountry: 'FR' });

  describe('names', () => {
    it('ignores accents and case', () => {
      expectUnique(directory, 'helene', "Hélène D'Almeida-Ferreira");
      expectUnique(directory, 'JOAO ARAUJO', 'João Araújo');
      expectUnique(directory, 'zoe muller', 'Zoé Müller');
      expectUnique(directory, 'lefevre', 'Jean-Pierre Lefèvre');
    });

    it('finds a full name in either order', () => {
      const straight = directory.search('Antoine Martin');
      const reversed = directory.search('martin antoine');
      assert.equal(straight.kind, 'unique');
      assert.deepEqual(reversed, straight);
      assert.equal(straight.kind === 'unique' && straight.matchedBy, 'fullName');
    });

    it('an exact full-name match beats partial matches', () => {
      // "Alice Martine-Dupont" also starts with these words.
      expectUnique(directory, 'Alice Martin', 'Alice Martin');
    });

    it('a first name shared by several people gives several, best first and in a stable order', () => {
      const result = directory.search('Alice');
      assert.equal(result.kind, 'several');
      assert.deepEqual(names(result), ['Alice Dubois', 'Alice Martin', 'Alice Martine-Dupont']);
      assert.equal(result.kind === 'several' && result.total, 3);
    });

    it('a surname alone finds everyone with it', () => {
      assert.deepEqual(names(directory.search('Martin')), ['Alice Martin', 'Antoine Martin']);
    });

    it('reads initials with a surname, with or without a dot, before or after', () => {
      assert.deepEqual(names(directory.search('A. Martin')), ['Alice Martin', 'Antoine Martin']);
      assert.deepEqual(names(directory.search('A Martin')), ['Alice Martin', 'Antoine Martin']);
      assert.deepEqual(names(directory.search('Martin A.')), ['Alice Martin', 'Antoine Martin']);
      expectUnique(directory, 'J.-P. Lefèvre', 'Jean-Pierre Lefèvre');
      expectUnique(directory, 'JP Lefevre', 'Jean-Pierre Lefèvre');
      expectUnique(directory, 'H. Almeida', "Hélène D'Almeida-Ferreira");
    });

    it('an initial must stand for another part of the name than the surname', () => {
      assert.equal(directory.search('M. Martin').kind, 'none');
    });

    it('finds hyphenated and apostrophe names by any of their usual spellings', () => {
      for (const query of [
        "D'Almeida",
        'd’almeida',
        'dalmeida',
        'almeida',
        'Almeida-Ferreira',
        'ferreira',
        'Hélène D Almeida Ferreira',
      ]) {
        expectUnique(directory, query, "Hélène D'Almeida-Ferreira");
      }
      expectUnique(directory, 'jean pierre', 'Jean-Pierre Lefèvre');
      expectUnique(directory, 'jeanpierre', 'Jean-Pierre Lefèvre');
      expectUnique(directory, 'Jean-Pierre Lefèvre', 'Jean-Pierre Lefèvre');
    });

    it('tolerates one typo in a word of four letters or more', () => {
      expectUnique(directory, 'Alcie Martin', 'Alice Martin');
      expectUnique(directory, 'Antoine Martn', 'Antoine Martin');
      expectUnique(directory, 'Lefebvre', 'Jean-Pierre Lefèvre');
      const result = directory.search('Mratin');
      assert.deepEqual(names(result), ['Alice Martin', 'Antoine Martin']);
      assert.equal(result.kind === 'several' && result.matchedBy, 'typo');
    });

    it('tolerates no typo in a short word, and two in a word of eight letters or more', () => {
      assert.equal(directory.search('Bbo').kind, 'none');
      expectUnique(directory, 'Schwartzeneger', 'Arnold Schwarzenegger');
      assert.equal(directory.search('Stnoo').kind, 'none');
    });

    it('an exact word beats a prefix, and a prefix beats a typo', () => {
      const exact = directory.search('Marc');
      assert.deepEqual(names(exact), ['Marc Dupont']);
      assert.equal(exact.kind === 'unique' && exact.matchedBy, 'exact');
      const prefix = directory.search('Marce');
      assert.deepEqual(names(prefix), ['Marcel Durand']);
      assert.equal(prefix.kind === 'unique' && prefix.matchedBy, 'prefix');
    });

    it('finds by the start of a name', () => {
      assert.deepEqual(names(directory.search('Dur')), ['Marcel Durand']);
      assert.deepEqual(names(directory.search('Ali Mar')), ['Alice Martin', 'Alice Martine-Dupont']);
    });

    it('when nobody matches, suggests the closest names, at most five', () => {
      const result = directory.search('Alice Zorglub');
      assert.equal(result.kind, 'none');
      const suggested = names(result);
      assert.ok(suggested.length > 0 && suggested.length <= 5);
      assert.ok(
        suggested.every((n) => n.startsWith('Alice')),
        suggested.join(', '),
      );
      // Both words close to Marc Dupont's, one word exact for Marcel Durand.
      const closest = names(directory.search('Duponte Marcel'));
      assert.equal(closest[0], 'Marc Dupont');
      assert.ok(closest.includes('Marcel Durand'));
    });

    it('suggests nobody for a name far from everyone', () => {
      assert.deepEqual(directory.search('Xyzzyq'), { kind: 'none', suggestions: [] });
      assert.deepEqual(directory.search('   '), { kind: 'none', suggestions: [] });
    });

    it('gives several at most ten matches, with the total', () => {
      const many = Array.from({ length: 14 }, (_, i) => ({
        id: `m${i}`,
        name: `Alice Person${i}`,
        phones: {},
      }));
      const result = new Directory(many).search('alice');
      assert.equal(result.kind, 'several');
      assert.equal(result.kind === 'several' && result.matches.length, MAX_MATCHES);
      assert.equal(result.kind === 'several' && result.total, 14);
    });

    it('people with the same name come out as several, by id', () => {
      const twins = new Directory([
        { id: 'b', name: 'Alice Martin', phones: {} },
        { id: 'a', name: 'ALICE MARTIN', phones: {} },
      ]);
      const result = twins.search('Alice Martin');
      assert.equal(result.kind, 'several');
      assert.deepEqual(result.kind === 'several' && result.matches.map((m) => m.id), ['a', 'b']);
    });

    it('gives the same answers whatever order the entries came in', () => {
      const shuffled = new Directory([...PEOPLE].reverse(), { defaultCountry: 'FR' });
      for (const query of ['Alice', 'A. Martin', 'Mratin', 'Alice Zorglub', 'Stone']) {
        assert.deepEqual(shuffled.search(query), directory.search(query), query);
      }
    });
  });

  describe('extensions, e-mails and numbers', () => {
    it('finds a person by extension', () => {
      const result = directory.search('2001');
      assert.equal(result.kind, 'unique');
      assert.equal(result.kind === 'unique' && result.matchedBy, 'extension');
      assert.equal(directory.byExtension('2004')?.id, 'p04');
      assert.equal(directory.byExtension('9999'), undefined);
      assert.deepEqual(directory.search('9999'), { kind: 'none', suggestions: [] });
    });

    it('finds a person by e-mail, ignoring case', () => {
      expectUnique(directory, 'Alice.Martin@Contoso.fr', 'Alice Martin');
    });

    it('reads numbers in any usual format and names their owner', () => {
      for (const query of [
        '+33 1 23 45 67 89',
        '01 23 45 67 89',
        '01.23.45.67.89',
        '0033 1 23 45 67 89',
        '+33 (0)1 23 45 67 89',
      ]) {
        const result = directory.search(query);
        assert.equal(result.kind, 'number', query);
        assert.equal(result.kind === 'number' && result.e164, '+33123456789');
        assert.equal(result.kind === 'number' && result.match?.id, 'p01', query);
      }
      const london = directory.search('+44 20 7946 0958');
      assert.equal(london.kind === 'number' && london.match?.id, 'p05');
    });

    it('a number nobody has is still a number to call', () => {
      assert.deepEqual(directory.search('06 00 00 00 01'), { kind: 'number', e164: '+33600000001' });
    });

    it('a number shared by two people names no owner', () => {
      const result = directory.search('01 99 99 99 99');
      assert.deepEqual(result, { kind: 'number', e164: '+33199999999' });
      assert.equal(directory.byNumber('+33199999999'), undefined);
      assert.deepEqual(
        directory.allByNumber('+33199999999').map((e) => e.id),
        ['p10', 'p11'],
      );
    });

    it('reads national numbers in the directory’s country', () => {
      const brazil = new Directory(PEOPLE, { defaultCountry: 'BR' });
      const result = brazil.search('(11) 98765-4321');
      assert.equal(result.kind === 'number' && result.match?.id, 'p04');
      assert.equal(brazil.byNumber('+55 11 98765 4321')?.id, 'p04');
    });

    it('finds by id, mobile and home numbers', () => {
      assert.equal(directory.byId('p06')?.name, 'João Araújo');
      assert.equal(directory.byId('nobody'), undefined);
      assert.equal(directory.byNumber('+33612345678')?.id, 'p01');
      assert.equal(directory.byNumber('+442079460958')?.id, 'p05');
    });

    it('keeps the caller’s own entry type', () => {
      const typed = new Directory([{ id: 'x', name: 'Eva Nowak', phones: {}, admin: true }]);
      const result = typed.search('eva');
      assert.equal(result.kind === 'unique' && result.match.admin, true);
    });
  });

  describe('a directory of 5,000 people', () => {
    const FIRST = [
      'Alice',
      'Bruno',
      'Céline',
      'Damien',
      'Élodie',
      'François',
      'Gaëlle',
      'Hugo',
      'Inès',
      'Jérôme',
      'João',
      'Maria',
    ];
    const SYLLABLES = [
      'ma',
      'ri',
      'lo',
      'be',
      'nar',
      'du',
      'bois',
      'fer',
      'rei',
      'san',
      'tos',
      'vre',
      'reau',
      'gi',
      'rard',
      'vid',
    ];
    let state = 42;
    // A small deterministic generator (mulberry32) so the directory is the same on every run.
    const random = (n: number): number => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const surname = (): string => {
      let s = '';
      for (let i = 0, n = 2 + random(3); i < n; i++) s += SYLLABLES[random(SYLLABLES.length)];
      return s[0]!.toUpperCase() + s.slice(1);
    };
    const people: DirectoryEntry[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `u${String(i).padStart(4, '0')}`,
      name: `${FIRST[random(FIRST.length)]} ${surname()}${random(8) === 0 ? `-${surname()}` : ''}`,
      extension: String(10000 + i),
      phones: { work: `+3314${String(1000000 + i).slice(1)}00` },
    }));
    const big = new Directory(people, { defaultCountry: 'FR' });

    it('finds every sampled person by full name, among their namesakes', () => {
      for (let i = 0; i < 5000; i += 97) {
        const person = people[i]!;
        const result = big.search(person.name);
        const namesakes = people.filter((p) => p.name === person.name).length;
        if (namesakes === 1)
          assert.equal(result.kind === 'unique' && result.match.id, person.id, person.name);
        else assert.ok(result.kind === 'several' && result.total === namesakes, person.name);
      }
    });

    it('finds people by extension, number, initial and typo', () => {
      const person = people[1234]!;
      assert.equal(big.byExtension('11234')?.id, person.id);
      assert.equal(big.byNumber(person.phones.work!)?.id, person.id);
      const [first, last] = person.name.split(' ') as [string, string];
      const initial = big.search(`${first[0]}. ${last}`);
      assert.ok(names(initial).includes(person.name));
      const typo = last.slice(0, 2) + last[3] + last[2] + last.slice(4);
      const fuzzy = big.search(`${first} ${typo}`);
      assert.ok(fuzzy.kind === 'unique' || fuzzy.kind === 'several');
      assert.ok(
        names(fuzzy).includes(person.name) || (fuzzy.kind === 'several' && fuzzy.total > MAX_MATCHES),
      );
    });

    it('answers a common first name with several, capped, and a stranger with suggestions', () => {
      const result = big.search('Alice');
      assert.equal(result.kind, 'several');
      assert.equal(result.kind === 'several' && result.matches.length, MAX_MATCHES);
      assert.ok(result.kind === 'several' && result.total > 100);
      const none = big.search('Alice Qwxyzt');
      assert.equal(none.kind, 'none');
    });
  });
});
