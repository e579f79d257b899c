/** The CloudLink JSON Schemas written from the vendor facts (tests/contracts/cloudlink). */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

const SCHEMAS = path.resolve(__dirname, '../contracts/cloudlink');

function loadSchemas(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const files = readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'));
  // All first, so that a schema may $ref another (calls → call).
  for (const file of files) ajv.addSchema(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8')));
  const out = new Map<string, ValidateFunction>();
  for (const file of files) {
    const validate = ajv.getSchema(`cloudlink/${file}`);
    assert.ok(validate, `schema ${file} has no $id cloudlink/${file}`);
    out.set(file.replace('.schema.json', ''), validate);
  }
  return out;
}

let schemas: Map<string, ValidateFunction> | undefined;

/**
 * Asserts that a body matches a CloudLink schema (user, users, endpoint, error, call, calls,
 * call-record, make-call, make-call-request), naming every mismatch.
 */
export function conformsToCloudLink(schema: string, body: unknown): void {
  schemas ??= loadSchemas();
  const validate = schemas.get(schema);
  assert.ok(validate, `no schema ${schema}`);
  assert.ok(validate(body), `${schema}: ${JSON.stringify(validate.errors, null, 1)}`);
}
