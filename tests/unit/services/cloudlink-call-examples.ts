/**
 * CloudLink call bodies written from the vendor facts (§1.6–§1.8): the shapes of Mitel's media
 * swagger (`call`, `callCollection`) and of the call content in its notification sample, with
 * invented values. Every example is checked against tests/contracts/cloudlink by the client specs.
 */

export const MEDIA = 'https://media.api.mitel.io';
export const V = '/2017-09-01';
const ENDPOINT = `${MEDIA}${V}/endpoints/2001/calls`;

/** The 200 answer of make-call: outbound, `newCall`, `connected` (M-SWG `call` descriptions). */
export function makeCallAnswer(callId = '6e1f0b9a-58c4-4b7e-9a5e-0d3c2b1a0f11'): Record<string, unknown> {
  return {
    callId,
    siteId: 'site-1',
    from: '2001',
    fromNumberE164: false,
    fromName: 'Manon Lefèvre',
    fromPrincipalId: 'u-manon',
    to: '+33123456789',
    toNumberE164: true,
    state: 'connected',
    cause: 'newCall',
    direction: 'outbound',
    extraPbxData: '',
    createdOn: '2026-11-23T10:00:00.000Z',
    _links: { self: `${ENDPOINT}/${callId}` },
  };
}

/** `GET /endpoints/2001/calls/{callId}` at some point of the call. */
export function callSnapshot(
  state: string,
  fields: Record<string, unknown> = {},
  callId = 'c-1',
): Record<string, unknown> {
  return {
    callId,
    from: '2001',
    fromNumberE164: false,
    fromName: 'Manon Lefèvre',
    to: '1234',
    toNumberE164: false,
    toName: 'Hélène Dupont',
    toPrincipalId: 'u-helene',
    state,
    direction: 'outbound',
    createdOn: '2026-11-23T10:00:00.000Z',
    _links: { self: `${ENDPOINT}/${callId}` },
    ...fields,
  };
}

export interface RecordInit {
  id: string;
  direction: 'inbound' | 'outbound';
  at: string;
  /** The other party: its number and whether it is E.164. */
  peer: { number: string; e164: boolean; name?: string };
  answered: boolean;
  cause?: string;
}

/** One call record: a finished call object (`completed` = answered; M-SWG `call`). */
export function recordBody(init: RecordInit): Record<string, unknown> {
  const own = { number: '2001', e164: false, name: 'Manon Lefèvre' };
  const [from, to] = init.direction === 'inbound' ? [init.peer, own] : [own, init.peer];
  const body: Record<string, unknown> = {
    callId: init.id,
    from: from.number,
    fromNumberE164: from.e164,
    to: to.number,
    toNumberE164: to.e164,
    state: 'completed',
    direction: init.direction,
    createdOn: init.at,
    endTime: init.at,
    completed: init.answered,
    ringTime: init.answered ? 4 : 21,
    billingTime: init.answered ? 95 : 0,
  };
  if (from.name !== undefined) body.fromName = from.name;
  if (to.name !== undefined) body.toName = to.name;
  if (init.cause !== undefined) body.cause = init.cause;
  else if (!init.answered) body.cause = 'callNotAnswer';
  return body;
}

/** A call collection page (M-SWG `callCollection`): plain URL strings in `_links`. */
export function recordsPage(
  items: Array<Record<string, unknown>>,
  count: number,
  self: string,
  next?: string,
): Record<string, unknown> {
  return {
    count,
    _links: next === undefined ? { self } : { self, next },
    _embedded: { items },
  };
}
