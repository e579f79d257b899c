/** The words of problem reports: the form, and one report as an admin reads it. */
import { DateTime } from 'luxon';
import { luxonZone } from '../../time-zones';
import type { CardAction, CardColor } from '../../../cards/admin/parts';
import type { ReportFormCardData } from '../../../cards/admin/report-form';
import type { ReportViewCardData } from '../../../cards/admin/report-view';
import { VERBS } from '../../../cards/verbs';
import { formatRelativeDay, type FormatContext } from '../../language/format';
import type { Translate } from '../../language/i18n';
import type { StringKey } from '../../language/strings';
import { JOURNAL_LENGTH, type JournalEntry } from '../../state/turn-journal';
import { PROBLEM_CATEGORIES, type ProblemCategory, type ProblemReport } from './problem-reports';

/** The form's data; `error` says why the last submit was refused. */
export function reportFormData(
  t: Translate,
  form: { nonce: string; category?: ProblemCategory; details?: string; error?: string },
): ReportFormCardData {
  return {
    title: t('admin.report.title'),
    intro: t('admin.report.intro'),
    error: form.error ?? '',
    categoryLabel: t('admin.report.categoryLabel'),
    categoryError: t('admin.report.categoryError'),
    category: form.category ?? '',
    categories: PROBLEM_CATEGORIES.map((value) => ({
      title: t(`admin.report.category.${value}` as StringKey),
      value,
    })),
    detailsLabel: t('admin.report.detailsLabel'),
    detailsPlaceholder: t('admin.report.detailsPlaceholder'),
    details: form.details ?? '',
    privacy: t('admin.report.privacy', { count: JOURNAL_LENGTH }),
    submit: t('admin.report.submit'),
    data: { nonce: form.nonce },
  };
}

const SYSTEM_NAMES: Record<string, string> = {
  cloudlink: 'CloudLink',
  graph: 'Microsoft Graph',
  cronofy: 'Cronofy',
};

/** "today 14:05:09": seconds help to find the turn in the logs. */
function preciseTime(date: Date, ctx: FormatContext): string {
  const local = DateTime.fromJSDate(date, { zone: luxonZone(ctx.timeZone) });
  const time = (local.isValid ? local : DateTime.fromJSDate(date, { zone: 'utc' })).toFormat(ctx.clock === '12h' ? 'h:mm:ss a' : 'HH:mm:ss');
  return `${formatRelativeDay(date, ctx, { withTime: false })} ${time}`;
}

function turnLine(t: Translate, ctx: FormatContext, entry: JournalEntry): { text: string; color: CardColor } {
  const at = preciseTime(new Date(entry.at), ctx);
  const what = [entry.verb, entry.intent].filter((x): x is string => Boolean(x)).join(' → ') || '—';
  if (entry.outcome === 'ok') return { text: `${at} · ${what} · ${t('admin.turn.ok')}`, color: 'Default' };
  const failures = entry.failures.map((f) => {
    const system = SYSTEM_NAMES[f.system] ?? t('admin.system.bot');
    const parts = [system, f.operation, f.status !== undefined ? String(f.status) : undefined].filter(
      Boolean,
    );
    const ref = f.correlationId ? ` · ${t('admin.reference', { reference: f.correlationId })}` : '';
    return `${f.kind} (${parts.join(' ')})${ref}`;
  });
  return {
    text: `${at} · ${what} · ${t('admin.turn.failed', { failures: failures.join('; ') || (entry.errorKind ?? '') })}`,
    color: 'Attention',
  };
}

/** One report as an admin reads it, with Mark resolved while it is open. */
export function reportViewData(t: Translate, ctx: FormatContext, report: ProblemReport): ReportViewCardData {
  const resolved = report.status === 'resolved';
  const actions: CardAction[] = [];
  if (!resolved) {
    actions.push({
      title: t('admin.action.resolve'),
      verb: VERBS.adminReportResolve,
      data: { id: report.id },
    });
  }
  actions.push({ title: t('admin.action.back'), verb: VERBS.adminSyncRefresh, data: {} });
  const by = report.reporter.address
    ? `${report.reporter.name} (${report.reporter.address})`
    : report.reporter.name;
  return {
    title: t('admin.report.viewTitle', { reference: report.id }),
    status: resolved
      ? t('admin.report.statusResolved', {
          name: report.resolvedBy ?? '',
          at: report.resolvedAt ? formatRelativeDay(new Date(report.resolvedAt), ctx) : '',
        })
      : t('admin.report.statusOpen'),
    statusColor: resolved ? 'Good' : 'Warning',
    facts: [
      { title: t('admin.report.reference'), value: report.id },
      { title: t('admin.report.filed'), value: formatRelativeDay(new Date(report.filedAt), ctx) },
      { title: t('admin.report.by'), value: by },
      { title: t('admin.report.about'), value: t(`admin.report.category.${report.category}` as StringKey) },
    ],
    detailsLabel: t('admin.report.detailsHeading'),
    details: report.details || t('admin.report.noDetails'),
    turnsLabel: t('admin.report.turnsHeading'),
    noTurns: report.turns.length === 0 ? t('admin.report.noTurns') : '',
    turns: report.turns.map((e) => turnLine(t, ctx, e)),
    actions,
  };
}
