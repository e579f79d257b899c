/** Tenant data in CloudLink's wire shapes (ARCHITECTURE.md, "CloudLink"). */
import type { TenantCall, TenantPerson } from '../tenant/types';
import type { CallRecordWire } from './call-log';
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

export const CAUSE_ANSWERED = 'NORMAL_CLEARING';
export const CAUSE_NO_ANSWER = 'NO_ANSWER';

/** One side of a call as a record shows it. */
export interface CallParty {
  number: string;
  name?: string;
  e164: string;
}

/** The side of a call that is a person of the tenant: the extension, the work number as E.164. */
export function personParty(person: TenantPerson): CallParty {
  const number = person.extension ?? person.phones.work ?? '';
  return { number, name: person.name, e164: person.phones.work ?? number };
}

/** The side of a call given by a number; a number of a tenant person lends its name and E.164. */
export function numberParty(directory: Directory, number: string, name?: string): CallParty {
  if (/^\+\d+$/.test(number)) {
    return { number, name: name ?? directory.personForNumber(number)?.name, e164: number };
  }
  const person = directory.personForNumber(number);
  return { number, name: name ?? person?.name, e164: person?.phones.work ?? number };
}

/** A call record for the tenant's `calls[]` entry (the owner is `to` when inbound, `from` when outbound). */
export function seededRecord(call: TenantCall, owner: TenantPerson, directory: Directory): CallRecordWire {
  const own = personParty(owner);
  const peer = numberParty(directory, call.peer.number, call.peer.name);
  const [from, to] = call.direction === 'inbound' ? [peer, own] : [own, peer];
  const end = new Date(call.start.getTime() + call.durationSeconds * 1000);
  return recordWire({
    callId: call.id,
    principal: owner.id,
    from,
    to,
    direction: call.direction,
    createdOn: call.start,
    endTime: end,
    completed: call.answered,
    ringTime: call.answered ? 0 : call.durationSeconds,
    billingTime: call.answered ? call.durationSeconds : 0,
  });
}

export interface RecordInit {
  callId: string;
  principal: string;
  from: CallParty;
  to: CallParty;
  direction: 'inbound' | 'outbound';
  createdOn: Date;
  endTime: Date;
  completed: boolean;
  /** Defaults to normal clearing when completed, no answer otherwise. */
  cause?: string;
  ringTime: number;
  billingTime: number;
}

/** A call record in wire shape. */
export function recordWire(init: RecordInit): CallRecordWire {
  const record: CallRecordWire = {
    callId: init.callId,
    principal: init.principal,
    from: init.from.number,
    fromNumberE164: init.from.e164,
    to: init.to.number,
    toNumberE164: init.to.e164,
    direction: init.direction,
    state: 'disconnected',
    cause: init.cause ?? (init.completed ? CAUSE_ANSWERED : CAUSE_NO_ANSWER),
    createdOn: init.createdOn.toISOString(),
    endTime: init.endTime.toISOString(),
    completed: init.completed,
    ringTime: init.ringTime,
    billingTime: init.billingTime,
  };
  if (init.from.name !== undefined) record.fromName = init.from.name;
  if (init.to.name !== undefined) record.toName = init.to.name;
  return record;
}
