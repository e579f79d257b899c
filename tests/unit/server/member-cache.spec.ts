import assert from 'node:assert/strict';
import type { Member } from '../../../bot/commands/turn';
import { MemberCache, memberKey } from '../../../bot/server/member-cache';

const alice: Member = { id: '29:alice', name: 'Alice', userPrincipalName: 'alice@contoso.example' };

function counting(member: Member = alice): { load: () => Promise<Member>; calls: () => number } {
  let calls = 0;
  return {
    load: () => {
      calls += 1;
      return Promise.resolve(member);
    },
    calls: () => calls,
  };
}

describe('member cache', () => {
  it('asks the channel once for turns of the same sender within the time to live', async () => {
    let now = 0;
    const cache = new MemberCache({ ttlMs: 1000, now: () => now });
    const source = counting();
    assert.deepEqual(await cache.get('k', source.load), alice);
    now = 999;
    assert.deepEqual(await cache.get('k', source.load), alice);
    assert.equal(source.calls(), 1);
  });

  it('asks again once the answer is older than the time to live', async () => {
    let now = 0;
    const cache = new MemberCache({ ttlMs: 1000, now: () => now });
    const source = counting();
    await cache.get('k', source.load);
    now = 1000;
    await cache.get('k', source.load);
    assert.equal(source.calls(), 2);
  });

  it('shares one lookup between turns that arrive while it is in flight', async () => {
    const cache = new MemberCache({ ttlMs: 1000 });
    const source = counting();
    const answers = await Promise.all([cache.get('k', source.load), cache.get('k', source.load)]);
    assert.deepEqual(answers, [alice, alice]);
    assert.equal(source.calls(), 1);
  });

  it('does not keep a failed lookup: the next turn asks again', async () => {
    const cache = new MemberCache({ ttlMs: 60_000 });
    await assert.rejects(
      cache.get('k', () => Promise.reject(new Error('channel down'))),
      /channel down/,
    );
    const source = counting();
    assert.deepEqual(await cache.get('k', source.load), alice);
    assert.equal(source.calls(), 1);
  });

  it('asks on every turn when the time to live is 0', async () => {
    const cache = new MemberCache({ ttlMs: 0 });
    const source = counting();
    await cache.get('k', source.load);
    await cache.get('k', source.load);
    assert.equal(source.calls(), 2);
    assert.equal(cache.size, 0);
  });

  it('keeps at most maxEntries members, dropping the oldest', async () => {
    const cache = new MemberCache({ ttlMs: 60_000, maxEntries: 2 });
    const source = counting();
    await cache.get('a', source.load);
    await cache.get('b', source.load);
    await cache.get('c', source.load);
    assert.equal(cache.size, 2);
    await cache.get('a', source.load);
    assert.equal(source.calls(), 4);
  });

  it('keys a sender by channel address, tenant and ids, so two tenants never share an answer', () => {
    const base = { serviceUrl: 'https://smba.example/', userId: '29:x', aadObjectId: 'oid' };
    assert.notEqual(memberKey({ ...base, tenantId: 't1' }), memberKey({ ...base, tenantId: 't2' }));
    assert.notEqual(
      memberKey({ ...base, tenantId: 't1' }),
      memberKey({ ...base, tenantId: 't1', serviceUrl: 'https://other.example/' }),
    );
  });
});
