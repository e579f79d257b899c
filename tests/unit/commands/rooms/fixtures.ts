/** Rooms and sources for the rooms unit tests. */
import type { Room } from '../../../../bot/commands/rooms/room';
import type { CronofyRoom, GraphRoom } from '../../../../bot/services';

export function room(id: string, fields: Partial<Room> = {}): Room {
  return {
    id: `cal_${id}`,
    calendarId: `cal_${id}`,
    sub: `res_${id}`,
    email: `${id}@rooms.example`,
    name: id,
    capacity: 4,
    equipment: [],
    wheelchairAccessible: false,
    ...fields,
  };
}

export function resource(id: string, fields: Partial<CronofyRoom> = {}): CronofyRoom {
  return {
    sub: `res_${id}`,
    calendarId: `cal_${id}`,
    email: `${id}@rooms.example`,
    name: id,
    capacity: null,
    ...fields,
  };
}

export function place(id: string, fields: Partial<GraphRoom> = {}): GraphRoom {
  return {
    id: `place-${id}`,
    email: `${id}@rooms.example`,
    displayName: id,
    capacity: null,
    floorNumber: null,
    wheelchairAccessible: false,
    tags: [],
    ...fields,
  };
}
