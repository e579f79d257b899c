/**
 * A tenant for the call log's end-to-end tests: one user with several hundred calls (six today,
 * eight yesterday, the rest older), a colleague with calls of his own, two Alices, people without
 * a call log, and someone with an empty history. Times are absolute, built around `now` in the
 * organisation's time zone, so that "today" and "yesterday" are certain whatever the hour.
 */
import { DateTime } from 'luxon';
import type { TenantFile, TenantFileCall, TenantFilePerson } from '../../bot/tenant/types';

export const ZONE = 'Europe/Paris';
export const ME = 'c-manon';
export const OTHER = 'c-olivier';
export const NO_ROLE = 'c-nina';
export const TEAMS_ONLY = 'c-theo';
export const EMPTY = 'c-emma';
export const ALICE_WORK = '+33140000003';
export const ALICE_MOBILE = '+33600000003';
/** Numbers only the colleague's calls have. */
export const OTHER_PREFIX = '+4421';

export interface CallsTenant {
  tenant: TenantFile;
  /** My calls, newest first. */
  mine: TenantFileCall[];
  theirs: TenantFileCall[];
}

function person(
  id: string,
  name: string,
  extension: string,
  fields: Partial<TenantFilePerson> = {},
): TenantFilePerson {
  const local = id.replace(/^c-/, '');
  return {
    id,
    name,
    email: `${local}@calls.example`,
    upn: `${local}@calls.example`,
    extension,
    phones: { work: `+331400${extension}` },
    cloudlinkRole: 'CTI',
    presence: { line: 'idle', pbxUser: 'available', mitelOne: 'available', teamsClients: 'active' },
    ...fields,
  };
}

/** `count` calls of mine; the newest six today, the next eight yesterday (all answered), the rest older. */
export function callsTenant(now: Date, count = 400, options: { extraMine?: number } = {}): CallsTenant {
  const local = DateTime.fromJSDate(now, { zone: ZONE });
  const today = local.startOf('day');
  const yesterday = today.minus({ days: 1 });
  const sinceMidnight = local.diff(today).as('milliseconds');
  const startOf = (i: number): DateTime => {
    if (i < 6) return today.plus({ milliseconds: Math.floor((sinceMidnight * (6 - i)) / 7) });
    if (i < 14) return yesterday.plus({ hours: 22 - (i - 6) * 2, minutes: 17 });
    return yesterday.minus({ minutes: (i - 13) * 90 });
  };
  const mine: TenantFileCall[] = [];
  for (let i = 0; i < count + (options.extraMine ?? 0); i++) {
    const outgoing = i % 3 === 0;
    const yesterdayCall = i >= 6 && i < 14;
    const peer =
      i % 10 === 1
        ? { number: ALICE_WORK }
        : i % 10 === 5
          ? { number: ALICE_MOBILE }
          : { number: `+4420${String(70000000 + i)}` };
    mine.push({
      id: `mine-${i}`,
      owner: ME,
      direction: outgoing ? 'outbound' : 'inbound',
      peer,
      start: startOf(i).toUTC().toISO()!,
      answered: outgoing || yesterdayCall || i % 4 !== 2,
      durationSeconds: 30 + (i % 17) * 11,
    });
  }
  const theirs: TenantFileCall[] = Array.from({ length: 30 }, (_, i) => ({
    id: `theirs-${i}`,
    owner: OTHER,
    direction: i % 2 === 0 ? 'inbound' : 'outbound',
    peer: { number: `${OTHER_PREFIX}${String(10000000 + i)}`, name: `Client ${i}` },
    start: local
      .minus({ minutes: 5 + i * 45 })
      .toUTC()
      .toISO()!,
    answered: i % 3 !== 0,
    durationSeconds: 60,
  }));
  const tenant: TenantFile = {
    organization: { name: 'Calls Test SA', timeZone: ZONE },
    pbx: { type: 'MiVoice 5000', gateway: { status: 'online', lastSeen: '-PT1M' } },
    people: [
      person(ME, 'Manon Lefèvre', '3001'),
      person(OTHER, 'Olivier Dupont', '3002'),
      person('c-alice-martin', 'Alice Martin', '3003', {
        phones: { work: ALICE_WORK, mobile: ALICE_MOBILE },
      }),
      person('c-alice-moreau', 'Alice Moreau', '3004'),
      person(NO_ROLE, 'Nina Sans-Rôle', '3005', { cloudlinkRole: null }),
      teamsOnly(person(TEAMS_ONLY, 'Théo Teams', '3006', { inCloudLink: false, phones: {} })),
      person(EMPTY, 'Emma Vide', '3007'),
    ],
    calls: [...mine, ...theirs],
  };
  return { tenant, mine, theirs };
}

function teamsOnly(p: TenantFilePerson): TenantFilePerson {
  const { extension: _extension, ...rest } = p;
  return rest;
}

/** Whether a tenant call is a missed one. */
export function isMissed(call: TenantFileCall): boolean {
  return call.direction === 'inbound' && !call.answered;
}
