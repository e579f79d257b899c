/**
 * Where the bot may send its replies when it runs with credentials: the Teams service URLs. The
 * bot answers at the activity's serviceUrl and sends its Bot Framework token there; the signed
 * token's `serviceurl` claim already has to match it, and this list is a second, independent
 * check (defence in depth): an activity naming any other host is refused before any work.
 *
 * The default is the hosts Microsoft's Teams SDK accepts (public cloud, GCC, GCC High, DoD,
 * China), by host name and over https only: Microsoft publishes no list of the path segments
 * under these hosts. `ALLOWED_SERVICE_URLS` replaces it with a comma-separated list of entries:
 * a host name (`smba.trafficmanager.net`, https on port 443), a wildcard over the sub-domains of
 * a domain (`*.example.com`, not the domain itself), or a URL prefix (`https://host:8443/teams/`;
 * plain http only on this machine, for tests and local tools).
 */

export type ServiceUrlRule =
  | { kind: 'host'; host: string }
  | { kind: 'subdomains'; domain: string }
  | { kind: 'prefix'; origin: string; path: string };

/** The Teams service hosts of Microsoft's clouds (public, GCC, GCC High, DoD, China). */
export const TEAMS_SERVICE_HOSTS: readonly string[] = [
  'smba.trafficmanager.net',
  'smba.onyx.prod.teams.trafficmanager.net',
  'smba.infra.gcc.teams.microsoft.com',
  'smba.infra.gov.teams.microsoft.us',
  'smba.infra.dod.teams.microsoft.us',
  'frontend.botapi.msg.infra.teams.microsoftonline.cn',
];

export const DEFAULT_SERVICE_URL_RULES: readonly ServiceUrlRule[] = TEAMS_SERVICE_HOSTS.map((host) => ({
  kind: 'host',
  host,
}));

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST_NAME = new RegExp(`^${LABEL}(?:\\.${LABEL})+$`);
const LOOPBACK_NAMES = ['localhost', '127.0.0.1', '[::1]'];

/** Reads a comma-separated list; each entry that is not a host, a wildcard or a URL is a problem. */
export function parseServiceUrlRules(raw: string): { rules: ServiceUrlRule[]; problems: string[] } {
  const rules: ServiceUrlRule[] = [];
  const problems: string[] = [];
  for (const entry of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const rule = parseRule(entry);
    if (typeof rule === 'string') problems.push(`ALLOWED_SERVICE_URLS: "${entry.slice(0, 100)}" ${rule}.`);
    else rules.push(rule);
  }
  if (rules.length === 0 && problems.length === 0) {
    problems.push(
      'ALLOWED_SERVICE_URLS must list at least one host or URL (leave it unset for the Teams hosts).',
    );
  }
  return { rules, problems };
}

function parseRule(entry: string): ServiceUrlRule | string {
  const lower = entry.toLowerCase();
  if (lower.startsWith('*.')) {
    const domain = lower.slice(2);
    return HOST_NAME.test(domain) ? { kind: 'subdomains', domain } : 'is not a wildcard over a domain';
  }
  if (!lower.includes('://')) {
    return HOST_NAME.test(lower) ? { kind: 'host', host: lower } : 'is not a host name';
  }
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    return 'is not a URL';
  }
  if (url.username || url.password || url.search || url.hash) {
    return 'must be a plain URL (no user, query or fragment)';
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackName(url.hostname))) {
    return 'must be https (plain http only on this machine)';
  }
  const path = url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`;
  return { kind: 'prefix', origin: url.origin, path };
}

/** Whether replies may be sent to `serviceUrl`. */
export function isAllowedServiceUrl(serviceUrl: string, rules: readonly ServiceUrlRule[]): boolean {
  let url: URL;
  try {
    url = new URL(serviceUrl);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  const https = url.protocol === 'https:' && url.port === '';
  const host = url.hostname;
  return rules.some((rule) => {
    switch (rule.kind) {
      case 'host':
        return https && host === rule.host;
      case 'subdomains':
        return https && host.endsWith(`.${rule.domain}`);
      case 'prefix':
        return url.origin === rule.origin && `${url.pathname}/`.startsWith(rule.path);
    }
  });
}

/** The host of a service URL, for a log line (never the whole URL). */
export function serviceHostOf(serviceUrl: string): string {
  try {
    return new URL(serviceUrl).host.slice(0, 100);
  } catch {
    return '(not a URL)';
  }
}

function isLoopbackName(hostname: string): boolean {
  return LOOPBACK_NAMES.includes(hostname) || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}
