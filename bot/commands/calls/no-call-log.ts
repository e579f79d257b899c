/**
 * Why someone has no call log, and what an administrator must do. The CloudLink Gateway keeps call
 * records only for the users it monitors: a CloudLink user with a role (CTI on MiVoice 5000, User
 * on MX-ONE), the PBX integration enabled for them (the product FAQ, "call log tab missing").
 */
import type { Translate } from '../../language/i18n';
import type { Locale } from '../../language/locale';
import type { Person } from '../../people';
import { sharedAddressText } from '../call/cannot-call';
import { notice } from '../failure';
import type { Reply } from '../turn';

/** Whose call log CloudLink keeps for this person, or the reply that explains why there is none. */
export type CallLogOwner = { kind: 'owner'; principalId: string } | { kind: 'none'; reply: Reply };

/** The person's CloudLink principal when the gateway keeps their call log. */
export function callLogOwner(person: Person, t: Translate, locale: Locale): CallLogOwner {
  const principalId = person.inCloudLink ? person.cloudlinkUserId : undefined;
  if (principalId !== undefined && person.cloudlinkRole !== null) return { kind: 'owner', principalId };
  return { kind: 'none', reply: noCallLogReply(person, principalId !== undefined, t, locale) };
}

function noCallLogReply(person: Person, inPhoneSystem: boolean, t: Translate, locale: Locale): Reply {
  const shared = sharedAddressText(t, person, locale);
  if (shared !== undefined) {
    return notice({
      tone: 'warning',
      title: t('calls.noLog.title'),
      message: shared,
      facts: [{ title: t('calls.noLog.phoneUser'), value: person.sharedAddress?.address ?? '' }],
      hint: t('identity.sharedAddressFix'),
      actions: [],
    });
  }
  const facts = [
    {
      title: t('calls.noLog.phoneUser'),
      value: inPhoneSystem ? (person.email ?? person.name) : t('calls.noLog.notFound'),
    },
    { title: t('calls.noLog.role'), value: person.cloudlinkRole ?? t('calls.noLog.roleNone') },
  ];
  return notice({
    tone: 'warning',
    title: t('calls.noLog.title'),
    message: inPhoneSystem ? t('calls.noLog.noRole') : t('calls.noLog.notInPhoneSystem'),
    facts,
    hint: inPhoneSystem ? t('calls.noLog.noRoleFix') : t('calls.noLog.notInPhoneSystemFix'),
    actions: [],
  });
}
