/**
 * The bot's own identity map between Teams users and phone-system users, kept in the bot's
 * durable storage (JsonStore): the manual mappings an admin adds (Teams UPN ↔ CloudLink e-mail)
 * and what the last "Sync now" applied (the matched addresses, and when). Pairs by e-mail are
 * found again at every reading (bot/people/join.ts, bot/domain/user-sync.ts); only what an admin
 * decided and what was last applied are stored. CloudLink publishes no API for any of this
 * (vendor facts §1.11).
 */
import type { JsonStore } from '../state/json-store';
import type { Tenant } from '../tenant/types';

export interface IdentityMapping {
  /** The Teams user principal name. */
  upn: string;
  /** The phone-system (CloudLink) e-mail. */
  email: string;
}

export interface AppliedSync {
  /** When the map was last applied (ISO instant). */
  at: string;
  /** The CloudLink addresses matched then (lower case, sorted). */
  addresses: string[];
}

export interface IdentityMapDocument {
  mappings: IdentityMapping[];
  lastSync: AppliedSync | null;
}

export const IDENTITY_MAP_KEY = 'identity-map';

/** What adding a mapping did. */
export type AddOutcome =
  | { kind: 'added' }
  | { kind: 'same' }
  /** The UPN or the e-mail is already mapped to someone else: nothing changed. */
  | { kind: 'taken'; mapping: IdentityMapping };

export interface ImportOutcome {
  added: number;
  unchanged: number;
  /** Lines refused, by line number (1 = the header), with why. */
  refused: Array<{ line: number; reason: 'notAddresses' | 'taken' | 'repeated' }>;
}

const lower = (s: string): string => s.trim().toLowerCase();

function empty(): IdentityMapDocument {
  return { mappings: [], lastSync: null };
}

function normalise(doc: IdentityMapDocument | undefined): IdentityMapDocument {
  return doc ? { mappings: [...doc.mappings], lastSync: doc.lastSync } : empty();
}

/** Whether a text looks like an address (something@something). */
export function isAddress(value: string): boolean {
  return /^[^\s@,;"]+@[^\s@,;"]+$/.test(value.trim());
}

export class IdentityMapStore {
  constructor(private readonly store: JsonStore) {}

  async read(): Promise<IdentityMapDocument> {
    return normalise(await this.store.get<IdentityMapDocument>(IDENTITY_MAP_KEY));
  }

  async mappings(): Promise<IdentityMapping[]> {
    return (await this.read()).mappings;
  }

  /** Adds one mapping; the same pair again changes nothing, and an address mapped to another is refused. */
  async add(mapping: IdentityMapping): Promise<AddOutcome> {
    let outcome: AddOutcome = { kind: 'added' };
    await this.store.update<IdentityMapDocument>(IDENTITY_MAP_KEY, (current) => {
      const doc = normalise(current);
      outcome = classify(doc.mappings, mapping);
      if (outcome.kind === 'added')
        doc.mappings.push({ upn: mapping.upn.trim(), email: mapping.email.trim() });
      return doc;
    });
    return outcome;
  }

  /** Removes the mapping of this pair; false when there was none. */
  async remove(mapping: IdentityMapping): Promise<boolean> {
    let removed = false;
    await this.store.update<IdentityMapDocument>(IDENTITY_MAP_KEY, (current) => {
      const doc = normalise(current);
      const kept = doc.mappings.filter(
        (m) => !(lower(m.upn) === lower(mapping.upn) && lower(m.email) === lower(mapping.email)),
      );
      removed = kept.length < doc.mappings.length;
      return { ...doc, mappings: kept };
    });
    return removed;
  }

  /** Adds every mapping of an import, refusing those that clash with the map or with each other. */
  async import(rows: ReadonlyArray<{ line: number; upn: string; email: string }>): Promise<ImportOutcome> {
    let outcome: ImportOutcome = { added: 0, unchanged: 0, refused: [] };
    await this.store.update<IdentityMapDocument>(IDENTITY_MAP_KEY, (current) => {
      const doc = normalise(current);
      outcome = { added: 0, unchanged: 0, refused: [] };
      const fromFile = new Set<string>();
      for (const row of rows) {
        if (!isAddress(row.upn) || !isAddress(row.email)) {
          outcome.refused.push({ line: row.line, reason: 'notAddresses' });
          continue;
        }
        const pair = `${lower(row.upn)}\u0000${lower(row.email)}`;
        if (fromFile.has(pair)) {
          outcome.refused.push({ line: row.line, reason: 'repeated' });
          continue;
        }
        fromFile.add(pair);
        const result = classify(doc.mappings, row);
        if (result.kind === 'same') outcome.unchanged += 1;
        else if (result.kind === 'taken') outcome.refused.push({ line: row.line, reason: 'taken' });
        else {
          doc.mappings.push({ upn: row.upn.trim(), email: row.email.trim() });
          outcome.added += 1;
        }
      }
      return doc;
    });
    return outcome;
  }

  /** Records the addresses matched when the map was applied. */
  async recordSync(at: Date, addresses: readonly string[]): Promise<IdentityMapDocument> {
    return this.store.update<IdentityMapDocument>(IDENTITY_MAP_KEY, (current) => ({
      ...normalise(current),
      lastSync: { at: at.toISOString(), addresses: [...new Set(addresses.map(lower))].sort() },
    }));
  }

  /** Writes a first document when there is none (a demo tenant's earlier sync); false when one exists. */
  async seed(doc: IdentityMapDocument): Promise<boolean> {
    let seeded = false;
    await this.store.update<IdentityMapDocument>(IDENTITY_MAP_KEY, (current) => {
      seeded = current === undefined;
      return current ?? doc;
    });
    return seeded;
  }
}

/**
 * A demo tenant's connector state as the bot's identity map: its manual mappings, and its
 * `synced` people as what the last sync applied (at `connector.lastSync.at`, else at load).
 */
export function identityMapOfTenant(tenant: Tenant): IdentityMapDocument {
  const synced = tenant.people
    .filter((p) => p.synced && p.inCloudLink && p.email)
    .map((p) => lower(p.email!));
  const at = tenant.connector.lastSync.at;
  return {
    mappings: tenant.connector.manualMappings.map((m) => ({ upn: m.upn, email: m.email })),
    lastSync:
      synced.length > 0 || at !== null
        ? { at: (at ?? tenant.loadedAt).toISOString(), addresses: [...new Set(synced)].sort() }
        : null,
  };
}

function classify(mappings: readonly IdentityMapping[], wanted: IdentityMapping): AddOutcome {
  const upn = lower(wanted.upn);
  const email = lower(wanted.email);
  for (const m of mappings) {
    const sameUpn = lower(m.upn) === upn;
    const sameEmail = lower(m.email) === email;
    if (sameUpn && sameEmail) return { kind: 'same' };
    if (sameUpn || sameEmail) return { kind: 'taken', mapping: m };
  }
  return { kind: 'added' };
}

/** The CSV columns of the manual-sync template, in order. */
export const MAPPING_CSV_HEADER = ['Teams UPN', 'Phone system e-mail'] as const;

function csvField(value: string): string {
  return /[",\r\n;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The mappings as the manual-sync CSV (header, then one line per mapping, CRLF line ends). */
export function mappingsToCsv(mappings: readonly IdentityMapping[]): string {
  const lines = [
    MAPPING_CSV_HEADER.join(','),
    ...mappings.map((m) => `${csvField(m.upn)},${csvField(m.email)}`),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Reads the manual-sync CSV: a header line naming the two columns (either order; `,` or `;`
 * separated, quoted fields allowed), then one mapping per line; blank lines are skipped. Null when
 * the header is not the template's.
 */
export function parseMappingsCsv(text: string): Array<{ line: number; upn: string; email: string }> | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const headerIndex = lines.findIndex((l) => l.trim() !== '');
  if (headerIndex < 0) return null;
  const header = splitCsvLine(lines[headerIndex]!).map((h) => foldHeader(h));
  const upnAt = header.findIndex((h) => h === foldHeader(MAPPING_CSV_HEADER[0]) || h === 'upn');
  const emailAt = header.findIndex((h) => h === foldHeader(MAPPING_CSV_HEADER[1]) || h === 'email');
  if (upnAt < 0 || emailAt < 0) return null;
  const rows: Array<{ line: number; upn: string; email: string }> = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '') continue;
    const fields = splitCsvLine(raw);
    rows.push({ line: i + 1, upn: (fields[upnAt] ?? '').trim(), email: (fields[emailAt] ?? '').trim() });
  }
  return rows;
}

function foldHeader(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/[^a-z]/g, '');
}

function splitCsvLine(line: string): string[] {
  const separator = !line.includes(',') && line.includes(';') ? ';' : ',';
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === separator) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}
