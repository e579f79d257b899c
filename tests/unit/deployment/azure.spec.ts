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
  AZURE_STORAGE_CONNECTION_STRING:
    'Azure reaches the blobs with the managed identity (AZURE_STORAGE_ACCOUNT_URL): no account key',
  GRAPH_CLIENT_CERTIFICATE_PATH:
    'Azure signs in to Graph with the Key Vault secret or the managed identity (graphAuth); a certificate file is for other hosts',
};

/** Settings only the Azure deployment sets (App Service's own aside): none today, each must be in .env.sample. */
const AZURE_ONLY: Record<string, string> = {};

/** Settings whose Azure value differs on purpose from the .env.sample default. */
const DEFAULT_DIFFERS: Record<string, string> = {
  MicrosoftAppType: 'new multi-tenant Azure Bots can no longer be created: SingleTenant',
  STORAGE: 'Azure keeps the state in Blob Storage',
  GRAPH_USE_MANAGED_IDENTITY: 'derived from the graphAuth parameter',
};

/** App settings that carry a secret. */
const SECRET_SETTING = /secret|password|token/i;

const KEY_VAULT_SECRETS_USER = '4633458b-17de-408a-b874-0445c86b69e6';
const STORAGE_BLOB_DATA_CONTRIBUTOR = 'ba92f5b4-2d11-453d-a403-e96b9d84ac35';

interface Resource {
  name: string;
  type: string;
  apiVersion: string;
  condition?: string;
  body: string;
}

/** Top-level resources: from `resource x 'type@version' = ... {` to the next `}` at column 0. */
const resources = new Map<string, Resource>();
for (const m of bicep.matchAll(/^resource (\w+) '([^'@]+)@([^']+)' = (?:if \((.+)\) )?\{$([\s\S]*?)^\}$/gm)) {
  resources.set(m[1]!, { name: m[1]!, type: m[2]!, apiVersion: m[3]!, condition: m[4], body: m[5]! });
}
const resourcesOfType = (type: string): Resource[] => [...resources.values()].filter((r) => r.type === type);

/** The properties block of a resource body (the first `  properties: {` up to its `  }`). */
function propertiesOf(r: Resource): string {
  const m = /^ {2}properties: \{$([\s\S]*?)^ {2}\}$/m.exec(r.body);
  assert.ok(m, `${r.name} has a properties block`);
  return m[1]!;
}

const siteSettings = resourcesOfType('Microsoft.Web/sites/config').find((r) =>
  /name: 'appsettings'/.test(r.body),
);
const appSettings = new Map(
  siteSettings
    ? [...propertiesOf(siteSettings).matchAll(/^ {4}(\w+): (.+)$/gm)].map((m) => [m[1]!, m[2]!.trim()])
    : [],
);

const sampleDefaults = new Map(
  [...envSample.matchAll(/^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]),
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

const isKeyVaultReference = (expression: string): boolean => expression.includes('@Microsoft.KeyVault(');

/** Bicep text without comments and with string contents blanked (interpolations dropped too). */
function code(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === '\\') i++;
      else if (c === "'") {
        inString = false;
        out += c;
      }
      continue;
    }
    if (c === "'") inString = true;
    if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
      continue;
    }
    out += c;
  }
  return out;
}

describe('Azure deployment (main.bicep)', () => {
  it('is well formed: braces, brackets and parentheses balance, and every resource names type@apiVersion', () => {
    const pairs: Record<string, string> = { '}': '{', ']': '[', ')': '(' };
    const stack: string[] = [];
    const lines = code(bicep).split('\n');
    lines.forEach((line, n) => {
      for (const c of line) {
        if ('{[('.includes(c)) stack.push(c);
        else if (c in pairs) assert.equal(stack.pop(), pairs[c], `unbalanced ${c} on line ${n + 1}`);
      }
    });
    assert.deepEqual(stack, [], 'every opening brace, bracket and parenthesis is closed');

    const declared = bicep.match(/^resource /gm) ?? [];
    assert.equal(resources.size, declared.length, 'every resource was read');
    for (const r of resources.values()) {
      assert.match(r.type, /^Microsoft\.[A-Za-z]+(\/[A-Za-z]+)+$/, `${r.name}: resource type`);
      assert.match(r.apiVersion, /^\d{4}-\d{2}-\d{2}(-preview)?$/, `${r.name}: API version`);
    }
  });

  it('reads the settings of .env.sample', () => {
    assert.ok(siteSettings, 'the app settings are a Microsoft.Web/sites/config "appsettings" resource');
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

  it("sets no app setting that .env.sample does not know (App Service's own and the Azure-only ones aside)", () => {
    const unknown = [...appSettings.keys()].filter(
      (k) => !/^(SCM|WEBSITE)_/.test(k) && !sampleDefaults.has(k) && !(k in AZURE_ONLY),
    );
    assert.deepEqual(unknown, []);
    for (const key of Object.keys(AZURE_ONLY)) assert.ok(appSettings.has(key), `${key} is set`);
  });

  it('leaves out only settings that .env.sample still has, and does set them', () => {
    for (const key of Object.keys(NOT_IN_AZURE)) {
      assert.ok(sampleDefaults.has(key), key);
      assert.ok(!appSettings.has(key), `${key} is left out`);
    }
  });

  it('defaults each parameter to the .env.sample default of its setting', () => {
    for (const [setting, expression] of appSettings) {
      const sample = sampleDefaults.get(setting);
      if (!sample || setting in DEFAULT_DIFFERS || isKeyVaultReference(expression)) continue;
      const [param] = paramsIn(expression);
      if (param?.defaultValue === undefined) continue;
      const value = param.defaultValue.replace(/^'(.*)'$/, '$1');
      assert.equal(value, sample, `${setting}: parameter ${param.name} defaults to ${param.defaultValue}`);
    }
  });

  it('keeps every secret in Key Vault and references it from the app settings', () => {
    const secrets = [...appSettings].filter(([k]) => SECRET_SETTING.test(k));
    assert.ok(secrets.length >= 5, `only ${secrets.length} secret settings found`);
    const vaultSecrets = resourcesOfType('Microsoft.KeyVault/vaults/secrets');
    for (const [setting, expression] of secrets) {
      const m = /'@Microsoft\.KeyVault\(SecretUri=\$\{(\w+)\.properties\.secretUri\}\)'/.exec(expression);
      assert.ok(m, `${setting} is a Key Vault reference (got ${expression})`);
      const secret = resources.get(m[1]!);
      assert.equal(
        secret?.type,
        'Microsoft.KeyVault/vaults/secrets',
        `${setting}: ${m[1]} is a vault secret`,
      );
      assert.match(secret.body, /parent: vault$/m, `${m[1]} is in the bot's vault`);
      const value = /^ {4}value: (\w+)$/m.exec(secret.body)?.[1];
      assert.ok(value && params.has(value), `${m[1]} takes its value from a parameter`);
      assert.match(params.get(value)!.decorators, /@secure\(\)/, `${value} (${setting}) must be @secure()`);
      // The only alternative to the reference is no secret at all (managed identity): ''.
      const rest = expression.replace(m[0], 'REF');
      assert.match(
        rest,
        /^(REF|\w+ \? REF : ''|!?\w+ \? '' : REF)$/,
        `${setting}: nothing but the reference or ''`,
      );
    }
    assert.equal(vaultSecrets.length, secrets.length, 'one vault secret per secret setting');
  });

  it('passes every @secure() parameter to Key Vault only, never into a plain setting', () => {
    const secure = [...params.values()].filter((p) => /@secure\(\)/.test(p.decorators));
    assert.ok(secure.length >= 5);
    for (const p of secure) {
      const uses = [...bicep.matchAll(new RegExp(`\\b${p.name}\\b`, 'g'))].length;
      const stored = resourcesOfType('Microsoft.KeyVault/vaults/secrets').some((r) =>
        new RegExp(`^ {4}value: ${p.name}$`, 'm').test(r.body),
      );
      assert.ok(stored, `${p.name} is stored in a vault secret`);
      assert.equal(uses, 2, `${p.name} is used only for its vault secret`);
    }
  });

  it('creates a Key Vault with RBAC authorisation, soft delete and purge protection', () => {
    const [vault, ...others] = resourcesOfType('Microsoft.KeyVault/vaults');
    assert.ok(vault && others.length === 0, 'one vault');
    const props = propertiesOf(vault);
    assert.match(props, /enableRbacAuthorization: true/);
    assert.match(props, /enableSoftDelete: true/);
    assert.match(props, /enablePurgeProtection: true/);
    assert.match(props, /softDeleteRetentionInDays: \d+/);
  });

  it('gives the web app a system-assigned identity with Key Vault Secrets User on the vault and Storage Blob Data Contributor on the account', () => {
    const site = resources.get('site')!;
    assert.equal(site.type, 'Microsoft.Web/sites');
    assert.match(site.body, /type: 'SystemAssigned, UserAssigned'/);
    assert.match(site.body, /type: 'SystemAssigned'$/m);
    assert.match(site.body, /keyVaultReferenceIdentity: 'SystemAssigned'/);

    const assignments = resourcesOfType('Microsoft.Authorization/roleAssignments');
    const grants = assignments.map((r) => {
      const roleVar =
        /roleDefinitionId: subscriptionResourceId\('Microsoft\.Authorization\/roleDefinitions', (\w+)\)/.exec(
          r.body,
        )?.[1];
      const roleId = roleVar && new RegExp(`^var ${roleVar} = '([0-9a-f-]+)'$`, 'm').exec(bicep)?.[1];
      assert.match(r.body, /principalId: site\.identity\.principalId$/m, `${r.name}: the web app's identity`);
      assert.match(r.body, /principalType: 'ServicePrincipal'$/m, `${r.name}: principalType`);
      assert.match(r.body, /name: guid\(/, `${r.name}: a deterministic name`);
      return { roleId, scope: /^ {2}scope: (\w+)$/m.exec(r.body)?.[1] };
    });
    assert.deepEqual(
      grants.sort((a, b) => String(a.scope).localeCompare(String(b.scope))),
      [
        { roleId: STORAGE_BLOB_DATA_CONTRIBUTOR, scope: 'storage' },
        { roleId: KEY_VAULT_SECRETS_USER, scope: 'vault' },
      ],
    );
    assert.equal(resources.get('storage')?.type, 'Microsoft.Storage/storageAccounts');
    assert.equal(resources.get('vault')?.type, 'Microsoft.KeyVault/vaults');
  });

  it('applies the app settings only once the role assignments exist', () => {
    const dependsOn = /dependsOn: \[([\s\S]*?)\]/.exec(siteSettings!.body)?.[1] ?? '';
    for (const r of resourcesOfType('Microsoft.Authorization/roleAssignments'))
      assert.match(dependsOn, new RegExp(`\\b${r.name}\\b`), r.name);
    assert.match(siteSettings!.body, /parent: site$/m);
    assert.doesNotMatch(
      resources.get('site')!.body,
      /appSettings/,
      'no second list of app settings on the site',
    );
  });

  it('reaches the blobs with the managed identity: no account key, no connection string', () => {
    assert.doesNotMatch(bicep, /listKeys\(/);
    assert.doesNotMatch(bicep, /AccountKey/);
    assert.doesNotMatch(bicep, /AZURE_STORAGE_CONNECTION_STRING/);
    const props = propertiesOf(resources.get('storage')!);
    assert.match(props, /allowSharedKeyAccess: false/);
    assert.match(props, /minimumTlsVersion: 'TLS1_2'/);
    assert.match(props, /allowBlobPublicAccess: false/);
    assert.match(bicep, /kind: 'StorageV2'/);
    assert.match(bicep, /publicAccess: 'None'/);

    assert.equal(appSettings.get('STORAGE'), "'blob'");
    assert.equal(appSettings.get('AZURE_STORAGE_ACCOUNT_URL'), 'storageAccountUrl');
    assert.match(bicep, /^var storageBlobEndpoint = storage\.properties\.primaryEndpoints\.blob$/m);
    assert.match(bicep, /^var storageAccountUrl = endsWith\(storageBlobEndpoint, '\/'\)/m);
    assert.match(bicep, /substring\(storageBlobEndpoint, 0, length\(storageBlobEndpoint\) - 1\)/);
    assert.equal(appSettings.get('AZURE_STORAGE_CONTAINER'), 'stateContainer.name');
    assert.equal(
      params.get('storageContainerName')?.defaultValue,
      `'${sampleDefaults.get('AZURE_STORAGE_CONTAINER')}'`,
    );
  });

  it('lets Graph use a Key Vault secret (default) or the managed identity', () => {
    const graphAuth = params.get('graphAuth');
    assert.equal(graphAuth?.defaultValue, "'secret'");
    assert.match(graphAuth.decorators, /@allowed\(\[\s*'managedIdentity'\s*'secret'\s*\]\)/);
    assert.match(bicep, /^var graphUsesSecret = graphAuth == 'secret'$/m);
    assert.match(
      appSettings.get('GRAPH_CLIENT_SECRET')!,
      /^graphUsesSecret \? '@Microsoft\.KeyVault\(.*\)' : ''$/,
    );
    assert.equal(appSettings.get('GRAPH_USE_MANAGED_IDENTITY'), "graphUsesSecret ? 'false' : 'true'");
    assert.equal(resources.get('graphSecret')?.condition, 'graphUsesSecret');
    assert.equal(resources.get('botPasswordSecret')?.condition, '!useManagedIdentity');
  });

  it('sends telemetry to a workspace-based Application Insights', () => {
    const [workspace] = resourcesOfType('Microsoft.OperationalInsights/workspaces');
    const [insights] = resourcesOfType('Microsoft.Insights/components');
    assert.ok(workspace && insights);
    assert.match(propertiesOf(insights), new RegExp(`WorkspaceResourceId: ${workspace.name}\\.id$`, 'm'));
    assert.equal(
      appSettings.get('APPLICATIONINSIGHTS_CONNECTION_STRING'),
      `${insights.name}.properties.ConnectionString`,
    );
    // Locally telemetry stays off: .env.sample, if it names the setting, leaves it empty.
    assert.ok(!sampleDefaults.get('APPLICATIONINSIGHTS_CONNECTION_STRING'));
  });

  it('runs the compiled bot on a Linux Node 24 LTS web app, built during deployment, HTTPS only, always on, health-checked on /healthz', () => {
    assert.match(bicep, /linuxFxVersion: 'NODE\|24-lts'/);
    assert.doesNotMatch(bicep, /NODE\|20/);
    assert.match(bicep, /appCommandLine: 'node dist\/bot\/index\.js'/);
    assert.equal(appSettings.get('SCM_DO_BUILD_DURING_DEPLOYMENT'), "'true'");
    assert.match(bicep, /reserved: true/);
    assert.match(bicep, /httpsOnly: true/);
    assert.match(bicep, /alwaysOn: true/);
    assert.match(bicep, /healthCheckPath: '\/healthz'/);
  });

  it("registers an Azure Bot whose Teams channel is on and whose endpoint is the web app's /api/messages", () => {
    assert.match(bicep, /'Microsoft\.BotService\/botServices@[\d-]+'/);
    assert.match(bicep, /endpoint: 'https:\/\/\$\{site\.properties\.defaultHostName\}\/api\/messages'/);
    assert.match(bicep, /channelName: 'MsTeamsChannel'/);
    assert.match(bicep, /isEnabled: true/);
  });

  it("outputs the vault name, the web app's principal id and the Application Insights name", () => {
    assert.match(bicep, /^output keyVaultName string = vault\.name$/m);
    assert.match(bicep, /^output webAppPrincipalId string = site\.identity\.principalId$/m);
    assert.match(bicep, /^output appInsightsName string = appInsights\.name$/m);
  });

  it('documents every parameter with @description', () => {
    assert.equal(params.size, (bicep.match(/^param /gm) ?? []).length, 'every parameter was read');
    for (const p of params.values()) assert.match(p.decorators, /@description\('/, p.name);
  });

  it('has an example parameters file that names only declared parameters and every required one', () => {
    const given = Object.keys(parameters.parameters);
    for (const name of given) assert.ok(params.has(name), `unknown parameter ${name}`);
    const required = [...params.values()].filter((p) => p.defaultValue === undefined).map((p) => p.name);
    assert.ok(required.length >= 5, `only ${required.length} required parameters read`);
    for (const name of required) assert.ok(given.includes(name), `missing required parameter ${name}`);
    for (const p of params.values()) {
      if (/@secure\(\)/.test(p.decorators) && given.includes(p.name)) {
        const value = (parameters.parameters[p.name] as { value?: unknown }).value;
        assert.match(String(value), /^<.*>$/, `${p.name}: a placeholder, never a real secret`);
      }
    }
  });
});
