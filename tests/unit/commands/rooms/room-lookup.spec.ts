import assert from 'node:assert/strict';
import { buildCatalogue } from '../../../../bot/commands/rooms/room-catalogue';
import { findRoom, resolveBuildings } from '../../../../bot/commands/rooms/room-lookup';
import { room } from './fixtures';

const catalogue = buildCatalogue(
  [
    room('a', { name: 'Fourvière', building: 'Lyon – Confluence' }),
    room('b', { name: 'Croix-Rousse', building: 'Lyon – Confluence' }),
    room('c', { name: 'Paulista', building: 'São Paulo – Vila Olímpia' }),
    room('d', { name: 'Board Room', building: 'London' }),
    room('e', { name: 'Board Room', building: 'Paris' }),
    room('f', { name: 'Huddle 1', building: 'Building B' }),
    room('g', { name: 'Huddle 2', building: 'Building B' }),
  ],
  new Date(),
);

describe('rooms: rooms and buildings named by the user', () => {
  it('finds a building by its exact name, or by words of it, without accents or dashes', () => {
    assert.deepEqual(resolveBuildings(catalogue, 'london'), ['London']);
    assert.deepEqual(resolveBuildings(catalogue, 'confluence'), ['Lyon – Confluence']);
    assert.deepEqual(resolveBuildings(catalogue, 'Sao Paulo'), ['São Paulo – Vila Olímpia']);
    assert.deepEqual(resolveBuildings(catalogue, 'B'), ['Building B']);
    assert.deepEqual(resolveBuildings(catalogue, 'Zeta'), []);
  });

  it('finds a room by its name, whatever the accents and case', () => {
    const found = findRoom(catalogue, 'fourviere');
    assert.equal(found.kind === 'found' && found.room.id, 'cal_a');
    const partial = findRoom(catalogue, 'croix');
    assert.equal(partial.kind === 'found' && partial.room.id, 'cal_b');
  });

  it('offers the rooms sharing a name to choose from', () => {
    const same = findRoom(catalogue, 'board room');
    assert.equal(same.kind, 'ambiguous');
    assert.deepEqual(same.kind === 'ambiguous' && same.rooms.map((r) => r.building), ['London', 'Paris']);
    const words = findRoom(catalogue, 'huddle');
    assert.equal(words.kind, 'ambiguous');
  });

  it('answers an unknown name with the closest names first', () => {
    const unknown = findRoom(catalogue, 'Paulistra');
    assert.equal(unknown.kind, 'unknown');
    assert.equal(unknown.kind === 'unknown' && unknown.closest[0]?.name, 'Paulista');
  });
});
