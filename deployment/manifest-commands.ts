/**
 * The bot commands that the Teams app manifest offers, per language, read from the manifest
 * template and its localisation files, so that tests can check the bot understands each of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IntentKind } from '../bot/language/intents';

export type ManifestLanguage = 'en' | 'fr' | 'pt-br';

export const MANIFEST_LANGUAGES: readonly ManifestLanguage[] = ['en', 'fr', 'pt-br'];

/** The folder of the manifest template, its localisation files and icons. */
export const APP_PACKAGE_DIR = path.join(__dirname, 'appPackage');

export interface ManifestCommand {
  title: string;
  description: string;
}

/** The intent each command of a list must be understood as, in list order (the same in every language). */
export const MANIFEST_COMMAND_INTENTS: readonly IntentKind[] = [
  'help',
  'call',
  'myCalls',
  'myCalls',
  'speedDials',
  'presence',
  'bookRoom',
  'myBookings',
  'syncStatus',
  'reportProblem',
];

interface TemplateCommandList {
  scopes: string[];
  commands: ManifestCommand[];
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(path.join(APP_PACKAGE_DIR, file), 'utf8'));
}

function templateCommandLists(): TemplateCommandList[] {
  const manifest = readJson('manifest.json') as { bots?: { commandLists?: TemplateCommandList[] }[] };
  return manifest.bots?.[0]?.commandLists ?? [];
}

/**
 * The command lists of the manifest in one language (one list per scope group, in manifest
 * order): English from the template, French and Portuguese from the localisation files, falling
 * back to English for a missing key as Teams does.
 */
export function manifestCommandLists(language: ManifestLanguage): ManifestCommand[][] {
  const lists = templateCommandLists();
  if (language === 'en') return lists.map((list) => list.commands.map((c) => ({ ...c })));
  const strings = readJson(`${language}.json`) as Record<string, unknown>;
  const text = (key: string, fallback: string): string => {
    const value = strings[key];
    return typeof value === 'string' ? value : fallback;
  };
  return lists.map((list, l) =>
    list.commands.map((c, i) => ({
      title: text(`bots[0].commandLists[${l}].commands[${i}].title`, c.title),
      description: text(`bots[0].commandLists[${l}].commands[${i}].description`, c.description),
    })),
  );
}

/** Every distinct command title the manifest shows in one language. */
export function manifestCommandTitles(language: ManifestLanguage): string[] {
  return [...new Set(manifestCommandLists(language).flatMap((list) => list.map((c) => c.title)))];
}

/** A title as a user would send it: placeholders such as `<name>` / `<nom>` replaced by `sampleName`. */
export function sampleUtterance(title: string, sampleName = 'Alice Martin'): string {
  return title.replace(/<[^>]+>/g, sampleName);
}

/** One thing a user may send from the command menu, and the intent the bot must read in it. */
export interface ManifestCommandSample {
  language: ManifestLanguage;
  title: string;
  utterance: string;
  intent: IntentKind;
}

/**
 * Every distinct command (per language and title) of every list in every language, with a sample
 * utterance and the expected intent.
 */
export function manifestCommandSamples(sampleName?: string): ManifestCommandSample[] {
  const samples = new Map<string, ManifestCommandSample>();
  for (const language of MANIFEST_LANGUAGES) {
    for (const list of manifestCommandLists(language)) {
      list.forEach((c, i) => {
        const key = `${language}\u0000${c.title}`;
        if (samples.has(key)) return;
        samples.set(key, {
          language,
          title: c.title,
          utterance: sampleUtterance(c.title, sampleName),
          intent: MANIFEST_COMMAND_INTENTS[i] ?? 'unknown',
        });
      });
    }
  }
  return [...samples.values()];
}
