/** The Action.Execute verbs of room booking, bookings and room agendas. */
export const ROOMS_VERBS = {} as const;
