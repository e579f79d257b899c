/**
 * The `$filter` CloudLink call records document (vendor facts §1.8): `contains(principal,'ID')`
 * (M-SWG `getCallRecords`), optionally joined by ` and ` with the generic `direction eq '…'`
 * example (M-SWG `info.description`). Nothing else is documented, so anything else is a 400:
 * no number, `completed` or date clauses (`fromNumberE164`/`toNumberE164` are booleans anyway).
 */
import type { RecordCriteria, RecordPredicate } from './call-log';

export interface RecordQuery {
  principal: string;
  criteria: RecordCriteria;
}

/** Thrown for a filter outside the subset; the server answers 400 with the message. */
export class FilterError extends Error {}

const STRING = `'((?:[^']|'')*)'`;
const CONTAINS = new RegExp(`^contains\\(\\s*principal\\s*,\\s*${STRING}\\s*\\)$`);
const DIRECTION = new RegExp(`^direction\\s+eq\\s+'(inbound|outbound)'$`);

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
      const value = unquote(m[1]!);
      if (principal !== undefined && principal !== value) {
        throw new FilterError('Only one principal may be given');
      }
      principal = value;
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
    throw new FilterError(`Unsupported $filter clause: ${clause}`);
  }
  if (principal === undefined) throw new FilterError("$filter must contain contains(principal,'…')");
  return { principal, criteria };
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
