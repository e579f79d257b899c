import assert from 'node:assert/strict';
import { parseTenant } from '../../../bot/tenant/load';
import { syntheticTenant } from '../../support/synthetic-tenant';

const now = new Date('2026-11-23T09:30:00Z');

describe('synthetic tenants', () => {
  it('builds the same tenant from the same options, and another from another seed', () => {
    const a = syntheticTenant({ people: 50, callsPerPerson: 3, rooms: 4, seed: 7 });
    const b = syntheticTenant({ people: 50, callsPerPerson: 3, rooms: 4, seed: 7 });
    const c = syntheticTenant({ people: 50, callsPerPerson: 3, rooms: 4, seed: 8 });
    assert.deepEqual(a, b);
    assert.notDeepEqual(a, c);
  });

  it('gives everyone a unique name, extension, e-mail and numbers, with accents in the names', () => {
    const file = syntheticTenant({ people: 8000, callsPerPerson: 0, rooms: 0 });
    const unique = (values: Array<string | undefined>): boolean => new Set(values).size === values.length;
    assert.ok(unique(file.people.map((p) => p.name)), 'names');
    assert.ok(unique(file.people.map((p) => p.extension)), 'extensions');
    assert.ok(unique(file.people.map((p) => p.email)), 'e-mails');
    assert.ok(
      unique(
        file.people.flatMap((p) =>
          [p.phones?.work, p.phones?.mobile, p.phones?.home].filter((n) => n !== undefined),
        ),
      ),
      'numbers',
    );
    assert.ok(file.people.some((p) => /[À-ÿ]/.test(p.name)));
  });

  it('loads a tenant of 5,000 people, 100,000 calls and 200 rooms', function () {
    // Generous for a slow CI machine; this is not a timing assertion.
    this.timeout(60_000);
    const file = syntheticTenant({ people: 5000, callsPerPerson: 20, rooms: 200, bookingsPerRoom: 5 });
    const tenant = parseTenant(file, 'synthetic tenant', now);
    assert.equal(tenant.people.length, 5000);
    assert.equal(tenant.calls.length, 100_000);
    assert.equal(tenant.rooms.length, 200);
    assert.equal(tenant.bookings.length, 1000);
    assert.equal(tenant.pbx.type, 'MiVoice 5000');
  });

  it('takes the PBX type asked for', () => {
    const file = syntheticTenant({ people: 10, pbxType: 'MiVoice MX-ONE' });
    assert.equal(parseTenant(file, 'synthetic tenant', now).pbx.type, 'MiVoice MX-ONE');
  });
});
