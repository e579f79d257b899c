/**
 * The OData subset CloudLink call records accept in `$filter` (ARCHITECTURE.md): clauses joined
 * by ` and `, one of them `contains(principal,'ID')`.
 */
import type { RecordPredicate } from './call-log';

export interface RecordQuery {
  principal: string;
  predicates: RecordPredicate[];
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
      const direction = m[1];
      predicates.push((r) => r.wire.direction === direction);
      continue;
    }
    m = COMPLETED.exec(clause);
    if (m) {
      const completed = m[1] === 'true';
      predicates.push((r) => r.wire.completed === completed);
      continue;
    }
    m = CREATED.exec(clause);
    if (m) {
      const at = Date.parse(m[2]!);
      if (Number.isNaN(at)) throw new FilterError(`Not an instant: ${m[2]!}`);
      predicates.push(compare(m[1]!, at));
      continue;
    }
    throw new FilterError(`Unsupported $filter clause: ${clause}`);
  }
  if (principal === undefined) throw new FilterError("$filter must contain contains(principal,'…')");
  return { principal, predicates };
}

function compare(op: string, at: number): RecordPredicate {
  switch (op) {
    case 'ge':
      return (r) => r.createdMs >= at;
    case 'gt':
      return (r) => r.createdMs > at;
    case 'le':
      return (r) => r.createdMs <= at;
    default:
      return (r) => r.createdMs < at;
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
