/**
 * Validation of the app manifest and its localisation files against Microsoft's official JSON
 * schemas, as shipped by the npm package @microsoft/app-manifest (no network needed).
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import Ajv04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/** The manifest schema version the template is written for. */
export const MANIFEST_VERSION = '1.22';

const SCHEMA_DIR = `@microsoft/app-manifest/build/json-schemas/teams/v${MANIFEST_VERSION}`;

function schema(file: string): object {
  return JSON.parse(readFileSync(require.resolve(`${SCHEMA_DIR}/${file}`), 'utf8')) as object;
}

let validators: { manifest: ValidateFunction; localization: ValidateFunction } | undefined;

function compiled(): { manifest: ValidateFunction; localization: ValidateFunction } {
  if (validators === undefined) {
    // The official schemas are draft-04, carry keywords Ajv's strict mode rejects, and one
    // pattern of the localisation schema is not a valid Unicode-mode regular expression.
    const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    validators = {
      manifest: ajv.compile(schema('MicrosoftTeams.schema.json')),
      localization: ajv.compile(schema('MicrosoftTeams.Localization.schema.json')),
    };
  }
  return validators;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const where = e.instancePath === '' ? '(root)' : e.instancePath;
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty?: unknown }).additionalProperty)})`
        : e.keyword === 'enum'
          ? ` (${JSON.stringify((e.params as { allowedValues?: unknown }).allowedValues)})`
          : '';
    return `${where} ${e.message ?? e.keyword}${extra}`;
  });
}

/** The problems of a filled manifest under the official schema (empty when valid). */
export function manifestSchemaProblems(manifest: unknown): string[] {
  const validate = compiled().manifest;
  return validate(manifest) ? [] : describe(validate.errors);
}

/** The problems of a localisation file under the official schema (empty when valid). */
export function localizationSchemaProblems(strings: unknown): string[] {
  const validate = compiled().localization;
  return validate(strings) ? [] : describe(validate.errors);
}
