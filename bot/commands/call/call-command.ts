/**
 * "call Alice", "appeler Hélène", "ligar para João", "call 2001", "call +33 1 23 45 67 89": find
 * the person in the directory and show their card (presence, numbers, Call buttons), a choice
 * when several match, the closest names when none does, or the card of the number typed.
 */
import type { IntentOf, NumberKind } from '../../language/intents';
import type { Person } from '../../people';
import { deadlineFor, identify, viewerCountry } from '../caller';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { choiceCardData, noMatchCardData } from './choice-view';
import { findTarget, targetText } from './find-target';
import { newNonce } from './nonce';
import { unreadableNumberReply } from './notices';
import { numberCardData, personCardData } from './person-view';
import { lookUpPresence } from './presence-lookup';
import { compactPresence } from './presence-view';
import { choiceReply, personReply } from './replies';
import { readSpeedDials } from './speed-dials-store';
import { cannotCallText } from './cannot-call';
import type { PersonCardData } from '../../../cards/call/person';

/** Answers "call …". */
export async function callIntent(turn: CommandTurn, intent: IntentOf<'call'>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const t = turn.t;
  const country = viewerCountry(turn, caller.person);
  const found = findTarget(caller.people, intent.target, country);
  const query = targetText(intent.target);
  const choice = { query, purpose: 'call' as const, numberKind: intent.numberKind };
  switch (found.kind) {
    case 'person':
      return showPerson(turn, caller.person, found.person, { wanted: intent.numberKind });
    case 'several':
      return choiceReply(choiceCardData(t, found.people, found.total, choice));
    case 'none':
      return choiceReply(noMatchCardData(t, found.suggestions, choice));
    case 'number': {
      const owner = found.owner ? { person: found.owner.person, kind: found.owner.numberKind } : undefined;
      return personReply(
        numberCardData(
          t,
          { number: found.e164, isExtension: false, owner },
          { country, nonce: newNonce, cannotCall: cannotCallText(t, caller.person, turn.locale) },
        ),
      );
    }
    case 'unknownExtension':
      return personReply(
        numberCardData(
          t,
          { number: found.extension, isExtension: true },
          { country, nonce: newNonce, cannotCall: cannotCallText(t, caller.person, turn.locale) },
        ),
      );
    case 'unreadableNumber':
      return unreadableNumberReply(t, found.raw);
  }
}

export interface ShowPersonOptions {
  wanted?: NumberKind;
  banner?: { text: string; tone: PersonCardData['bannerTone'] };
}

/** The person card as `viewer` sees it (their speed dials decide the star). */
export async function showPerson(
  turn: CommandTurn,
  viewer: Person,
  person: Person,
  options: ShowPersonOptions = {},
): Promise<Reply> {
  const [lookup, isSpeedDial] = await Promise.all([
    lookUpPresence(turn.services, person, { deadline: deadlineFor(turn, 3000), log: turn.log }),
    inSpeedDials(turn, viewer, person),
  ]);
  return personReply(
    personCardData(turn.t, person, {
      presence: compactPresence(turn.t, lookup),
      isSpeedDial,
      wanted: options.wanted,
      banner: options.banner,
      country: viewerCountry(turn, viewer),
      nonce: newNonce,
      cannotCall: cannotCallText(turn.t, viewer, turn.locale),
    }),
  );
}

async function inSpeedDials(turn: CommandTurn, viewer: Person, person: Person): Promise<boolean> {
  try {
    const entries = await readSpeedDials(turn.services.store, viewer.key);
    return entries.some((e) => e.key === person.key);
  } catch (error) {
    // The card is still worth showing; the star then offers to add.
    turn.log.warn('speed dials not read', { error: error instanceof Error ? error.message : String(error) });
    return false;
  }
}
