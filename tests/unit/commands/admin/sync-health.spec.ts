import assert from 'node:assert/strict';
import {
  assessSyncHealth,
  CHECK_STATES,
  type Check,
  type CheckId,
  type SyncHealth,
} from '../../../../bot/commands/admin/sync-health';
import type { SyncSources } from '../../../../bot/commands/admin/sync-sources';
import { PRESENCE_READWRITE_ALL_ROLE_ID } from '../../../../bot/services';
import {
  app,
  cloudLinkUser,
  DAY,
  healthySources,
  identityMap,
  lines,
  NOW,
  teamsPhoneSku,
  teamsUser,
} from './fixtures';

function all(h: SyncHealth): Check[] {
  return [...h.userSync.checks, ...h.presence.checks, ...h.pbx.checks];
}

function find(h: SyncHealth, id: CheckId): Check {
  const c = all(h).find((x) => x.id === id);
  assert.ok(
    c,
    `no check ${id} in ${all(h)
      .map((x) => x.id)
      .join(', ')}`,
  );
  return c;
}

const made: Check[] = [];

function assess(change: (s: SyncSources) => void = () => undefined): SyncHealth {
  const sources = healthySources();
  change(sources);
  const health = assessSyncHealth(sources, NOW);
  made.push(...all(health));
  return health;
}

describe('sync health (from the primary sources)', () => {
  it('when everything is in order, every check is green and there is no problem', () => {
    const h = assess();
    assert.deepEqual(
      all(h)
        .filter((c) => c.level !== 'ok')
        .map((c) => `${c.id}:${c.level}`),
      ['teamsIntegration:info'],
    );
    assert.equal(h.errors + h.warnings, 0);
    assert.equal(h.userSync.figures?.totalAfterSync, 2);
  });

  describe('user sync', () => {
    it('when the Teams Phone seats fall short of the new people without a licence, says how many are missing', () => {
      const h = assess((s) => {
        s.cloudLinkUsers = {
          ok: true,
          value: ['a', 'b', 'c', 'd', 'e'].map((x) => cloudLinkUser(x, `${x}@x.fr`)),
        };
        s.teamsUsers = {
          ok: true,
          value: ['a', 'b', 'c', 'd', 'e'].map((x) => teamsUser(`t${x}`, `${x}@x.fr`, x < 'c')),
        };
        s.licences = { ok: true, value: [teamsPhoneSku(3, 2)] };
      });
      const c = find(h, 'licences');
      assert.equal(c.level, 'error');
      assert.deepEqual(c.values, { short: 2, available: 1, needed: 3 });
      assert.deepEqual(
        [h.userSync.figures?.licensesTotal, h.userSync.figures?.licensesAvailable],
        [3, 1],
        'the figures are the Teams Phone seats of Microsoft 365',
      );
      assert.equal(find(h, 'pending').level, 'warning');
    });

    it('when the licences cannot be read, only their check says so; the other figures stand', () => {
      const h = assess((s) => {
        s.licences = { ok: false, failure: { system: 'graph', kind: 'http', status: 403 } };
      });
      assert.equal(find(h, 'licences').state, 'unreadable');
      assert.equal(h.userSync.figures?.licensesTotal, null);
      assert.equal(h.userSync.figures?.totalAfterSync, 2);
    });

    it('when the identity map was never applied, warns and counts everyone matched as new', () => {
      const h = assess((s) => {
        s.identityMap = { ok: true, value: identityMap({ lastSync: null }) };
      });
      assert.equal(find(h, 'lastSync').level, 'warning');
      assert.equal(h.userSync.figures?.newToSync, 2);
    });

    it('a stored mapping pairs addresses that differ, and the e-mail rule still pairs the others', () => {
      const h = assess((s) => {
        s.teamsUsers = { ok: true, value: [teamsUser('ta', 'a@x.fr'), teamsUser('tb', 'bee@corp.fr')] };
        s.identityMap = {
          ok: true,
          value: identityMap({ mappings: [{ upn: 'BEE@corp.fr', email: 'b@x.fr' }] }),
        };
      });
      assert.deepEqual(
        h.userSync.report?.matched.map((m) => `${m.address}:${m.teams.id}`),
        ['a@x.fr:ta', 'b@x.fr:tb'],
      );
      assert.equal(h.userSync.mappings, 1);
    });

    it('a line the gateway does not monitor flags its owner, whatever the role says', () => {
      const h = assess((s) => {
        s.endpoints = { ok: true, value: lines(['a', 'monitored'], ['b', 'notMonitored']) };
      });
      assert.equal(find(h, 'noCloudLinkRole').values.count, 1);
    });

    it('counts each reason why people will not sync; one side only is listed, not a problem', () => {
      const h = assess((s) => {
        s.cloudLinkUsers = {
          ok: true,
          value: [
            cloudLinkUser('a', 'a@x.fr'),
            cloudLinkUser('b', 'b@x.fr', null),
            cloudLinkUser('c', 'c@x.fr'),
            cloudLinkUser('z', 'zed@x.fr'),
          ],
        };
        s.teamsUsers = {
          ok: true,
          value: [teamsUser('ta', 'a@x.fr', false), teamsUser('tb', 'b@x.fr'), teamsUser('tq', 'q@x.fr')],
        };
        // No line read: the role decides whether the gateway monitors someone.
        s.endpoints = { ok: true, value: [] };
      });
      assert.equal(find(h, 'noTeamsPhoneLicense').level, 'error');
      assert.equal(find(h, 'noCloudLinkRole').level, 'error');
      assert.equal(find(h, 'cloudLinkOnly').level, 'info');
      assert.equal(find(h, 'teamsOnly').level, 'info');
      assert.equal(find(h, 'noCloudLinkRole').values.pbx, 'MiVoice 5000');
      assert.ok(!all(h).some((c) => c.id === 'matching'));
    });

    it('when a source fails, the user sync cannot be checked but the rest still is', () => {
      const h = assess((s) => {
        s.teamsUsers = { ok: false, failure: { system: 'graph', kind: 'timeout', correlationId: 'req-1' } };
      });
      const c = find(h, 'userSync');
      assert.equal(c.level, 'error');
      assert.equal(c.state, 'unreadable');
      assert.equal(c.failure?.correlationId, 'req-1');
      assert.equal(h.userSync.figures, null);
      assert.equal(find(h, 'gateway').level, 'ok');
      assert.equal(find(h, 'clientSecret').level, 'ok');
    });

    it("leaves the user sync unchecked when the bot's identity map cannot be read", () => {
      const h = assess((s) => {
        s.identityMap = { ok: false, failure: { system: 'bot', kind: 'unexpected' } };
      });
      assert.equal(find(h, 'userSync').state, 'unreadable');
    });
  });

  describe('presence checklist (FAQ 20)', () => {
    it('sends the admin to the Account Console for the Teams integration and presence sync (no API reads them)', () => {
      const c = find(assess(), 'teamsIntegration');
      assert.deepEqual([c.level, c.state], ['info', 'console']);
    });

    it('when the app is not registered, the consent and secret checks wait for it', () => {
      const h = assess((s) => {
        s.application = { ok: true, value: null };
      });
      assert.equal(find(h, 'appRegistered').state, 'missing');
      assert.equal(find(h, 'adminConsent').level, 'skipped');
      assert.equal(find(h, 'clientSecret').level, 'skipped');
      assert.equal(h.errors, 1);
    });

    it('when the app registration cannot be read, consent is still checked and the secret waits', () => {
      const h = assess((s) => {
        s.application = { ok: false, failure: { system: 'graph', kind: 'timeout' } };
      });
      assert.equal(find(h, 'appRegistered').state, 'unreadable');
      assert.equal(find(h, 'adminConsent').level, 'ok');
      assert.equal(find(h, 'clientSecret').state, 'waiting');
      assert.equal(h.errors, 1);
    });

    it('names the application permissions the registration lacks', () => {
      const h = assess((s) => {
        s.application = { ok: true, value: app({ permissions: [] }) };
      });
      const c = find(h, 'appRegistered');
      assert.equal(c.state, 'permissions');
      assert.equal(c.values.missing, 'Presence.ReadWrite.All, User.Read.All');
    });

    it('names the roles without admin consent', () => {
      const h = assess((s) => {
        s.consent = { ok: true, value: [{ appRoleId: PRESENCE_READWRITE_ALL_ROLE_ID, resourceId: 'g' }] };
      });
      const c = find(h, 'adminConsent');
      assert.equal(c.level, 'error');
      assert.equal(c.values.missing, 'User.Read.All');
    });

    const secretCases: Array<[string, number | null | 'none', Check['level'], string]> = [
      ['expired yesterday', -1, 'error', 'expired'],
      ['expiring in an hour', 1 / 24, 'warning', 'expiresSoon'],
      ['expiring in 30 days', 30, 'warning', 'expiresSoon'],
      ['expiring in 31 days', 31, 'ok', 'ok'],
      ['without an end date', null, 'ok', 'never'],
      ['absent', 'none', 'error', 'none'],
    ];
    for (const [what, days, level, state] of secretCases) {
      it(`a client secret ${what} is ${level} (${state})`, () => {
        const h = assess((s) => {
          const secrets =
            days === 'none'
              ? []
              : [{ keyId: 'k', expiresAt: days === null ? null : new Date(NOW.getTime() + days * DAY) }];
          s.application = { ok: true, value: app({ secrets }) };
        });
        const c = find(h, 'clientSecret');
        assert.equal(c.level, level);
        assert.equal(c.state, state);
      });
    }

    it('counts days left from the secret that lasts longest', () => {
      const h = assess((s) => {
        s.application = {
          ok: true,
          value: app({
            secrets: [
              { keyId: 'old', expiresAt: new Date(NOW.getTime() - DAY) },
              { keyId: 'new', expiresAt: new Date(NOW.getTime() + 12 * DAY) },
            ],
          }),
        };
      });
      assert.equal(find(h, 'clientSecret').values.days, 12);
    });
  });

  describe('gateway and PBX', () => {
    it('infers the gateway answering from the lines the media service reads', () => {
      const c = find(assess(), 'gateway');
      assert.deepEqual(
        [c.level, c.state, c.values],
        ['ok', 'online', { probed: 2, answered: 2, monitored: 2 }],
      );
    });

    it('infers an offline gateway when no line answers in time, and then leaves the capacity unchecked', () => {
      const h = assess((s) => {
        s.endpoints = { ok: true, value: lines(['a', 'noAnswer'], ['b', 'noAnswer']) };
      });
      assert.equal(find(h, 'gateway').level, 'error');
      assert.equal(find(h, 'capacityUsers').state, 'noLines');
    });

    it('says the gateway state is unknown when there is no line to read', () => {
      const h = assess((s) => {
        s.endpoints = { ok: true, value: [] };
      });
      assert.equal(find(h, 'gateway').state, 'unknown');
    });

    it('warns above 80 % of the users a MiVoice Office 400 takes, counting the monitored lines', () => {
      const on400 = (n: number): SyncHealth =>
        assess((s) => {
          s.endpoints = {
            ok: true,
            value: lines(
              ...Array.from({ length: n }, (_, i): [string, 'monitored'] => [`u${i}`, 'monitored']),
              ['x', 'notMonitored'],
            ),
          };
          s.pbxType = 'MiVoice Office 400';
        });
      assert.equal(find(on400(640), 'capacityUsers').level, 'ok');
      assert.equal(find(on400(641), 'capacityUsers').level, 'warning');
      assert.equal(find(on400(801), 'capacityUsers').level, 'error');
      assert.ok(!all(on400(10)).some((c) => c.id === 'capacityRoles'));
    });

    it('on MiVoice 5000, compares the monitored users with the 1,000 allowed a CloudLink role', () => {
      const h = assess((s) => {
        s.endpoints = {
          ok: true,
          value: lines(
            ...Array.from({ length: 1200 }, (_, i): [string, 'monitored' | 'notMonitored'] => [
              `u${i}`,
              i < 850 ? 'monitored' : 'notMonitored',
            ]),
          ),
        };
      });
      const c = find(h, 'capacityRoles');
      assert.equal(c.level, 'warning');
      assert.deepEqual(c.values, { count: 850, max: 1000, percent: 85 });
      assert.equal(find(h, 'capacityUsers').level, 'ok');
    });

    it('an unconfigured PBX type leaves the capacity unchecked', () => {
      const h = assess((s) => {
        s.pbxType = null;
      });
      assert.equal(find(h, 'capacityUsers').level, 'skipped');
    });
  });

  describe('every check made above', () => {
    it('is in a declared state, with the declared level', () => {
      assert.ok(made.length > 100);
      for (const c of made) assert.equal(CHECK_STATES[c.id][c.state], c.level, `${c.id}.${c.state}`);
    });
  });
});
