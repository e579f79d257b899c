/** The Action.Execute verbs of room booking, bookings and room agendas. */
export const ROOMS_VERBS = {
  /** Runs the room search again with the card's edited inputs. */
  roomsSearch: 'rooms.search',
  /** Books one room at one time (from a free room or a nearest free time). */
  roomsBook: 'rooms.book',
  /** Cancels one of the user's bookings. */
  roomsCancel: 'rooms.cancel',
  /** Shows the user's upcoming bookings. */
  roomsBookings: 'rooms.bookings',
  /** Shows one room's agenda for a day. */
  roomsAgenda: 'rooms.agenda',
} as const;
