/**
 * A user's speed dials, kept in the bot's storage under `speed-dials/<person key>`. They hold
 * person keys (and the name at the time, to say who left), never copies of numbers: numbers are
 * read from the directory when shown, so they stay current. Updates retry on eTag conflicts
 * (JsonStore.update), so two quick clicks never lose one another's change.
 */
import type { JsonStore } from '../../state/json-store';

export interface SpeedDial {
  /** Person.key. */
  key: string;
  /** The name when added, shown if the person leaves the directory. */
  name: string;
  addedAt: string;
}

export interface SpeedDialsDocument {
  entries: SpeedDial[];
}

export const MAX_SPEED_DIALS = 30;

export type AddOutcome = 'added' | 'already' | 'full';

/** The storage key of a user's speed dials. */
export function speedDialsKey(ownerKey: string): string {
  return `speed-dials/${ownerKey}`;
}

/** The document with the person added (at the end), and what happened. */
export function withAdded(
  doc: SpeedDialsDocument | undefined,
  person: { key: string; name: string },
  now: Date,
): { doc: SpeedDialsDocument; outcome: AddOutcome } {
  const entries = doc?.entries ?? [];
  if (entries.some((e) => e.key === person.key)) return { doc: { entries }, outcome: 'already' };
  if (entries.length >= MAX_SPEED_DIALS) return { doc: { entries }, outcome: 'full' };
  return {
    doc: { entries: [...entries, { key: person.key, name: person.name, addedAt: now.toISOString() }] },
    outcome: 'added',
  };
}

/** The document without the person, and the entry removed (undefined when it was not there). */
export function withRemoved(
  doc: SpeedDialsDocument | undefined,
  key: string,
): { doc: SpeedDialsDocument; removed?: SpeedDial } {
  const entries = doc?.entries ?? [];
  const removed = entries.find((e) => e.key === key);
  return removed ? { doc: { entries: entries.filter((e) => e !== removed) }, removed } : { doc: { entries } };
}

/** The user's speed dials, oldest first. */
export async function readSpeedDials(store: JsonStore, ownerKey: string): Promise<SpeedDial[]> {
  const doc = await store.get<SpeedDialsDocument>(speedDialsKey(ownerKey));
  return doc?.entries ?? [];
}

/** Adds a person to the user's speed dials. */
export async function addSpeedDial(
  store: JsonStore,
  ownerKey: string,
  person: { key: string; name: string },
  now: Date,
): Promise<{ outcome: AddOutcome; entries: SpeedDial[] }> {
  let outcome: AddOutcome = 'added';
  // `change` may run again after a conflict; the outcome of the run that was written is kept.
  const doc = await store.update<SpeedDialsDocument>(speedDialsKey(ownerKey), (current) => {
    const next = withAdded(current, person, now);
    outcome = next.outcome;
    return next.doc;
  });
  return { outcome, entries: doc.entries };
}

/** Removes a person from the user's speed dials. */
export async function removeSpeedDial(
  store: JsonStore,
  ownerKey: string,
  personKey: string,
): Promise<{ removed?: SpeedDial; entries: SpeedDial[] }> {
  let removed: SpeedDial | undefined;
  const doc = await store.update<SpeedDialsDocument>(speedDialsKey(ownerKey), (current) => {
    const next = withRemoved(current, personKey);
    removed = next.removed;
    return next.doc;
  });
  return removed ? { removed, entries: doc.entries } : { entries: doc.entries };
}
