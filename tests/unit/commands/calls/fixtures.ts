/** People, snapshots and call records for the call log's unit tests. */
import type { Person } from '../../../../bot/people';
import { buildPeopleSnapshot, type PeopleSnapshot } from '../../../../bot/people/people-snapshot';
import type { CallHistory, CallHistoryOptions, CallRecord } from '../../../../bot/services';
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
 * A CloudLink client stand-in for the call history: hands back an owner's newest `window` records
 * newest first, as CloudLinkClient.readCallHistory does, and notes every request.
 */
export class FakeRecords implements CallRecordSource {
  readonly requests: CallHistoryOptions[] = [];

  constructor(
    private readonly byOwner: Map<string, CallRecord[]>,
    private readonly window = Infinity,
  ) {}

  static of(owner: string, records: CallRecord[], window = Infinity): FakeRecords {
    return new FakeRecords(new Map([[owner, records]]), window);
  }

  readCallHistory(principalId: string, options: CallHistoryOptions = {}): Promise<CallHistory> {
    this.requests.push(options);
    const all = [...(this.byOwner.get(principalId) ?? [])].sort(
      (a, b) => b.startedAt.getTime() - a.startedAt.getTime(),
    );
    const records = all.slice(0, this.window);
    return Promise.resolve({ records, complete: records.length === all.length });
  }
}
