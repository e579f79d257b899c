/**
 * The data of a `call.place` button, shared by every card that offers to call someone (person
 * cards, speed dials, Call back in "my calls"). Never trusted as is: the handler re-reads the caller
 * from the channel and checks the number.
 */
export interface PlaceCallData {
  /** The number to call, E.164 (or an internal extension). */
  number: string;
  /** Which of the person's numbers it is, when known. */
  numberKind?: 'work' | 'mobile' | 'home' | 'extension' | 'other';
  /** The person called, when known (Person.key). */
  personKey?: string;
  /** The name to show ("Calling Alice (mobile)…"), when known. */
  name?: string;
  /** Unique per rendered button: the same click delivered twice places one call. */
  nonce: string;
}
