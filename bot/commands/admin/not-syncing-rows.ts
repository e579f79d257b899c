/**
 * Who will not sync, in plain words: one row per person and reason, with the values involved
 * (both addresses, the role and the role the PBX needs), what to do, and a mapping button where a
 * mapping is what makes the person match (manual sync).
 */
import type { CardAction, CardFact, CardRow } from '../../../cards/admin/parts';
import { VERBS } from '../../../cards/verbs';
import type { NotSyncing } from '../../domain/user-sync';
import type { Translate } from '../../language/i18n';
import type { StringKey } from '../../language/strings';

/** Whether adding a mapping makes this person match: manual mode, both accounts known. */
export function canMap(item: NotSyncing): boolean {
  return (
    item.reason === 'notMapped' &&
    item.cloudLinkId !== undefined &&
    item.teamsId !== undefined &&
    Boolean(item.email) &&
    Boolean(item.upn)
  );
}

function requiredRoleText(t: Translate, required: NotSyncing['requiredRole']): string {
  return required === 'CTI' || required === 'User' ? required : t('admin.role.any');
}

/** The row of one person who will not sync (`id` must be unique in the card). */
export function notSyncingRow(
  t: Translate,
  item: NotSyncing,
  id: string,
  mapData: (item: NotSyncing) => Record<string, unknown>,
): CardRow {
  const email = item.email ?? '';
  const upn = item.upn ?? '';
  const facts: CardFact[] = [];
  if (item.email) facts.push({ title: t('admin.fact.cloudLinkEmail'), value: item.email });
  if (item.upn) facts.push({ title: t('admin.fact.teamsUpn'), value: item.upn });
  if (item.mail && item.mail.toLowerCase() !== upn.toLowerCase()) {
    facts.push({ title: t('admin.fact.teamsMail'), value: item.mail });
  }
  if (item.reason === 'duplicateAddress' && item.address) {
    facts.push({ title: t('admin.fact.sharedAddress'), value: item.address });
  }
  if (item.reason === 'noCloudLinkRole') {
    facts.push({ title: t('admin.fact.role'), value: item.role ?? t('admin.role.none') });
    facts.push({ title: t('admin.fact.requiredRole'), value: requiredRoleText(t, item.requiredRole) });
  }
  if (item.synced && !item.matched) {
    facts.push({ title: t('admin.fact.connector'), value: t('admin.connector.willBeRemoved') });
  }

  let line = t(`admin.reason.${item.reason}` as StringKey, { address: item.address ?? '' });
  if (item.reason === 'noCloudLinkRole' && item.role) {
    line = t('admin.reason.wrongCloudLinkRole', {
      role: item.role,
      required: requiredRoleText(t, item.requiredRole),
    });
  }
  const fixKey: StringKey =
    item.reason === 'notMapped' && !item.upn
      ? 'admin.personFix.notMappedNoTeams'
      : (`admin.personFix.${item.reason}` as StringKey);
  const fix = t(fixKey, { upn, email, required: requiredRoleText(t, item.requiredRole) });

  const actions: CardAction[] = canMap(item)
    ? [{ title: t('admin.action.map'), verb: VERBS.adminSyncMap, data: mapData(item) }]
    : [];
  const informational = item.reason === 'cloudLinkOnly' || item.reason === 'teamsOnly';
  return {
    id,
    title: item.name,
    line,
    color: informational ? 'Default' : 'Attention',
    facts,
    fix,
    actions,
  };
}
