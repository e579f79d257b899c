import assert from 'node:assert/strict';
import {
  busiestHourCallCount,
  capacityLevel,
  PBX_LIMITS,
  pbxCapacity,
} from '../../../bot/domain/pbx-capacity';

describe('domain/pbx-capacity', () => {
  it("holds the seed's table: users, BHCC and the 1000-role limit", () => {
    assert.deepEqual(PBX_LIMITS, {
      'MiVoice Office 400': { maxUsers: 800, bhcc: 4200, maxUsersWithRole: null },
      'MiVoice 5000': { maxUsers: 5000, bhcc: 16000, maxUsersWithRole: 1000 },
      'MiVoice MX-ONE': { maxUsers: 5000, bhcc: 15000, maxUsersWithRole: 1000 },
      'MiVoice Business': { maxUsers: 2500, bhcc: 12000, maxUsersWithRole: null },
    });
  });

  it('is ok up to 80 %, warns above 80 %, errs above 100 %', () => {
    assert.equal(capacityLevel(0), 'ok');
    assert.equal(capacityLevel(0.8), 'ok');
    assert.equal(capacityLevel(0.8001), 'warning');
    assert.equal(capacityLevel(1), 'warning');
    assert.equal(capacityLevel(1.0001), 'error');
  });

  it('measures users against the PBX maximum', () => {
    const c = pbxCapacity('MiVoice Office 400', 0, 700);
    assert.deepEqual(c.users, { count: 700, max: 800, ratio: 0.875, level: 'warning' });
    assert.equal(c.usersWithRole, null);
    assert.equal(c.busyHourCalls, null);
    assert.equal(c.level, 'warning');
  });

  it('on MiVoice 5000, more than 1000 users with a CloudLink role is an error even with room for users', () => {
    const c = pbxCapacity('MiVoice 5000', 1001, 2000);
    assert.equal(c.users.level, 'ok');
    assert.equal(c.usersWithRole?.level, 'error');
    assert.equal(c.usersWithRole?.max, 1000);
    assert.equal(c.level, 'error');
  });

  it('on MX-ONE, 900 users with a role is a warning', () => {
    const c = pbxCapacity('MiVoice MX-ONE', 900, 900);
    assert.equal(c.usersWithRole?.ratio, 0.9);
    assert.equal(c.level, 'warning');
  });

  it('MiVoice Business over 2500 users is an error', () => {
    assert.equal(pbxCapacity('MiVoice Business', 10, 2600).level, 'error');
    assert.equal(pbxCapacity('MiVoice Business', 10, 2000).level, 'ok');
  });

  it('compares the busiest hour with the BHCC when given', () => {
    const c = pbxCapacity('MiVoice Office 400', 0, 100, 4000);
    assert.equal(c.busyHourCalls?.max, 4200);
    assert.equal(c.busyHourCalls?.level, 'warning');
    assert.equal(c.level, 'warning');
  });

  it('counts the calls of the busiest clock hour', () => {
    const at = (iso: string): Date => new Date(iso);
    assert.equal(busiestHourCallCount([]), 0);
    assert.equal(
      busiestHourCallCount([
        at('2026-11-23T09:05:00Z'),
        at('2026-11-23T09:59:59Z'),
        at('2026-11-23T10:00:00Z'),
        at('2026-11-23T09:30:00Z'),
      ]),
      3,
    );
  });
});
