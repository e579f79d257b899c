/** Who booked what: the booker's address on the room calendar, and whether an event is theirs. */
import { addressKey, type Person } from '../../people';
import type { CalendarEvent } from '../../services';

/** The address a booking is made in: the phone system's e-mail, else the Teams address. */
export function bookerAddress(person: Person): string | undefined {
  return person.email ?? person.upn ?? person.teamsMail;
}

/** Every address the person is known by (a booking made in Outlook may use any of them). */
export function addressesOf(person: Person): Set<string> {
  const keys = [person.email, person.upn, person.teamsMail].map(addressKey);
  return new Set(keys.filter((k): k is string => k !== undefined));
}

/** Whether the person organised the event. */
export function isOrganizer(event: CalendarEvent, addresses: ReadonlySet<string>): boolean {
  const key = addressKey(event.organizerEmail);
  return key !== undefined && addresses.has(key);
}
