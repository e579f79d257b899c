/** Text in English, French or Brazilian Portuguese → one typed intent, whatever the user's locale. */
import type { Intent } from './intents';
import type { Locale } from './locale';
import { type Folded, prepare } from './normalize';
import { isGreetingOnly, stripPoliteness } from './politeness';
import { readMyCalls } from './read-calls';
import { readCall, readPresence, readSpeedDials } from './read-people';
import { readBookRoom, readRoomAgenda } from './read-rooms';
import { readSmallTalk } from './read-small-talk';
import { readHelp, readMyBookings, readReportProblem, readSyncStatus } from './read-simple';
import type { WhenContext } from './when';

export interface UnderstandContext extends WhenContext {
  /** The user's language; understanding does not depend on it (all three are read). */
  locale: Locale;
}

// Longer messages are not commands (and would only slow the patterns down).
const MAX_COMMAND_LENGTH = 500;

type Reader = (f: Folded, ctx: UnderstandContext) => Intent | undefined;

// Specific before general, so that "call history" is the call log and not a call to "history",
// "calls from Alice" is the call log, and "presence Alice" is not a call.
const READERS: readonly Reader[] = [
  readHelp,
  readReportProblem,
  readSyncStatus,
  readSpeedDials,
  readMyBookings,
  readRoomAgenda,
  readMyCalls,
  readBookRoom,
  readPresence,
  readCall,
];

/** What the user asked for. Anything not understood is `unknown`, with the cleaned text. */
export function understand(text: string, context: UnderstandContext): Intent {
  const raw = prepare(phoneEmojiAsCall(text));
  if (raw.original.length > MAX_COMMAND_LENGTH) return { kind: 'unknown', text: raw.original };
  // Before politeness is taken out: "merci !" alone is thanks, not an empty request.
  const smallTalk = readSmallTalk(raw, text);
  if (smallTalk) return smallTalk;
  const f = stripPoliteness(raw);
  if (f.folded.trim().length === 0 || isGreetingOnly(f)) return { kind: 'help' };
  for (const read of READERS) {
    const intent = read(f, context);
    if (intent) return intent;
  }
  return { kind: 'unknown', text: raw.original };
}

// "📞 Jérôme", "☎️ 2001", "📱 Ana": a phone at the start stands for "call".
const PHONE_EMOJI =
  /^\s*(?:\u{1F4DE}|\u260E\uFE0F?|\u{1F4F1}|\u{1F4F2}|\u{1F919})(?:\s|\u{1F3FB}|\u{1F3FC}|\u{1F3FD}|\u{1F3FE}|\u{1F3FF})*(?=\S)/u;

// Teams may wrap the text in HTML ("<p>📞 Jérôme</p>").
const LEADING_TAGS = /^(?:\s|<[^<>]{0,100}>)*/u;

function phoneEmojiAsCall(text: string): string {
  const tags = LEADING_TAGS.exec(text.slice(0, 300))?.[0].length ?? 0;
  const lead = PHONE_EMOJI.exec(text.slice(tags, tags + 16));
  return lead ? `call ${text.slice(tags + lead[0].length)}` : text;
}
