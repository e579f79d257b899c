import assert from 'node:assert/strict';
import { findTarget, targetText } from '../../../../bot/commands/call/find-target';
import { person, snapshotOf } from './fixtures';

describe('finding whom the user means', () => {
  const people = snapshotOf([
    person('alice', 'Alice Martin', {
      extension: '2001',
      phones: { work: '+33123452001', mobile: '+33612342001' },
    }),
    person('alice-b', 'Alice Bernard', { extension: '2002' }),
    person('helene', "Hélène D'Almeida-Ferreira", { extension: '2003' }),
    person('shared-1', 'Sam One', { phones: { work: '+33100000000' } }),
    person('shared-2', 'Sam Two', { phones: { work: '+33100000000' } }),
  ]);

  it('finds one person by name, surname, initials, a typo or an extension', () => {
    for (const target of [
      { kind: 'name' as const, text: 'alice martin' },
      { kind: 'name' as const, text: 'A. Martin' },
      { kind: 'name' as const, text: 'Alicce Martin' },
      { kind: 'name' as const, text: 'Martin' },
      { kind: 'extension' as const, extension: '2001' },
    ]) {
      const found = findTarget(people, target, 'FR');
      assert.equal(found.kind, 'person', targetText(target));
      assert.equal(found.kind === 'person' && found.person.key, 'cl:alice');
    }
    const helene = findTarget(people, { kind: 'name', text: 'helene dalmeida' }, 'FR');
    assert.equal(helene.kind === 'person' && helene.person.name, "Hélène D'Almeida-Ferreira");
  });

  it('returns the candidates when several match, and the closest names when none does', () => {
    const several = findTarget(people, { kind: 'name', text: 'Alice' }, 'FR');
    assert.equal(several.kind, 'several');
    assert.deepEqual(several.kind === 'several' && several.people.map((p) => p.key), [
      'cl:alice-b',
      'cl:alice',
    ]);
    const none = findTarget(people, { kind: 'name', text: 'Alixandre Martine' }, 'FR');
    assert.equal(none.kind, 'none');
    assert.ok(none.kind === 'none' && none.suggestions.some((p) => p.key === 'cl:alice'));
  });

  it('reads numbers in any usual format, naming the owner and which number it is', () => {
    for (const raw of ['+33 6 12 34 20 01', '06 12 34 20 01', '06.12.34.20.01', '0033612342001']) {
      const found = findTarget(people, { kind: 'number', raw }, 'FR');
      assert.equal(found.kind, 'number', raw);
      if (found.kind !== 'number') continue;
      assert.equal(found.e164, '+33612342001');
      assert.equal(found.owner?.person.key, 'cl:alice');
      assert.equal(found.owner?.numberKind, 'mobile');
    }
  });

  it('names no owner for a number nobody, or several people, have', () => {
    assert.deepEqual(findTarget(people, { kind: 'number', raw: '+44 20 7946 0000' }, 'FR'), {
      kind: 'number',
      e164: '+442079460000',
    });
    assert.deepEqual(findTarget(people, { kind: 'number', raw: '01 00 00 00 00' }, 'FR'), {
      kind: 'number',
      e164: '+33100000000',
    });
  });

  it('tells an unknown extension and unreadable digits apart', () => {
    assert.deepEqual(findTarget(people, { kind: 'extension', extension: '9999' }, 'FR'), {
      kind: 'unknownExtension',
      extension: '9999',
    });
    assert.deepEqual(findTarget(people, { kind: 'number', raw: '12345678901234567' }, 'FR'), {
      kind: 'unreadableNumber',
      raw: '12345678901234567',
    });
  });

  it('shows at most ten of many namesakes, best first, and counts them all', () => {
    const many = snapshotOf(
      Array.from({ length: 5000 }, (_, i) =>
        person(`p${i}`, i < 40 ? `Martin Number${i}` : `Person${i} Surname${i % 97}`, {
          extension: String(10000 + i),
        }),
      ),
    );
    const found = findTarget(many, { kind: 'name', text: 'Martin' }, 'FR');
    assert.equal(found.kind, 'several');
    assert.equal(found.kind === 'several' && found.people.length, 10);
    assert.equal(found.kind === 'several' && found.total, 40);
    const one = findTarget(many, { kind: 'name', text: 'Person4321' }, 'FR');
    assert.equal(one.kind === 'person' && one.person.key, 'cl:p4321');
    const byExtension = findTarget(many, { kind: 'extension', extension: '14999' }, 'FR');
    assert.equal(byExtension.kind === 'person' && byExtension.person.key, 'cl:p4999');
  });
});
