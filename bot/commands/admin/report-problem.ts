/**
 * "report a problem" / "signaler un problème" / "relatar um problema": any user fills a short form;
 * the report is stored with a reference, the reporter, the time and their recent turns (correlation
 * ids and errors, no message contents, personal data masked). Admins read reports from "sync
 * status" and mark them resolved.
 */
import { randomUUID } from 'node:crypto';
import { reportFormCard } from '../../../cards/admin/report-form';
import { reportViewCard } from '../../../cards/admin/report-view';
import { renderCard } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import type { IntentOf } from '../../language/intents';
import type { PeopleSnapshot } from '../../people';
import { runOnce } from '../../state/claims';
import { recentTurns } from '../../state/turn-journal';
import { identifyAdmin } from '../caller';
import { failureReply, notice } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Member, type Reply } from '../turn';
import { maskEmail, maskPersonalData } from './mask';
import {
  fileReport,
  getReport,
  isCategory,
  isReference,
  resolveReport,
  type ProblemReport,
} from './problem-reports';
import { reportFormData, reportViewData } from './report-card';

const MAX_DETAILS = 1000;

function formReply(turn: CommandTurn, form: Parameters<typeof reportFormData>[1]): Reply {
  return cardReply(renderCard(reportFormCard, reportFormData(turn.t, form)));
}

/** The form, with what the user already said as its details. */
export function showReportForm(turn: CommandTurn, intent: IntentOf<'reportProblem'>): Promise<Reply> {
  const details = intent.description?.slice(0, MAX_DETAILS) ?? '';
  return Promise.resolve(formReply(turn, { nonce: randomUUID().slice(0, 12), details }));
}

/**
 * Who is reporting: the person when the bot knows them, else what Teams says. A report must be
 * possible even when the directory cannot be read (that may be the very problem).
 */
async function reporterOf(turn: CommandTurn): Promise<ProblemReport['reporter']> {
  let member: Member | null = null;
  try {
    member = await turn.member();
  } catch (error) {
    turn.log.warn('member lookup failed for a report', {
      error: error instanceof Error ? error.message : String(error),
    });
  }
  let people: PeopleSnapshot | undefined = turn.services.people.peek();
  if (people === undefined) {
    try {
      people = await turn.services.people.snapshot({ deadline: Date.now() + 2000 });
    } catch (error) {
      turn.log.warn('people directory unavailable for a report', {
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  const person = member && people ? people.identify(member) : null;
  const address = person?.upn ?? person?.email ?? member?.userPrincipalName ?? member?.email;
  return {
    userId: turn.info.userId,
    name: person?.name ?? member?.name ?? turn.t('admin.report.unknownReporter'),
    ...(address ? { address: maskEmail(address) } : {}),
  };
}

/** Files the report once per form (a double click gets the same reference). */
export async function submitReport(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const details = typeof data.details === 'string' ? data.details.trim().slice(0, MAX_DETAILS) : '';
  const nonce = typeof data.nonce === 'string' && data.nonce ? data.nonce.slice(0, 40) : turn.info.activityId;
  if (!isCategory(data.category)) {
    return formReply(turn, { nonce, details, error: turn.t('admin.report.missingCategory') });
  }
  const category = data.category;
  try {
    const once = await runOnce(
      turn.services.claims,
      `admin.report:${turn.info.userId}:${nonce}`,
      async () => {
        const [reporter, turns] = await Promise.all([
          reporterOf(turn),
          recentTurns(turn.services.store, turn.info.userId),
        ]);
        const report = await fileReport(turn.services.store, {
          filedAt: turn.now.toISOString(),
          reporter,
          category,
          details: maskPersonalData(details),
          turns,
        });
        turn.log.info('problem report filed', { reference: report.id, category, turns: turns.length });
        return report.id;
      },
    );
    if (once.kind === 'pending') {
      return notice({
        tone: 'info',
        title: turn.t('admin.report.pendingTitle'),
        message: turn.t('admin.report.pending'),
        facts: [],
        hint: '',
        actions: [],
      });
    }
    const reference = once.value;
    return notice({
      tone: 'success',
      title: turn.t('admin.report.filedTitle'),
      message: turn.t('admin.report.filedMessage', { reference }),
      facts: [{ title: turn.t('admin.report.reference'), value: reference }],
      hint: turn.t('admin.report.filedHint'),
      actions: [],
    });
  } catch (error) {
    return failureReply(turn, error);
  }
}

function notFound(turn: CommandTurn, reference: string): Reply {
  return notice({
    tone: 'warning',
    title: turn.t('admin.report.notFoundTitle'),
    message: turn.t('admin.report.notFound', { reference: reference || '—' }),
    facts: [],
    hint: '',
    actions: [{ title: turn.t('admin.action.back'), verb: VERBS.adminSyncRefresh, data: {} }],
  });
}

function viewReply(turn: CommandTurn, report: ProblemReport): Reply {
  const ctx = { locale: turn.locale, timeZone: turn.timeZone, now: turn.now, clock: turn.clock };
  return cardReply(renderCard(reportViewCard, reportViewData(turn.t, ctx, report)));
}

/** One report, for admins. */
export async function openReport(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const id = isReference(data.id) ? data.id : '';
  try {
    const report = id ? await getReport(turn.services.store, id) : undefined;
    return report ? viewReply(turn, report) : notFound(turn, id);
  } catch (error) {
    return failureReply(turn, error);
  }
}

/** Marks a report resolved (by the admin clicking) and shows it again. */
export async function resolve(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const id = isReference(data.id) ? data.id : '';
  try {
    const report = id
      ? await resolveReport(turn.services.store, id, caller.person.name, turn.now)
      : undefined;
    if (report) turn.log.info('problem report resolved', { reference: report.id });
    return report ? viewReply(turn, report) : notFound(turn, id);
  } catch (error) {
    return failureReply(turn, error);
  }
}
