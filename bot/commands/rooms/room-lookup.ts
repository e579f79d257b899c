/** Rooms and buildings named by the user: exact names first, then words, then near spellings. */
import { editDistance, foldText } from '../../domain/name-text';
import type { Room } from './room';
import type { RoomCatalogue } from './room-catalogue';

const fold = (text: string): string =>
  foldText(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

function containsWords(haystack: string, needle: string): boolean {
  return needle !== '' && ` ${haystack} `.includes(` ${needle} `);
}

/**
 * The buildings a user's words stand for: the building of that exact name, else every building
 * whose name contains the words ("Confluence" → "Lyon – Confluence", "B" → "Building B").
 */
export function resolveBuildings(catalogue: RoomCatalogue, text: string): string[] {
  const wanted = fold(text);
  if (wanted === '') return [];
  const exact = catalogue.buildings.filter((b) => fold(b) === wanted);
  if (exact.length > 0) return exact;
  return catalogue.buildings.filter((b) => containsWords(fold(b), wanted));
}

export type RoomMatch =
  | { kind: 'found'; room: Room }
  /** Several rooms answer to the name (duplicates, or words common to several names). */
  | { kind: 'ambiguous'; rooms: Room[] }
  | { kind: 'unknown'; closest: Room[] };

/**
 * The room a user named: the exact name, else the only room whose name contains the words or
 * starts with them; several such rooms are returned to choose from (at most `limit`), and for a
 * name matching nothing, the closest names.
 */
export function findRoom(catalogue: RoomCatalogue, text: string, limit = 5): RoomMatch {
  const wanted = fold(text);
  const named = catalogue.rooms.map((room) => ({ room, name: fold(room.name) }));
  const byName = (a: { room: Room }, b: { room: Room }): number =>
    foldText(a.room.name).localeCompare(foldText(b.room.name)) ||
    foldText(a.room.building ?? '').localeCompare(foldText(b.room.building ?? ''));
  const exact = named.filter((n) => n.name === wanted);
  if (exact.length === 1) return { kind: 'found', room: exact[0]!.room };
  if (exact.length > 1)
    return {
      kind: 'ambiguous',
      rooms: exact
        .sort(byName)
        .slice(0, limit)
        .map((n) => n.room),
    };
  const partial = named.filter(
    (n) => containsWords(n.name, wanted) || (wanted.length >= 3 && n.name.startsWith(wanted)),
  );
  if (partial.length === 1) return { kind: 'found', room: partial[0]!.room };
  if (partial.length > 1)
    return {
      kind: 'ambiguous',
      rooms: partial
        .sort(byName)
        .slice(0, limit)
        .map((n) => n.room),
    };
  const closest = named
    .map((n) => ({ room: n.room, score: nameDistance(wanted, n.name) }))
    .sort((a, b) => a.score - b.score || byName(a, b));
  return { kind: 'unknown', closest: closest.slice(0, limit).map((s) => s.room) };
}

// The best distance between the query and the whole name or any run of its words of the same length.
function nameDistance(query: string, name: string): number {
  let best = editDistance(query, name);
  const words = name.split(' ');
  const size = Math.max(1, query.split(' ').length);
  for (let i = 0; i + size <= words.length; i++) {
    best = Math.min(best, editDistance(query, words.slice(i, i + size).join(' ')));
  }
  return best;
}
