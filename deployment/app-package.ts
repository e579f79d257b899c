/**
 * The Teams app package: settings read from the environment, the manifest template filled in,
 * every file checked (official schemas, Teams' own limits, icon sizes and colours), then zipped.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { APP_PACKAGE_DIR } from './manifest-commands';
import { localizationSchemaProblems, manifestSchemaProblems } from './manifest-schema';
import { decodePng, readPngHeader } from './png';
import { writeZip } from './zip';

/** The files of the package, in zip order (Teams wants them at the archive's root). */
export const PACKAGE_FILES = ['manifest.json', 'color.png', 'outline.png', 'fr.json', 'pt-br.json'] as const;

/** Where `npm run package` writes the package. */
export const PACKAGE_OUTPUT = path.join(APP_PACKAGE_DIR, 'build', 'appPackage.zip');

export type Env = Readonly<Record<string, string | undefined>>;

/** The settings only `npm run package` reads (besides `MicrosoftAppId`); the bot itself ignores them. */
export const PACKAGE_SETTINGS = [
  'BOT_DOMAIN',
  'TEAMS_APP_ID',
  'APP_VERSION',
  'APP_DEVELOPER_NAME',
  'APP_WEBSITE_URL',
  'APP_PRIVACY_URL',
  'APP_TERMS_URL',
] as const;

/** The values that fill the manifest template's `${{NAME}}` placeholders. */
export interface PackageSettings {
  /** `${{BOT_ID}}`: the bot's Microsoft App ID (`MicrosoftAppId`). */
  botId: string;
  /** `${{BOT_DOMAIN}}`: the host name that serves /api/messages, e.g. `my-bot.azurewebsites.net`. */
  botDomain: string;
  /** `${{TEAMS_APP_ID}}`: the Teams app's own id (`TEAMS_APP_ID`, else the bot id). */
  teamsAppId: string;
  /** `${{APP_VERSION}}`: x.y.z; raise it for every upload of a changed package. */
  version: string;
  developerName: string;
  websiteUrl: string;
  privacyUrl: string;
  termsUrl: string;
}

/** A package that cannot be built, with every reason. */
export class AppPackageError extends Error {
  constructor(
    message: string,
    readonly problems: string[],
  ) {
    super(`${message}\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'AppPackageError';
  }
}

const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;
const SEMVER = /^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)$/;
const HOST_NAME = /^(?=.{1,253}$)([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/**
 * Parses the text of a .env file: `KEY=value` lines, `#` comments, optional `export ` and
 * quotes. Later lines win; nothing is expanded.
 */
export function parseDotEnv(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match === null) continue;
    const [, key = '', raw = ''] = match;
    const quoted = /^(["'])(.*)\1$/.exec(raw);
    values[key] = quoted ? (quoted[2] ?? '') : raw.replace(/\s+#.*$/, '');
  }
  return values;
}

function httpsUrl(env: Env, name: string, fallback: string, problems: string[], defaulted: string[]): string {
  const value = env[name]?.trim();
  if (!value) {
    defaulted.push(name);
    return fallback;
  }
  if (!/^https:\/\/[^\s/]+/.test(value))
    problems.push(`${name} must be an https:// address (got "${value}")`);
  return value;
}

/**
 * Reads the package settings from `env` (already merged with .env). Required: `MicrosoftAppId`
 * and `BOT_DOMAIN`; optional: `TEAMS_APP_ID`, `APP_VERSION`, `APP_DEVELOPER_NAME`,
 * `APP_WEBSITE_URL`, `APP_PRIVACY_URL`, `APP_TERMS_URL`. Throws an {@link AppPackageError}
 * naming every missing or malformed value; `notices` says which defaults were used.
 */
export function packageSettingsFrom(
  env: Env,
  defaults: { version: string },
): { settings: PackageSettings; notices: string[] } {
  const problems: string[] = [];
  const notices: string[] = [];
  const get = (name: string): string => env[name]?.trim() ?? '';

  const botId = get('MicrosoftAppId');
  if (botId === '') {
    problems.push('MicrosoftAppId is missing: set it to the Microsoft App ID of the Azure Bot (a GUID)');
  } else if (!GUID.test(botId)) {
    problems.push(
      `MicrosoftAppId must be a GUID such as 00000000-0000-0000-0000-000000000000 (got "${botId}")`,
    );
  }

  const domainRaw = get('BOT_DOMAIN');
  // People paste the endpoint or the site address: keep the host, refuse anything with a path.
  const domain = domainRaw.replace(/^https:\/\//i, '').replace(/\/$/, '');
  if (domainRaw === '') {
    problems.push('BOT_DOMAIN is missing: set it to the host name of the bot, e.g. my-bot.azurewebsites.net');
  } else if (!HOST_NAME.test(domain)) {
    problems.push(
      `BOT_DOMAIN must be a host name only, e.g. my-bot.azurewebsites.net, without scheme, port or path (got "${domainRaw}")`,
    );
  }

  const teamsAppId = get('TEAMS_APP_ID') || botId;
  if (get('TEAMS_APP_ID') !== '' && !GUID.test(teamsAppId)) {
    problems.push(`TEAMS_APP_ID must be a GUID (got "${teamsAppId}")`);
  }

  const version = get('APP_VERSION') || defaults.version;
  if (!SEMVER.test(version)) problems.push(`APP_VERSION must be x.y.z with numbers only (got "${version}")`);

  const developerName = get('APP_DEVELOPER_NAME') || 'IT department';
  if (developerName.length > 32) problems.push(`APP_DEVELOPER_NAME is longer than 32 characters`);

  const defaulted: string[] = [];
  if (get('APP_DEVELOPER_NAME') === '') defaulted.push('APP_DEVELOPER_NAME');
  const site = `https://${domain}`;
  const websiteUrl = httpsUrl(env, 'APP_WEBSITE_URL', `${site}/`, problems, defaulted);
  const privacyUrl = httpsUrl(env, 'APP_PRIVACY_URL', `${site}/privacy`, problems, defaulted);
  const termsUrl = httpsUrl(env, 'APP_TERMS_URL', `${site}/terms`, problems, defaulted);
  if (defaulted.length > 0) {
    notices.push(
      `using defaults for ${defaulted.join(', ')}: set them to your organisation's pages before publishing the app to everyone`,
    );
  }

  if (problems.length > 0)
    throw new AppPackageError('The Teams app package settings are incomplete:', problems);
  return {
    settings: {
      botId,
      botDomain: domain,
      teamsAppId,
      version,
      developerName,
      websiteUrl,
      privacyUrl,
      termsUrl,
    },
    notices,
  };
}

/** Fills the template's `${{NAME}}` placeholders and parses the result; throws if one is left. */
export function fillManifest(template: string, settings: PackageSettings): Record<string, unknown> {
  const values: Record<string, string> = {
    BOT_ID: settings.botId,
    BOT_DOMAIN: settings.botDomain,
    TEAMS_APP_ID: settings.teamsAppId,
    APP_VERSION: settings.version,
    DEVELOPER_NAME: settings.developerName,
    WEBSITE_URL: settings.websiteUrl,
    PRIVACY_URL: settings.privacyUrl,
    TERMS_URL: settings.termsUrl,
  };
  const unknown = new Set<string>();
  const filled = template.replace(/\$\{\{([A-Z0-9_]+)\}\}/g, (whole, name: string) => {
    const value = values[name];
    if (value === undefined) {
      unknown.add(name);
      return whole;
    }
    // Placeholders sit inside JSON strings: escape the value as JSON string content.
    return JSON.stringify(value).slice(1, -1);
  });
  if (unknown.size > 0) {
    throw new AppPackageError(
      'The manifest template has placeholders with no value:',
      [...unknown].map((n) => `\${{${n}}}`),
    );
  }
  return JSON.parse(filled) as Record<string, unknown>;
}

/** Problems of an icon: not a PNG, wrong size, or (outline) a pixel neither white nor transparent. */
export function iconProblems(name: string, png: Buffer, size: number, outline: boolean): string[] {
  let header;
  try {
    header = readPngHeader(png);
  } catch (error) {
    return [`${name}: ${(error as Error).message}`];
  }
  if (header.width !== size || header.height !== size) {
    return [`${name} must be ${size}×${size} pixels, is ${header.width}×${header.height}`];
  }
  if (!outline) return [];
  const image = decodePng(png);
  let bad = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    const white = image.data[i] === 255 && image.data[i + 1] === 255 && image.data[i + 2] === 255;
    if (image.data[i + 3] !== 0 && !white) bad++;
  }
  return bad === 0 ? [] : [`${name} must be white on transparent: ${bad} pixel(s) have another colour`];
}

interface CommandList {
  commands?: { title?: unknown; description?: unknown }[];
}

// Teams' validation limits that the JSON schema does not carry (command titles and descriptions).
function commandLimitProblems(where: string, title: unknown, description: unknown): string[] {
  const problems: string[] = [];
  if (typeof title === 'string' && title.length > 32)
    problems.push(`${where}: title "${title}" is longer than 32 characters`);
  if (typeof description === 'string' && description.length > 128) {
    problems.push(`${where}: description of "${String(title)}" is longer than 128 characters`);
  }
  return problems;
}

/** Every problem of a package's files (empty when Teams should accept it). */
export function appPackageProblems(files: ReadonlyMap<string, Buffer>): string[] {
  const problems: string[] = [];
  const manifestBytes = files.get('manifest.json');
  if (manifestBytes === undefined) return ['manifest.json is missing'];
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(manifestBytes.toString('utf8')) as Record<string, unknown>;
  } catch (error) {
    return [`manifest.json is not JSON: ${(error as Error).message}`];
  }
  problems.push(...manifestSchemaProblems(manifest).map((p) => `manifest.json: ${p}`));

  const bots = (manifest.bots ?? []) as { commandLists?: CommandList[] }[];
  const lists = bots[0]?.commandLists ?? [];
  lists.forEach((list, l) =>
    (list.commands ?? []).forEach((c, i) =>
      problems.push(
        ...commandLimitProblems(
          `manifest.json bots[0].commandLists[${l}].commands[${i}]`,
          c.title,
          c.description,
        ),
      ),
    ),
  );

  const icons = (manifest.icons ?? {}) as { color?: string; outline?: string };
  for (const [kind, size] of [
    ['color', 192],
    ['outline', 32],
  ] as const) {
    const file = icons[kind];
    const png = file === undefined ? undefined : files.get(file);
    if (file === undefined || png === undefined) problems.push(`the ${kind} icon ${file ?? ''} is missing`);
    else problems.push(...iconProblems(file, png, size, kind === 'outline'));
  }

  const info = (manifest.localizationInfo ?? {}) as {
    additionalLanguages?: { languageTag: string; file: string }[];
  };
  for (const { file } of info.additionalLanguages ?? []) {
    const bytes = files.get(file);
    if (bytes === undefined) {
      problems.push(`localisation file ${file} is missing`);
      continue;
    }
    let strings: Record<string, unknown>;
    try {
      strings = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    } catch (error) {
      problems.push(`${file} is not JSON: ${(error as Error).message}`);
      continue;
    }
    problems.push(...localizationSchemaProblems(strings).map((p) => `${file}: ${p}`));
    for (const [key, value] of Object.entries(strings)) {
      const m = /^bots\[0\]\.commandLists\[(\d+)\]\.commands\[(\d+)\]\.(title|description)$/.exec(key);
      if (m === null) continue;
      const command = lists[Number(m[1])]?.commands?.[Number(m[2])];
      if (command === undefined) problems.push(`${file}: ${key} names a command the manifest does not have`);
      else if (m[3] === 'title') problems.push(...commandLimitProblems(`${file} ${key}`, value, undefined));
      else problems.push(...commandLimitProblems(`${file} ${key}`, command.title, value));
    }
  }
  return problems;
}

/**
 * Builds the app package from the template folder: fills the manifest, checks every file and
 * returns the zip. Throws an {@link AppPackageError} listing the problems when Teams would refuse it.
 */
export function buildAppPackage(
  settings: PackageSettings,
  dir: string = APP_PACKAGE_DIR,
): { zip: Buffer; manifest: Record<string, unknown> } {
  const manifest = fillManifest(readFileSync(path.join(dir, 'manifest.json'), 'utf8'), settings);
  const files = new Map<string, Buffer>();
  files.set('manifest.json', Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8'));
  for (const name of PACKAGE_FILES.slice(1)) {
    const file = path.join(dir, name);
    if (existsSync(file)) files.set(name, readFileSync(file));
  }
  const problems = appPackageProblems(files);
  if (problems.length > 0) throw new AppPackageError('The Teams app package would be refused:', problems);
  return { zip: writeZip([...files].map(([name, data]) => ({ name, data }))), manifest };
}
