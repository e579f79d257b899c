/** What the user asked for, with typed parameters: the output of `understand()`. */

/** Who to call, look up or add: a name as typed, an internal extension, or an outside number. */
export type Target =
  { kind: 'name'; text: string } | { kind: 'extension'; extension: string } | { kind: 'number'; raw: string };

/** Which of a person's numbers the user named ("on her mobile", "no celular"). */
export type NumberKind = 'work' | 'mobile' | 'home';

/** What a message of small talk was: thanks, a goodbye, "how are you", or "ok". */
export type SmallTalkTopic = 'thanks' | 'bye' | 'howAreYou' | 'ack';

export type CallFilter = 'all' | 'missed' | 'incoming' | 'outgoing';
export type CallPeriod = 'today' | 'yesterday' | 'week';

export type Equipment = 'display' | 'videoConference' | 'whiteboard' | 'phone' | 'wheelchair';
export const EQUIPMENT: readonly Equipment[] = [
  'display',
  'videoConference',
  'whiteboard',
  'phone',
  'wheelchair',
];

/** Why a date or time cannot be used as given. */
export type WhenError = 'pastTime' | 'endBeforeStart' | 'impossibleDate';

export type PartOfDay = 'morning' | 'afternoon' | 'evening';

/** What was read as a date, a time or a duration, so that a card can say what it understood. */
export interface WhenUnderstood {
  /** The words read as dates, times or durations, in the user's own spelling. */
  phrases: string[];
  /** A day was named (today, tomorrow, Monday, 25/12…). */
  hasDate: boolean;
  /** A time of day was named (14h, 2pm, now, morning…). Without one, `start` is the day's start (or now, today). */
  hasTime: boolean;
  partOfDay?: PartOfDay;
  /** The start, in the user's time zone: `yyyy-MM-dd` and `HH:mm`. */
  date?: string;
  time?: string;
  /** The end time of a range ("from 2 to 4pm"), `HH:mm`. */
  endTime?: string;
}

export interface BookRoomIntent {
  kind: 'bookRoom';
  start?: Date;
  durationMinutes?: number;
  people?: number;
  equipment: Equipment[];
  building?: string;
  when?: WhenUnderstood;
  errors?: WhenError[];
}

export type SpeedDialsIntent =
  | { kind: 'speedDials'; action: 'list' }
  | { kind: 'speedDials'; action: 'add'; target: Target }
  | { kind: 'speedDials'; action: 'remove'; target: Target };

export type Intent =
  | { kind: 'help' }
  | { kind: 'unknown'; text: string }
  | { kind: 'smallTalk'; topic: SmallTalkTopic }
  | { kind: 'call'; target: Target; numberKind?: NumberKind }
  | { kind: 'presence'; target: Target }
  | { kind: 'myCalls'; filter: CallFilter; peer?: string; period?: CallPeriod }
  | { kind: 'syncStatus' }
  | BookRoomIntent
  | { kind: 'myBookings' }
  | { kind: 'roomAgenda'; room: string; day?: Date }
  | SpeedDialsIntent
  | { kind: 'reportProblem'; description?: string };

export type IntentKind = Intent['kind'];

/** The intent of one kind, e.g. `IntentOf<'call'>`. */
export type IntentOf<K extends IntentKind> = Extract<Intent, { kind: K }>;
