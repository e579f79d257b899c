import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinPeople, type JoinInput } from '../../../bot/people/join';
import type { Person } from '../../../bot/people/person';
import type { CloudLinkUser, GraphUser } from '../../../bot/services';
import { aadUser, clUser } from './fixtures';

function join(input: Partial<JoinInput>): Person[] {
  return joinPeople({ cloudLinkUsers: [], graphUsers: [], manualMappings: [], adminMembers: [], ...input })
    .people;
}

function keys(people: Person[]): string[] {
  return people.map((p) => p.key);
}

function find(people: Person[], key: string): Person {
  const person = people.find((p) => p.key === key);
  assert.ok(person, `no person ${key}`);
  return person;
}

describe('joining CloudLink and Teams users into people', () => {
  it('joins a Teams user whose UPN equals the CloudLink e-mail, whatever the case', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Hélène Dupré', 'Helene.Dupre@Contoso.fr', { extension: '2001' })],
      graphUsers: [aadUser('g1', 'Helene Dupre', 'helene.dupre@contoso.FR', { hasTeamsPhoneLicense: false })],
    });
    assert.deepEqual(people, [
      {
        key: 'cl:c1',
        name: 'Hélène Dupré',
        email: 'Helene.Dupre@Contoso.fr',
        upn: 'helene.dupre@contoso.FR',
        aadObjectId: 'g1',
        graphUserId: 'g1',
        cloudlinkUserId: 'c1',
        extension: '2001',
        phones: {},
        cloudlinkRole: 'CTI',
        inCloudLink: true,
        inTeams: true,
        teamsPhoneLicense: false,
        isAdmin: false,
      },
    ]);
  });

  it('joins by the Teams mail when the UPN differs from the CloudLink e-mail', () => {
    const result = joinPeople({
      cloudLinkUsers: [clUser('c1', 'Ana Souza', 'ana.souza@contoso.com.br')],
      graphUsers: [
        aadUser('g1', 'Ana Souza', 'asouza@contoso.onmicrosoft.com', { mail: 'Ana.Souza@contoso.com.br' }),
      ],
      manualMappings: [],
      adminMembers: [],
    });
    assert.equal(result.people.length, 1);
    assert.equal(result.people[0]!.upn, 'asouza@contoso.onmicrosoft.com');
    assert.equal(result.people[0]!.teamsMail, 'Ana.Souza@contoso.com.br');
    assert.deepEqual(result.stats.joined, { mapping: 0, upn: 0, mail: 1 });
  });

  it('prefers the Teams user whose UPN matches over one whose mail matches', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Bob Stone', 'bob@contoso.com')],
      graphUsers: [
        aadUser('g-mail', 'Bob Alias', 'other@contoso.com', { mail: 'bob@contoso.com' }),
        aadUser('g-upn', 'Bob Stone', 'bob@contoso.com', { mail: undefined }),
      ],
    });
    assert.equal(find(people, 'cl:c1').graphUserId, 'g-upn');
    assert.equal(find(people, 'aad:g-mail').inCloudLink, false);
  });

  it('joins different addresses when a manual mapping says so', () => {
    const result = joinPeople({
      cloudLinkUsers: [clUser('c1', "Hélène D'Almeida", 'helene.dalmeida@contoso.fr')],
      graphUsers: [aadUser('g1', "Helene D'Almeida", 'hdalmeida@contoso.onmicrosoft.com')],
      manualMappings: [{ upn: 'HDAlmeida@contoso.onmicrosoft.com', email: 'Helene.DAlmeida@contoso.fr' }],
      adminMembers: [],
    });
    assert.deepEqual(keys(result.people), ['cl:c1']);
    assert.equal(result.people[0]!.upn, 'hdalmeida@contoso.onmicrosoft.com');
    assert.deepEqual(result.stats.joined, { mapping: 1, upn: 0, mail: 0 });
  });

  it('lets a manual mapping win over an address match', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Carla Dias', 'carla@contoso.com')],
      graphUsers: [
        aadUser('g-same', 'Carla Old', 'carla@contoso.com'),
        aadUser('g-mapped', 'Carla Dias', 'cdias@contoso.com'),
      ],
      manualMappings: [{ upn: 'cdias@contoso.com', email: 'carla@contoso.com' }],
    });
    assert.equal(find(people, 'cl:c1').graphUserId, 'g-mapped');
    assert.equal(find(people, 'aad:g-same').inCloudLink, false);
  });

  it('falls back to the addresses when a mapping names a Teams account that does not exist', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Dan Ray', 'dan@contoso.com')],
      graphUsers: [aadUser('g1', 'Dan Ray', 'dan@contoso.com')],
      manualMappings: [{ upn: 'typo@contoso.com', email: 'dan@contoso.com' }],
    });
    assert.deepEqual(keys(people), ['cl:c1']);
    assert.equal(people[0]!.graphUserId, 'g1');
  });

  it('keeps people whose addresses differ apart, one on each side', () => {
    const result = joinPeople({
      cloudLinkUsers: [clUser('c1', 'Eve Martin', 'eve.martin@contoso.fr')],
      graphUsers: [aadUser('g1', 'Eve Martin', 'emartin@contoso.fr')],
      manualMappings: [],
      adminMembers: [],
    });
    assert.deepEqual(keys(result.people), ['cl:c1', 'aad:g1']);
    assert.equal(result.people[0]!.inTeams, false);
    assert.equal(result.people[1]!.inCloudLink, false);
    assert.equal(result.stats.cloudLinkOnly, 1);
    assert.equal(result.stats.teamsOnly, 1);
  });

  it('joins nobody to an e-mail two CloudLink users share', () => {
    const result = joinPeople({
      cloudLinkUsers: [
        clUser('c1', 'Dup One', 'shared@contoso.com'),
        clUser('c2', 'Dup Two', 'SHARED@contoso.com'),
      ],
      graphUsers: [aadUser('g1', 'Dup', 'shared@contoso.com')],
      manualMappings: [],
      adminMembers: [],
    });
    assert.deepEqual(keys(result.people), ['cl:c1', 'cl:c2', 'aad:g1']);
    assert.ok(result.people.every((p) => p.inCloudLink !== p.inTeams));
    assert.equal(result.stats.ambiguous, 3);
  });

  it('joins nobody to a CloudLink e-mail that is the mail of two Teams users', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Fred Mail', 'fred@contoso.com')],
      graphUsers: [
        aadUser('g1', 'Fred A', 'fred.a@contoso.com', { mail: 'fred@contoso.com' }),
        aadUser('g2', 'Fred B', 'fred.b@contoso.com', { mail: 'Fred@contoso.com' }),
      ],
    });
    assert.deepEqual(keys(people), ['cl:c1', 'aad:g1', 'aad:g2']);
  });

  it('joins nobody when one e-mail is mapped to two Teams accounts, or two e-mails to one', () => {
    const oneToTwo = join({
      cloudLinkUsers: [clUser('c1', 'Gina', 'gina@contoso.com')],
      graphUsers: [
        aadUser('g1', 'Gina 1', 'gina1@contoso.com'),
        aadUser('g2', 'Gina 2', 'gina2@contoso.com'),
      ],
      manualMappings: [
        { upn: 'gina1@contoso.com', email: 'gina@contoso.com' },
        { upn: 'gina2@contoso.com', email: 'gina@contoso.com' },
      ],
    });
    assert.deepEqual(keys(oneToTwo), ['cl:c1', 'aad:g1', 'aad:g2']);
    const twoToOne = join({
      cloudLinkUsers: [
        clUser('c1', 'Hugo', 'hugo@contoso.com'),
        clUser('c2', 'Hugo B', 'hugo.b@contoso.com'),
      ],
      graphUsers: [aadUser('g1', 'Hugo', 'hugo@contoso.com')],
      manualMappings: [
        { upn: 'hugo@contoso.com', email: 'hugo@contoso.com' },
        { upn: 'hugo@contoso.com', email: 'hugo.b@contoso.com' },
      ],
    });
    assert.deepEqual(keys(twoToOne), ['cl:c1', 'cl:c2', 'aad:g1']);
  });

  it('counts the same mapping written twice as one', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Ivo', 'ivo@contoso.com')],
      graphUsers: [aadUser('g1', 'Ivo', 'ivo.x@contoso.com')],
      manualMappings: [
        { upn: 'ivo.x@contoso.com', email: 'ivo@contoso.com' },
        { upn: 'IVO.X@contoso.com', email: 'Ivo@Contoso.com' },
      ],
    });
    assert.deepEqual(keys(people), ['cl:c1']);
  });

  it('describes a Teams-only person with its licence and no phone-system facts', () => {
    const people = join({
      graphUsers: [aadUser('g1', 'Joana Lima', 'joana@contoso.com', { hasTeamsPhoneLicense: true })],
    });
    assert.deepEqual(people, [
      {
        key: 'aad:g1',
        name: 'Joana Lima',
        upn: 'joana@contoso.com',
        aadObjectId: 'g1',
        graphUserId: 'g1',
        phones: {},
        cloudlinkRole: null,
        inCloudLink: false,
        inTeams: true,
        teamsPhoneLicense: true,
        isAdmin: false,
      },
    ]);
  });

  it('describes a CloudLink-only person with E.164 numbers and no licence fact', () => {
    const result = joinPeople({
      cloudLinkUsers: [
        clUser('c1', 'Karl Noël', 'karl@contoso.fr', {
          role: null,
          extension: ' 2042 ',
          phones: { work: '+33123456789', mobile: '06 12 34 56 78', home: 'ext. twelve' },
        }),
      ],
      graphUsers: [],
      manualMappings: [],
      adminMembers: [],
      defaultCountry: 'FR',
    });
    assert.deepEqual(result.people, [
      {
        key: 'cl:c1',
        name: 'Karl Noël',
        email: 'karl@contoso.fr',
        cloudlinkUserId: 'c1',
        extension: '2042',
        phones: { work: '+33123456789', mobile: '+33612345678' },
        cloudlinkRole: null,
        inCloudLink: true,
        inTeams: false,
        teamsPhoneLicense: null,
        isAdmin: false,
      },
    ]);
    assert.equal(result.stats.unreadablePhones, 1);
  });

  it('makes admins of the Teams users in the admin group, joined or not', () => {
    const people = join({
      cloudLinkUsers: [clUser('c1', 'Lea', 'lea@contoso.com'), clUser('c2', 'Max', 'max@contoso.com')],
      graphUsers: [aadUser('g1', 'Lea', 'lea@contoso.com'), aadUser('g3', 'Nina', 'nina@contoso.com')],
      adminMembers: [{ id: 'g1' }, { id: 'g3', userPrincipalName: 'nina@contoso.com' }, { id: 'device-1' }],
    });
    assert.deepEqual(
      people.map((p) => [p.key, p.isAdmin]),
      [
        ['cl:c1', true],
        ['cl:c2', false],
        ['aad:g3', true],
      ],
    );
  });

  it('keeps the first of users listed twice and names people from Teams when CloudLink has no name', () => {
    const result = joinPeople({
      cloudLinkUsers: [clUser('c1', '  ', 'olga@contoso.com'), clUser('c1', 'Again', 'olga@contoso.com')],
      graphUsers: [aadUser('g1', 'Olga Petrova', 'olga@contoso.com')],
      manualMappings: [],
      adminMembers: [],
    });
    assert.deepEqual(keys(result.people), ['cl:c1']);
    assert.equal(result.people[0]!.name, 'Olga Petrova');
    assert.equal(result.stats.repeatedIds, 1);
  });

  it('puts every user in exactly one person, and joins only users whose addresses or mappings agree', () => {
    const address = fc.constantFrom('a@x.com', 'A@x.com', 'b@x.com', 'c@x.com', 'd@x.com');
    const cloudArb = fc.array(fc.tuple(address, fc.boolean()), { maxLength: 6 });
    const teamsArb = fc.array(fc.tuple(address, fc.option(address, { nil: undefined })), { maxLength: 6 });
    const mappingArb = fc.array(fc.record({ upn: address, email: address }), { maxLength: 3 });
    fc.assert(
      fc.property(cloudArb, teamsArb, mappingArb, (cloudSpec, teamsSpec, manualMappings) => {
        const cloud: CloudLinkUser[] = cloudSpec.map(([email, has], i) =>
          clUser(`c${i}`, `C ${i}`, has ? email : undefined),
        );
        const teams: GraphUser[] = teamsSpec.map(([upn, mail], i) =>
          aadUser(`g${i}`, `T ${i}`, upn, { mail }),
        );
        const people = join({ cloudLinkUsers: cloud, graphUsers: teams, manualMappings });
        const cloudIds = people.flatMap((p) => (p.cloudlinkUserId ? [p.cloudlinkUserId] : []));
        const graphIds = people.flatMap((p) => (p.graphUserId ? [p.graphUserId] : []));
        assert.deepEqual(cloudIds.sort(), cloud.map((c) => c.id).sort());
        assert.deepEqual(graphIds.sort(), teams.map((t) => t.id).sort());
        for (const p of people.filter((q) => q.inCloudLink && q.inTeams)) {
          const email = p.email!.toLowerCase();
          const teamsAddresses = [p.upn, p.teamsMail].map((a) => a?.toLowerCase());
          const mapped = manualMappings.some(
            (m) => m.email.toLowerCase() === email && m.upn.toLowerCase() === p.upn!.toLowerCase(),
          );
          assert.ok(mapped || teamsAddresses.includes(email), `${p.key} joined without reason`);
          // Nobody else holds that CloudLink e-mail.
          assert.equal(cloud.filter((c) => c.email?.toLowerCase() === email).length, 1);
        }
      }),
    );
  });
  describe('an e-mail address two CloudLink users share', () => {
    const shared = (): Person[] =>
      join({
        cloudLinkUsers: [
          clUser('c1', 'Ana Souza', 'ana.souza@contoso.com.br', { extension: '5105' }),
          clUser('c2', 'Ana Paula Souza', 'Ana.Souza@contoso.com.br', { extension: '5106' }),
          clUser('c3', 'Bruno Lima', 'bruno.lima@contoso.com.br'),
        ],
        graphUsers: [
          aadUser('g1', 'Ana Souza', 'ana.souza@contoso.com.br'),
          aadUser('g2', 'Ana Paula Souza', 'anapaula.souza@contoso.com.br'),
          aadUser('g3', 'Bruno Lima', 'bruno.lima@contoso.com.br'),
          aadUser('g4', 'Carla Dias', 'carla.dias@contoso.com.br'),
        ],
      });

    it('pairs nobody on it, and tells each of them who else has it', () => {
      const people = shared();
      assert.deepEqual(find(people, 'cl:c1').sharedAddress, {
        address: 'ana.souza@contoso.com.br',
        others: ['Ana Paula Souza'],
      });
      assert.deepEqual(find(people, 'cl:c2').sharedAddress, {
        address: 'Ana.Souza@contoso.com.br',
        others: ['Ana Souza'],
      });
      // The Teams user whose address it is, and the one whose own account it is, by name.
      assert.deepEqual(find(people, 'aad:g1').sharedAddress?.others, ['Ana Paula Souza']);
      assert.deepEqual(find(people, 'aad:g2').sharedAddress?.others, ['Ana Souza']);
      assert.equal(find(people, 'aad:g2').inCloudLink, false, 'never paired on a name');
    });

    it('marks nobody else', () => {
      const people = shared();
      assert.equal(find(people, 'cl:c3').sharedAddress, undefined);
      assert.equal(find(people, 'aad:g4').sharedAddress, undefined);
    });
  });
});
