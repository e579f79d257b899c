/**
 * `npm run package`: builds deployment/appPackage/build/appPackage.zip, the Teams app package to
 * upload in Teams or the Teams admin centre. Reads MicrosoftAppId and BOT_DOMAIN (and the optional
 * settings of deployment/README.md) from the environment, else from .env. Exit code 1 when a value
 * is missing or the package would be refused.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  AppPackageError,
  buildAppPackage,
  packageSettingsFrom,
  PACKAGE_FILES,
  PACKAGE_OUTPUT,
  parseDotEnv,
  type Env,
} from '../deployment/app-package';

const ROOT = path.join(__dirname, '..');

export interface PackageAppOptions {
  /** The process environment; it wins over the .env file. */
  env: Env;
  /** The .env file to read when present (default: the repository's .env). */
  envFile?: string;
  /** Where to write the zip (default: deployment/appPackage/build/appPackage.zip). */
  outFile?: string;
  log?: (line: string) => void;
  error?: (line: string) => void;
}

/** Builds and writes the package; returns the process exit code (0, or 1 with the reasons printed). */
export function runPackageApp(options: PackageAppOptions): number {
  const log = options.log ?? ((line: string) => console.log(line));
  const error = options.error ?? ((line: string) => console.error(line));
  const envFile = options.envFile ?? path.join(ROOT, '.env');
  const outFile = options.outFile ?? PACKAGE_OUTPUT;
  const fromFile = existsSync(envFile) ? parseDotEnv(readFileSync(envFile, 'utf8')) : {};
  const env: Env = {
    ...fromFile,
    ...Object.fromEntries(Object.entries(options.env).filter(([, v]) => v?.trim())),
  };
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    version: string;
  };
  try {
    const { settings, notices } = packageSettingsFrom(env, { version });
    const { zip } = buildAppPackage(settings);
    mkdirSync(path.dirname(outFile), { recursive: true });
    writeFileSync(outFile, zip);
    log(`Teams app package written: ${path.relative(process.cwd(), outFile) || outFile}`);
    log(
      `  app id ${settings.teamsAppId}, bot ${settings.botId}, domain ${settings.botDomain}, version ${settings.version}`,
    );
    log(`  contains ${PACKAGE_FILES.join(', ')}`);
    for (const notice of notices) log(`  note: ${notice}`);
    return 0;
  } catch (e) {
    if (!(e instanceof AppPackageError)) throw e;
    error(e.message);
    error(
      `Set the values in the environment or in ${path.relative(process.cwd(), envFile) || envFile} (see deployment/README.md).`,
    );
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = runPackageApp({ env: process.env });
}
