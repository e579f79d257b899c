/**
 * The Action.Execute verbs of call, presence and speed dials.
 * `call.place` is also used by other areas (Call back in "my calls"); its data is
 * `PlaceCallData` (bot/commands/call/place-call-data.ts).
 */
export const CALL_VERBS = {
  callPlace: 'call.place',
} as const;
