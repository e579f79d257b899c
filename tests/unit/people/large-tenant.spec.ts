import assert from 'node:assert/strict';
import { identifyCaller } from '../../../bot/people/identity';
import { PeopleDirectory } from '../../../bot/people/people-directory';
import type { CloudLinkUser, GraphUser } from '../../../bot/services';
import {
  aadUser,
  clUser,
  fakeCloudLink,
  fakeGraph,
  fakeIdentityMap,
  integration,
  recordingLogger,
  sources,
} from './fixtures';

const SIZE = 5_000;

describe('a tenant of 5,000 people on each side', () => {
  it('joins, indexes and identifies everyone', async () => {
    const cloud: CloudLinkUser[] = [];
    const teams: GraphUser[] = [];
    for (let i = 0; i < SIZE; i++) {
      const email = `user${i}@contoso.fr`;
      cloud.push(
        clUser(`c${i}`, `Prénom${i} Nom${i % 97}`, email, {
          extension: String(10_000 + i),
          phones: { work: `+3314${String(i).padStart(7, '0')}` },
        }),
      );
      // Every 10th Teams user has another UPN: half of those are mapped, half keep another mail.
      const upn = i % 10 === 0 ? `u${i}@contoso.onmicrosoft.com` : email.toUpperCase();
      const mail = i % 20 === 10 ? email : upn;
      teams.push(
        aadUser(`g${i}`, `Prénom${i} Nom${i % 97}`, upn, { mail, hasTeamsPhoneLicense: i % 3 !== 0 }),
      );
    }
    const mappings = [];
    for (let i = 0; i < SIZE; i += 20)
      mappings.push({ upn: `u${i}@contoso.onmicrosoft.com`, email: `user${i}@contoso.fr` });
    const s = sources({
      cloudLinkUsers: cloud,
      graphUsers: teams,
      integration: integration(mappings),
      adminMembers: [{ id: 'g1' }, { id: 'g2' }],
    });
    const directory = new PeopleDirectory({
      cloudlink: fakeCloudLink(s),
      graph: fakeGraph(s),
      identityMap: fakeIdentityMap(s),
      adminGroupId: 'grp',
      ttlMs: 300_000,
      defaultCountry: 'FR',
      logger: recordingLogger(),
    });
    const snapshot = await directory.snapshot();
    assert.equal(snapshot.people.length, SIZE);
    assert.deepEqual(snapshot.stats.joined, { mapping: SIZE / 20, upn: SIZE - SIZE / 10, mail: SIZE / 20 });
    assert.equal(snapshot.directory.size, SIZE);
    assert.equal(snapshot.admins.length, 2);
    assert.equal(snapshot.byExtension('14321')?.key, 'cl:c4321');
    const byName = snapshot.directory.search('Prénom4321');
    assert.equal(byName.kind === 'unique' && byName.match.id, 'cl:c4321');
    for (const i of [0, 10, 11, 4999]) {
      const who = identifyCaller(snapshot, {
        userPrincipalName: teams[i]!.userPrincipalName,
        aadObjectId: `g${i}`,
      });
      assert.equal(who.kind === 'known' && who.person.key, `cl:c${i}`);
    }
  });
});
