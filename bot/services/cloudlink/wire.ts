/**
 * CloudLink wire details (ARCHITECTURE.md, "CloudLink"): where each call goes and how queries
 * are written. Details the public documentation does not confirm are marked (unconfirmed); each
 * sits here alone so that a difference on the real service is a one-line change.
 */
import { odataString } from '../http/query';

export type CloudLinkService = 'authentication' | 'admin' | 'media' | 'notifications';

export interface Route {
  service: CloudLinkService;
  path: string;
}

const seg = encodeURIComponent;

export const routes = {
  token: (): Route => ({ service: 'authentication', path: '/token' }),
  users: (): Route => ({ service: 'admin', path: '/users' }),
  user: (userId: string): Route => ({ service: 'admin', path: `/users/${seg(userId)}` }),
  endpoint: (extension: string): Route => ({ service: 'media', path: `/endpoints/${seg(extension)}` }),
  calls: (extension: string): Route => ({ service: 'media', path: `/endpoints/${seg(extension)}/calls` }),
  call: (extension: string, callId: string): Route => ({
    service: 'media',
    path: `/endpoints/${seg(extension)}/calls/${seg(callId)}`,
  }),
  callRecords: (): Route => ({ service: 'media', path: '/calls/records' }),
  // (unconfirmed) the account of the token.
  account: (): Route => ({ service: 'admin', path: '/accounts/me' }),
};

/** The token endpoint accepts JSON or a form; JSON is what the bot sends (unconfirmed which the real one prefers). */
export const TOKEN_BODY_FORMAT: 'json' | 'form' = 'json';

/** Response header carrying the correlation id. */
export const CORRELATION_HEADER = 'x-mitel-correlation-id';

/** Header naming the calling application. */
export const APP_HEADER = 'X-Mitel-App';

/**
 * Users and endpoints: what the vendor documents, and where the bot tolerates either form because
 * the documents are silent (vendor facts §1.3–§1.5). Every tolerance is listed here.
 *
 * Documented and relied on:
 * - `GET {admin}/users` answers a collection `{ count, _links: { self, next? }, _embedded: { items } }`
 *   (§1.3; M-IOS `CLAdminClient`); `GET {admin}/users/{userId}` one user.
 * - User fields read: `userId`, `accountId`, `name`, `email`, `extension`, `phone`, `mobile`,
 *   `createdOn` (M-IOS `CLUser`).
 * - `GET {media}/endpoints/{extension}` fields read: `endpointId`, `state`, `userAvailability`,
 *   `dnd` (M-SWG `endpoint`). A line whose `state` is `unknown` is one the gateway does not
 *   monitor (§1.5, derived); 404 means no such endpoint.
 *
 * Still read although undocumented (to be removed; see ARCHITECTURE.md, "CloudLink"):
 * - user `homePhone` (§1.4 [NF]) and user `role` as the PBX's `CTI`/`User` (CloudLink's roles are
 *   `GLOBAL_ADMIN`, `PARTNER_ADMIN`, `ACCOUNT_ADMIN`, `USER`, `GUEST`); call placing, the call log
 *   and the sync-status checks still gate on it.
 * - endpoint `presence: { pbxUser, mitelOne }` (§1.5 [NF]), for the presence card's detail rows.
 *
 * Tolerated because the documents are silent:
 * - No server-side user filter is documented (§1.4 [NF]): users are found by e-mail or extension
 *   client-side, after reading the whole list. No `$filter` is ever sent on `/users`.
 * - `$top`/`$skip` are documented for collections in general (§1.3, M-SWG `info.description`) but
 *   not for `/users` specifically: the bot sends them on the first page and otherwise follows
 *   `_links.next` verbatim; without a next link it moves `$skip` on until `count` is reached.
 * - `_links.next` as a plain URL string (documented) or a HAL `{ href }` object (read as well).
 * - `count` as the total of matches or the size of the page (§1.3 [NF]): paging stops on an empty
 *   page or when no next link and no further `count` remain.
 * - An endpoint `state` or `userAvailability` outside the documented enums reads as `unknown` /
 *   absent rather than failing the answer.
 *
 * Calls and call records (vendor facts §1.6–§1.8, M-SWG `call`, `callCollection`):
 *
 * Documented and relied on:
 * - Numbers are in `from` / `to`; `fromNumberE164` / `toNumberE164` are booleans (E.164 or an
 *   extension). The old string form is not read: a string there is an unreadable answer.
 * - `state` ∈ unknown|idle|ringing|connected|held|outOfService|completed; `cause` ∈ Mitel's 17
 *   causes (call-progress.ts maps both to the bot's outcomes). `completed` (flag) = answered.
 * - Make-call answers 200 with a call `outbound` / `newCall` / `connected`: read as placed and
 *   ringing, the call's own state comes from `GET …/calls/{callId}`.
 * - Records are asked with `$filter=contains(principal,'…')`, `$top`, `$skip` only, and paged
 *   through `_links.next`; direction, missed, dates, numbers and order are the bot's own work.
 *
 * Tolerated because the documents are silent:
 * - A `state` or `cause` outside the documented lists reads as `unknown` / absent.
 * - An E.164 number in `from` / `to` without its `+` (flag true) gets one.
 * - Records in either order (§1.8 [NF]): sorted here; a history answered oldest first is read
 *   from its end when `count` gives the total. Records name no owner: the principal asked for is
 *   theirs.
 * - No `$top` ceiling is documented: CALL_RECORD_PAGE is asked for, `next` followed when fewer come.
 */

/**
 * The only `$filter` sent on call records: the documented `contains(principal,'…')` (M-SWG
 * `getCallRecords`). Direction, answered, dates, numbers and order are all worked out by the bot.
 */
export function callRecordFilter(principalId: string): string {
  return `contains(principal,${odataString(principalId)})`;
}

/** `$top` of a call-records request (Mitel documents `$top`, not its ceiling: unconfirmed). */
export const CALL_RECORD_PAGE = 1000;

/**
 * How much of a history is read: at least the newest CALL_RECORD_WINDOW records (and further back
 * to the start of the period asked for), never more than CALL_RECORD_MAX_PAGES requests.
 */
export const CALL_RECORD_WINDOW = 1000;
export const CALL_RECORD_MAX_PAGES = 10;
