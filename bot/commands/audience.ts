/**
 * Who may read each command's answer. In a group chat or a team's channel every member reads what
 * the bot posts, guests included; an answer that holds personal data (the sender's or a
 * colleague's) or admin data goes to the sender in the 1:1 chat instead, and the shared
 * conversation gets a short notice (router.ts does it, for typed text and for card buttons alike).
 *
 * Every intent and every verb is listed here: the records are typed over all intent kinds and all
 * verbs, so a new command does not compile until it says who may read its answer.
 *
 * - `anyone`: may be answered where it was asked. Only answers without personal data: help, small
 *   talk, not understood, and the room search (rooms, capacities, equipment and free times are the
 *   organisation's, as in Outlook's room finder; booking one is the sender's and goes 1:1).
 * - `sender`: answered 1:1. The call log, person cards (work, mobile and home numbers), speed dials,
 *   bookings and room agendas (other people's meetings), problem reports, everything admin, and
 *   presence: Teams shows a colleague's availability to everyone, but this card adds what only the
 *   phone system knows (the desk line ringing or connected, PBX and Mitel One states) and answers
 *   "whose number is this", so it is not posted where guests read.
 */
import { VERBS, type Verb } from '../../cards/verbs';
import type { IntentKind } from '../language/intents';
import type { ConversationType } from './turn';

export type Audience = 'anyone' | 'sender';

export const INTENT_AUDIENCE: Readonly<Record<IntentKind, Audience>> = {
  help: 'anyone',
  unknown: 'anyone',
  smallTalk: 'anyone',
  bookRoom: 'anyone',
  call: 'sender',
  presence: 'sender',
  myCalls: 'sender',
  speedDials: 'sender',
  myBookings: 'sender',
  roomAgenda: 'sender',
  reportProblem: 'sender',
  syncStatus: 'sender',
};

export const VERB_AUDIENCE: Readonly<Record<Verb, Audience>> = {
  // The help card's buttons stand for typed text: the command they run is classified as typed.
  [VERBS.helpShow]: 'anyone',
  [VERBS.helpStart]: 'anyone',
  [VERBS.helpCall]: 'anyone',
  [VERBS.roomsSearch]: 'anyone',
  [VERBS.callPlace]: 'sender',
  [VERBS.callStatus]: 'sender',
  [VERBS.callShow]: 'sender',
  [VERBS.callPresence]: 'sender',
  [VERBS.callSpeedDialAdd]: 'sender',
  [VERBS.callSpeedDialRemove]: 'sender',
  [VERBS.callsPage]: 'sender',
  [VERBS.roomsBook]: 'sender',
  [VERBS.roomsCancel]: 'sender',
  [VERBS.roomsBookings]: 'sender',
  [VERBS.roomsAgenda]: 'sender',
  [VERBS.adminSyncRefresh]: 'sender',
  [VERBS.adminSyncNow]: 'sender',
  [VERBS.adminSyncPeople]: 'sender',
  [VERBS.adminSyncMap]: 'sender',
  [VERBS.adminSyncMappings]: 'sender',
  [VERBS.adminSyncUnmap]: 'sender',
  [VERBS.adminSyncExport]: 'sender',
  [VERBS.adminSyncImport]: 'sender',
  [VERBS.adminReportSubmit]: 'sender',
  [VERBS.adminReportOpen]: 'sender',
  [VERBS.adminReportResolve]: 'sender',
};

/** The audience of a verb; one not listed (a crafted request) is answered 1:1 to be safe. */
export function verbAudience(verb: string): Audience {
  return Object.hasOwn(VERB_AUDIENCE, verb) ? VERB_AUDIENCE[verb as Verb] : 'sender';
}

/** Whether others than the sender read the conversation. */
export function isShared(type: ConversationType): boolean {
  return type !== 'personal';
}
