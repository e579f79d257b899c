/** People, snapshots and call records for the call log's unit tests. */
import type { Person } from '../../../../bot/people';
import { buildPeopleSnapshot, type PeopleSnapshot } from '../../../../bot/people/people-snapshot';
import type { CallRecord, CallRecordPage, CallRecordQuery } from '../../../../bot/services';
import type { CallRecordSource } from '../../../../bot/commands/calls/call-log-reader';

export function person(id: string, name: string, fields: Partial<Person> = {}): Person {
  return {
    key: `cl:${id}`,
    name,
    email: `${id}@contoso.fr`,
    upn: `${id}@contoso.fr`,
    phones: {},
    cloudlinkRole: 'CTI',
    inCloudLink: true,
    inTeams: true,
    teamsPhoneLicense: true,
    isAdmin: false,
    cloudlinkUserId: id,
    ...fields,
  };
}

export function snapshotOf(people: Person[]): PeopleSnapshot {
  return buildPeopleSnapshot({
    people,
    loadedAt: new Date(0),
    adminGroup: 'ok',
    defaultCountry: 'FR',
    stats: {
      joined: { mapping: 0, upn: 0, mail: 0 },
      cloudLinkOnly: 0,
      teamsOnly: 0,
      ambiguous: 0,
      unreadablePhones: 0,
      repeatedIds: 0,
    },
  });
}

export function record(
  id: string,
  fields: {
    direction?: 'inbound' | 'outbound';
    answered?: boolean;
    at: Date;
    peer: string;
    name?: string;
    seconds?: number;
  },
): CallRecord {
  const direction = fields.direction ?? 'inbound';
  const peer = { number: fields.peer, ...(fields.name ? { name: fields.name } : {}) };
  const own = { number: '2000' };
  return {
    id,
    principalId: 'me',
    direction,
    from: direction === 'inbound' ? peer : own,
    to: direction === 'inbound' ? own : peer,
    peer,
    startedAt: fields.at,
    endedAt: null,
    answered: fields.answered ?? true,
    ringSeconds: 0,
    durationSeconds: fields.seconds ?? 60,
  };
}

/**
 * A CloudLink stand-in that filters, counts and pages like the real service (records kept newest
 * first per owner), and notes every query it answers and how many records it handed back.
 */
export class FakeRecords implements CallRecordSource {
  readonly queries: CallRecordQuery[] = [];
  returned = 0;

  constructor(private readonly byOwner: Map<string, CallRecord[]>) {}

  static of(owner: string, records: CallRecord[]): FakeRecords {
    const sorted = [...records].sort((a, b) => b.startedAt.getTime() - a.startedAt.getTime());
    return new FakeRecords(new Map([[owner, sorted]]));
  }

  listCallRecords(principalId: string, query: CallRecordQuery): Promise<CallRecordPage> {
    this.queries.push(query);
    const matching = (this.byOwner.get(principalId) ?? []).filter(
      (r) =>
        (query.direction === undefined || r.direction === query.direction) &&
        (query.answered === undefined || r.answered === query.answered) &&
        (query.from === undefined || r.startedAt >= query.from) &&
        (query.to === undefined || r.startedAt < query.to) &&
        (query.numberContains === undefined || r.peer.number.includes(query.numberContains)),
    );
    const skip = query.skip ?? 0;
    const items = matching.slice(skip, skip + query.top);
    this.returned += items.length;
    return Promise.resolve({ total: matching.length, items, hasMore: skip + items.length < matching.length });
  }
}
