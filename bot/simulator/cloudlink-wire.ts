/** Tenant data in CloudLink's wire shapes (ARCHITECTURE.md, "CloudLink"). */
import type { TenantCall, TenantPerson } from '../tenant/types';
import type { CallRecordWire, OwnedRecord } from './call-log';
import type { Directory } from './directory';

export interface CloudLinkUserWire {
  userId: string;
  accountId: string;
  name: string;
  email?: string;
  extension?: string;
  phone?: string;
  mobile?: string;
  homePhone?: string;
  role: 'CTI' | 'User' | null;
  createdOn: string;
}

/** A CloudLink user (only people with `inCloudLink` are users). */
export function userWire(person: TenantPerson, accountId: string, createdOn: string): CloudLinkUserWire {
  const user: CloudLinkUserWire = {
    userId: person.id,
    accountId,
    name: person.name,
    role: person.cloudlinkRole,
    createdOn,
  };
  if (person.email !== undefined) user.email = person.email;
  if (person.extension !== undefined) user.extension = person.extension;
  if (person.phones.work !== undefined) user.phone = person.phones.work;
  if (person.phones.mobile !== undefined) user.mobile = person.phones.mobile;
  if (person.phones.home !== undefined) user.homePhone = person.phones.home;
  return user;
}

/** Mitel's cause for an unanswered call (M-SWG `call.cause`). */
export const CAUSE_NO_ANSWER = 'callNotAnswer';

/**
 * One side of a call as CloudLink shows it: the number in `from`/`to`, and whether it is a
 * displayable E.164 number (`fromNumberE164`/`toNumberE164`, booleans) rather than an extension.
 */
export interface CallParty {
  number: string;
  isE164: boolean;
  name?: string;
  /** The tenant person on this side, when there is one (`fromPrincipalId`/`toPrincipalId`). */
  principalId?: string;
}

const E164 = /^\+\d+$/;

/**
 * The side of a call that is a person of the tenant: their work number when they have one (as
 * E.164), else their extension. Which of the two a real PBX reports is not documented.
 */
export function personParty(person: TenantPerson): CallParty {
  const work = person.phones.work;
  const number = work !== undefined && E164.test(work) ? work : (person.extension ?? work ?? '');
  return { number, isE164: E164.test(number), name: person.name, principalId: person.id };
}

/** The side of a call given by a number, as dialled; a number of a tenant person lends its name. */
export function numberParty(directory: Directory, number: string, name?: string): CallParty {
  const person = directory.personForNumber(number);
  const party: CallParty = { number, isE164: E164.test(number) };
  const shown = name ?? person?.name;
  if (shown !== undefined) party.name = shown;
  if (person !== undefined) party.principalId = person.id;
  return party;
}

/** The `from…`/`to…` fields of a call object for both sides. */
export function partyFields(from: CallParty, to: CallParty): CallPartyFields {
  const fields: CallPartyFields = {
    from: from.number,
    fromNumberE164: from.isE164,
    to: to.number,
    toNumberE164: to.isE164,
  };
  if (from.name !== undefined) fields.fromName = from.name;
  if (from.principalId !== undefined) fields.fromPrincipalId = from.principalId;
  if (to.name !== undefined) fields.toName = to.name;
  if (to.principalId !== undefined) fields.toPrincipalId = to.principalId;
  return fields;
}

export interface CallPartyFields {
  from: string;
  fromNumberE164: boolean;
  fromName?: string;
  fromPrincipalId?: string;
  to: string;
  toNumberE164: boolean;
  toName?: string;
  toPrincipalId?: string;
}

/** A call record for the tenant's `calls[]` entry (the owner is `to` when inbound, `from` when outbound). */
export function seededRecord(call: TenantCall, owner: TenantPerson, directory: Directory): OwnedRecord {
  const own = personParty(owner);
  const peer = numberParty(directory, call.peer.number, call.peer.name);
  const [from, to] = call.direction === 'inbound' ? [peer, own] : [own, peer];
  const end = new Date(call.start.getTime() + call.durationSeconds * 1000);
  return {
    principal: owner.id,
    wire: recordWire({
      callId: call.id,
      from,
      to,
      direction: call.direction,
      createdOn: call.start,
      endTime: end,
      completed: call.answered,
      ringTime: call.answered ? 0 : call.durationSeconds,
      billingTime: call.answered ? call.durationSeconds : 0,
    }),
  };
}

export interface RecordInit {
  callId: string;
  from: CallParty;
  to: CallParty;
  direction: 'inbound' | 'outbound';
  createdOn: Date;
  endTime: Date;
  /** Answered (M-SWG: "call was completed and was answered"). */
  completed: boolean;
  /** Defaults to none when answered, `callNotAnswer` otherwise. */
  cause?: string;
  ringTime: number;
  billingTime: number;
}

/** A call record in wire shape: a call object in its `completed` state (M-SWG `call`). */
export function recordWire(init: RecordInit): CallRecordWire {
  const cause = init.cause ?? (init.completed ? undefined : CAUSE_NO_ANSWER);
  return {
    callId: init.callId,
    ...partyFields(init.from, init.to),
    direction: init.direction,
    state: 'completed',
    ...(cause === undefined ? {} : { cause }),
    createdOn: init.createdOn.toISOString(),
    endTime: init.endTime.toISOString(),
    completed: init.completed,
    ringTime: init.ringTime,
    billingTime: init.billingTime,
  };
}
