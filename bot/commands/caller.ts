/**
 * Who is speaking, for every command: the Teams member (asked of the channel) mapped to a person of
 * the phone system / directory. An unknown user is told plainly what is wrong and what an admin
 * must fix, and sees nobody else's data.
 */
import type { Person, PeopleSnapshot } from '../people';
import { identifyCaller } from '../people';
import type { CountryCode } from '../domain/phone-number';
import { userCountry } from '../people/user-country';
import type { Member } from './turn';
import { failureReply, notice } from './failure';
import type { CommandTurn } from './module';
import type { Reply } from './turn';

export type Caller =
  { kind: 'known'; person: Person; people: PeopleSnapshot } | { kind: 'reply'; reply: Reply };

/**
 * How long a turn's upstream work may take, from the turn's start. Every answer, typed or
 * clicked, must reach the user within 5 s (Teams gives a card click no more, and the user is
 * waiting just the same after typing), with time left to render and send the card.
 */
export const TURN_BUDGET_MS = 4000;

/** The deadline of the turn's upstream calls: `budgetMs` from its start, never past the turn's budget. */
export function deadlineFor(turn: CommandTurn, budgetMs = TURN_BUDGET_MS): number {
  return turn.now.getTime() + Math.min(budgetMs, TURN_BUDGET_MS);
}

/** The person speaking, or the reply that explains why they cannot be served. */
export async function identify(turn: CommandTurn): Promise<Caller> {
  let people: PeopleSnapshot;
  try {
    people = await turn.services.people.snapshot({ deadline: deadlineFor(turn) });
  } catch (error) {
    return { kind: 'reply', reply: failureReply(turn, error) };
  }
  let member: Member;
  try {
    member = await turn.member();
  } catch (error) {
    // The channel could not say who this is. The activity's own ids are whatever its sender wrote:
    // never used to decide what the caller may see or do.
    turn.log.warn('member lookup failed', { error: error instanceof Error ? error.message : String(error) });
    return { kind: 'reply', reply: unconfirmedReply(turn) };
  }
  const who = identifyCaller(people, member);
  if (who.kind === 'known') return { kind: 'known', person: who.person, people };

  turn.log.info('unknown caller', { reason: who.reason });
  const t = turn.t;
  const address = who.member.upn ?? who.member.email ?? '';
  const facts = [
    ...(who.member.upn ? [{ title: t('identity.teamsAddress'), value: who.member.upn }] : []),
    ...(who.member.email && who.member.email !== who.member.upn
      ? [{ title: t('identity.teamsEmail'), value: who.member.email }]
      : []),
  ];
  const message =
    who.reason === 'noAddress'
      ? t('identity.noAddress')
      : who.reason === 'ambiguous'
        ? t('identity.ambiguous', { address })
        : t('identity.notFound', { address });
  return {
    kind: 'reply',
    reply: notice({
      tone: 'warning',
      title: t('identity.unknownTitle'),
      message,
      facts,
      hint: who.reason === 'ambiguous' ? t('identity.adminFixAmbiguous') : t('identity.adminFix'),
      actions: [],
    }),
  };
}

/** What a caller is told when Teams could not say who they are: nothing shown, try again. */
function unconfirmedReply(turn: CommandTurn): Reply {
  return notice({
    tone: 'warning',
    title: turn.t('identity.unconfirmedTitle'),
    message: turn.t('identity.unconfirmed'),
    facts: [],
    hint: turn.t('identity.unconfirmedHint'),
    actions: [],
  });
}

/** The person speaking if they are an admin; otherwise the reply that refuses, leaking nothing. */
export async function identifyAdmin(turn: CommandTurn): Promise<Caller> {
  const caller = await identify(turn);
  if (caller.kind === 'reply' || caller.person.isAdmin) return caller;
  turn.log.warn('admin action refused', { person: caller.person.key.slice(0, 12) });
  return {
    kind: 'reply',
    reply: notice({
      tone: 'warning',
      title: turn.t('identity.notAllowedTitle'),
      message: turn.t('identity.notAllowed'),
      facts: [],
      hint: '',
      actions: [],
    }),
  };
}

/**
 * The speaker's country (bot/people/user-country.ts): numbers they type are read in it, and numbers
 * of that country are shown to them in national format.
 */
export function viewerCountry(turn: CommandTurn, person?: Person | null): CountryCode {
  return userCountry({
    person,
    localeTag: turn.localeTag,
    companyCountry: turn.services.settings.defaultCountry,
  });
}
