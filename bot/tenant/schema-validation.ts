/**
 * Validation of a tenant file against the project's copy of the contract's JSON Schema, with
 * the first error phrased for the person who edits the file.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import schema from './schema.json';
import { pointerToJsonPath } from './json-path';
import type { TenantProblem } from './tenant-file-error';
import type { TenantFile } from './types';

let compiled: ValidateFunction<TenantFile> | undefined;

function validator(): ValidateFunction<TenantFile> {
  // verbose: errors carry the offending value, so the message can quote it.
  compiled ??= new Ajv2020({ allErrors: false, verbose: true, strict: true }).compile<TenantFile>(schema);
  return compiled;
}

/** Checks a parsed tenant file against the schema; returns the first problem, or null. */
export function schemaProblem(json: unknown): TenantProblem | null {
  const validate = validator();
  if (validate(json)) return null;
  const errors = validate.errors ?? [];
  return describe(errors);
}

const PATTERNS: Record<string, string> = {
  '#/$defs/instant/pattern':
    'must be an ISO 8601 instant such as "2026-11-23T09:30:00Z" or a signed ISO 8601 duration such as "-PT3H" or "P1DT2H"',
  '#/$defs/e164/pattern':
    'must be an E.164 phone number: "+", the country code and the number, digits only (such as "+33472562104")',
  '#/$defs/email/pattern': 'must be an e-mail address such as "name@example.com"',
  '#/properties/people/items/properties/extension/pattern': 'must be an extension of 2 to 8 digits',
};

const TYPES: Record<string, string> = {
  string: 'a string',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  null: 'null',
};

function describe(errors: ErrorObject[]): TenantProblem {
  // oneOf/anyOf only summarise their branches; the branch errors say more.
  const specific = errors.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf');
  const pool = specific.length > 0 ? specific : errors;
  const first = pool[0];
  if (!first) return { jsonPath: '$', problem: 'does not match the tenant file schema' };
  const sameSpot = pool.filter((e) => e.instancePath === first.instancePath);
  const typeErrors = sameSpot.filter((e) => e.keyword === 'type');
  const other = sameSpot.find((e) => e.keyword !== 'type');
  const jsonPath = pointerToJsonPath(first.instancePath);
  // A value of the right type that fails a branch's rule says more than "wrong type".
  if (other) return { jsonPath, problem: phrase(other) };
  if (typeErrors.length > 1) {
    const wanted = typeErrors.map((e) => typeName(e.params.type)).join(' or ');
    return { jsonPath, problem: `must be ${wanted}${found(first)}` };
  }
  return { jsonPath, problem: phrase(first) };
}

function phrase(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `missing required property "${String(params.missingProperty)}"`;
    case 'additionalProperties':
      return `unexpected property "${String(params.additionalProperty)}"`;
    case 'enum': {
      const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
      return `must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}${found(error)}`;
    }
    case 'type':
      return `must be ${typeName(params.type)}${found(error)}`;
    case 'pattern':
      return `${PATTERNS[error.schemaPath] ?? `must match the pattern ${String(params.pattern)}`}${found(error)}`;
    case 'minLength':
      return params.limit === 1
        ? 'must not be empty'
        : `must be at least ${String(params.limit)} characters long`;
    case 'minimum':
      return `must be at least ${String(params.limit)}${found(error)}`;
    default:
      return error.message ?? `fails the schema rule "${error.keyword}"`;
  }
}

function typeName(type: unknown): string {
  const name = String(type);
  return TYPES[name] ?? name;
}

function found(error: ErrorObject): string {
  const data: unknown = error.data;
  if (data === undefined) return '';
  let shown: string;
  if (Array.isArray(data)) shown = 'an array';
  else if (data !== null && typeof data === 'object') shown = 'an object';
  else shown = JSON.stringify(data);
  if (shown.length > 60) shown = `${shown.slice(0, 57)}..."`;
  return ` (found ${shown})`;
}
