/**
 * Every Action.Execute verb, shared by the card templates and the handlers that answer them.
 * Each command area declares its own in cards/<area>/verbs.ts. tests/unit/cards/cards.spec.ts
 * proves every verb has a handler and every template's verbs are declared.
 */
import { ADMIN_VERBS } from './admin/verbs';
import { CALL_VERBS } from './call/verbs';
import { CALLS_VERBS } from './calls/verbs';
import { ROOMS_VERBS } from './rooms/verbs';

export const VERBS = {
  helpShow: 'help.show',
  /** A help button: runs the command as if typed, the help card stays. */
  helpStart: 'help.start',
  /** The help card's "Call someone" box: `{ callWho }`, the name, extension or number typed. */
  helpCall: 'help.call',
  ...CALL_VERBS,
  ...CALLS_VERBS,
  ...ROOMS_VERBS,
  ...ADMIN_VERBS,
} as const;

export type Verb = (typeof VERBS)[keyof typeof VERBS];

export const ALL_VERBS: readonly Verb[] = Object.values(VERBS);
