/**
 * Whether a person can place calls through the PBX: they need an extension and a CloudLink role
 * (the gateway only controls phones of people with one), and on some PBXs a specific role
 * (MiVoice 5000: CTI, MX-ONE: User; see bot/domain/user-sync).
 */
import { requiredCloudLinkRole, roleIsEnough } from '../../domain/user-sync';
import type { Person } from '../../people';
import type { CloudLinkRole } from '../../services';
import type { PbxType } from '../../tenant/types';

export type Blocker = 'noExtension' | 'noRole' | 'wrongRole';

export interface CannotPlace {
  blockers: Blocker[];
  role: CloudLinkRole | null;
  /** The role this PBX needs ('any' when any role will do or the PBX is unknown). */
  required: CloudLinkRole | 'any';
  pbxType: PbxType | null;
}

/** Why the person cannot place PBX calls, or null when they can. */
export function placeCallBlockers(
  person: Pick<Person, 'extension' | 'cloudlinkRole' | 'inCloudLink'>,
  pbxType: PbxType | null,
): CannotPlace | null {
  const blockers: Blocker[] = [];
  const role = person.inCloudLink ? person.cloudlinkRole : null;
  if (!person.inCloudLink || !person.extension?.trim()) blockers.push('noExtension');
  if (role === null) blockers.push('noRole');
  else if (pbxType !== null && !roleIsEnough(role, pbxType)) blockers.push('wrongRole');
  if (blockers.length === 0) return null;
  return { blockers, role, required: pbxType === null ? 'any' : requiredCloudLinkRole(pbxType), pbxType };
}
