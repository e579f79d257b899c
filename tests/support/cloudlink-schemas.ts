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
  const out = new Map<string, ValidateFunction>();
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'))) {
    out.set(
      file.replace('.schema.json', ''),
      ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8'))),
    );
  }
  return out;
}

let schemas: Map<string, ValidateFunction> | undefined;

/** Asserts that a body matches a CloudLink schema (user, users, endpoint, error), naming every mismatch. */
export function conformsToCloudLink(schema: string, body: unknown): void {
  schemas ??= loadSchemas();
  const validate = schemas.get(schema);
  assert.ok(validate, `no schema ${schema}`);
  assert.ok(validate(body), `${schema}: ${JSON.stringify(validate.errors, null, 1)}`);
}
