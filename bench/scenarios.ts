/**
 * What the benchmarks say to the bot: one scenario per text command (the phrasing of the issue),
 * and the mix of phrasings, in the three languages, that the memory and load runs keep sending.
 */
import type { RevealedPerson } from './host-protocol';
import type { TurnText } from './turn-driver';

export interface Cast {
  /** People who speak (one conversation each). */
  speakers: readonly RevealedPerson[];
  /** People whose names are typed ("call <Full Name>"). */
  targets: readonly RevealedPerson[];
}

export interface CommandScenario {
  /** Short name, also the BENCH_ONLY filter (spaces as dashes). */
  name: string;
  /** What is typed, as shown in the table. */
  label: string;
  /** Only admins may run it: spoken by the tenant's admins. */
  adminOnly?: boolean;
  /** The help card is the expected answer (help itself, text not understood). */
  answersHelp?: boolean;
  /** The k-th message of the conversation of worker `w`. */
  message(w: number, k: number, cast: Cast): TurnText;
  /** Settings of a bot of its own for this scenario (as in .env); the shared bot runs the defaults. */
  settings?: Record<string, string>;
}

/** The k-th target of worker w, never the speaker themselves. */
export function targetFor(w: number, k: number, cast: Cast, speaker?: RevealedPerson): RevealedPerson {
  const { targets } = cast;
  if (targets.length === 0) throw new Error('no targets revealed');
  let i = (w * 7 + k) % targets.length;
  if (targets[i]!.id === speaker?.id) i = (i + 1) % targets.length;
  return targets[i]!;
}

const text = (value: string, locale?: string) => (): TurnText => ({ text: value, locale });

export const BOOK_A_ROOM = 'book a room tomorrow at 10am for 1 hour for 4 people';

/** The text commands, foundation first. */
export const COMMAND_SCENARIOS: readonly CommandScenario[] = [
  { name: 'help', label: 'help', answersHelp: true, message: text('help') },
  {
    name: 'unknown-text',
    label: 'unknown text',
    answersHelp: true,
    message: text('what is the weather like on Mars'),
  },
  {
    name: 'call',
    label: 'call <Full Name>',
    message: (w, k, cast) => ({
      text: `call ${targetFor(w, k, cast, cast.speakers[w % cast.speakers.length]).name}`,
    }),
  },
  {
    name: 'presence',
    label: 'presence <Full Name>',
    message: (w, k, cast) => ({
      text: `presence ${targetFor(w, k, cast, cast.speakers[w % cast.speakers.length]).name}`,
    }),
  },
  { name: 'speed-dials', label: 'speed dials', message: text('speed dials') },
  { name: 'my-calls', label: 'my calls', message: text('my calls') },
  { name: 'book-room', label: BOOK_A_ROOM, message: text(BOOK_A_ROOM) },
  { name: 'my-bookings', label: 'my bookings', message: text('my bookings') },
  {
    name: 'sync-status',
    label: 'sync status (admin, reading ≤ 30 s old)',
    adminOnly: true,
    message: text('sync status'),
  },
  {
    // What Refresh costs, and a typed ask when the last reading is older than 30 s.
    name: 'sync-status-fresh',
    label: 'sync status (admin, sources read every turn)',
    adminOnly: true,
    message: text('sync status'),
    settings: { SYNC_STATUS_MAX_AGE_SECONDS: '0' },
  },
  { name: 'report-problem', label: 'report a problem', message: text('report a problem') },
];

/** What the echo bot is told. */
export const ECHO_MESSAGE: TurnText = { text: 'hello there' };

type Phrasing = (target: string) => TurnText;

/** The mix of the memory and load runs: every command, in English, French and Portuguese. */
export const MIX: readonly Phrasing[] = [
  () => ({ text: 'help' }),
  (target) => ({ text: `call ${target}` }),
  () => ({ text: 'my calls' }),
  (target) => ({ text: `appeler ${target}`, locale: 'fr-FR' }),
  () => ({ text: BOOK_A_ROOM }),
  (target) => ({ text: `presence ${target}` }),
  () => ({ text: 'chamadas perdidas', locale: 'pt-BR' }),
  () => ({ text: 'my bookings' }),
  () => ({ text: 'speed dials' }),
  () => ({ text: 'réserver une salle demain à 14h pendant 1h pour 6 personnes', locale: 'fr-FR' }),
  () => ({ text: 'mes appels', locale: 'fr-FR' }),
  () => ({ text: 'report a problem' }),
  () => ({ text: 'minhas reservas', locale: 'pt-BR' }),
  () => ({ text: 'what is the weather like on Mars' }),
];

/** What admins say besides. */
export const ADMIN_MIX: readonly Phrasing[] = [
  () => ({ text: 'sync status' }),
  () => ({ text: 'état de la synchronisation', locale: 'fr-FR' }),
];

/** The k-th message of worker w in the mix. */
export function mixMessage(w: number, k: number, cast: Cast, speaker: RevealedPerson): TurnText {
  const phrasings = speaker.admin ? [...MIX, ...ADMIN_MIX] : MIX;
  return phrasings[(k + w) % phrasings.length]!(targetFor(w, k, cast, speaker).name);
}
