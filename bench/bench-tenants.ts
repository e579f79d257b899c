/**
 * The tenants the benchmarks run on, described by a few numbers (so that they can be sent to the
 * bot process and rebuilt there): synthetic tenants of tests/support, plus one person with a very
 * long call history when the "my calls" curve asks for it.
 */
import { durationText } from '../bot/tenant/relative-time';
import type { TenantFile, TenantFileCall } from '../bot/tenant/types';
import { syntheticTenant } from '../tests/support/synthetic-tenant';

export interface TenantSpec {
  people: number;
  callsPerPerson?: number;
  rooms?: number;
  bookingsPerRoom?: number;
  /** Replaces one person's call log by `records` calls over the last 90 days. */
  history?: { owner: string; records: number };
}

const SECOND = 1000;
const DAY = 86_400 * SECOND;

/** The person id of the synthetic tenant's person number `index`. */
export function personId(index: number): string {
  return `sp-${index}`;
}

/** The tenant file of a spec; the same spec always gives the same file. */
export function benchTenant(spec: TenantSpec): TenantFile {
  const file = syntheticTenant({
    people: spec.people,
    callsPerPerson: spec.callsPerPerson ?? 20,
    rooms: spec.rooms ?? 20,
    bookingsPerRoom: spec.bookingsPerRoom ?? 3,
  });
  if (spec.history) file.calls = withHistory(file, spec.history.owner, spec.history.records);
  return file;
}

/** The calls of the file, with the owner's own calls replaced by `records` evenly spread ones. */
function withHistory(file: TenantFile, owner: string, records: number): TenantFileCall[] {
  const others = (file.calls ?? []).filter((c) => c.owner !== owner);
  const peers = file.people.filter((p) => p.id !== owner && p.phones?.work);
  const span = 90 * DAY;
  const history: TenantFileCall[] = [];
  for (let k = 0; k < records; k++) {
    // Newest first, whole seconds, never two calls at the same second below 7.7 M records.
    const offset = -Math.round((60 * SECOND + (k * span) / records) / SECOND) * SECOND;
    const peer = peers.length > 0 && k % 2 === 0 ? peers[k % peers.length] : undefined;
    const answered = k % 5 !== 0;
    history.push({
      id: `bench-${owner}-${k}`,
      owner,
      direction: k % 3 === 0 ? 'outbound' : 'inbound',
      peer: peer
        ? { name: peer.name, number: peer.phones!.work! }
        : { number: `+4420${String(10_000_000 + (k % 90_000_000)).padStart(8, '0')}` },
      start: durationText(offset),
      answered,
      durationSeconds: answered ? 10 + (k % 1200) : 0,
    });
  }
  return [...others, ...history];
}
