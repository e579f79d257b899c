/**
 * "presence Alice", "is Alice available", "présence Alice", "presença Alice": the combined state
 * and where each part comes from (phone line, PBX user presence, Mitel One, what CloudLink adds
 * to Teams, what Teams shows).
 */
import { displayPhoneNumber } from '../../domain/phone-number';
import { VERBS } from '../../../cards/verbs';
import type { IntentOf } from '../../language/intents';
import type { Person } from '../../people';
import { deadlineFor, identify, viewerCountry } from '../caller';
import { notice } from '../failure';
import type { CommandTurn } from '../module';
import type { Reply } from '../turn';
import { choiceCardData, noMatchCardData } from './choice-view';
import { findTarget, targetText } from './find-target';
import { unreadableNumberReply } from './notices';

import { phoneSystemFacts } from './phone-system-facts';
import { lookUpPresence } from './presence-lookup';
import { presenceCardData } from './presence-view';
import { choiceReply, presenceReply } from './replies';

/** Answers "presence …". */
export async function presenceIntent(turn: CommandTurn, intent: IntentOf<'presence'>): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const t = turn.t;
  const country = viewerCountry(turn, caller.person);
  const found = findTarget(caller.people, intent.target, country);
  const choice = { query: targetText(intent.target), purpose: 'presence' as const };
  switch (found.kind) {
    case 'person':
      return showPresence(turn, found.person);
    case 'several':
      return choiceReply(choiceCardData(t, found.people, found.total, choice));
    case 'none':
      return choiceReply(noMatchCardData(t, found.suggestions, choice));
    case 'number':
      if (found.owner) return showPresence(turn, found.owner.person);
      return notice({
        tone: 'info',
        title: t('call.presence.numberNobodyTitle'),
        message: t('call.presence.numberNobody', { number: displayPhoneNumber(found.e164, country) }),
        facts: [],
        hint: '',
        actions: [],
      });
    case 'unknownExtension':
      return choiceReply(noMatchCardData(t, [], choice));
    case 'unreadableNumber':
      return unreadableNumberReply(t, found.raw);
  }
}

/** The presence card of a person. */
export async function showPresence(turn: CommandTurn, person: Person): Promise<Reply> {
  const deadline = deadlineFor(turn, 3500);
  const [lookup, facts] = await Promise.all([
    lookUpPresence(turn.services, person, { deadline, log: turn.log }),
    phoneSystemFacts(turn.services, { deadline }),
  ]);
  const actions = [
    {
      title: turn.t('call.presence.callButton'),
      verb: VERBS.callShow,
      data: { personKey: person.key, purpose: 'call' },
    },
  ];
  return presenceReply(presenceCardData(turn.t, person, lookup, facts, actions));
}
