import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from '../../../bot/config';
import {
  DEFAULT_SERVICE_URL_RULES,
  isAllowedServiceUrl,
  parseServiceUrlRules,
  TEAMS_SERVICE_HOSTS,
} from '../../../bot/server/service-urls';

function rules(raw: string): ReturnType<typeof parseServiceUrlRules>['rules'] {
  const parsed = parseServiceUrlRules(raw);
  assert.deepEqual(parsed.problems, []);
  return parsed.rules;
}

describe('the allow-list of service URLs', () => {
  it('accepts the Teams hosts of every documented cloud by default, over https on port 443', () => {
    for (const url of [
      'https://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net/teams/',
      'https://smba.onyx.prod.teams.trafficmanager.net/amer/',
      'https://smba.infra.gcc.teams.microsoft.com/gcc/',
      'https://smba.infra.gov.teams.microsoft.us/gcch/',
      'https://smba.infra.dod.teams.microsoft.us/dod/',
      'https://frontend.botapi.msg.infra.teams.microsoftonline.cn/',
      'https://SMBA.TrafficManager.net/emea/',
    ]) {
      assert.ok(isAllowedServiceUrl(url, DEFAULT_SERVICE_URL_RULES), url);
    }
    assert.equal(DEFAULT_SERVICE_URL_RULES.length, TEAMS_SERVICE_HOSTS.length);
  });

  it('refuses other hosts, look-alikes, plain http, other ports, credentials in the URL and non-URLs', () => {
    for (const url of [
      'https://attacker.example/',
      'https://smba.trafficmanager.net.attacker.example/',
      'https://evil.smba.trafficmanager.net/',
      'https://xsmba.trafficmanager.net/',
      'http://smba.trafficmanager.net/emea/',
      'https://smba.trafficmanager.net:8443/emea/',
      'https://user:pass@smba.trafficmanager.net/emea/',
      'http://127.0.0.1:3978/',
      'not a url',
      '',
    ]) {
      assert.ok(!isAllowedServiceUrl(url, DEFAULT_SERVICE_URL_RULES), url);
    }
  });

  it('reads host names, sub-domain wildcards and URL prefixes', () => {
    const list = rules(
      ' smba.trafficmanager.net , *.example.com,https://relay.contoso.com:8443/teams ,http://127.0.0.1:4000/',
    );
    assert.ok(isAllowedServiceUrl('https://smba.trafficmanager.net/x/', list));
    assert.ok(isAllowedServiceUrl('https://a.example.com/', list));
    assert.ok(isAllowedServiceUrl('https://a.b.example.com/', list));
    assert.ok(!isAllowedServiceUrl('https://example.com/', list), 'a wildcard is for sub-domains only');
    assert.ok(!isAllowedServiceUrl('http://a.example.com/', list));
    assert.ok(isAllowedServiceUrl('https://relay.contoso.com:8443/teams', list));
    assert.ok(isAllowedServiceUrl('https://relay.contoso.com:8443/teams/emea/', list));
    assert.ok(!isAllowedServiceUrl('https://relay.contoso.com:8443/teamsevil/', list));
    assert.ok(!isAllowedServiceUrl('https://relay.contoso.com/teams/', list), 'another port');
    assert.ok(isAllowedServiceUrl('http://127.0.0.1:4000/', list));
    assert.ok(!isAllowedServiceUrl('http://127.0.0.1:4001/', list));
  });

  it('names each entry it cannot read', () => {
    const { problems } = parseServiceUrlRules(
      'smba.trafficmanager.net,http://smba.trafficmanager.net/,*.,bad host,https://a.example/?x=1,localhost',
    );
    assert.equal(problems.length, 5, problems.join('\n'));
    assert.match(problems[0]!, /"http:\/\/smba\.trafficmanager\.net\/" must be https/);
    assert.match(problems[1]!, /"\*\." is not a wildcard/);
    assert.match(problems[2]!, /"bad host" is not a host name/);
    assert.match(problems[3]!, /no user, query or fragment/);
    assert.match(problems[4]!, /"localhost" is not a host name/);
  });

  it('is read from ALLOWED_SERVICE_URLS, the Teams hosts when it is not set', () => {
    assert.deepEqual(loadConfig({}).allowedServiceUrls, DEFAULT_SERVICE_URL_RULES);
    assert.deepEqual(
      loadConfig({ ALLOWED_SERVICE_URLS: '  ' }).allowedServiceUrls,
      DEFAULT_SERVICE_URL_RULES,
    );
    assert.deepEqual(loadConfig({ ALLOWED_SERVICE_URLS: 'smba.trafficmanager.net' }).allowedServiceUrls, [
      { kind: 'host', host: 'smba.trafficmanager.net' },
    ]);
    assert.throws(
      () => loadConfig({ ALLOWED_SERVICE_URLS: 'https://smba.trafficmanager.net/,ftp://x.example/' }),
      (error: unknown) =>
        error instanceof ConfigError &&
        error.problems.some((p) => p.startsWith('ALLOWED_SERVICE_URLS: "ftp://x.example/" must be https')),
    );
  });
});
