/**
 * The OData subset CloudLink call records accept in `$filter` (ARCHITECTURE.md): clauses joined
 * by ` and `, one of them `contains(principal,'ID')`.
 */
import type { RecordCriteria, RecordPredicate } from './call-log';

export interface RecordQuery {
  principal: string;
  criteria: RecordCriteria;
}

/** Thrown for a filter outside the subset; the server answers 400 with the message. */
export class FilterError extends Error {}

const STRING = `'((?:[^']|'')*)'`;
const CONTAINS = new RegExp(
  `^contains\\(\\s*(principal|fromNumberE164|toNumberE164)\\s*,\\s*${STRING}\\s*\\)$`,
);
const DIRECTION = new RegExp(`^direction\\s+eq\\s+'(inbound|outbound)'$`);
const COMPLETED = /^completed\s+eq\s+(true|false)$/;
const CREATED = /^createdOn\s+(ge|gt|le|lt)\s+'?([0-9][0-9T:.+\-Z]*)'?$/;

/** Parses a call-records `$filter`; principal is required. */
export function parseRecordFilter(filter: string | undefined): RecordQuery {
  if (filter === undefined || !filter.trim()) {
    throw new FilterError("$filter with contains(principal,'…') is required");
  }
  let principal: string | undefined;
  const predicates: RecordPredicate[] = [];
  const criteria: RecordCriteria = { predicates };
  const both = <T>(a: T | undefined, b: T): T | null => (a === undefined || a === b ? b : null);
  for (const clause of splitAnd(filter)) {
    let m = CONTAINS.exec(clause);
    if (m) {
      const field = m[1]!;
      const value = unquote(m[2]!);
      if (field === 'principal') {
        if (principal !== undefined && principal !== value) {
          throw new FilterError('Only one principal may be given');
        }
        principal = value;
      } else if (field === 'fromNumberE164') {
        predicates.push((r) => r.wire.fromNumberE164.includes(value));
      } else {
        predicates.push((r) => r.wire.toNumberE164.includes(value));
      }
      continue;
    }
    m = DIRECTION.exec(clause);
    if (m) {
      const direction = m[1] as 'inbound' | 'outbound';
      const merged = both(criteria.direction, direction);
      if (merged === null) predicates.push(() => false);
      else criteria.direction = merged;
      continue;
    }
    m = COMPLETED.exec(clause);
    if (m) {
      const completed = m[1] === 'true';
      const merged = both(criteria.completed, completed);
      if (merged === null) predicates.push(() => false);
      else criteria.completed = merged;
      continue;
    }
    m = CREATED.exec(clause);
    if (m) {
      const at = Date.parse(m[2]!);
      if (Number.isNaN(at)) throw new FilterError(`Not an instant: ${m[2]!}`);
      bound(criteria, m[1]!, at);
      continue;
    }
    throw new FilterError(`Unsupported $filter clause: ${clause}`);
  }
  if (principal === undefined) throw new FilterError("$filter must contain contains(principal,'…')");
  return { principal, criteria };
}

/** Narrows the date bounds: from is inclusive, until exclusive (milliseconds). */
function bound(criteria: RecordCriteria, op: string, at: number): void {
  if (op === 'ge' || op === 'gt') {
    const from = op === 'ge' ? at : at + 1;
    criteria.fromMs = Math.max(criteria.fromMs ?? from, from);
  } else {
    const until = op === 'lt' ? at : at + 1;
    criteria.untilMs = Math.min(criteria.untilMs ?? until, until);
  }
}

function unquote(text: string): string {
  return text.replace(/''/g, "'");
}

/** Splits on ` and ` outside string literals. */
function splitAnd(filter: string): string[] {
  const clauses: string[] = [];
  let current = '';
  let inString = false;
  for (let i = 0; i < filter.length; i++) {
    const ch = filter[i]!;
    if (ch === "'") inString = !inString;
    if (!inString && /\s/.test(ch)) {
      const m = /^\s+and\s+/i.exec(filter.slice(i));
      if (m) {
        clauses.push(current.trim());
        current = '';
        i += m[0].length - 1;
        continue;
      }
    }
    current += ch;
  }
  clauses.push(current.trim());
  if (clauses.some((c) => !c)) throw new FilterError('Empty $filter clause');
  return clauses;
}
