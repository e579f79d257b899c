import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_SETTINGS } from '../../../deployment/app-package';

const ROOT = path.join(__dirname, '..', '..', '..');
const bicep = readFileSync(path.join(ROOT, 'deployment', 'azure', 'main.bicep'), 'utf8');
const envSample = readFileSync(path.join(ROOT, '.env.sample'), 'utf8');
const parameters = JSON.parse(
  readFileSync(path.join(ROOT, 'deployment', 'azure', 'main.parameters.example.json'), 'utf8'),
) as { parameters: Record<string, unknown> };

/** Settings of .env.sample that the Azure deployment leaves out on purpose, and why. */
const NOT_IN_AZURE: Record<string, string> = {
  PORT: 'App Service sets PORT itself',
  HOST: 'the bot listens on 0.0.0.0 by default with real services',
  DEMO_TENANT: 'demo mode only',
};

/** Settings whose Azure value differs on purpose from the .env.sample default. */
const DEFAULT_DIFFERS: Record<string, string> = {
  MicrosoftAppType: 'new multi-tenant Azure Bots can no longer be created: SingleTenant',
  STORAGE: 'Azure keeps the state in Blob Storage',
};

const sampleDefaults = new Map(
  [...envSample.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
);
const appSettings = new Map(
  [...bicep.matchAll(/\{\s*name:\s*'([^']+)',\s*value:\s*(.+?)\s*\}$/gm)].map((m) => [m[1]!, m[2]!]),
);

interface Param {
  name: string;
  type: string;
  defaultValue?: string;
  decorators: string;
}

// Parameters are separated by blank lines, decorators (@description, @secure…) right above.
const params = new Map<string, Param>();
for (const block of bicep.split(/\n\s*\n/)) {
  const m = /^param (\w+) (\w+)(?: = (.+))?$/m.exec(block);
  if (m) {
    params.set(m[1]!, {
      name: m[1]!,
      type: m[2]!,
      defaultValue: m[3],
      decorators: block.slice(0, m.index),
    });
  }
}

const paramsIn = (expression: string): Param[] =>
  [...expression.matchAll(/\b[a-zA-Z]\w*\b/g)]
    .map((m) => params.get(m[0]))
    .filter((p): p is Param => p !== undefined);

describe('Azure deployment (main.bicep)', () => {
  it('reads the settings of .env.sample', () => {
    assert.ok(sampleDefaults.size >= 25, `only ${sampleDefaults.size} settings read from .env.sample`);
    assert.ok(appSettings.size >= 25, `only ${appSettings.size} app settings read from main.bicep`);
  });

  it('sets every setting of .env.sample that the app needs in Azure', () => {
    const packageOnly = new Set<string>(PACKAGE_SETTINGS);
    const missing = [...sampleDefaults.keys()].filter(
      (k) => !(k in NOT_IN_AZURE) && !packageOnly.has(k) && !appSettings.has(k),
    );
    assert.deepEqual(missing, [], `add these app settings to main.bicep (or to NOT_IN_AZURE, saying why)`);
  });

  it("sets no app setting that .env.sample does not know (App Service's own aside)", () => {
    const unknown = [...appSettings.keys()].filter(
      (k) => !/^(SCM|WEBSITE)_/.test(k) && !sampleDefaults.has(k),
    );
    assert.deepEqual(unknown, []);
  });

  it('leaves out only settings that .env.sample still has', () => {
    for (const key of Object.keys(NOT_IN_AZURE)) assert.ok(sampleDefaults.has(key), key);
  });

  it('defaults each parameter to the .env.sample default of its setting', () => {
    for (const [setting, expression] of appSettings) {
      const sample = sampleDefaults.get(setting);
      if (!sample || setting in DEFAULT_DIFFERS) continue;
      const [param] = paramsIn(expression);
      if (param?.defaultValue === undefined) continue;
      const value = param.defaultValue.replace(/^'(.*)'$/, '$1');
      assert.equal(value, sample, `${setting}: parameter ${param.name} defaults to ${param.defaultValue}`);
    }
  });

  it('takes secrets as @secure() parameters', () => {
    for (const [setting, expression] of appSettings) {
      if (!/SECRET|PASSWORD|REFRESH_TOKEN/.test(setting)) continue;
      const used = paramsIn(expression);
      assert.ok(used.length > 0, `${setting} comes from a parameter`);
      for (const p of used) {
        assert.match(p.decorators, /@secure\(\)/, `${p.name} (${setting}) must be @secure()`);
      }
    }
  });

  it('documents every parameter with @description', () => {
    assert.equal(params.size, (bicep.match(/^param /gm) ?? []).length, 'every parameter was read');
    for (const p of params.values()) assert.match(p.decorators, /@description\('/, p.name);
  });

  it('stores the state in blob storage, in a private container of a TLS 1.2 StorageV2 account', () => {
    assert.equal(appSettings.get('STORAGE'), "'blob'");
    assert.match(appSettings.get('AZURE_STORAGE_CONNECTION_STRING')!, /storageConnectionString/);
    assert.match(bicep, /var storageConnectionString = '.*storage\.listKeys\(\)/);
    assert.match(bicep, /kind: 'StorageV2'/);
    assert.match(bicep, /minimumTlsVersion: 'TLS1_2'/);
    assert.match(bicep, /allowBlobPublicAccess: false/);
    assert.match(bicep, /publicAccess: 'None'/);
    assert.equal(
      params.get('storageContainerName')?.defaultValue,
      `'${sampleDefaults.get('AZURE_STORAGE_CONTAINER')}'`,
    );
  });

  it('runs a Linux Node 20 LTS web app, HTTPS only, always on, health-checked on /healthz', () => {
    assert.match(bicep, /linuxFxVersion: 'NODE\|20-lts'/);
    assert.match(bicep, /reserved: true/);
    assert.match(bicep, /httpsOnly: true/);
    assert.match(bicep, /alwaysOn: true/);
    assert.match(bicep, /healthCheckPath: '\/healthz'/);
    assert.match(bicep, /appCommandLine: 'npm start'/);
  });

  it("registers an Azure Bot whose Teams channel is on and whose endpoint is the web app's /api/messages", () => {
    assert.match(bicep, /'Microsoft\.BotService\/botServices@[\d-]+'/);
    assert.match(bicep, /endpoint: 'https:\/\/\$\{site\.properties\.defaultHostName\}\/api\/messages'/);
    assert.match(bicep, /channelName: 'MsTeamsChannel'/);
    assert.match(bicep, /isEnabled: true/);
  });

  it('has an example parameters file that names only declared parameters and every required one', () => {
    const given = Object.keys(parameters.parameters);
    for (const name of given) assert.ok(params.has(name), `unknown parameter ${name}`);
    const required = [...params.values()].filter((p) => p.defaultValue === undefined).map((p) => p.name);
    for (const name of required) assert.ok(given.includes(name), `missing required parameter ${name}`);
  });
});
