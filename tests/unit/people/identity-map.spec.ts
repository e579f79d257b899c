import assert from 'node:assert/strict';
import { IdentityMapStore, mappingsToCsv, parseMappingsCsv } from '../../../bot/people/identity-map';
import { JsonStore } from '../../../bot/state/json-store';
import { MemoryDocumentStorage } from '../../../bot/state/memory-storage';

function store(): IdentityMapStore {
  return new IdentityMapStore(new JsonStore(new MemoryDocumentStorage()));
}

describe('the identity map the bot keeps', () => {
  it('adds a mapping once, and refuses an address already mapped to someone else', async () => {
    const map = store();
    assert.deepEqual(await map.add({ upn: 'a@t.com', email: 'a@p.fr' }), { kind: 'added' });
    assert.deepEqual(await map.add({ upn: 'A@T.com', email: 'a@p.fr' }), { kind: 'same' });
    assert.deepEqual(await map.add({ upn: 'b@t.com', email: 'A@p.fr' }), {
      kind: 'taken',
      mapping: { upn: 'a@t.com', email: 'a@p.fr' },
    });
    assert.deepEqual(await map.mappings(), [{ upn: 'a@t.com', email: 'a@p.fr' }]);
  });

  it('removes a mapping whatever the case of its addresses, and says when there was none', async () => {
    const map = store();
    await map.add({ upn: 'a@t.com', email: 'a@p.fr' });
    assert.equal(await map.remove({ upn: 'A@t.com', email: 'a@P.fr' }), true);
    assert.equal(await map.remove({ upn: 'a@t.com', email: 'a@p.fr' }), false);
    assert.deepEqual(await map.mappings(), []);
  });

  it('records what a sync applied, lower case, sorted, each address once', async () => {
    const map = store();
    const at = new Date('2026-12-01T10:00:00Z');
    await map.recordSync(at, ['B@p.fr', 'a@p.fr', 'b@p.fr']);
    assert.deepEqual((await map.read()).lastSync, { at: at.toISOString(), addresses: ['a@p.fr', 'b@p.fr'] });
  });

  it('seeds a first document only when there is none', async () => {
    const map = store();
    assert.equal(await map.seed({ mappings: [{ upn: 'x@t.com', email: 'x@p.fr' }], lastSync: null }), true);
    assert.equal(await map.seed({ mappings: [], lastSync: null }), false);
    assert.equal((await map.mappings()).length, 1);
  });
});

describe('the manual sync CSV', () => {
  it('exports the template header then one quoted-when-needed line per mapping', () => {
    assert.equal(
      mappingsToCsv([
        { upn: 'a@t.com', email: 'a@p.fr' },
        { upn: 'o"neil@t.com', email: 'b,c@p.fr' },
      ]),
      'Teams UPN,Phone system e-mail\r\na@t.com,a@p.fr\r\n"o""neil@t.com","b,c@p.fr"\r\n',
    );
  });

  it('reads what it exports, either column order, commas or semicolons, skipping blank lines', () => {
    const rows = [
      { upn: 'a@t.com', email: 'a@p.fr' },
      { upn: 'o"neil@t.com', email: 'b,c@p.fr' },
    ];
    assert.deepEqual(
      parseMappingsCsv(mappingsToCsv(rows))?.map(({ upn, email }) => ({ upn, email })),
      rows,
    );
    assert.deepEqual(parseMappingsCsv('\uFEFFemail;upn\n\nx@p.fr;x@t.com\n'), [
      { line: 3, upn: 'x@t.com', email: 'x@p.fr' },
    ]);
  });

  it('refuses a text whose first line is not the template header', () => {
    assert.equal(parseMappingsCsv('a@t.com,a@p.fr\n'), null);
    assert.equal(parseMappingsCsv(''), null);
  });

  it('imports the lines that are two addresses and names the others by line', async () => {
    const map = store();
    await map.add({ upn: 'taken@t.com', email: 'z@p.fr' });
    const rows = parseMappingsCsv(
      'Teams UPN,Phone system e-mail\na@t.com,a@p.fr\nnot an address,x\ntaken@t.com,q@p.fr\na@t.com,a@p.fr\n',
    )!;
    assert.deepEqual(await map.import(rows), {
      added: 1,
      unchanged: 0,
      refused: [
        { line: 3, reason: 'notAddresses' },
        { line: 4, reason: 'taken' },
        { line: 5, reason: 'repeated' },
      ],
    });
  });
});
