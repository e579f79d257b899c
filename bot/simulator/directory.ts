/**
 * The tenant's people as each system sees them, indexed so that a look-up by id, e-mail,
 * extension, number or UPN costs one map access however many people there are.
 */
import type { TenantPerson } from '../tenant/types';
import { stableUuid } from './ids';

export interface TeamsUser {
  person: TenantPerson;
  /** Entra object id: the person's `aadObjectId`, or a stable id derived from the person id. */
  id: string;
  userPrincipalName: string;
  mail: string | null;
}

const lower = (s: string): string => s.toLowerCase();

export class Directory {
  readonly people: readonly TenantPerson[];
  /** People with `inCloudLink`, in tenant order. */
  readonly cloudLinkUsers: readonly TenantPerson[];
  /** People with `inTeams`, in tenant order. */
  readonly teamsUsers: readonly TeamsUser[];

  private readonly byId = new Map<string, TenantPerson>();
  private readonly cloudLinkByEmail = new Map<string, TenantPerson[]>();
  private readonly cloudLinkByExtension = new Map<string, TenantPerson[]>();
  private readonly byExtension = new Map<string, TenantPerson>();
  private readonly byWorkPhone = new Map<string, TenantPerson>();
  private readonly teamsByKey = new Map<string, TeamsUser>();
  private readonly teamsByPerson = new Map<string, TeamsUser>();

  constructor(people: readonly TenantPerson[]) {
    this.people = people;
    this.cloudLinkUsers = people.filter((p) => p.inCloudLink);
    const domain = people.find((p) => p.email ?? p.upn)?.email?.split('@')[1] ?? 'tenant.onmicrosoft.com';
    this.teamsUsers = people.filter((p) => p.inTeams).map((p) => teamsUser(p, domain));

    for (const p of people) {
      if (!this.byId.has(p.id)) this.byId.set(p.id, p);
      if (p.extension !== undefined && !this.byExtension.has(p.extension))
        this.byExtension.set(p.extension, p);
      if (p.phones.work !== undefined && !this.byWorkPhone.has(p.phones.work))
        this.byWorkPhone.set(p.phones.work, p);
    }
    for (const p of this.cloudLinkUsers) {
      if (p.email !== undefined) push(this.cloudLinkByEmail, lower(p.email), p);
      if (p.extension !== undefined) push(this.cloudLinkByExtension, p.extension, p);
    }
    for (const u of this.teamsUsers) {
      for (const key of [lower(u.id), lower(u.userPrincipalName)])
        if (!this.teamsByKey.has(key)) this.teamsByKey.set(key, u);
      if (!this.teamsByPerson.has(u.person.id)) this.teamsByPerson.set(u.person.id, u);
    }
  }

  /** A person by tenant id. */
  person(id: string): TenantPerson | undefined {
    return this.byId.get(id);
  }

  /** CloudLink users whose e-mail equals `email`, ignoring case. */
  cloudLinkUsersWithEmail(email: string): TenantPerson[] {
    return this.cloudLinkByEmail.get(lower(email)) ?? [];
  }

  /** CloudLink users with this extension. */
  cloudLinkUsersWithExtension(extension: string): TenantPerson[] {
    return this.cloudLinkByExtension.get(extension) ?? [];
  }

  /** The CloudLink user who owns the endpoint (extension), if any. */
  endpointOwner(extension: string): TenantPerson | undefined {
    return this.cloudLinkByExtension.get(extension)?.[0];
  }

  /** The person reached by dialling a number: an extension or a work number (the PBX line). */
  personForNumber(number: string): TenantPerson | undefined {
    return this.endpointOwner(number) ?? this.byExtension.get(number) ?? this.byWorkPhone.get(number);
  }

  /** A Teams user by Entra object id or user principal name (ignoring case). */
  teamsUser(idOrUpn: string): TeamsUser | undefined {
    return this.teamsByKey.get(lower(idOrUpn));
  }

  /** The Teams user of a person, if the person is in Teams. */
  teamsUserOf(personId: string): TeamsUser | undefined {
    return this.teamsByPerson.get(personId);
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function teamsUser(person: TenantPerson, domain: string): TeamsUser {
  const upn = person.upn ?? person.email ?? `${person.id.replace(/[^A-Za-z0-9._-]/g, '')}@${domain}`;
  return {
    person,
    id: person.aadObjectId ?? stableUuid('person', person.id),
    userPrincipalName: upn,
    // Entra's primary address follows the UPN; the CloudLink e-mail lives in CloudLink only, so that
    // a UPN that differs from the CloudLink e-mail stays a mismatch for the user sync.
    mail: person.upn ?? person.email ?? null,
  };
}
