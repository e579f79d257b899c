/**
 * One loaded view of the people: the list, a search index (the domain Directory) and exact
 * lookups by address, extension and object id. Immutable once built; PeopleDirectory swaps whole
 * snapshots. Addresses are compared case-insensitively; an address several people share finds
 * nobody (never someone else's data).
 */
import { Directory, type DirectoryEntry } from '../domain/directory';
import { foldText } from '../domain/name-text';
import type { CountryCode } from '../domain/phone-number';
import type { JoinStats } from './join';
import { addressKey, type Person } from './person';

/** What Teams tells about the member speaking (`TeamsInfo.getMember`). */
export interface CallerMember {
  userPrincipalName?: string | null;
  email?: string | null;
  aadObjectId?: string | null;
}

/** A directory entry: `id` is the person's key. */
export interface PersonEntry extends DirectoryEntry {
  person: Person;
}

/** Whether the admin group could be read: 'notConfigured' (no group id) and 'notFound' mean no admins. */
export type AdminGroupState = 'ok' | 'notConfigured' | 'notFound';

export interface PeopleSnapshot {
  readonly people: readonly Person[];
  /** When the sources were read. */
  readonly loadedAt: Date;
  /** Name, extension, e-mail and number search over the people. */
  readonly directory: Directory<PersonEntry>;
  readonly admins: readonly Person[];
  readonly adminGroup: AdminGroupState;
  readonly stats: JoinStats;
  byKey(key: string): Person | undefined;
  /** The one person with this CloudLink e-mail. */
  byCloudLinkEmail(email: string): Person | undefined;
  /** The one person with this Teams UPN. */
  byUpn(upn: string): Person | undefined;
  /** The one person whose Teams mail (else UPN) is this address. */
  byTeamsMail(mail: string): Person | undefined;
  byAadObjectId(id: string): Person | undefined;
  /** The one person with this extension. */
  byExtension(extension: string): Person | undefined;
  /**
   * The person speaking: by UPN (Teams UPN, then a CloudLink e-mail equal to it), then by e-mail
   * (CloudLink e-mail, then Teams mail or UPN), then by aadObjectId; null when none finds one person.
   */
  identify(member: CallerMember): Person | null;
  /** Whether several people share this address (CloudLink e-mail, Teams UPN or Teams mail). */
  isAmbiguousAddress(address: string): boolean;
}

export interface SnapshotInit {
  people: Person[];
  loadedAt: Date;
  stats: JoinStats;
  adminGroup: AdminGroupState;
  defaultCountry?: CountryCode;
}

/** Indexes the people for the lookups of a snapshot. */
export function buildPeopleSnapshot(init: SnapshotInit): PeopleSnapshot {
  return new IndexedPeople(init);
}

/**
 * The Teams-only records of people whose phone-system account is left unjoined by a shared e-mail
 * address, when that account has the same name: one person in two records, listed once in searches
 * (as the phone-system account, the one that can be called).
 */
function cloudLinkTwins(people: readonly Person[]): Set<Person> {
  const twins = new Set<Person>();
  const cloudNames = new Set<string>();
  for (const p of people)
    if (p.sharedAddress && p.inCloudLink && !p.inTeams) cloudNames.add(foldText(p.name));
  if (cloudNames.size === 0) return twins;
  for (const p of people)
    if (p.sharedAddress && p.inTeams && !p.inCloudLink && cloudNames.has(foldText(p.name))) twins.add(p);
  return twins;
}

/** Address → the one person holding it, or AMBIGUOUS when several do. */
const AMBIGUOUS = null;
type AddressIndex = Map<string, Person | typeof AMBIGUOUS>;

class IndexedPeople implements PeopleSnapshot {
  readonly people: readonly Person[];
  readonly loadedAt: Date;
  readonly directory: Directory<PersonEntry>;
  readonly admins: readonly Person[];
  readonly adminGroup: AdminGroupState;
  readonly stats: JoinStats;
  private readonly emails: AddressIndex = new Map();
  private readonly upns: AddressIndex = new Map();
  private readonly mails: AddressIndex = new Map();
  private readonly objectIds: AddressIndex = new Map();
  private readonly unlisted = new Map<string, Person>();

  constructor(init: SnapshotInit) {
    this.people = init.people;
    this.loadedAt = init.loadedAt;
    this.stats = init.stats;
    this.adminGroup = init.adminGroup;
    const entries: PersonEntry[] = [];
    const admins: Person[] = [];
    const twins = cloudLinkTwins(init.people);
    for (const person of init.people) {
      index(this.emails, person.email, person);
      index(this.upns, person.upn, person);
      // The Teams mail is usually the UPN; it is stored only when it differs.
      index(this.mails, person.teamsMail ?? person.upn, person);
      index(this.objectIds, person.aadObjectId, person);
      if (person.isAdmin) admins.push(person);
      if (twins.has(person)) {
        // Found by their Teams identity, but not offered in searches beside their own account.
        this.unlisted.set(person.key, person);
        continue;
      }
      const entry: PersonEntry = { id: person.key, name: person.name, phones: person.phones, person };
      const email = person.email ?? person.upn;
      if (email !== undefined) entry.email = email;
      if (person.extension !== undefined) entry.extension = person.extension;
      entries.push(entry);
    }
    this.admins = admins;
    this.directory = new Directory(entries, { defaultCountry: init.defaultCountry });
  }

  byKey(key: string): Person | undefined {
    return this.directory.byId(key)?.person ?? this.unlisted.get(key);
  }

  byCloudLinkEmail(email: string): Person | undefined {
    return lookup(this.emails, email);
  }

  byUpn(upn: string): Person | undefined {
    return lookup(this.upns, upn);
  }

  byTeamsMail(mail: string): Person | undefined {
    return lookup(this.mails, mail);
  }

  byAadObjectId(id: string): Person | undefined {
    return lookup(this.objectIds, id);
  }

  byExtension(extension: string): Person | undefined {
    return this.directory.byExtension(extension)?.person;
  }

  identify(member: CallerMember): Person | null {
    const upn = member.userPrincipalName;
    const email = member.email;
    const objectId = member.aadObjectId;
    return (
      (upn ? (this.byUpn(upn) ?? this.byCloudLinkEmail(upn)) : undefined) ??
      (email ? (this.byCloudLinkEmail(email) ?? this.byTeamsMail(email) ?? this.byUpn(email)) : undefined) ??
      (objectId ? this.byAadObjectId(objectId) : undefined) ??
      null
    );
  }

  isAmbiguousAddress(address: string): boolean {
    const key = addressKey(address);
    if (key === undefined) return false;
    return [this.emails, this.upns, this.mails].some((map) => map.get(key) === AMBIGUOUS);
  }
}

function index(map: AddressIndex, address: string | undefined, person: Person): void {
  const key = addressKey(address);
  if (key === undefined) return;
  const held = map.get(key);
  if (held === undefined) map.set(key, person);
  else if (held !== person) map.set(key, AMBIGUOUS);
}

function lookup(map: AddressIndex, address: string): Person | undefined {
  const key = addressKey(address);
  return key === undefined ? undefined : (map.get(key) ?? undefined);
}
