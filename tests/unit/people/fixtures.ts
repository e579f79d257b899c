// Test doubles for the people specs: users of both sources, fake clients and a recording logger.
import type { Fields, Logger } from '../../../bot/log';
import type { PeopleCloudLink, PeopleGraph, PeopleMappings } from '../../../bot/people/people-directory';
import type { CloudLinkUser, GraphUser, GroupMember, ManualMapping } from '../../../bot/services';
import { UpstreamError, type UpstreamSystem } from '../../../bot/services';

export function clUser(
  id: string,
  name: string,
  email: string | undefined,
  extra: Partial<CloudLinkUser> = {},
): CloudLinkUser {
  return { id, accountId: 'acc-1', name, email, phones: {}, role: 'CTI', ...extra };
}

export function aadUser(
  id: string,
  displayName: string,
  userPrincipalName: string,
  extra: Partial<GraphUser> = {},
): GraphUser {
  return {
    id,
    displayName,
    userPrincipalName,
    mail: userPrincipalName,
    skuIds: [],
    hasTeamsPhoneLicense: true,
    ...extra,
  };
}

/** The mappings the bot keeps (what the directory reads from its storage). */
export interface StoredMappings {
  manualMappings: ManualMapping[];
}

export function integration(manualMappings: ManualMapping[]): StoredMappings {
  return { manualMappings };
}

export function upstreamFailure(
  system: UpstreamSystem,
  operation: string,
  kind: UpstreamError['kind'] = 'network',
): UpstreamError {
  return new UpstreamError({ system, operation, kind });
}

/** A promise the test settles by hand. */
export class Gate {
  readonly promise: Promise<void>;
  open!: () => void;
  constructor() {
    this.promise = new Promise<void>((resolve) => {
      this.open = resolve;
    });
  }
}

/** What the fakes answer and how often they were asked. */
export interface Sources {
  cloudLinkUsers: CloudLinkUser[];
  graphUsers: GraphUser[];
  integration: StoredMappings | null;
  adminMembers: GroupMember[];
  /** Thrown by the named call instead of answering. */
  failures: Partial<Record<'clUsers' | 'graphUsers' | 'integration' | 'admins', Error>>;
  /** Every call waits for this gate when set. */
  gate?: Gate;
  /** One call waits for its own gate when set. */
  gates: Partial<Record<'clUsers' | 'graphUsers' | 'integration' | 'admins', Gate>>;
  calls: { clUsers: number; graphUsers: number; integration: number; admins: number };
  /** Calls started and not yet answered. */
  pending: number;
  groupIds: string[];
}

export function sources(
  init: Partial<Pick<Sources, 'cloudLinkUsers' | 'graphUsers' | 'integration' | 'adminMembers'>> = {},
): Sources {
  return {
    cloudLinkUsers: init.cloudLinkUsers ?? [],
    graphUsers: init.graphUsers ?? [],
    integration: init.integration ?? null,
    adminMembers: init.adminMembers ?? [],
    failures: {},
    gates: {},
    calls: { clUsers: 0, graphUsers: 0, integration: 0, admins: 0 },
    pending: 0,
    groupIds: [],
  };
}

async function answer<T>(s: Sources, call: keyof Sources['calls'], value: () => T): Promise<T> {
  s.calls[call] += 1;
  s.pending += 1;
  try {
    if (s.gate) await s.gate.promise;
    const own = s.gates[call];
    if (own) await own.promise;
    const failure = s.failures[call];
    if (failure) throw failure;
    return value();
  } finally {
    s.pending -= 1;
  }
}

export function fakeCloudLink(s: Sources): PeopleCloudLink {
  return {
    listUsers: () => answer(s, 'clUsers', () => [...s.cloudLinkUsers]),
  };
}

/** The bot's stored mappings: those of `s.integration` (none when it is null). */
export function fakeIdentityMap(s: Sources): PeopleMappings {
  return {
    mappings: () => answer(s, 'integration', () => s.integration?.manualMappings ?? []),
  };
}

export function fakeGraph(s: Sources): PeopleGraph {
  return {
    listUsers: () => answer(s, 'graphUsers', () => [...s.graphUsers]),
    listGroupMembers: (groupId: string) => {
      s.groupIds.push(groupId);
      return answer(s, 'admins', () => [...s.adminMembers]);
    },
  };
}

export interface LogLine {
  level: string;
  msg: string;
  fields: Fields;
}

/** A logger that keeps what it is told. */
export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const make = (base: Fields): Logger => ({
    debug: (msg, fields) => lines.push({ level: 'debug', msg, fields: { ...base, ...fields } }),
    info: (msg, fields) => lines.push({ level: 'info', msg, fields: { ...base, ...fields } }),
    warn: (msg, fields) => lines.push({ level: 'warn', msg, fields: { ...base, ...fields } }),
    error: (msg, fields) => lines.push({ level: 'error', msg, fields: { ...base, ...fields } }),
    child: (fields) => make({ ...base, ...fields }),
  });
  return Object.assign(make({}), { lines });
}

/** Lets every pending promise callback run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 10; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}
