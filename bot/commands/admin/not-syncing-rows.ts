/**
 * Who will not sync, in plain words: one row per person (with every reason that applies to them),
 * the values involved (both addresses, the role and the role the PBX needs), what to do, and a
 * mapping button where a mapping in the bot's identity map is what makes the person match.
 */
import type { CardAction, CardFact, CardRow } from '../../../cards/admin/parts';
import { VERBS } from '../../../cards/verbs';
import type { NotSyncing } from '../../domain/user-sync';
import type { Translate } from '../../language/i18n';
import type { StringKey } from '../../language/strings';

/** Whether adding a mapping makes this person match: a likely pair, both accounts known. */
export function canMap(item: NotSyncing): boolean {
  return (
    (item.reason === 'notMapped' || item.reason === 'emailMismatch') &&
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

/** The key of the person an item is about (their CloudLink user, else their Teams user). */
function personKey(item: NotSyncing): string {
  return item.cloudLinkId !== undefined ? `cl:${item.cloudLinkId}` : `aad:${item.teamsId ?? item.name}`;
}

/** The items grouped by person, each person once, in the order of their first (most urgent) item. */
export function byPerson(items: readonly NotSyncing[]): NotSyncing[][] {
  const groups = new Map<string, NotSyncing[]>();
  for (const item of items) {
    const key = personKey(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** One row for a person with several reasons: the first reason's row, the others added to it. */
export function personRow(
  t: Translate,
  items: readonly NotSyncing[],
  id: string,
  mapData: (item: NotSyncing) => Record<string, unknown>,
): CardRow {
  const rows = items.map((item) => notSyncingRow(t, item, id, mapData));
  const [first, ...rest] = rows;
  if (!first) throw new Error('a person row needs at least one item');
  const facts = [...first.facts];
  for (const r of rest) for (const f of r.facts) if (!facts.some((x) => x.title === f.title)) facts.push(f);
  const actions = [...first.actions];
  for (const r of rest)
    for (const a of r.actions) if (!actions.some((x) => x.verb === a.verb)) actions.push(a);
  return {
    ...first,
    line: [first.line, ...rest.map((r) => t('admin.reason.alsoLine', { line: r.line }))].join('\n\n'),
    color: rows.some((r) => r.color === 'Attention') ? 'Attention' : first.color,
    facts,
    fix: [first.fix, ...rest.map((r) => r.fix)].filter((f) => f !== '').join(' '),
    actions,
  };
}
