/**
 * Loading the tenant file: read, parse, validate against the schema, check what the schema
 * cannot, apply defaults, resolve instants. Either a whole tenant comes back or a
 * `TenantFileError` naming the file, the JSON path and the problem: never half a tenant.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyDefaults } from './apply-defaults';
import { consistencyProblem } from './check-tenant';
import { findJsonSyntaxError } from './json-syntax';
import { schemaProblem } from './schema-validation';
import { TenantFileError } from './tenant-file-error';
import type { Tenant, TenantFile } from './types';

export { TenantFileError } from './tenant-file-error';

/** The bundled demo tenant file. */
export const DEMO_TENANT_FILE = join(__dirname, 'demo-tenant.json');
/** `Tenant.source` of the bundled demo tenant. */
export const DEMO_TENANT_SOURCE = 'embedded demo tenant';

/**
 * Validates parsed tenant-file JSON and builds the tenant; `source` names the file in errors and
 * in `Tenant.source`; relative instants are taken from `now`. Throws `TenantFileError`.
 */
export function parseTenant(json: unknown, source: string, now: Date): Tenant {
  const invalid = schemaProblem(json);
  if (invalid) throw new TenantFileError(source, invalid.jsonPath, invalid.problem);
  // schemaProblem returned null: the JSON is a TenantFile.
  const file = json as TenantFile;
  const inconsistent = consistencyProblem(file);
  if (inconsistent) throw new TenantFileError(source, inconsistent.jsonPath, inconsistent.problem);
  return applyDefaults(file, source, now);
}

/** Reads and loads a tenant file; a missing, unreadable or invalid file throws `TenantFileError`. */
export function loadTenantFile(path: string, now: Date = new Date()): Tenant {
  return parseTenant(readTenantJson(path, path), path, now);
}

/** Loads the bundled demo tenant (bot/tenant/demo-tenant.json), its relative times taken from `now`. */
export function loadDemoTenant(now: Date = new Date()): Tenant {
  const json = readTenantJson(DEMO_TENANT_FILE, `${DEMO_TENANT_SOURCE} (${DEMO_TENANT_FILE})`);
  return parseTenant(json, DEMO_TENANT_SOURCE, now);
}

function readTenantJson(path: string, label: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new TenantFileError(label, '$', readProblem(error));
  }
  // Editors on Windows may save a byte-order mark, which JSON.parse refuses.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const where = findJsonSyntaxError(text);
    const problem = where
      ? `not valid JSON at line ${where.line}, column ${where.column}: ${where.problem}`
      : `not valid JSON: ${error.message}`;
    throw new TenantFileError(label, '$', problem);
  }
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'the file does not exist';
  if (code === 'EISDIR') return 'this is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'the file cannot be read (permission denied)';
  return `the file cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}
