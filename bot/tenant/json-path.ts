/** JSON paths as people read them: `$.people[3].email`. */

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Appends one step (a property name or an array index) to a JSON path. */
export function childPath(path: string, step: string | number): string {
  if (typeof step === 'number') return `${path}[${step}]`;
  return IDENTIFIER.test(step) ? `${path}.${step}` : `${path}[${JSON.stringify(step)}]`;
}

/** Turns a JSON pointer (Ajv's `instancePath`, `/people/3/email`) into a JSON path. */
export function pointerToJsonPath(pointer: string): string {
  if (pointer === '') return '$';
  return pointer
    .split('/')
    .slice(1)
    .map((raw) => raw.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<string>((path, step) => childPath(path, /^(0|[1-9]\d*)$/.test(step) ? Number(step) : step), '$');
}
