/** A tenant file that cannot be used: names the file, the JSON path and what is wrong. */
export class TenantFileError extends Error {
  constructor(
    readonly file: string,
    readonly jsonPath: string,
    readonly problem: string,
  ) {
    super(`Tenant file ${file} is invalid at ${jsonPath}: ${problem}`);
    this.name = 'TenantFileError';
  }
}

/** A problem found while checking a file whose name the checker does not know. */
export interface TenantProblem {
  jsonPath: string;
  problem: string;
}
