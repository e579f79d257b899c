/**
 * What the schema cannot say about a tenant file: unique ids, references that must exist, a real
 * time zone, manual mappings that do not contradict each other. Every check is linear in the
 * size of the file (maps, no nested scans), so thousands of people and calls load quickly.
 */
import { IANAZone } from 'luxon';
import type { TenantProblem } from './tenant-file-error';
import type { TenantFile } from './types';

/** The first problem found in a schema-valid tenant file, in document order, or null. */
export function consistencyProblem(file: TenantFile): TenantProblem | null {
  return (
    timeZoneProblem(file) ??
    duplicateId(file.people, '$.people') ??
    duplicateId(file.calls ?? [], '$.calls') ??
    missingReference(file.calls ?? [], '$.calls', 'owner', idSet(file.people), 'person') ??
    duplicateId(file.rooms ?? [], '$.rooms') ??
    duplicateId(file.bookings ?? [], '$.bookings') ??
    bookingReference(file) ??
    mappingProblem(file)
  );
}

function timeZoneProblem(file: TenantFile): TenantProblem | null {
  const zone = file.organization.timeZone;
  if (IANAZone.isValidZone(zone)) return null;
  return {
    jsonPath: '$.organization.timeZone',
    problem: `"${zone}" is not an IANA time zone (such as "Europe/Paris" or "America/Sao_Paulo")`,
  };
}

function idSet(items: Array<{ id: string }>): Set<string> {
  return new Set(items.map((item) => item.id));
}

function duplicateId(items: Array<{ id: string }>, path: string): TenantProblem | null {
  const seen = new Map<string, number>();
  for (const [index, item] of items.entries()) {
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
      return {
        jsonPath: `${path}[${index}].id`,
        problem: `duplicate id "${item.id}" (already used at ${path}[${earlier}])`,
      };
    }
    seen.set(item.id, index);
  }
  return null;
}

function missingReference<K extends string>(
  items: Array<Record<K, string>>,
  path: string,
  field: K,
  known: Set<string>,
  what: string,
): TenantProblem | null {
  for (const [index, item] of items.entries()) {
    const ref = item[field];
    if (!known.has(ref)) {
      return {
        jsonPath: `${path}[${index}].${field}`,
        problem: `unknown ${what} "${ref}" (no ${what} has this id)`,
      };
    }
  }
  return null;
}

function bookingReference(file: TenantFile): TenantProblem | null {
  const bookings = file.bookings ?? [];
  if (bookings.length === 0) return null;
  const people = idSet(file.people);
  const rooms = idSet(file.rooms ?? []);
  for (const [index, booking] of bookings.entries()) {
    if (!rooms.has(booking.room)) {
      return {
        jsonPath: `$.bookings[${index}].room`,
        problem: `unknown room "${booking.room}" (no room has this id)`,
      };
    }
    if (!people.has(booking.organizer)) {
      return {
        jsonPath: `$.bookings[${index}].organizer`,
        problem: `unknown person "${booking.organizer}" (no person has this id)`,
      };
    }
  }
  return null;
}

// The same pair twice is harmless (adding a mapping is idempotent); one address mapped to two is not.
function mappingProblem(file: TenantFile): TenantProblem | null {
  const mappings = file.connector?.manualMappings ?? [];
  const byUpn = new Map<string, { email: string; index: number }>();
  const byEmail = new Map<string, { upn: string; index: number }>();
  for (const [index, mapping] of mappings.entries()) {
    const upn = mapping.upn.toLowerCase();
    const email = mapping.email.toLowerCase();
    const path = `$.connector.manualMappings[${index}]`;
    const sameUpn = byUpn.get(upn);
    if (sameUpn && sameUpn.email !== email) {
      return {
        jsonPath: `${path}.upn`,
        problem: `upn "${mapping.upn}" is already mapped to another e-mail at $.connector.manualMappings[${sameUpn.index}]`,
      };
    }
    const sameEmail = byEmail.get(email);
    if (sameEmail && sameEmail.upn !== upn) {
      return {
        jsonPath: `${path}.email`,
        problem: `e-mail "${mapping.email}" is already mapped to another upn at $.connector.manualMappings[${sameEmail.index}]`,
      };
    }
    byUpn.set(upn, { email, index });
    byEmail.set(email, { upn, index });
  }
  return null;
}
