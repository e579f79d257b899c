import assert from 'node:assert/strict';
import { identifyCaller } from '../../../bot/people/identity';
import { joinPeople, type JoinInput } from '../../../bot/people/join';
import { buildPeopleSnapshot, type PeopleSnapshot } from '../../../bot/people/people-snapshot';
import { aadUser, clUser } from './fixtures';

function snapshotOf(input: Partial<JoinInput>): PeopleSnapshot {
  const { people, stats } = joinPeople({
    cloudLinkUsers: [],
    graphUsers: [],
    manualMappings: [],
    adminMembers: [],
    defaultCountry: 'FR',
    ...input,
  });
  return buildPeopleSnapshot({
    people,
    stats,
    loadedAt: new Date(0),
    adminGroup: 'ok',
    defaultCountry: 'FR',
  });
}

// Joined by UPN, joined by mapping, Teams-only, CloudLink-only, and a CloudLink e-mail held twice.
const snapshot = snapshotOf({
  cloudLinkUsers: [
    clUser('c1', 'Alice Martin', 'alice@contoso.fr', {
      extension: '2001',
      phones: { mobile: '+33612345678' },
    }),
    clUser('c2', "Hélène D'Almeida", 'helene.dalmeida@contoso.fr', { extension: '2002' }),
    clUser('c3', 'Paulo Costa', 'paulo@contoso.com.br', { extension: '2003' }),
    clUser('c4', 'Dup One', 'shared@contoso.fr', { extension: '2004' }),
    clUser('c5', 'Dup Two', 'Shared@Contoso.fr', { extension: '2004' }),
  ],
  graphUsers: [
    aadUser('AAD-1', 'Alice Martin', 'alice@contoso.fr'),
    aadUser('aad-2', 'Helene DAlmeida', 'hdalmeida@contoso.onmicrosoft.com', { mail: 'helene@contoso.fr' }),
    aadUser('aad-3', 'Tomás Teams', 'tomas@contoso.fr'),
  ],
  manualMappings: [{ upn: 'hdalmeida@contoso.onmicrosoft.com', email: 'helene.dalmeida@contoso.fr' }],
  adminMembers: [{ id: 'aad-3' }],
});

describe('a people snapshot', () => {
  it('finds people by key, CloudLink e-mail, UPN, Teams mail, object id and extension, ignoring case', () => {
    assert.equal(snapshot.byKey('cl:c1')?.name, 'Alice Martin');
    assert.equal(snapshot.byCloudLinkEmail(' ALICE@contoso.fr ')?.key, 'cl:c1');
    assert.equal(snapshot.byUpn('HDAlmeida@contoso.onmicrosoft.com')?.key, 'cl:c2');
    assert.equal(snapshot.byTeamsMail('Helene@Contoso.fr')?.key, 'cl:c2');
    assert.equal(snapshot.byAadObjectId('aad-1')?.key, 'cl:c1');
    assert.equal(snapshot.byExtension('2003')?.key, 'cl:c3');
    assert.equal(snapshot.byKey('aad:aad-3')?.inCloudLink, false);
  });

  it('finds nobody from an address or extension several people share', () => {
    assert.equal(snapshot.byCloudLinkEmail('shared@contoso.fr'), undefined);
    assert.equal(snapshot.byExtension('2004'), undefined);
    assert.equal(snapshot.isAmbiguousAddress('SHARED@contoso.fr'), true);
    assert.equal(snapshot.isAmbiguousAddress('alice@contoso.fr'), false);
  });

  it('searches the people by name, e-mail and number, with the person key as entry id', () => {
    const byName = snapshot.directory.search('helene dalmeida');
    assert.equal(byName.kind, 'unique');
    assert.equal(byName.kind === 'unique' && byName.match.id, 'cl:c2');
    const teamsOnly = snapshot.directory.search('tomas@contoso.fr');
    assert.equal(teamsOnly.kind === 'unique' && teamsOnly.match.person.key, 'aad:aad-3');
    const byNumber = snapshot.directory.search('06 12 34 56 78');
    assert.equal(byNumber.kind === 'number' && byNumber.match?.person.key, 'cl:c1');
  });

  it('lists the admins', () => {
    assert.deepEqual(
      snapshot.admins.map((p) => p.key),
      ['aad:aad-3'],
    );
  });
});

describe('identifying the Teams member speaking', () => {
  it('finds the person by Teams UPN, even when the CloudLink e-mail differs', () => {
    const who = identifyCaller(snapshot, { userPrincipalName: 'HDALMEIDA@contoso.onmicrosoft.com' });
    assert.equal(who.kind === 'known' && who.person.key, 'cl:c2');
  });

  it('finds the person by a CloudLink e-mail equal to the UPN when no Teams user has that UPN', () => {
    const who = identifyCaller(snapshot, { userPrincipalName: 'paulo@contoso.com.br' });
    assert.equal(who.kind === 'known' && who.person.key, 'cl:c3');
  });

  it('goes by the UPN before the e-mail', () => {
    const who = identifyCaller(snapshot, {
      userPrincipalName: 'alice@contoso.fr',
      email: 'paulo@contoso.com.br',
    });
    assert.equal(who.kind === 'known' && who.person.key, 'cl:c1');
  });

  it('finds the person by e-mail, CloudLink e-mail first, then Teams mail', () => {
    const byCloudLink = identifyCaller(snapshot, {
      userPrincipalName: 'nobody@contoso.fr',
      email: 'Paulo@contoso.com.br',
    });
    assert.equal(byCloudLink.kind === 'known' && byCloudLink.person.key, 'cl:c3');
    const byTeamsMail = identifyCaller(snapshot, { email: 'helene@contoso.fr' });
    assert.equal(byTeamsMail.kind === 'known' && byTeamsMail.person.key, 'cl:c2');
  });

  it('finds the person by object id when the addresses lead nowhere', () => {
    const who = identifyCaller(snapshot, { userPrincipalName: 'renamed@contoso.fr', aadObjectId: 'aad-3' });
    assert.equal(who.kind === 'known' && who.person.key, 'aad:aad-3');
  });

  it('says who was not found, with the addresses Teams gave', () => {
    assert.deepEqual(
      identifyCaller(snapshot, {
        userPrincipalName: ' zoe@contoso.fr ',
        email: 'zoe@contoso.fr',
        aadObjectId: 'aad-9',
      }),
      { kind: 'unknown', reason: 'notFound', member: { upn: 'zoe@contoso.fr', email: 'zoe@contoso.fr' } },
    );
  });

  it('says Teams gave no address when there is neither UPN nor e-mail', () => {
    assert.deepEqual(identifyCaller(snapshot, { aadObjectId: 'aad-9', email: '  ' }), {
      kind: 'unknown',
      reason: 'noAddress',
      member: {},
    });
    assert.deepEqual(identifyCaller(snapshot, {}), { kind: 'unknown', reason: 'noAddress', member: {} });
  });

  it('never picks one of several people sharing the address, and says the address is shared', () => {
    assert.deepEqual(identifyCaller(snapshot, { userPrincipalName: 'shared@contoso.fr', email: null }), {
      kind: 'unknown',
      reason: 'ambiguous',
      member: { upn: 'shared@contoso.fr' },
    });
  });
});
