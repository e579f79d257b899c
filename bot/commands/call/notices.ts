/** The short cards of the call area: refusals and "not found" answers, each saying what to do. */
import type { Translate } from '../../language/i18n';
import type { Locale } from '../../language/locale';
import type { Person } from '../../people';
import { notice } from '../failure';
import type { Reply } from '../turn';
import type { CannotPlace } from './can-place-calls';
import { sharedAddressText } from './cannot-call';

/** The caller cannot place PBX calls: why, and what an administrator must do. */
export function cannotPlaceReply(t: Translate, person: Person, why: CannotPlace, locale: Locale): Reply {
  const shared = sharedAddressText(t, person, locale);
  if (shared !== undefined) {
    return notice({
      tone: 'warning',
      title: t('call.cannot.title'),
      message: shared,
      facts: [{ title: t('identity.teamsAddress'), value: person.upn ?? '' }],
      hint: t('identity.sharedAddressFix'),
      actions: [],
    });
  }
  const messages = why.blockers.map((blocker) => {
    switch (blocker) {
      case 'noExtension':
        return t('call.cannot.noExtension');
      case 'noRole':
        return t('call.cannot.noRole');
      case 'wrongRole':
        return t('call.cannot.wrongRole', {
          role: why.role ?? '',
          pbx: why.pbxType ?? '',
          required: why.required,
        });
    }
  });
  const fixes: string[] = [];
  if (why.blockers.includes('noExtension')) fixes.push(t('call.cannot.fixExtension'));
  if (why.blockers.includes('noRole') || why.blockers.includes('wrongRole')) {
    fixes.push(
      why.required === 'CTI'
        ? t('call.cannot.fixRoleCti')
        : why.required === 'User'
          ? t('call.cannot.fixRoleUser')
          : t('call.cannot.fixRoleAny'),
    );
  }
  const facts = [
    {
      title: t('call.cannot.yourExtension'),
      value: person.extension?.trim() || t('call.cannot.noExtensionValue'),
    },
    { title: t('call.cannot.yourRole'), value: why.role ?? t('call.cannot.none') },
  ];
  if (why.pbxType) facts.push({ title: t('call.cannot.pbx'), value: why.pbxType });
  return notice({
    tone: 'warning',
    title: t('call.cannot.title'),
    message: messages.join(' '),
    facts,
    hint: fixes.join(' '),
    actions: [],
  });
}

/** A Call button whose data holds no number that can be dialled. */
export function invalidButtonReply(t: Translate): Reply {
  return notice({
    tone: 'warning',
    title: t('call.invalid.title'),
    message: t('call.invalid.message'),
    facts: [],
    hint: '',
    actions: [],
  });
}

/** The person a button names has left the directory. */
export function leftReply(t: Translate): Reply {
  return notice({
    tone: 'warning',
    title: t('call.person.leftTitle'),
    message: t('call.person.left'),
    facts: [],
    hint: '',
    actions: [],
  });
}

/** Calling one's own number. */
export function ownNumberReply(t: Translate, display: string): Reply {
  return notice({
    tone: 'info',
    title: t('call.own.title'),
    message: t('call.own.message', { number: display }),
    facts: [],
    hint: '',
    actions: [],
  });
}

/** Digits that cannot be read as a phone number. */
export function unreadableNumberReply(t: Translate, raw: string): Reply {
  return notice({
    tone: 'warning',
    title: t('call.number.unreadableTitle', { raw: raw.slice(0, 40) }),
    message: t('call.number.unreadableHint'),
    facts: [],
    hint: '',
    actions: [],
  });
}
