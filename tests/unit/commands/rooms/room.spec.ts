import assert from 'node:assert/strict';
import { joinRooms, placeEquipment } from '../../../../bot/commands/rooms/room';
import { place, resource } from './fixtures';

describe('rooms: joining Cronofy resources and Graph places', () => {
  it('joins a resource with the place of the same e-mail, whatever its case', () => {
    const [joined] = joinRooms(
      [resource('everest', { email: 'Everest@Rooms.Example', capacity: 6, building: 'Old', floor: 'G' })],
      [place('everest', { displayName: 'Everest', capacity: 12, building: 'Tower B', floorNumber: 3 })],
    );
    assert.deepEqual(
      { name: joined?.name, capacity: joined?.capacity, building: joined?.building, floor: joined?.floor },
      { name: 'Everest', capacity: 12, building: 'Tower B', floor: '3' },
    );
    assert.equal(joined?.sub, 'res_everest');
    assert.equal(joined?.id, 'cal_everest');
  });

  it("keeps a resource without a place, with Cronofy's own capacity and location", () => {
    const [joined] = joinRooms([resource('k2', { capacity: 8, building: 'Annexe', floor: '1' })], []);
    assert.equal(joined?.capacity, 8);
    assert.equal(joined?.building, 'Annexe');
    assert.equal(joined?.floor, '1');
    assert.deepEqual(joined?.equipment, []);
  });

  it('leaves out places without a calendar, and a calendar listed twice', () => {
    const rooms = joinRooms([resource('a'), resource('a')], [place('a'), place('b')]);
    assert.deepEqual(
      rooms.map((r) => r.id),
      ['cal_a'],
    );
  });

  it('reads equipment from the tags as organisations write them and from the device fields', () => {
    const found = placeEquipment(
      place('x', {
        tags: ['Whiteboard', 'Video Conference', 'écran', 'Wheelchair accessible'],
        audioDevice: 'Poly',
      }),
    );
    assert.deepEqual([...found].sort(), ['display', 'phone', 'videoConference', 'wheelchair', 'whiteboard']);
    const [joined] = joinRooms([resource('x')], [place('x', { tags: ['TV'], wheelchairAccessible: true })]);
    assert.deepEqual(joined?.equipment, ['display']);
    assert.equal(joined?.wheelchairAccessible, true);
  });
});
