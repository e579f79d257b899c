import assert from 'node:assert/strict';
import { choiceCardData, noMatchCardData, personDetails } from '../../../../bot/commands/call/choice-view';
import { en, person, pt } from './fixtures';

describe('choice card data', () => {
  const people = [
    person('a1', 'Alice Martin', { email: 'alice.martin@example.com', extension: '2001' }),
    person('a2', 'Alice Martin', { email: 'alice.martin2@example.com', extension: '3001' }),
  ];

  it('tells people of the same name apart by e-mail and extension', () => {
    assert.equal(personDetails(en, people[0]!), 'alice.martin@example.com · ext. 2001');
    assert.equal(personDetails(pt, { key: 'k', name: 'X', upn: 'x@example.com' }), 'x@example.com');
  });

  it('gives each row a button that carries the purpose and the number asked for', () => {
    const data = choiceCardData(en, people, 2, { query: 'Alice', purpose: 'call', numberKind: 'mobile' });
    assert.equal(data.title, 'Several people match “Alice”');
    assert.equal(data.intro, 'Which one do you mean?');
    assert.equal(data.footer, '');
    assert.deepEqual(data.rows[1], {
      name: 'Alice Martin',
      details: 'alice.martin2@example.com · ext. 3001',
      button: 'Choose',
      verb: 'call.show',
      data: { personKey: 'cl:a2', purpose: 'call', numberKind: 'mobile' },
    });
    const add = choiceCardData(pt, people, 2, { query: 'Alice', purpose: 'speedDialAdd' });
    assert.equal(add.intro, 'Quem devo adicionar à sua discagem rápida?');
    assert.deepEqual(add.rows[0]!.data, { personKey: 'cl:a1', purpose: 'speedDialAdd' });
  });

  it('says how many matched when more than the ten shown did', () => {
    const data = choiceCardData(en, people, 37, { query: 'Al', purpose: 'presence' });
    assert.equal(data.footer, 'Showing the 2 best of 37 matches: type more of the name to narrow it down.');
  });

  it('says nobody matched, offering the closest names when there are some', () => {
    const some = noMatchCardData(en, people.slice(0, 1), { query: 'Alicia', purpose: 'call' });
    assert.equal(some.title, 'No one matches “Alicia”');
    assert.equal(some.intro, 'Did you mean one of these?');
    assert.equal(some.rows.length, 1);
    const none = noMatchCardData(en, [], { query: 'Zorglub', purpose: 'call' });
    assert.equal(none.intro, '');
    assert.match(none.footer, /Check the spelling/);
  });
});
