/**
 * A bookable room as the rooms commands see it: the Cronofy resource (its calendar and its
 * availability id) joined by e-mail with the Graph place (capacity, building, floor, equipment).
 */
import { equipmentKey, type BookableRoom } from '../../domain/booking';
import type { Equipment } from '../../language/intents';
import type { CronofyRoom, GraphRoom } from '../../services';

export interface Room extends BookableRoom {
  /** The room's calendar id: the room's identity in buttons and bookings. */
  id: string;
  calendarId: string;
  /** Cronofy's resource id, for availability queries. */
  sub: string;
  email: string;
  name: string;
  /** 0 when neither source knows it. */
  capacity: number;
  /** Equipment other than wheelchair access (which is `wheelchairAccessible`). */
  equipment: Exclude<Equipment, 'wheelchair'>[];
  building?: string;
  floor?: string;
  wheelchairAccessible: boolean;
}

// Place tags as organisations write them, compared by equipmentKey.
const TAGS: ReadonlyArray<[Equipment, RegExp]> = [
  ['display', /^(display|screen|tv|television|monitor|projector|beamer|ecran|tela)s?$/],
  ['videoConference', /^(videoconferenc(e|ing)|video|vc|teamsrooms?|camera|webcam|visio(conference)?)s?$/],
  ['whiteboard', /^(whiteboard|tableaublanc|quadrobranco|flipchart|paperboard)s?$/],
  ['phone', /^(phone|conferencephone|speakerphone|audio|telephone|telefone)s?$/],
  ['wheelchair', /^(wheelchair(accessible)?|accessible|pmr|stepfree)$/],
];

/** The equipment a Graph place advertises through its tags and its device fields. */
export function placeEquipment(place: GraphRoom): Set<Equipment> {
  const found = new Set<Equipment>();
  for (const tag of place.tags) {
    const key = equipmentKey(tag);
    for (const [name, pattern] of TAGS) if (pattern.test(key)) found.add(name);
  }
  if (place.displayDevice) found.add('display');
  if (place.videoDevice) found.add('videoConference');
  if (place.audioDevice) found.add('phone');
  if (place.wheelchairAccessible) found.add('wheelchair');
  return found;
}

const ORDER: readonly Exclude<Equipment, 'wheelchair'>[] = [
  'display',
  'videoConference',
  'whiteboard',
  'phone',
];

/**
 * The rooms that can be booked: every Cronofy resource (it has the calendar), with the Graph
 * place of the same e-mail for its metadata when there is one. Graph places without a calendar
 * cannot be booked and are left out.
 */
export function joinRooms(resources: readonly CronofyRoom[], places: readonly GraphRoom[]): Room[] {
  const byEmail = new Map<string, GraphRoom>();
  for (const place of places) {
    const key = place.email.trim().toLowerCase();
    if (!byEmail.has(key)) byEmail.set(key, place);
  }
  const seen = new Set<string>();
  const rooms: Room[] = [];
  for (const resource of resources) {
    if (seen.has(resource.calendarId)) continue;
    seen.add(resource.calendarId);
    const place = byEmail.get(resource.email.trim().toLowerCase());
    const equipment = place ? placeEquipment(place) : new Set<Equipment>();
    const building = place?.building ?? resource.building;
    const floor =
      place?.floorNumber !== null && place?.floorNumber !== undefined
        ? String(place.floorNumber)
        : resource.floor;
    rooms.push({
      id: resource.calendarId,
      calendarId: resource.calendarId,
      sub: resource.sub,
      email: resource.email,
      name: place?.displayName ?? resource.name,
      capacity: place?.capacity ?? resource.capacity ?? 0,
      equipment: ORDER.filter((e) => equipment.has(e)),
      ...(building ? { building } : {}),
      ...(floor ? { floor } : {}),
      wheelchairAccessible: equipment.has('wheelchair'),
    });
  }
  return rooms;
}
