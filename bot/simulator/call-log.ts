/**
 * CloudLink call records, kept per owner and newest first, so that a page of one person's log
 * costs that person's records, not everyone's.
 */

export interface CallRecordWire {
  callId: string;
  /** The owner's userId. */
  principal: string;
  from: string;
  fromName?: string;
  fromNumberE164: string;
  to: string;
  toName?: string;
  toNumberE164: string;
  direction: 'inbound' | 'outbound';
  state: 'disconnected';
  cause: string;
  createdOn: string;
  endTime: string;
  completed: boolean;
  ringTime: number;
  billingTime: number;
}

export interface StoredRecord {
  createdMs: number;
  wire: CallRecordWire;
}

export type RecordPredicate = (record: StoredRecord) => boolean;

export interface RecordPage {
  count: number;
  items: CallRecordWire[];
}

export class CallLog {
  private readonly byOwner = new Map<string, StoredRecord[]>();

  /** Loads many records at once (seeding): one sort per owner. */
  load(records: Iterable<CallRecordWire>): void {
    for (const wire of records) {
      const list = this.byOwner.get(wire.principal);
      const stored = { createdMs: Date.parse(wire.createdOn), wire };
      if (list) list.push(stored);
      else this.byOwner.set(wire.principal, [stored]);
    }
    for (const list of this.byOwner.values()) list.sort((a, b) => b.createdMs - a.createdMs);
  }

  /** Adds one record in its place (newest first). */
  add(wire: CallRecordWire): void {
    const stored = { createdMs: Date.parse(wire.createdOn), wire };
    let list = this.byOwner.get(wire.principal);
    if (!list) {
      list = [];
      this.byOwner.set(wire.principal, list);
    }
    // Binary search for the first record older than the new one; equal times keep arrival order.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (list[mid]!.createdMs >= stored.createdMs) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, stored);
  }

  /** Number of records of one owner. */
  size(principal: string): number {
    return this.byOwner.get(principal)?.length ?? 0;
  }

  /** One page of an owner's records that pass every predicate, and how many pass in all. */
  query(
    principal: string,
    predicates: readonly RecordPredicate[],
    order: 'desc' | 'asc',
    skip: number,
    top: number,
  ): RecordPage {
    const list = this.byOwner.get(principal) ?? [];
    const items: CallRecordWire[] = [];
    let count = 0;
    const n = list.length;
    for (let i = 0; i < n; i++) {
      const record = list[order === 'desc' ? i : n - 1 - i]!;
      if (!predicates.every((p) => p(record))) continue;
      if (count >= skip && items.length < top) items.push(record.wire);
      count++;
    }
    return { count, items };
  }
}
