/** Whether the viewer's Call buttons could only fail, and why, in one line. */
import type { Translate } from '../../language/i18n';
import type { Person } from '../../people';

/**
 * Why the viewer's Call buttons could only fail: no phone-system account or no extension (the
 * line the PBX rings first). Other reasons (the account's role on some PBXs) are told on the click.
 */
export function cannotCallText(t: Translate, viewer: Person): string | undefined {
  return viewer.inCloudLink && viewer.extension?.trim() ? undefined : t('call.person.youCannotCall');
}
