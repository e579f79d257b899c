/**
 * The Action.Execute verbs of call, presence and speed dials.
 * `call.place` is also used by other areas (Call back in "my calls"); its data is
 * `PlaceCallData` (bot/commands/call/place-call-data.ts).
 */
export const CALL_VERBS = {
  callPlace: 'call.place',
  /** The progress of a placed call (the card's refresh and its Refresh button). */
  callStatus: 'call.status',
  /** A person chosen on a choice card: `{ personKey, purpose, numberKind? }`. */
  callShow: 'call.show',
  /** The presence details of a person: `{ personKey }`. */
  callPresence: 'call.presence',
  /** Adds a person to the clicker's speed dials: `{ personKey }`. */
  callSpeedDialAdd: 'call.speedDialAdd',
  /** Removes a person from the clicker's speed dials: `{ personKey }`. */
  callSpeedDialRemove: 'call.speedDialRemove',
} as const;
