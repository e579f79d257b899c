import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  AppPackageError,
  fillManifest,
  packageSettingsFrom,
  type PackageSettings,
} from '../../../deployment/app-package';
import {
  APP_PACKAGE_DIR,
  manifestCommandLists,
  MANIFEST_COMMAND_INTENTS,
} from '../../../deployment/manifest-commands';
import { MANIFEST_VERSION, manifestSchemaProblems } from '../../../deployment/manifest-schema';

const BOT_ID = '0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0';
const template = readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.json'), 'utf8');
const settings: PackageSettings = packageSettingsFrom(
  { MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'pbx-rooms.azurewebsites.net' },
  { version: '1.2.3' },
).settings;

interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  commandLists: { scopes: string[]; commands: { title: string; description: string }[] }[];
}

describe('Teams app manifest', () => {
  const manifest = fillManifest(template, settings);
  const bot = (manifest.bots as Bot[])[0]!;

  it('once filled, validates against the official Teams manifest schema of its version', () => {
    assert.equal(manifest.manifestVersion, MANIFEST_VERSION);
    assert.match(
      String(manifest.$schema),
      new RegExp(`/v${MANIFEST_VERSION.replace('.', '\\.')}/MicrosoftTeams\\.schema\\.json$`),
    );
    assert.deepEqual(manifestSchemaProblems(manifest), []);
  });

  it('the schema validator does reject a broken manifest (so the check above means something)', () => {
    const broken = { ...manifest, accentColor: 'teal', bots: [{ ...bot, botId: 'not-a-guid' }] };
    const problems = manifestSchemaProblems(broken);
    assert.ok(
      problems.some((p) => p.startsWith('/accentColor')),
      problems.join('\n'),
    );
    assert.ok(
      problems.some((p) => p.startsWith('/bots/0/botId')),
      problems.join('\n'),
    );
  });

  it('fills the ids, version and domain from the settings, leaving no placeholder', () => {
    const text = JSON.stringify(manifest);
    assert.doesNotMatch(text, /\$\{\{/);
    assert.equal(manifest.id, BOT_ID);
    assert.equal(bot.botId, BOT_ID);
    assert.equal(manifest.version, '1.2.3');
    assert.deepEqual(manifest.validDomains, ['pbx-rooms.azurewebsites.net', 'token.botframework.com']);
  });

  it('declares one bot for personal, team and group chat scopes that takes no files', () => {
    assert.deepEqual([...bot.scopes].sort(), ['groupChat', 'personal', 'team']);
    assert.equal(bot.supportsFiles, false);
  });

  it('lists the same ten commands for the personal scope and for teams and group chats', () => {
    const scopes = bot.commandLists.map((l) => l.scopes);
    assert.deepEqual(scopes, [['personal'], ['team', 'groupChat']]);
    const titles = bot.commandLists.map((l) => l.commands.map((c) => c.title));
    const expected = [
      'help',
      'call <name>',
      'my calls',
      'missed calls',
      'speed dials',
      'presence <name>',
      'book a room',
      'my bookings',
      'sync status',
      'report a problem',
    ];
    assert.deepEqual(titles, [expected, expected]);
    assert.equal(MANIFEST_COMMAND_INTENTS.length, expected.length);
  });

  it('keeps command titles within 32 characters and descriptions within 128, as Teams requires', () => {
    for (const lists of [
      manifestCommandLists('en'),
      manifestCommandLists('fr'),
      manifestCommandLists('pt-br'),
    ]) {
      for (const c of lists.flat()) {
        assert.ok(c.title.length <= 32, `title too long: ${c.title}`);
        assert.ok(c.description.length > 0 && c.description.length <= 128, `description: ${c.description}`);
      }
    }
  });

  it('names English as the default language, with French and Brazilian Portuguese files', () => {
    assert.deepEqual(manifest.localizationInfo, {
      defaultLanguageTag: 'en',
      additionalLanguages: [
        { languageTag: 'fr', file: 'fr.json' },
        { languageTag: 'pt-br', file: 'pt-br.json' },
      ],
    });
  });

  it('has developer, privacy and terms addresses and an accent colour', () => {
    const developer = manifest.developer as Record<string, string>;
    for (const key of ['websiteUrl', 'privacyUrl', 'termsOfUseUrl'])
      assert.match(developer[key]!, /^https:\/\//);
    assert.match(String(manifest.accentColor), /^#[0-9A-Fa-f]{6}$/);
  });

  it('escapes setting values so that a quote cannot break the manifest JSON', () => {
    const filled = fillManifest(template, { ...settings, developerName: 'Acme "IT"' });
    assert.equal((filled.developer as Record<string, string>).name, 'Acme "IT"');
  });

  it('refuses a template placeholder it has no value for, naming it', () => {
    assert.throws(
      () => fillManifest(template.replace('${{BOT_ID}}', '${{OTHER_ID}}'), settings),
      (e: unknown) => e instanceof AppPackageError && e.problems.includes('${{OTHER_ID}}'),
    );
  });
});

describe('Teams app package settings', () => {
  it('when MicrosoftAppId and BOT_DOMAIN are missing, names both', () => {
    assert.throws(
      () => packageSettingsFrom({}, { version: '0.1.0' }),
      (e: unknown) =>
        e instanceof AppPackageError &&
        e.problems.length === 2 &&
        e.problems[0]!.startsWith('MicrosoftAppId is missing') &&
        e.problems[1]!.startsWith('BOT_DOMAIN is missing'),
    );
  });

  it('refuses an app id that is not a GUID and a domain with a path', () => {
    assert.throws(
      () =>
        packageSettingsFrom(
          { MicrosoftAppId: 'my-bot', BOT_DOMAIN: 'https://my-bot.azurewebsites.net/api/messages' },
          { version: '0.1.0' },
        ),
      (e: unknown) =>
        e instanceof AppPackageError &&
        e.problems.some((p) => p.startsWith('MicrosoftAppId must be a GUID')) &&
        e.problems.some((p) => p.startsWith('BOT_DOMAIN must be a host name only')),
    );
  });

  it('accepts the site address for BOT_DOMAIN and keeps its host', () => {
    const { settings: s } = packageSettingsFrom(
      { MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'https://bot.example.com/' },
      { version: '0.1.0' },
    );
    assert.equal(s.botDomain, 'bot.example.com');
  });

  it('uses TEAMS_APP_ID, APP_VERSION and the developer pages when given, without notices', () => {
    const { settings: s, notices } = packageSettingsFrom(
      {
        MicrosoftAppId: BOT_ID,
        BOT_DOMAIN: 'bot.example.com',
        TEAMS_APP_ID: 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE',
        APP_VERSION: '2.0.1',
        APP_DEVELOPER_NAME: 'Contoso IT',
        APP_WEBSITE_URL: 'https://contoso.example/it',
        APP_PRIVACY_URL: 'https://contoso.example/privacy',
        APP_TERMS_URL: 'https://contoso.example/terms',
      },
      { version: '0.1.0' },
    );
    assert.equal(s.teamsAppId, 'AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE');
    assert.equal(s.version, '2.0.1');
    assert.equal(s.privacyUrl, 'https://contoso.example/privacy');
    assert.deepEqual(notices, []);
  });

  it('without developer pages, falls back to the bot domain and says so', () => {
    const { settings: s, notices } = packageSettingsFrom(
      { MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'bot.example.com' },
      { version: '0.1.0' },
    );
    assert.equal(s.teamsAppId, BOT_ID);
    assert.equal(s.termsUrl, 'https://bot.example.com/terms');
    assert.equal(notices.length, 1);
    assert.match(notices[0]!, /APP_PRIVACY_URL/);
  });

  it('refuses a version that is not x.y.z and a plain-http privacy page', () => {
    assert.throws(
      () =>
        packageSettingsFrom(
          {
            MicrosoftAppId: BOT_ID,
            BOT_DOMAIN: 'bot.example.com',
            APP_VERSION: '1.0',
            APP_PRIVACY_URL: 'http://x.example',
          },
          { version: '0.1.0' },
        ),
      (e: unknown) => e instanceof AppPackageError && e.problems.length === 2,
    );
  });
});
