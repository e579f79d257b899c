import assert from 'node:assert/strict';
import { MemoryStorage } from 'botbuilder';
import { maskEmail, maskPersonalData } from '../../../../bot/commands/admin/mask';
import {
  fileReport,
  getReport,
  isReference,
  listReports,
  MAX_REPORTS,
  MAX_REPORTS_PER_USER,
  newReference,
  resolveReport,
  type NewReport,
} from '../../../../bot/commands/admin/problem-reports';
import { JsonStore } from '../../../../bot/state/json-store';

function draft(n = 0): NewReport {
  return {
    filedAt: new Date(Date.UTC(2026, 10, 23, 10, 0, n)).toISOString(),
    reporter: { userId: `29:u${n}`, name: `User ${n}` },
    category: 'calls',
    details: '',
    turns: [],
  };
}

describe('problem reports', () => {
  it('gives short references without look-alike characters', () => {
    for (let i = 0; i < 200; i++) {
      const ref = newReference();
      assert.match(ref, /^PR-[2-9A-HJKMNP-Z]{6}$/);
      assert.ok(isReference(ref));
    }
    assert.ok(!isReference('PR-0O1IL5'));
    assert.ok(!isReference({ id: 'PR-ABCDEF' }));
  });

  it('stores reports newest first, and never gives two the same reference', async () => {
    const store = new JsonStore(new MemoryStorage());
    const a = await fileReport(store, draft(1), 'PR-AAAAAA');
    const b = await fileReport(store, draft(2), 'PR-AAAAAA');
    assert.notEqual(a.id, b.id);
    assert.ok(isReference(b.id));
    assert.deepEqual(
      (await listReports(store)).map((r) => r.id),
      [b.id, a.id],
    );
    assert.equal((await getReport(store, a.id))?.status, 'open');
  });

  it('marks a report resolved once, keeping who resolved it first', async () => {
    const store = new JsonStore(new MemoryStorage());
    const r = await fileReport(store, draft());
    const at = new Date('2026-11-24T08:00:00Z');
    const first = await resolveReport(store, r.id, 'Ada', at);
    const again = await resolveReport(store, r.id, 'Bob', new Date());
    assert.equal(first?.resolvedBy, 'Ada');
    assert.equal(again?.resolvedBy, 'Ada');
    assert.equal(again?.resolvedAt, at.toISOString());
    assert.equal(await resolveReport(store, 'PR-ZZZZZZ', 'Ada', at), undefined);
  });

  it(`keeps at most ${MAX_REPORTS} reports, dropping resolved ones before open ones`, async () => {
    const store = new JsonStore(new MemoryStorage());
    const oldest = await fileReport(store, draft(0));
    const resolved = await fileReport(store, draft(1));
    await resolveReport(store, resolved.id, 'Ada', new Date());
    for (let i = 2; i < MAX_REPORTS + 1; i++) await fileReport(store, draft(i));
    const ids = (await listReports(store)).map((r) => r.id);
    assert.equal(ids.length, MAX_REPORTS);
    assert.ok(ids.includes(oldest.id));
    assert.ok(!ids.includes(resolved.id));
  });

  it("never evicts another user's report, however many one user files", async () => {
    const store = new JsonStore(new MemoryStorage());
    const hers = await fileReport(store, draft(1));
    const flood = { ...draft(2), reporter: { userId: '29:flood', name: 'Flood' } };
    const floods = [];
    for (let i = 0; i < MAX_REPORTS; i++) floods.push(await fileReport(store, flood));
    const kept = await listReports(store);
    assert.ok(kept.some((r) => r.id === hers.id));
    // The flooder keeps only their newest reports, up to the quota.
    const theirs = kept.filter((r) => r.reporter.userId === '29:flood').map((r) => r.id);
    assert.deepEqual(
      theirs,
      floods
        .slice(-MAX_REPORTS_PER_USER)
        .reverse()
        .map((r) => r.id),
    );
  });

  it("drops a user's own resolved reports before their open ones when over the quota", async () => {
    const store = new JsonStore(new MemoryStorage());
    const first = await fileReport(store, draft(1));
    const resolved = await fileReport(store, draft(1));
    await resolveReport(store, resolved.id, 'Ada', new Date());
    for (let i = 0; i < MAX_REPORTS_PER_USER - 1; i++) await fileReport(store, draft(1));
    const ids = (await listReports(store)).map((r) => r.id);
    assert.equal(ids.length, MAX_REPORTS_PER_USER);
    assert.ok(ids.includes(first.id));
    assert.ok(!ids.includes(resolved.id));
  });

  it(`at ${MAX_REPORTS} reports from many people, drops the oldest of whoever has the most`, async () => {
    const store = new JsonStore(new MemoryStorage());
    const heavy = (n: number): NewReport => ({
      ...draft(n),
      reporter: { userId: '29:heavy', name: 'Heavy' },
    });
    const heavyOldest = await fileReport(store, heavy(0));
    for (let i = 1; i < 5; i++) await fileReport(store, heavy(i));
    for (let i = 5; i < MAX_REPORTS + 1; i++) await fileReport(store, draft(i));
    const kept = await listReports(store);
    assert.equal(kept.length, MAX_REPORTS);
    assert.ok(!kept.some((r) => r.id === heavyOldest.id));
    assert.equal(kept.filter((r) => r.reporter.userId === '29:heavy').length, 4);
  });

  describe('masking', () => {
    it('keeps the first letter and the domain of an e-mail address', () => {
      assert.equal(maskEmail('helene.dalmeida@acme.fr'), 'h***@acme.fr');
    });

    it('masks phone numbers, international or national, but not dates and times', () => {
      const masked = maskPersonalData(
        'Call me on +33 6 12 34 56 78 or 01 23 45 67 89, at 14:30 on 2026-11-23, ext 2001, mail a.b@c.fr',
      );
      assert.ok(!masked.includes('12 34 56'), masked);
      assert.ok(!masked.includes('23 45 67'), masked);
      assert.match(masked, /\+33 • •• •• •• 78/);
      assert.match(masked, /89/);
      assert.match(masked, /14:30 on 2026-11-23, ext 2001/);
      assert.match(masked, /a\*\*\*@c\.fr/);
    });
  });
});
