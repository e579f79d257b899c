/**
 * A person as the bot sees them: one CloudLink user, one Teams (Entra) user, or both joined.
 * Built from the primary sources only (CloudLink users, Graph users, the admin group and the
 * Teams integration's manual mappings); see join.ts.
 */
import type { CountryCode } from '../domain/phone-number';
import type { CloudLinkRole } from '../services';

export interface Person {
  /** Stable: `cl:<CloudLink user id>` for anyone in CloudLink, else `aad:<Graph user id>`. */
  key: string;
  name: string;
  /** The e-mail in CloudLink (the phone system). */
  email?: string;
  /** The user principal name in Entra / Teams. */
  upn?: string;
  /** The Teams `mail`, only when it differs from the UPN (the UPN is the usual address). */
  teamsMail?: string;
  aadObjectId?: string;
  /** The country of their Teams (Graph) profile, when it names one: see user-country.ts. */
  country?: CountryCode;
  extension?: string;
  /** E.164 numbers; numbers the phone system gave in a form that cannot be read are left out. */
  phones: { work?: string; mobile?: string; home?: string };
  /** null: no role (the gateway does not monitor the person), or not in CloudLink. */
  cloudlinkRole: CloudLinkRole | null;
  inCloudLink: boolean;
  inTeams: boolean;
  /** Holds a Teams Phone (or E5) licence; null when not in Teams. */
  teamsPhoneLicense: boolean | null;
  isAdmin: boolean;
  cloudlinkUserId?: string;
  graphUserId?: string;
  /**
   * Set when this person stayed one-sided because a CloudLink e-mail is shared: the address, and
   * the names of the other people the phone system gives it to (so the person can be told why).
   */
  sharedAddress?: { address: string; others: string[] };
}

/** The key of a person present in CloudLink. */
export function cloudLinkKey(cloudlinkUserId: string): string {
  return `cl:${cloudlinkUserId}`;
}

/** The key of a person present in Teams only. */
export function teamsKey(graphUserId: string): string {
  return `aad:${graphUserId}`;
}

/** The form addresses are compared in (trimmed, lower case); undefined for a blank one. */
export function addressKey(address: string | null | undefined): string | undefined {
  const key = address?.trim().toLowerCase();
  return key ? key : undefined;
}
