/**
 * Joins CloudLink users and Teams (Graph) users into people. A Teams user and a CloudLink user are
 * the same person when a manual mapping of the Teams integration says so (UPN ↔ e-mail), else
 * when the Teams UPN equals the CloudLink e-mail, else when the Teams mail equals it, all
 * case-insensitively. The first rule that pairs a user decides; within a rule, an address held by
 * several users on either side pairs nobody (each stays one-sided, never joined to a guess).
 *
 * Pure and linear: every rule is a pass over maps keyed by address.
 */
import { foldText } from '../domain/name-text';
import { parsePhoneNumber, type CountryCode } from '../domain/phone-number';
import { countryOfProfile } from './user-country';
import type { CloudLinkUser, GraphUser, GroupMember, ManualMapping } from '../services';
import { addressKey, cloudLinkKey, teamsKey, type Person } from './person';

export interface JoinInput {
  cloudLinkUsers: readonly CloudLinkUser[];
  graphUsers: readonly GraphUser[];
  /** The Teams integration's manual mappings ([] when the integration is not added). */
  manualMappings: readonly ManualMapping[];
  /** Members of the bot's admin group. */
  adminMembers: readonly GroupMember[];
  /** The country numbers written without "+" are read in. */
  defaultCountry?: CountryCode;
}

export type JoinedBy = 'mapping' | 'upn' | 'mail';

export interface JoinStats {
  joined: Record<JoinedBy, number>;
  cloudLinkOnly: number;
  teamsOnly: number;
  /** Users left one-sided because their address (or mapping) points at several users. */
  ambiguous: number;
  /** Phone numbers left out because they cannot be read as numbers. */
  unreadablePhones: number;
  /** Repeated user ids in the sources (the first occurrence is kept). */
  repeatedIds: number;
}

export interface JoinResult {
  /** CloudLink people in source order, then Teams-only people in source order. */
  people: Person[];
  stats: JoinStats;
}

interface Pairing {
  pairs: Map<CloudLinkUser, { teams: GraphUser; by: JoinedBy }>;
  pairedTeams: Set<GraphUser>;
  /** Users a rule has settled (paired or found ambiguous): later rules leave them alone. */
  settledCloud: Set<CloudLinkUser>;
  settledTeams: Set<GraphUser>;
  ambiguous: number;
}

/** Joins the two user lists into people (see the module comment for the rules). */
export function joinPeople(input: JoinInput): JoinResult {
  const cloud = uniqueById(input.cloudLinkUsers);
  const teams = uniqueById(input.graphUsers);
  const pairing: Pairing = {
    pairs: new Map(),
    pairedTeams: new Set(),
    settledCloud: new Set(),
    settledTeams: new Set(),
    ambiguous: 0,
  };
  pairByMappings(cloud.users, teams.users, input.manualMappings, pairing);
  pairByAddress(cloud.users, teams.users, (t) => addressKey(t.userPrincipalName), 'upn', pairing);
  pairByAddress(cloud.users, teams.users, (t) => addressKey(t.mail), 'mail', pairing);

  const adminIds = new Set<string>();
  const adminUpns = new Set<string>();
  for (const m of input.adminMembers) {
    adminIds.add(m.id);
    const upn = addressKey(m.userPrincipalName);
    if (upn !== undefined) adminUpns.add(upn);
  }
  const isAdmin = (t: GraphUser | undefined): boolean =>
    t !== undefined && (adminIds.has(t.id) || adminUpns.has(addressKey(t.userPrincipalName) ?? ''));

  const stats: JoinStats = {
    joined: { mapping: 0, upn: 0, mail: 0 },
    cloudLinkOnly: 0,
    teamsOnly: 0,
    ambiguous: pairing.ambiguous,
    unreadablePhones: 0,
    repeatedIds: cloud.repeated + teams.repeated,
  };
  const people: Person[] = [];
  for (const c of cloud.users) {
    const pair = pairing.pairs.get(c);
    if (pair === undefined) stats.cloudLinkOnly += 1;
    else stats.joined[pair.by] += 1;
    people.push(toPerson(c, pair?.teams, isAdmin(pair?.teams), input.defaultCountry, stats));
  }
  for (const t of teams.users) {
    if (pairing.pairedTeams.has(t)) continue;
    stats.teamsOnly += 1;
    people.push(toPerson(undefined, t, isAdmin(t), input.defaultCountry, stats));
  }
  markSharedAddresses(people);
  return { people, stats };
}

/**
 * Marks the people left one-sided by a CloudLink e-mail that several CloudLink users share: those
 * CloudLink users, the Teams users whose address it is, and a Teams user whose name is that of one
 * of them (their own account, reached by nothing since its address is someone else's too). Only
 * for telling them why; nobody is paired on a name.
 */
function markSharedAddresses(people: Person[]): void {
  const holders = new Map<string, Person[]>();
  for (const p of people) {
    const email = p.inCloudLink ? addressKey(p.email) : undefined;
    if (email !== undefined) push(holders, email, p);
  }
  const byName = new Map<string, { address: string; holders: Person[] }>();
  for (const [address, list] of holders) {
    if (list.length < 2) continue;
    for (const p of list) {
      if (p.inTeams) continue;
      p.sharedAddress = { address: p.email ?? address, others: namesBut(list, p.name) };
      byName.set(foldText(p.name), { address: p.email ?? address, holders: list });
    }
  }
  if (byName.size === 0) return;
  for (const p of people) {
    if (p.inCloudLink) continue;
    const own = [p.upn, p.teamsMail]
      .map(addressKey)
      .find((a) => a !== undefined && (holders.get(a)?.length ?? 0) > 1);
    if (own !== undefined) {
      const list = holders.get(own)!;
      p.sharedAddress = { address: list[0]?.email ?? own, others: namesBut(list, p.name) };
      continue;
    }
    const twin = byName.get(foldText(p.name));
    if (twin !== undefined)
      p.sharedAddress = { address: twin.address, others: namesBut(twin.holders, p.name) };
  }
}

function namesBut(list: readonly Person[], name: string): string[] {
  const own = foldText(name);
  return [...new Set(list.filter((p) => foldText(p.name) !== own).map((p) => p.name))];
}

/** Rule 1: the manual mappings. A user named by mappings pointing at several users pairs nobody. */
function pairByMappings(
  cloud: readonly CloudLinkUser[],
  teams: readonly GraphUser[],
  mappings: readonly ManualMapping[],
  pairing: Pairing,
): void {
  const mapped = new Map<string, Set<string>>();
  const mappedUpns = new Set<string>();
  for (const m of mappings) {
    const email = addressKey(m.email);
    const upn = addressKey(m.upn);
    if (email === undefined || upn === undefined) continue;
    add(mapped, email, upn);
    mappedUpns.add(upn);
  }
  if (mapped.size === 0) return;
  const cloudByEmail = new Map<string, CloudLinkUser[]>();
  for (const c of cloud) {
    const email = addressKey(c.email);
    if (email !== undefined && mapped.has(email)) push(cloudByEmail, email, c);
  }
  const teamsByUpn = new Map<string, GraphUser[]>();
  for (const t of teams) {
    const upn = addressKey(t.userPrincipalName);
    if (upn !== undefined && mappedUpns.has(upn)) push(teamsByUpn, upn, t);
  }

  // How many users each mapped address reaches on the other side (counts keep this linear).
  const teamsReached = new Map<string, number>();
  const cloudReached = new Map<string, number>();
  for (const [email, upns] of mapped) {
    for (const upn of upns) {
      increment(teamsReached, email, teamsByUpn.get(upn)?.length ?? 0);
      increment(cloudReached, upn, cloudByEmail.get(email)?.length ?? 0);
    }
  }
  for (const [email, cs] of cloudByEmail) {
    if ((teamsReached.get(email) ?? 0) === 0) continue; // the mapping names nobody in Teams
    const [c] = cs;
    const target =
      teamsReached.get(email) === 1 && cs.length === 1
        ? reachedTeams(mapped.get(email), teamsByUpn)
        : undefined;
    if (c !== undefined && target !== undefined && cloudReached.get(target.upn) === 1) {
      settlePair(c, target.user, 'mapping', pairing);
    } else {
      for (const u of cs) settleAmbiguousCloud(u, pairing);
    }
  }
  for (const [upn, ts] of teamsByUpn) {
    if ((cloudReached.get(upn) ?? 0) === 0) continue;
    for (const t of ts) settleAmbiguousTeams(t, pairing);
  }
}

/** The one Teams user the mapped UPNs of an e-mail reach (the caller knows there is exactly one). */
function reachedTeams(
  upns: Set<string> | undefined,
  teamsByUpn: Map<string, GraphUser[]>,
): { upn: string; user: GraphUser } | undefined {
  for (const upn of upns ?? []) {
    const user = teamsByUpn.get(upn)?.[0];
    if (user !== undefined) return { upn, user };
  }
  return undefined;
}

/** Rules 2 and 3: the CloudLink e-mail equals one Teams address (UPN, then mail) of the users still free. */
function pairByAddress(
  cloud: readonly CloudLinkUser[],
  teams: readonly GraphUser[],
  teamsAddress: (t: GraphUser) => string | undefined,
  by: JoinedBy,
  pairing: Pairing,
): void {
  const buckets = new Map<string, { cloud: CloudLinkUser[]; teams: GraphUser[] }>();
  for (const c of cloud) {
    if (pairing.settledCloud.has(c)) continue;
    const email = addressKey(c.email);
    if (email === undefined) continue;
    const bucket = buckets.get(email);
    if (bucket === undefined) buckets.set(email, { cloud: [c], teams: [] });
    else bucket.cloud.push(c);
  }
  for (const t of teams) {
    if (pairing.settledTeams.has(t)) continue;
    const address = teamsAddress(t);
    if (address !== undefined) buckets.get(address)?.teams.push(t);
  }
  for (const bucket of buckets.values()) {
    if (bucket.teams.length === 0) continue;
    const [c] = bucket.cloud;
    const [t] = bucket.teams;
    if (bucket.cloud.length === 1 && bucket.teams.length === 1 && c !== undefined && t !== undefined) {
      settlePair(c, t, by, pairing);
    } else {
      for (const u of bucket.cloud) settleAmbiguousCloud(u, pairing);
      for (const u of bucket.teams) settleAmbiguousTeams(u, pairing);
    }
  }
}

function settlePair(c: CloudLinkUser, t: GraphUser, by: JoinedBy, pairing: Pairing): void {
  pairing.pairs.set(c, { teams: t, by });
  pairing.pairedTeams.add(t);
  pairing.settledCloud.add(c);
  pairing.settledTeams.add(t);
}

function settleAmbiguousCloud(c: CloudLinkUser, pairing: Pairing): void {
  if (pairing.settledCloud.has(c)) return;
  pairing.settledCloud.add(c);
  pairing.ambiguous += 1;
}

function settleAmbiguousTeams(t: GraphUser, pairing: Pairing): void {
  if (pairing.settledTeams.has(t)) return;
  pairing.settledTeams.add(t);
  pairing.ambiguous += 1;
}

function toPerson(
  c: CloudLinkUser | undefined,
  t: GraphUser | undefined,
  isAdmin: boolean,
  defaultCountry: CountryCode | undefined,
  stats: JoinStats,
): Person {
  const key = c !== undefined ? cloudLinkKey(c.id) : teamsKey(t!.id);
  const email = blankToUndefined(c?.email);
  const upn = blankToUndefined(t?.userPrincipalName);
  const mail = blankToUndefined(t?.mail);
  const person: Person = {
    key,
    name: blankToUndefined(c?.name) ?? blankToUndefined(t?.displayName) ?? email ?? upn ?? key,
    phones: {},
    cloudlinkRole: c?.role ?? null,
    inCloudLink: c !== undefined,
    inTeams: t !== undefined,
    teamsPhoneLicense: t === undefined ? null : t.hasTeamsPhoneLicense,
    isAdmin,
  };
  if (email !== undefined) person.email = email;
  if (upn !== undefined) person.upn = upn;
  if (mail !== undefined && addressKey(mail) !== addressKey(upn)) person.teamsMail = mail;
  if (t !== undefined) {
    person.aadObjectId = t.id;
    person.graphUserId = t.id;
    const country = countryOfProfile(t.usageLocation, t.country);
    if (country !== undefined) person.country = country;
  }
  if (c !== undefined) {
    person.cloudlinkUserId = c.id;
    const extension = blankToUndefined(c.extension);
    if (extension !== undefined) person.extension = extension;
    for (const kind of ['work', 'mobile', 'home'] as const) {
      const raw = blankToUndefined(c.phones[kind]);
      if (raw === undefined) continue;
      const e164 = parsePhoneNumber(raw, defaultCountry);
      if (e164 === null) stats.unreadablePhones += 1;
      else person.phones[kind] = e164;
    }
  }
  return person;
}

function uniqueById<U extends { id: string }>(users: readonly U[]): { users: U[]; repeated: number } {
  const seen = new Set<string>();
  const out: U[] = [];
  for (const u of users) {
    if (seen.has(u.id)) continue;
    seen.add(u.id);
    out.push(u);
  }
  return { users: out, repeated: users.length - out.length };
}

function blankToUndefined(text: string | null | undefined): string | undefined {
  const trimmed = text?.trim();
  return trimmed ? trimmed : undefined;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function increment<K>(map: Map<K, number>, key: K, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function add<K, V>(map: Map<K, Set<V>>, key: K, value: V): void {
  const set = map.get(key);
  if (set === undefined) map.set(key, new Set([value]));
  else set.add(value);
}
