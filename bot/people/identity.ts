/**
 * Who is speaking: the facts the bot needs to greet a known person or to tell an unmapped Teams
 * user plainly what is wrong (the texts live with the commands).
 */
import type { Person } from './person';
import type { CallerMember, PeopleSnapshot } from './people-snapshot';

export type UnknownCallerReason =
  /** Teams gave neither a UPN nor an e-mail (and the object id found nobody). */
  | 'noAddress'
  /** No person has the member's addresses or object id. */
  | 'notFound'
  /** The member's address belongs to several people, so it cannot say which one is speaking. */
  | 'ambiguous';

export type CallerIdentity =
  | { kind: 'known'; person: Person }
  | {
      kind: 'unknown';
      reason: UnknownCallerReason;
      /** The addresses Teams gave, as given (trimmed), for the message and the admin's fix. */
      member: { upn?: string; email?: string };
    };

/** Maps the Teams member speaking to a person of the snapshot, or says why it cannot. */
export function identifyCaller(
  snapshot: Pick<PeopleSnapshot, 'identify' | 'isAmbiguousAddress'>,
  member: CallerMember,
): CallerIdentity {
  const person = snapshot.identify(member);
  if (person !== null) return { kind: 'known', person };
  const upn = member.userPrincipalName?.trim() || undefined;
  const email = member.email?.trim() || undefined;
  const given: { upn?: string; email?: string } = {};
  if (upn !== undefined) given.upn = upn;
  if (email !== undefined) given.email = email;
  if (upn === undefined && email === undefined)
    return { kind: 'unknown', reason: 'noAddress', member: given };
  const shared = [upn, email].some((a) => a !== undefined && snapshot.isAmbiguousAddress(a));
  return { kind: 'unknown', reason: shared ? 'ambiguous' : 'notFound', member: given };
}
