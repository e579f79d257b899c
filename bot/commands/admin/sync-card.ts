/**
 * The words of "sync status": the health (sync-health.ts) and the open problem reports turned into
 * the status card and the paged list of who will not sync, in the reader's language and time zone.
 */
import type {
  CardAction,
  CardColor,
  CardFact,
  CardRow,
  CardStyle,
  CheckLine,
} from '../../../cards/admin/parts';
import type { SyncPeopleCardData } from '../../../cards/admin/sync-people';
import type { SyncStatusCardData, SyncStatusSection } from '../../../cards/admin/sync-status';
import { VERBS } from '../../../cards/verbs';
import type { NotSyncing } from '../../domain/user-sync';
import {
  formatDate,
  formatList,
  formatNumber,
  formatRelativeDay,
  type FormatContext,
} from '../../language/format';
import type { Translate } from '../../language/i18n';
import { countKey } from '../../language/plural';
import type { StringKey } from '../../language/strings';
import { byPerson, personRow } from './not-syncing-rows';
import type { ProblemReport } from './problem-reports';
import type { Check, CheckLevel, SyncHealth } from './sync-health';
import type { SourceFailure } from './sync-sources';

/** People shown on the status card; the rest are a button away. */
export const PEOPLE_ON_STATUS = 5;
/** People per page of the full list. */
export const PEOPLE_PAGE_SIZE = 10;
/** Open reports shown on the status card. */
export const REPORTS_ON_STATUS = 5;

export interface Banner {
  text: string;
  style: CardStyle;
}

export interface CardContext {
  t: Translate;
  format: FormatContext;
  /** Makes every button that acts happen once (a fresh value per card). */
  nonce: string;
}

const MARK: Record<CheckLevel, string> = { ok: '✔', warning: '⚠', error: '✖', skipped: '–', info: 'ℹ' };
const COLOR: Record<CheckLevel, CardColor> = {
  ok: 'Good',
  warning: 'Warning',
  error: 'Attention',
  skipped: 'Default',
  info: 'Default',
};

const KIND_KEYS: Record<string, StringKey> = {
  timeout: 'errors.timeout',
  throttled: 'errors.throttled',
  unauthorized: 'errors.unauthorized',
  protocol: 'errors.protocol',
  'not-found': 'errors.notFound',
};

/** "The phone system (CloudLink) took too long to answer. Reference: 3f2a9c…". */
export function failureText(t: Translate, failure: SourceFailure): string {
  const system =
    failure.system === 'cloudlink' || failure.system === 'graph' || failure.system === 'cronofy'
      ? t(`errors.system.${failure.system}`)
      : t('admin.system.bot');
  const rejected = failure.kind === 'http' && failure.status !== undefined && failure.status < 500;
  const what = t(rejected ? 'errors.rejected' : (KIND_KEYS[failure.kind] ?? 'errors.unavailable'), {
    system,
  });
  const reference = failure.correlationId ? failure.correlationId.slice(0, 12) : '—';
  return `${what} ${t('admin.reference', { reference })}`;
}

function params(check: Check, ctx: FormatContext): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(check.values)) {
    if (key === 'percent' && typeof value === 'number') {
      out[key] = formatNumber(value / 100, ctx.locale, { style: 'percent' });
    } else out[key] = typeof value === 'number' ? formatNumber(value, ctx.locale) : value;
  }
  for (const [key, date] of Object.entries(check.dates)) {
    out[key] = key === 'expires' ? formatDate(date, ctx) : formatRelativeDay(date, ctx);
  }
  return out;
}

/** One check as a line of the card. */
export function checkLine(t: Translate, ctx: FormatContext, check: Check): CheckLine {
  const base = { id: check.id, mark: MARK[check.level], color: COLOR[check.level] };
  if (check.state === 'unreadable' && check.failure) {
    return {
      ...base,
      title: t('admin.check.unreadable', { what: t(`admin.name.${check.id}` as StringKey) }),
      detail: failureText(t, check.failure),
      examples: [],
      fix: t('admin.fix.unreadable'),
    };
  }
  const p = params(check, ctx);
  const needsFix = check.level === 'error' || check.level === 'warning' || check.level === 'info';
  return {
    ...base,
    title: t(`admin.check.${check.id}.${check.state}` as StringKey, p),
    detail: '',
    examples: check.examples.map((text) => ({ text })),
    fix: needsFix ? t(`admin.fix.${check.id}.${check.state}` as StringKey, p) : '',
  };
}

function summary(t: Translate, ctx: FormatContext, health: SyncHealth): { text: string; style: CardStyle } {
  const count = health.errors + health.warnings;
  if (count === 0) return { text: t('admin.summary.healthy'), style: 'good' };
  const parts: string[] = [];
  if (health.errors > 0) parts.push(t('admin.summary.errors', { count: health.errors }));
  if (health.warnings > 0) parts.push(t('admin.summary.warnings', { count: health.warnings }));
  const head = t(countKey(ctx.locale, 'admin.summary', count), { count });
  return {
    text: t('admin.summary.line', { head, parts: formatList(parts, ctx.locale) }),
    style: health.errors > 0 ? 'attention' : 'warning',
  };
}

function mapData(nonce: string, page?: number): (item: NotSyncing) => Record<string, unknown> {
  return (item) => ({
    cloudLinkId: item.cloudLinkId,
    teamsId: item.teamsId,
    nonce,
    ...(page !== undefined ? { page } : {}),
  });
}

function figureFacts(t: Translate, ctx: FormatContext, health: SyncHealth): CardFact[] {
  const f = health.userSync.figures;
  if (!f) return [];
  const n = (v: number | null): string => (v === null ? '—' : formatNumber(v, ctx.locale));
  const facts: CardFact[] = [
    { title: t('admin.figure.licensesAvailable'), value: n(f.licensesAvailable) },
    { title: t('admin.figure.licensesTotal'), value: n(f.licensesTotal) },
    { title: t('admin.figure.newToSync'), value: n(f.newToSync) },
    { title: t('admin.figure.missingToRemove'), value: n(f.missingToRemove) },
    { title: t('admin.figure.totalAfterSync'), value: n(f.totalAfterSync) },
  ];
  facts.push({ title: t('admin.figure.syncMode'), value: t('admin.syncMode.combined') });
  if (health.userSync.mappings !== null) {
    facts.push({ title: t('admin.figure.mappings'), value: n(health.userSync.mappings) });
  }
  return facts;
}

function reportRow(t: Translate, ctx: FormatContext, report: ProblemReport): CardRow {
  return {
    id: `report-${report.id}`,
    title: `${report.id} · ${t(`admin.report.category.${report.category}` as StringKey)}`,
    line: t('admin.reports.line', {
      name: report.reporter.name,
      at: formatRelativeDay(new Date(report.filedAt), ctx),
    }),
    color: 'Default',
    facts: [],
    fix: '',
    actions: [{ title: t('admin.action.read'), verb: VERBS.adminReportOpen, data: { id: report.id } }],
  };
}

/** The status card's data. `reports` are the open reports, newest first. */
export function syncStatusCardData(
  c: CardContext,
  health: SyncHealth,
  reports: readonly ProblemReport[],
  banner?: Banner,
): SyncStatusCardData {
  const { t, format } = c;
  const line = (check: Check): CheckLine => checkLine(t, format, check);
  const sections: SyncStatusSection[] = [];
  const none = { intro: '', facts: [], checks: [], rows: [], more: [] };

  sections.push({
    ...none,
    id: 'userSync',
    heading: t('admin.section.userSync'),
    facts: figureFacts(t, format, health),
    checks: health.userSync.checks.map(line),
  });

  const people = byPerson(health.userSync.report?.notSyncing ?? []);
  if (people.length > 0) {
    const shown = people.slice(0, PEOPLE_ON_STATUS);
    sections.push({
      ...none,
      id: 'people',
      heading: t('admin.section.people', { count: formatNumber(people.length, format.locale) }),
      intro: people.length > shown.length ? t('admin.section.peopleIntro', { shown: shown.length }) : '',
      rows: shown.map((items, i) => personRow(t, items, `person-${i + 1}`, mapData(c.nonce))),
      more:
        people.length > shown.length
          ? [
              {
                title: t('admin.action.seeAll', { count: formatNumber(people.length, format.locale) }),
                verb: VERBS.adminSyncPeople,
                data: { page: 0 },
              },
            ]
          : [],
    });
  }

  sections.push({
    ...none,
    id: 'presence',
    heading: t('admin.section.presence'),
    intro: t('admin.section.presenceIntro'),
    checks: health.presence.checks.map(line),
  });

  sections.push({
    ...none,
    id: 'pbx',
    heading: t('admin.section.pbx'),
    facts: [{ title: t('admin.fact.pbxType'), value: health.pbx.pbxType ?? t('admin.unknownPbx') }],
    checks: health.pbx.checks.map(line),
  });

  const shownReports = reports.slice(0, REPORTS_ON_STATUS);
  sections.push({
    ...none,
    id: 'reports',
    heading: t('admin.section.reports'),
    intro:
      reports.length === 0
        ? t('admin.reports.none')
        : reports.length > shownReports.length
          ? t('admin.reports.someShown', { count: reports.length, shown: shownReports.length })
          : t('admin.reports.count', { count: reports.length }),
    rows: shownReports.map((r) => reportRow(t, format, r)),
  });

  const s = summary(t, format, health);
  const actions: CardAction[] = [];
  if (health.userSync.figures) {
    actions.push({ title: t('admin.action.syncNow'), verb: VERBS.adminSyncNow, data: { nonce: c.nonce } });
  }
  if (health.userSync.mappings !== null) {
    actions.push({
      title: t('admin.action.mappings', { count: formatNumber(health.userSync.mappings, format.locale) }),
      verb: VERBS.adminSyncMappings,
      data: { page: 0 },
    });
  }
  actions.push({ title: t('admin.action.refresh'), verb: VERBS.adminSyncRefresh, data: {} });

  return {
    title: t('admin.title'),
    subtitle: t('admin.checkedAt', { at: formatRelativeDay(health.checkedAt, format) }),
    summary: s.text,
    summaryStyle: s.style,
    banner: banner?.text ?? '',
    bannerStyle: banner?.style ?? 'default',
    sections,
    actions,
  };
}

/** One page (from 0) of who will not sync; a page past the end shows the last one. */
export function syncPeopleCardData(
  c: CardContext,
  health: SyncHealth,
  page: number,
  banner?: Banner,
): SyncPeopleCardData {
  const { t, format } = c;
  const people = byPerson(health.userSync.report?.notSyncing ?? []);
  const pages = Math.max(1, Math.ceil(people.length / PEOPLE_PAGE_SIZE));
  const current = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  const start = current * PEOPLE_PAGE_SIZE;
  const rows = people
    .slice(start, start + PEOPLE_PAGE_SIZE)
    .map((items, i) => personRow(t, items, `person-${start + i + 1}`, mapData(c.nonce, current)));
  const actions: CardAction[] = [];
  if (current > 0) {
    actions.push({
      title: t('admin.action.previous'),
      verb: VERBS.adminSyncPeople,
      data: { page: current - 1 },
    });
  }
  if (current < pages - 1) {
    actions.push({ title: t('admin.action.next'), verb: VERBS.adminSyncPeople, data: { page: current + 1 } });
  }
  actions.push({ title: t('admin.action.back'), verb: VERBS.adminSyncRefresh, data: {} });
  return {
    title: t('admin.people.title'),
    subtitle: t('admin.people.subtitle', {
      page: current + 1,
      pages,
      count: formatNumber(people.length, format.locale),
    }),
    banner: banner?.text ?? '',
    bannerStyle: banner?.style ?? 'default',
    empty: people.length === 0 ? t('admin.people.empty') : '',
    rows,
    actions,
  };
}
