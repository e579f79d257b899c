/**
 * `npm run playground`: starts the bot on its embedded default (or the configured services) and the
 * Microsoft 365 Agents Playground pointed at it, signed in as a person of the tenant.
 * Options: `--locale fr-FR|pt-BR` (the playground itself always sends en-US), `--port 56150`.
 */
import path from 'node:path';
import { ConfigError, loadConfig, loadDotEnv } from '../bot/config';
import { startBot, type RunningBot } from '../bot/index';
import { createLogger } from '../bot/log';
import { DEMO_SIGNED_IN_PERSON_ID } from '../bot/tenant/demo';
import { TenantFileError } from '../bot/tenant/tenant-file-error';
import type { Tenant, TenantPerson } from '../bot/tenant/types';
import { startLocaleProxy } from './locale-proxy';
import { startPlayground, type PlaygroundTenant, type PlaygroundUser } from './playground-lib';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** The signed-in user: the demo's documented user, else an admin who can place calls, else anyone in Teams. */
export function signedInPerson(tenant: Tenant): TenantPerson {
  const chosen =
    tenant.people.find((p) => p.id === DEMO_SIGNED_IN_PERSON_ID) ??
    tenant.people.find((p) => p.admin && p.inTeams && p.extension && p.cloudlinkRole) ??
    tenant.people.find((p) => p.inTeams && p.extension) ??
    tenant.people.find((p) => p.inTeams);
  if (!chosen) throw new Error('The tenant has nobody in Teams to sign in as.');
  return chosen;
}

/**
 * In a local live trial: the user named by `--user <upn>`, as Microsoft Graph knows them, in the
 * configured Entra tenant.
 */
async function trialSignIn(bot: RunningBot): Promise<{ tenant: PlaygroundTenant; user: PlaygroundUser }> {
  const upn = argument('user');
  if (!upn) {
    throw new Error(
      'In a local live trial, name the Teams user to sign in as: npm run playground -- --user someone@contoso.com',
    );
  }
  const found = await bot.services.graph.getUser(upn);
  if (!found)
    throw new Error(`Microsoft Graph knows no user ${upn} in tenant ${bot.config.graph?.tenantId}.`);
  const user: PlaygroundUser = {
    id: found.id,
    name: found.displayName || found.userPrincipalName,
    upn: found.userPrincipalName,
    ...(found.mail ? { email: found.mail } : {}),
    aadObjectId: found.id,
    inTeams: true,
  };
  return {
    tenant: { organization: { azureTenantId: bot.config.graph?.tenantId ?? '' }, people: [user] },
    user,
  };
}

async function main(): Promise<void> {
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger({ level: config.logLevel });
  const bot = await startBot({ config, logger });
  if (!bot.tenant && !config.liveTrial) {
    throw new Error(
      'npm run playground needs the embedded default or a local live trial (no MicrosoftAppId).',
    );
  }
  const signIn: { tenant: PlaygroundTenant; user: PlaygroundUser } = bot.tenant
    ? { tenant: bot.tenant, user: signedInPerson(bot.tenant) }
    : await trialSignIn(bot);
  const { tenant, user } = signIn;
  const locale = argument('locale');
  const proxy = locale ? await startLocaleProxy(`${bot.url}/api/messages`, locale) : null;
  const playground = await startPlayground({
    botEndpoint: proxy?.endpoint ?? `${bot.url}/api/messages`,
    tenant,
    user,
    port: Number(argument('port') ?? 56150),
    dir: path.resolve(__dirname, '..', '.playground'),
  });
  process.stdout.write(
    [
      `Bot: ${bot.url}/api/messages (${bot.tenant?.organization.name ?? 'local live trial'})`,
      `Agents Playground: ${playground.url} — signed in as ${user.name}${locale ? `, locale ${locale}` : ''}`,
      'Press Ctrl+C to stop.',
      '',
    ].join('\n'),
  );
  const stop = (): void => {
    void Promise.allSettled([playground.close(), proxy?.close(), bot.close()]).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    if (error instanceof ConfigError || error instanceof TenantFileError) console.error(error.message);
    else
      console.error(
        `The playground could not start: ${error instanceof Error ? error.message : String(error)}`,
      );
    process.exit(1);
  });
}
