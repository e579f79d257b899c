/**
 * "my calls" / "mes appels" / "minhas chamadas", and the call log's buttons: the caller's own
 * calls, newest first, a page at a time, filtered and counted by the bot from the newest part of
 * the history CloudLink gives. Whose calls are shown always comes from who is speaking (or
 * clicking), never from the request or the button.
 */
import { callLogCard } from '../../../cards/calls/call-log';
import { renderCard } from '../../../cards/render';
import { VERBS } from '../../../cards/verbs';
import { periodRange } from '../../language/when';
import { deadlineFor, identify, viewerCountry } from '../caller';
import { failureReply } from '../failure';
import type { CommandTurn } from '../module';
import { cardReply, type Reply } from '../turn';
import { callLogCardData } from './call-log-card';
import { readCallLog, type CallLog, type CallLogQuery } from './call-log-reader';
import { callRow } from './call-rows';
import { callLogOwner } from './no-call-log';
import { resolvePeer, type Peer } from './peer';
import { buttonData, PAGE_SIZE, type CallsView } from './view';

/** One page of the speaker's call log as the view asks, or why it cannot be shown. */
export async function showMyCalls(turn: CommandTurn, view: CallsView): Promise<Reply> {
  const caller = await identify(turn);
  if (caller.kind === 'reply') return caller.reply;
  const { person, people } = caller;
  const owner = callLogOwner(person, turn.t, turn.locale);
  if (owner.kind === 'none') return owner.reply;
  const principalId = owner.principalId;

  const country = viewerCountry(turn, person);
  let peer: Peer | undefined;
  if (view.peer) {
    const resolved = resolvePeer(view.peer, view, people, turn.t, country);
    if (resolved.kind === 'reply') return resolved.reply;
    peer = resolved.peer;
  }

  const query: CallLogQuery = { filter: view.filter, skip: (view.page - 1) * PAGE_SIZE, top: PAGE_SIZE };
  if (view.period) query.range = periodRange(view.period, { now: turn.now, timeZone: turn.timeZone });
  if (peer) query.numbers = peer.numbers;
  let log: CallLog;
  try {
    log = await readCallLog(turn.services.cloudlink, principalId, query, { deadline: deadlineFor(turn) });
  } catch (error) {
    const retry = { verb: VERBS.callsPage, data: { ...buttonData(view, peer?.ref) } };
    return failureReply(turn, error, { retry });
  }

  const shown: CallsView = { ...view, page: Math.floor(log.skip / PAGE_SIZE) + 1 };
  const context = {
    t: turn.t,
    locale: turn.locale,
    timeZone: turn.timeZone,
    now: turn.now,
    clock: turn.clock,
    country,
    people,
  };
  const rows = log.items.map((record) => callRow(record, context));
  turn.log.info('call log', {
    filter: view.filter,
    period: view.period,
    page: shown.page,
    rows: rows.length,
  });
  return cardReply(
    renderCard(
      callLogCard,
      callLogCardData({ t: turn.t, locale: turn.locale, view: shown, peer, log, rows, pageSize: PAGE_SIZE }),
    ),
  );
}
