/**
 * "sync status" / "état de la synchronisation" / "status da sincronização": the admin's health view
 * of user sync, presence sync and the PBX link, derived from the primary sources: a typed ask or a
 * page turn may be answered from a complete reading a few seconds old (SyncSourceCache, its time on
 * the card); Refresh, Sync now and a new mapping read them again. Its buttons: Sync now, Refresh, see everyone who will not sync (paged, in place), and add the
 * manual mapping of a person. Admins only; every verb checks again who clicks.
 */
import { randomUUID } from 'node:crypto';
import { syncPeopleCard } from '../../../cards/admin/sync-people';
import { syncStatusCard } from '../../../cards/admin/sync-status';
import { renderCard } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import { formatRelativeDay } from '../../language/format';
import type { Logger } from '../../log';
import { runOnce } from '../../state/claims';
import { noteFailure } from '../../state/turn-journal';
import { deadlineFor, identifyAdmin, TURN_BUDGET_MS } from '../caller';
import { failureReply, notice } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';
import { listReports, type ProblemReport } from './problem-reports';
import { syncPeopleCardData, syncStatusCardData, type Banner, type CardContext } from './sync-card';
import { assessSyncHealth, type SyncHealth } from './sync-health';
import type { SyncReading } from './sync-sources';

/**
 * A typed "sync status" has no more time than a click: within 5 s the admin sees every source
 * that answered, and which did not.
 */
const MESSAGE_BUDGET_MS = TURN_BUDGET_MS;

interface View {
  health: SyncHealth;
  reports: ProblemReport[];
}

function cardContext(turn: CommandTurn): CardContext {
  return {
    t: turn.t,
    format: { locale: turn.locale, timeZone: turn.timeZone, now: turn.now, clock: turn.clock },
    nonce: randomUUID().slice(0, 12),
  };
}

async function openReports(turn: CommandTurn): Promise<ProblemReport[]> {
  try {
    return (await listReports(turn.services.store)).filter((r) => r.status === 'open');
  } catch (error) {
    turn.log.warn('problem reports could not be read', {
      error: error instanceof Error ? error.message : String(error),
    });
    return [];
  }
}

/**
 * Reads every source (in parallel; a reading a few seconds old serves unless `fresh`) and the open
 * reports, and assesses the health as of the reading.
 */
async function look(turn: CommandTurn, deadline: number, fresh: boolean): Promise<View> {
  const [reading, reports] = await Promise.all([
    turn.services.syncSources.read(turn.services, { deadline }, { fresh }),
    openReports(turn),
  ]);
  for (const error of reading.errors) noteFailure(turn, error);
  return { health: healthOf(reading), reports };
}

// A reading shared by several asks is assessed once (the assessment depends on it alone).
const assessed = new WeakMap<SyncReading, SyncHealth>();

function healthOf(reading: SyncReading): SyncHealth {
  let health = assessed.get(reading);
  if (!health) {
    health = assessSyncHealth(reading.sources, reading.readAt);
    assessed.set(reading, health);
  }
  return health;
}

function statusReply(turn: CommandTurn, view: View, banner?: Banner): Reply {
  return cardReply(
    renderCard(syncStatusCard, syncStatusCardData(cardContext(turn), view.health, view.reports, banner)),
  );
}

function peopleReply(turn: CommandTurn, view: View, page: number, banner?: Banner): Reply {
  return cardReply(
    renderCard(syncPeopleCard, syncPeopleCardData(cardContext(turn), view.health, page, banner)),
  );
}

/** Waits for a promise at most `ms`; its failure is logged, never thrown. */
async function waitAtMost(promise: Promise<unknown>, ms: number, log: Logger, what: string): Promise<void> {
  const settled = promise.then(
    () => undefined,
    (error: unknown) => {
      log.warn(`${what} failed`, { error: error instanceof Error ? error.message : String(error) });
    },
  );
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.max(0, ms));
  });
  await Promise.race([settled, timeout]);
  clearTimeout(timer);
}

/** After a change upstream: the people directory reads the sources again too (bounded wait). */
function refreshPeople(turn: CommandTurn, deadline: number): Promise<void> {
  return waitAtMost(
    turn.services.people.refresh(),
    deadline - Date.now(),
    turn.log,
    'people directory refresh',
  );
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.trim().slice(0, max) : '';
}

function pageOf(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 && n < 100_000 ? n : undefined;
}

/** The status card, typed ("sync status") or refreshed (button, `fresh`: the sources are read again). */
export async function showSyncStatus(
  turn: CommandTurn,
  { budgetMs = MESSAGE_BUDGET_MS, fresh = false }: { budgetMs?: number; fresh?: boolean } = {},
): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  try {
    return statusReply(turn, await look(turn, deadlineFor(turn, budgetMs), fresh));
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncRefresh, data: {} } });
  }
}

/** "Sync now": runs the user sync once per click, then shows the status read again. */
export async function syncNow(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const deadline = deadlineFor(turn);
  const nonce = text(data.nonce, 40) || turn.info.activityId;
  const { cloudlink, settings, claims } = turn.services;
  try {
    const once = await runOnce(
      claims,
      `admin.syncNow:${turn.info.userId}:${nonce}`,
      async (): Promise<Reply> => {
        let run;
        try {
          run = await cloudlink.syncNow(settings.accountId, { deadline });
        } catch (error) {
          return failureReply(turn, error, {
            retry: { verb: VERBS.adminSyncNow, data: { nonce: randomUUID().slice(0, 12) } },
          });
        }
        turn.log.info('user sync run', { status: run.status, failures: run.failures.length });
        turn.services.syncSources.forget();
        const [view] = await Promise.all([look(turn, deadline, true), refreshPeople(turn, deadline)]);
        const at = run.at
          ? formatRelativeDay(run.at, {
              locale: turn.locale,
              timeZone: turn.timeZone,
              now: turn.now,
              clock: turn.clock,
            })
          : '';
        const banner: Banner =
          run.status === 'failed' || run.failures.length > 0
            ? {
                text: turn.t('admin.banner.syncFailed', { at, count: run.failures.length }),
                style: 'warning',
              }
            : { text: turn.t('admin.banner.synced', { at }), style: 'good' };
        return statusReply(turn, view, banner);
      },
    );
    if (once.kind === 'pending') return pendingReply(turn);
    return once.value;
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncRefresh, data: {} } });
  }
}

function pendingReply(turn: CommandTurn): Reply {
  return notice({
    tone: 'info',
    title: turn.t('admin.pendingTitle'),
    message: turn.t('admin.pending'),
    facts: [],
    hint: '',
    actions: [{ title: turn.t('admin.action.refresh'), verb: VERBS.adminSyncRefresh, data: {} }],
  });
}

/** One page of everyone who will not sync, in place. */
export async function showSyncPeople(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const page = pageOf(data.page) ?? 0;
  try {
    return peopleReply(turn, await look(turn, deadlineFor(turn), false), page);
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncPeople, data: { page } } });
  }
}

/**
 * Adds the manual mapping of a mismatched person. The button's ids are only a pointer: the
 * addresses are read again from CloudLink and Graph, and the result is read from the sources.
 */
export async function addMapping(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const deadline = deadlineFor(turn);
  const cloudLinkId = text(data.cloudLinkId, 200);
  const teamsId = text(data.teamsId, 200);
  const page = pageOf(data.page);
  const nonce = text(data.nonce, 40) || turn.info.activityId;
  const { cloudlink, graph, settings, claims } = turn.services;
  const t = turn.t;
  const answer = (view: View, banner: Banner): Reply =>
    page === undefined ? statusReply(turn, view, banner) : peopleReply(turn, view, page, banner);
  try {
    if (!cloudLinkId || !teamsId) {
      return answer(await look(turn, deadline, true), { text: t('admin.banner.mapGone'), style: 'warning' });
    }
    const key = `admin.map:${turn.info.userId}:${nonce}:${cloudLinkId}:${teamsId}`;
    const once = await runOnce(claims, key, async (): Promise<Reply> => {
      let mapped: { name: string; upn: string; email: string } | null;
      try {
        const [cl, tm] = await Promise.all([
          cloudlink.getUser(cloudLinkId, { deadline }),
          graph.getUser(teamsId, { deadline }),
        ]);
        mapped = cl?.email && tm ? { name: cl.name, upn: tm.userPrincipalName, email: cl.email } : null;
        if (mapped)
          await cloudlink.addManualMapping(settings.accountId, mapped.upn, mapped.email, { deadline });
      } catch (error) {
        return failureReply(turn, error, {
          retry: {
            verb: VERBS.adminSyncMap,
            data: {
              cloudLinkId,
              teamsId,
              nonce: randomUUID().slice(0, 12),
              ...(page !== undefined ? { page } : {}),
            },
          },
        });
      }
      if (!mapped)
        return answer(await look(turn, deadline, true), {
          text: t('admin.banner.mapGone'),
          style: 'warning',
        });
      turn.log.info('manual mapping added');
      turn.services.syncSources.forget();
      const [view] = await Promise.all([look(turn, deadline, true), refreshPeople(turn, deadline)]);
      const matches =
        view.health.userSync.report?.matched.some(
          (p) => p.cloudLink.id === cloudLinkId && p.teams.id === teamsId,
        ) ?? false;
      const banner: Banner = matches
        ? { text: t('admin.banner.mapped', mapped), style: 'good' }
        : { text: t('admin.banner.mappedNoMatch', mapped), style: 'warning' };
      return answer(view, banner);
    });
    if (once.kind === 'pending') return pendingReply(turn);
    return once.value;
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncRefresh, data: {} } });
  }
}
