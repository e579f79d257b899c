/**
 * "sync status" / "état de la synchronisation" / "status da sincronização": the admin's health view
 * of user sync, presence sync and the PBX link, derived from the primary sources: a typed ask or a
 * page turn may be answered from a complete reading a few seconds old (SyncSourceCache, its time on
 * the card); Refresh, Sync now and a mapping change read them again. Its buttons: Sync now (reads
 * the sources again, applies the bot's identity map and says what changed), Refresh, see everyone
 * who will not sync (paged, in place), add the manual mapping of a person, and the manual
 * mappings (remove one, export or import them as the manual-sync CSV). The mappings live in the
 * bot's storage (bot/people/identity-map.ts): CloudLink publishes no API for them. Admins only;
 * every verb checks again who clicks.
 */
import { randomUUID } from 'node:crypto';
import { syncMappingsCard } from '../../../cards/admin/sync-mappings';
import { syncPeopleCard } from '../../../cards/admin/sync-people';
import { syncStatusCard } from '../../../cards/admin/sync-status';
import { renderCard } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import { formatList, formatNumber, formatRelativeDay } from '../../language/format';
import { countKey } from '../../language/plural';
import {
  MAPPING_CSV_HEADER,
  parseMappingsCsv,
  type IdentityMapDocument,
  type IdentityMapping,
} from '../../people/identity-map';
import type { Logger } from '../../log';
import { runOnce } from '../../state/claims';
import { noteFailure } from '../../state/turn-journal';
import { deadlineFor, identifyAdmin, TURN_BUDGET_MS } from '../caller';
import { failureReply, notice } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';
import { syncMappingsCardData } from './mappings-card';
import { listReports, type ProblemReport } from './problem-reports';
import {
  failureText,
  syncPeopleCardData,
  syncStatusCardData,
  type Banner,
  type CardContext,
} from './sync-card';
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
  reading: SyncReading;
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
  return { health: healthOf(reading), reports, reading };
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

/**
 * "Sync now": reads every source again, applies the identity map (mappings first, then e-mail),
 * records what it matched in the bot's storage and says what changed since the last time; once
 * per click.
 */
export async function syncNow(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const deadline = deadlineFor(turn);
  const nonce = text(data.nonce, 40) || turn.info.activityId;
  const { claims, identityMap } = turn.services;
  const t = turn.t;
  try {
    const once = await runOnce(
      claims,
      `admin.syncNow:${turn.info.userId}:${nonce}`,
      async (): Promise<Reply> => {
        turn.services.syncSources.forget();
        const [view] = await Promise.all([look(turn, deadline, true), refreshPeople(turn, deadline)]);
        const report = view.health.userSync.report;
        if (report === null) {
          const failed = view.health.userSync.checks.find((c) => c.state === 'unreadable')?.failure;
          return statusReply(turn, view, {
            text: t('admin.banner.syncNotRun', { why: failed ? failureText(t, failed) : '' }),
            style: 'warning',
          });
        }
        const before = new Set(view.health.userSync.lastSync?.addresses ?? []);
        const matched = report.matched.map((m) => m.address);
        const now = new Set(matched);
        const added = matched.filter((a) => !before.has(a)).length;
        const removed = [...before].filter((a) => !now.has(a)).length;
        const at = new Date(turn.now.getTime());
        const doc = await identityMap.recordSync(at, matched);
        turn.log.info('identity map applied', { matched: matched.length, added, removed });
        turn.services.syncSources.forget();
        const applied = withIdentityMap(view, doc);
        return statusReply(turn, applied, {
          text: syncBanner(turn, added, removed, matched.length, at),
          style: 'good',
        });
      },
    );
    if (once.kind === 'pending') return pendingReply(turn);
    return once.value;
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncRefresh, data: {} } });
  }
}

/** The view as it is once the identity map is `doc` (the same sources otherwise). */
function withIdentityMap(view: View, doc: IdentityMapDocument): View {
  const reading: SyncReading = {
    ...view.reading,
    sources: { ...view.reading.sources, identityMap: { ok: true, value: doc } },
  };
  return { ...view, reading, health: healthOf(reading) };
}

/** "Sync applied (today 14:02): 2 people newly matched, 1 no longer matched." */
function syncBanner(turn: CommandTurn, added: number, removed: number, total: number, at: Date): string {
  const t = turn.t;
  const when = formatRelativeDay(at, {
    locale: turn.locale,
    timeZone: turn.timeZone,
    now: turn.now,
    clock: turn.clock,
  });
  const n = (v: number): string => formatNumber(v, turn.locale);
  const matched = t(countKey(turn.locale, 'admin.sync.matched', total), { count: n(total) });
  if (added === 0 && removed === 0) return t('admin.banner.syncUnchanged', { at: when, matched });
  const parts: string[] = [];
  if (added > 0) parts.push(t(countKey(turn.locale, 'admin.sync.newlyMatched', added), { count: n(added) }));
  if (removed > 0)
    parts.push(t(countKey(turn.locale, 'admin.sync.noLongerMatched', removed), { count: n(removed) }));
  return t('admin.banner.syncChanged', { at: when, changes: formatList(parts, turn.locale), matched });
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
  const { cloudlink, graph, identityMap, claims } = turn.services;
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
      let added;
      try {
        const [cl, tm] = await Promise.all([
          cloudlink.getUser(cloudLinkId, { deadline }),
          graph.getUser(teamsId, { deadline }),
        ]);
        mapped = cl?.email && tm ? { name: cl.name, upn: tm.userPrincipalName, email: cl.email } : null;
        added = mapped ? await identityMap.add({ upn: mapped.upn, email: mapped.email }) : null;
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
      if (added?.kind === 'taken') {
        return answer(await look(turn, deadline, true), {
          text: t('admin.banner.mapTaken', {
            ...mapped,
            otherUpn: added.mapping.upn,
            otherEmail: added.mapping.email,
          }),
          style: 'warning',
        });
      }
      turn.log.info('manual mapping added', { outcome: added?.kind ?? 'none' });
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

/** A page of the manual mappings (`exported`: with the CSV of all of them). */
async function mappingsReply(
  turn: CommandTurn,
  page: number,
  options: { banner?: Banner; exported?: boolean } = {},
): Promise<Reply> {
  const mappings = await turn.services.identityMap.mappings();
  return cardReply(
    renderCard(syncMappingsCard, syncMappingsCardData(cardContext(turn), mappings, page, options)),
  );
}

/** The manual mappings, one page. */
export async function showMappings(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const page = pageOf(data.page) ?? 0;
  try {
    return await mappingsReply(turn, page);
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncMappings, data: { page } } });
  }
}

/** The manual mappings as the manual-sync CSV, on the mappings card. */
export async function exportMappings(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const page = pageOf(data.page) ?? 0;
  try {
    return await mappingsReply(turn, page, { exported: true });
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncExport, data: { page } } });
  }
}

/** After a mapping change: the next status reading and the people directory see it. */
async function mappingsChanged(turn: CommandTurn): Promise<void> {
  turn.services.syncSources.forget();
  await refreshPeople(turn, deadlineFor(turn));
}

/** Removes one manual mapping (once per click), then shows the mappings again. */
export async function removeMapping(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const mapping: IdentityMapping = { upn: text(data.upn, 320), email: text(data.email, 320) };
  const page = pageOf(data.page) ?? 0;
  const nonce = text(data.nonce, 40) || turn.info.activityId;
  const t = turn.t;
  try {
    const once = await runOnce(
      turn.services.claims,
      `admin.unmap:${turn.info.userId}:${nonce}:${mapping.upn}:${mapping.email}`,
      async (): Promise<Reply> => {
        const removed =
          mapping.upn && mapping.email ? await turn.services.identityMap.remove(mapping) : false;
        if (removed) {
          turn.log.info('manual mapping removed');
          await mappingsChanged(turn);
        }
        return mappingsReply(turn, page, {
          banner: removed
            ? { text: t('admin.banner.unmapped', { ...mapping }), style: 'good' }
            : { text: t('admin.banner.unmapGone', { ...mapping }), style: 'warning' },
        });
      },
    );
    if (once.kind === 'pending') return pendingReply(turn);
    return once.value;
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncMappings, data: { page } } });
  }
}

/** Imports the manual-sync CSV pasted in the card (once per click); says what was added and refused. */
export async function importMappings(turn: CommandTurn, data: Record<string, unknown>): Promise<Reply> {
  const caller = await identifyAdmin(turn);
  if (caller.kind === 'reply') return caller.reply;
  const csv = typeof data.csv === 'string' ? data.csv.slice(0, 20_000) : '';
  const nonce = text(data.nonce, 40) || turn.info.activityId;
  const t = turn.t;
  try {
    const rows = parseMappingsCsv(csv);
    if (rows === null) {
      return await mappingsReply(turn, 0, {
        banner: {
          text: t('admin.banner.importNotTemplate', { header: MAPPING_CSV_HEADER.join(',') }),
          style: 'warning',
        },
      });
    }
    const once = await runOnce(
      turn.services.claims,
      `admin.import:${turn.info.userId}:${nonce}`,
      async () => {
        const outcome = await turn.services.identityMap.import(rows);
        turn.log.info('manual mappings imported', {
          added: outcome.added,
          unchanged: outcome.unchanged,
          refused: outcome.refused.length,
        });
        if (outcome.added > 0) await mappingsChanged(turn);
        const n = (v: number): string => formatNumber(v, turn.locale);
        const parts = [
          t(countKey(turn.locale, 'admin.import.added', outcome.added), { count: n(outcome.added) }),
        ];
        if (outcome.unchanged > 0)
          parts.push(
            t(countKey(turn.locale, 'admin.import.unchanged', outcome.unchanged), {
              count: n(outcome.unchanged),
            }),
          );
        if (outcome.refused.length > 0) {
          const lines = formatList(
            outcome.refused
              .slice(0, 10)
              .map((r) =>
                t('admin.import.refusedLine', { line: n(r.line), why: t(`admin.import.why.${r.reason}`) }),
              ),
            turn.locale,
          );
          parts.push(
            t(countKey(turn.locale, 'admin.import.refused', outcome.refused.length), {
              count: n(outcome.refused.length),
              lines,
            }),
          );
        }
        return mappingsReply(turn, 0, {
          banner: {
            text: t('admin.banner.imported', { parts: formatList(parts, turn.locale) }),
            style: outcome.refused.length > 0 ? 'warning' : 'good',
          },
        });
      },
    );
    if (once.kind === 'pending') return pendingReply(turn);
    return once.value;
  } catch (error) {
    return failureReply(turn, error, { retry: { verb: VERBS.adminSyncMappings, data: { page: 0 } } });
  }
}
