/**
 * The words of the manual-mappings card: one page of the mappings the bot keeps, each with its
 * Remove button, the CSV export when asked, and the box to import the manual-sync CSV.
 */
import type { CardAction, CardRow } from '../../../cards/admin/parts';
import type { SyncMappingsCardData } from '../../../cards/admin/sync-mappings';
import { VERBS } from '../../../cards/verbs';
import { formatNumber } from '../../language/format';
import { countKey } from '../../language/plural';
import { MAPPING_CSV_HEADER, mappingsToCsv, type IdentityMapping } from '../../people/identity-map';
import type { Banner, CardContext } from './sync-card';

/** Mappings per page. */
export const MAPPINGS_PAGE_SIZE = 10;

/** One page (from 0) of the mappings; `exported` adds the CSV of all of them. */
export function syncMappingsCardData(
  c: CardContext,
  mappings: readonly IdentityMapping[],
  page: number,
  { banner, exported = false }: { banner?: Banner; exported?: boolean } = {},
): SyncMappingsCardData {
  const { t, format } = c;
  const pages = Math.max(1, Math.ceil(mappings.length / MAPPINGS_PAGE_SIZE));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * MAPPINGS_PAGE_SIZE;
  const rows: CardRow[] = mappings.slice(start, start + MAPPINGS_PAGE_SIZE).map((m, i) => ({
    id: `mapping-${start + i + 1}`,
    title: m.upn,
    line: t('admin.mappings.line', { upn: m.upn, email: m.email }),
    color: 'Default',
    facts: [],
    fix: '',
    actions: [
      {
        title: t('admin.action.unmap'),
        verb: VERBS.adminSyncUnmap,
        data: { upn: m.upn, email: m.email, nonce: c.nonce, page: current },
      },
    ],
  }));
  const actions: CardAction[] = [
    { title: t('admin.action.export'), verb: VERBS.adminSyncExport, data: { page: current } },
  ];
  if (current > 0)
    actions.push({
      title: t('admin.action.previous'),
      verb: VERBS.adminSyncMappings,
      data: { page: current - 1 },
    });
  if (current < pages - 1)
    actions.push({
      title: t('admin.action.next'),
      verb: VERBS.adminSyncMappings,
      data: { page: current + 1 },
    });
  actions.push({ title: t('admin.action.back'), verb: VERBS.adminSyncRefresh, data: {} });
  const count = formatNumber(mappings.length, format.locale);
  return {
    title: t('admin.mappings.title'),
    subtitle: t(countKey(format.locale, 'admin.mappings.subtitle', mappings.length), {
      page: current + 1,
      pages,
      count,
    }),
    banner: banner?.text ?? '',
    bannerStyle: banner?.style ?? 'default',
    empty: mappings.length === 0 ? t('admin.mappings.empty') : '',
    rows,
    csvHeading: t('admin.mappings.csvHeading'),
    csv: exported
      ? mappingsToCsv(mappings)
          .split('\r\n')
          .filter((line) => line !== '')
          .map((text) => ({ text }))
      : [],
    importLabel: t('admin.mappings.importLabel'),
    importPlaceholder: MAPPING_CSV_HEADER.join(','),
    importHint: t('admin.mappings.importHint', { header: MAPPING_CSV_HEADER.join(',') }),
    importTitle: t('admin.action.import'),
    importData: { nonce: c.nonce },
    actions,
  };
}
