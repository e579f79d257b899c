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
import { app, cloudLinkUser, DAY, healthySources, integration, NOW, teamsUser } from './fixtures';

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
      [],
    );
    assert.equal(h.errors + h.warnings, 0);
    assert.equal(h.userSync.figures?.totalAfterSync, 2);
  });

  describe('user sync', () => {
    it('when the licences fall short of the new addresses, says how many are missing', () => {
      const h = assess((s) => {
        s.cloudLinkUsers = {
          ok: true,
          value: ['a', 'b', 'c', 'd'].map((x) => cloudLinkUser(x, `${x}@x.fr`)),
        };
        s.teamsUsers = { ok: true, value: ['a', 'b', 'c', 'd'].map((x) => teamsUser(`t${x}`, `${x}@x.fr`)) };
        s.integration = { ok: true, value: integration({ licensesTotal: 3 }) };
      });
      const c = find(h, 'licences');
      assert.equal(c.level, 'error');
      assert.deepEqual(c.values, { short: 1, available: 1, needed: 2 });
      assert.equal(find(h, 'pending').level, 'warning');
    });

    it('when the last sync failed, shows its failures as examples', () => {
      const h = assess((s) => {
        s.integration = {
          ok: true,
          value: integration({
            lastSync: { at: NOW, status: 'failed', failures: [{ email: 'c@x.fr', reason: 'No licence' }] },
          }),
        };
      });
      const c = find(h, 'lastSync');
      assert.equal(c.level, 'error');
      assert.deepEqual(c.examples, ['c@x.fr: No licence']);
    });

    it('when no sync ever ran, warns', () => {
      const h = assess((s) => {
        s.integration = {
          ok: true,
          value: integration({ lastSync: { at: null, status: null, failures: [] } }),
        };
      });
      assert.equal(find(h, 'lastSync').level, 'warning');
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

    it('without the Teams integration, user sync is off and the checklist says what to add', () => {
      const h = assess((s) => {
        s.integration = { ok: true, value: null };
      });
      assert.equal(find(h, 'userSync').level, 'skipped');
      assert.equal(find(h, 'teamsIntegration').level, 'error');
      assert.equal(find(h, 'presenceSync').level, 'skipped');
      assert.equal(h.errors, 1);
    });
  });

  describe('presence checklist (FAQ 20)', () => {
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

    it('when presence sync is switched off, says so', () => {
      const h = assess((s) => {
        s.integration = { ok: true, value: { ...integration(), presenceSync: false } };
      });
      assert.equal(find(h, 'presenceSync').state, 'off');
    });
  });

  describe('gateway and PBX', () => {
    it('an offline gateway is red', () => {
      const h = assess((s) => {
        s.gateway = { ok: true, value: { status: 'offline', lastSeen: NOW, pbxType: 'MiVoice 5000' } };
      });
      assert.equal(find(h, 'gateway').level, 'error');
    });

    it('warns above 80 % of the users a MiVoice Office 400 takes, and is red above 100 %', () => {
      const users = (n: number): SyncSources['cloudLinkUsers'] => ({
        ok: true,
        value: Array.from({ length: n }, (_, i) => cloudLinkUser(`u${i}`, `u${i}@x.fr`)),
      });
      const on400 = (n: number): SyncHealth =>
        assess((s) => {
          s.cloudLinkUsers = users(n);
          s.gateway = { ok: true, value: { status: 'online', lastSeen: NOW, pbxType: 'MiVoice Office 400' } };
        });
      assert.equal(find(on400(640), 'capacityUsers').level, 'ok');
      assert.equal(find(on400(641), 'capacityUsers').level, 'warning');
      assert.equal(find(on400(801), 'capacityUsers').level, 'error');
      assert.ok(!all(on400(10)).some((c) => c.id === 'capacityRoles'));
    });

    it('on MiVoice 5000, compares the users with a CloudLink role with the 1,000 allowed', () => {
      const h = assess((s) => {
        s.cloudLinkUsers = {
          ok: true,
          value: Array.from({ length: 1200 }, (_, i) =>
            cloudLinkUser(`u${i}`, `u${i}@x.fr`, i < 850 ? 'CTI' : null),
          ),
        };
      });
      const c = find(h, 'capacityRoles');
      assert.equal(c.level, 'warning');
      assert.deepEqual(c.values, { count: 850, max: 1000, percent: 85 });
      assert.equal(find(h, 'capacityUsers').level, 'ok');
    });

    it('an unknown PBX type leaves the capacity unchecked', () => {
      const h = assess((s) => {
        s.gateway = { ok: true, value: { status: 'online', lastSeen: NOW, pbxType: 'SomethingElse' } };
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
