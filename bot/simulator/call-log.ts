/**
 * CloudLink call records, kept per owner and newest first, so that a page of one person's log
 * costs that person's records, not everyone's.
 */

/** A call record as CloudLink answers it: a call object (M-SWG `call`); it names no owner. */
export interface CallRecordWire {
  callId: string;
  from: string;
  fromName?: string;
  fromNumberE164: boolean;
  fromPrincipalId?: string;
  to: string;
  toName?: string;
  toNumberE164: boolean;
  toPrincipalId?: string;
  direction: 'inbound' | 'outbound';
  state: 'completed';
  cause?: string;
  createdOn: string;
  endTime: string;
  completed: boolean;
  ringTime: number;
  billingTime: number;
}

/** A record and the principal whose history holds it (what `contains(principal,…)` matches). */
export interface OwnedRecord {
  principal: string;
  wire: CallRecordWire;
}

export interface StoredRecord extends OwnedRecord {
  createdMs: number;
}

export type RecordPredicate = (record: StoredRecord) => boolean;

/** What a call-records query asks for: the documented filters are the principal and a direction. */
export interface RecordCriteria {
  direction?: 'inbound' | 'outbound';
  /** Anything else (a contradictory direction): checked record by record. */
  predicates: readonly RecordPredicate[];
}

export interface RecordPage {
  count: number;
  items: CallRecordWire[];
}

/**
 * Each owner's records, newest first, in three views: all, inbound, outbound. A query picks the
 * view of its direction, so counting and paging cost O(page) whatever the history's size. Pages
 * run newest first: Mitel documents no order for records (vendor facts §1.8), so this is the
 * simulator's choice; the bot sorts what it reads.
 */
export class CallLog {
  private readonly byOwner = new Map<string, Map<string, StoredRecord[]>>();

  /** Loads many records at once (seeding): one sort per view. */
  load(records: Iterable<OwnedRecord>): void {
    for (const { principal, wire } of records) {
      const stored = { createdMs: Date.parse(wire.createdOn), principal, wire };
      for (const list of this.viewsFor(stored)) list.push(stored);
    }
    for (const views of this.byOwner.values()) {
      for (const list of views.values()) list.sort((a, b) => b.createdMs - a.createdMs);
    }
  }

  /** Adds one record in its place (newest first) in every view it belongs to. */
  add(principal: string, wire: CallRecordWire): void {
    const stored = { createdMs: Date.parse(wire.createdOn), principal, wire };
    for (const list of this.viewsFor(stored)) {
      // The first record older than the new one; equal times keep arrival order.
      list.splice(firstBelow(list, stored.createdMs + 1), 0, stored);
    }
  }

  /** Number of records of one owner. */
  size(principal: string): number {
    return this.byOwner.get(principal)?.get(viewKey(undefined))?.length ?? 0;
  }

  /** One page of an owner's records that meet the criteria, newest first, and how many meet them in all. */
  query(principal: string, criteria: RecordCriteria, skip: number, top: number): RecordPage {
    const list = this.byOwner.get(principal)?.get(viewKey(criteria.direction)) ?? [];
    if (criteria.predicates.length === 0) {
      return { count: list.length, items: list.slice(skip, skip + top).map((r) => r.wire) };
    }
    const items: CallRecordWire[] = [];
    let count = 0;
    for (const record of list) {
      if (!criteria.predicates.every((p) => p(record))) continue;
      if (count >= skip && items.length < top) items.push(record.wire);
      count++;
    }
    return { count, items };
  }

  private viewsFor(stored: StoredRecord): StoredRecord[][] {
    let views = this.byOwner.get(stored.principal);
    if (!views) {
      views = new Map();
      this.byOwner.set(stored.principal, views);
    }
    return [viewKey(undefined), viewKey(stored.wire.direction)].map((key) => {
      let list = views.get(key);
      if (!list) {
        list = [];
        views.set(key, list);
      }
      return list;
    });
  }
}

function viewKey(direction: string | undefined): string {
  return direction ?? '*';
}
/** In a newest-first list, the index of the first record created strictly before `ms`. */
function firstBelow(list: readonly StoredRecord[], ms: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.createdMs >= ms) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
