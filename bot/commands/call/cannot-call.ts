/** Whether the viewer's Call buttons could only fail, and why, in one line. */
import { formatList } from '../../language/format';
import type { Translate } from '../../language/i18n';
import type { Locale } from '../../language/locale';
import type { Person } from '../../people';

/**
 * Why the viewer's Call buttons could only fail: their phone-system account cannot be told apart
 * (its e-mail is shared), no phone-system account, or no extension (the line the PBX rings first).
 * Other reasons (the account's role on some PBXs) are told on the click.
 */
export function cannotCallText(t: Translate, viewer: Person, locale: Locale): string | undefined {
  const shared = sharedAddressText(t, viewer, locale);
  if (shared !== undefined) return `${t('call.person.youCannotCallYet')} ${shared}`;
  return viewer.inCloudLink && viewer.extension?.trim() ? undefined : t('call.person.youCannotCall');
}

/**
 * "Your phone-system account uses the address …, which is also that of Ana Souza there, so I
 * cannot tell which account is yours." — undefined unless the viewer's address is shared.
 */
export function sharedAddressText(t: Translate, viewer: Person, locale: Locale): string | undefined {
  const shared = viewer.sharedAddress;
  if (shared === undefined || viewer.inCloudLink) return undefined;
  return shared.others.length > 0
    ? t('identity.sharedAddress', { address: shared.address, others: formatList(shared.others, locale) })
    : t('identity.sharedAddressNoName', { address: shared.address });
}
