import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import type { Tenant } from '../../../bot/tenant/types';
import { LOADED_AT, sampleTenant } from './fixtures';
import { q, SimClient, type GraphList } from './http';

const GRAPH = '00000003-0000-0000-c000-000000000000';
const PRESENCE_ROLE = '83cded22-8297-4ff6-a7fa-e97e9545a259';
const USER_READ_ALL = 'df021288-bdef-4463-88db-98f22de89214';
const TEAMS_PHONE = 'e43b5b99-8dfb-405f-9987-dc307f34bcbd';
const HELENE = '11111111-1111-4111-8111-111111111111';

interface User {
  id: string;
  userPrincipalName: string;
  mail: string | null;
  displayName: string;
  assignedLicenses?: Array<{ skuId: string }>;
}

interface Presence {
  id: string;
  availability: string;
  activity: string;
}

interface Application {
  appId: string;
  passwordCredentials: Array<{ keyId: string; endDateTime: string }>;
  requiredResourceAccess: Array<{
    resourceAppId: string;
    resourceAccess: Array<{ id: string; type: string }>;
  }>;
}

describe('Graph simulator', () => {
  let sims: Simulators;
  let client: SimClient;
  let clock = LOADED_AT.getTime();

  before(async () => {
    sims = await startSimulators(sampleTenant(), { now: () => clock });
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  const userByUpn = async (upn: string): Promise<User> =>
    (await client.gr<User>(`/users/${encodeURIComponent(upn)}`)).json;

  describe('users', () => {
    it('lists the people in Teams a page at a time, following @odata.nextLink', async () => {
      const select = 'id,userPrincipalName,mail,displayName,assignedLicenses';
      const first = await client.gr<GraphList<User>>(`/users${q({ $select: select, $top: 4 })}`);
      assert.equal(first.status, 200);
      assert.equal(first.json.value.length, 4);
      const next = first.json['@odata.nextLink'];
      assert.ok(next);
      assert.ok(next.includes('$skiptoken='));
      const res = await fetch(next, { headers: { authorization: `Bearer ${await client.graphToken()}` } });
      const second = (await res.json()) as GraphList<User>;
      assert.equal(second['@odata.nextLink'], undefined);
      const all = [...first.json.value, ...second.value];
      assert.deepEqual(
        all.map((u) => u.displayName),
        [
          "Hélène D'Almeida-Ferreira",
          'João Conceição',
          'Olivier Hors-Service',
          'Nora Sansrôle',
          'Tess Teams',
          'Lúcia Semlicença',
        ],
      );
      assert.deepEqual(Object.keys(second.value[0]!).sort(), [
        'assignedLicenses',
        'displayName',
        'id',
        'mail',
        'userPrincipalName',
      ]);
    });

    it('shows the UPN, the Entra id and the Teams Phone licence of each person', async () => {
      const helene = (
        await client.gr<User>(
          `/users/${HELENE}${q({ $select: 'id,userPrincipalName,mail,assignedLicenses' })}`,
        )
      ).json;
      assert.equal(helene.userPrincipalName, "helene.d'almeida@acme.fr");
      assert.deepEqual(helene.assignedLicenses, [{ disabledPlans: [], skuId: TEAMS_PHONE }]);
      const joao = await client.gr<User>(
        `/users/JOAO.CONCEICAO@acme.onmicrosoft.com${q({ $select: 'id,mail,assignedLicenses' })}`,
      );
      assert.equal(joao.status, 200);
      assert.match(joao.json.id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      // The Entra address follows the UPN, not the CloudLink e-mail.
      assert.equal(joao.json.mail, 'joao.conceicao@acme.onmicrosoft.com');
      const lucia = await client.gr<User>(`/users/lucia@acme.fr${q({ $select: 'assignedLicenses' })}`);
      assert.deepEqual(lucia.json.assignedLicenses, []);
    });

    it('returns the default properties without $select, and 400 for an unknown one or $top above 999', async () => {
      const r = await client.gr<User>(`/users/${HELENE}`);
      assert.equal(r.json.assignedLicenses, undefined);
      assert.equal(r.json.displayName, "Hélène D'Almeida-Ferreira");
      assert.equal((await client.gr(`/users${q({ $select: 'id,shoeSize' })}`)).status, 400);
      assert.equal((await client.gr(`/users${q({ $top: 1000 })}`)).status, 400);
    });

    it('answers 404 for someone who is not in Teams', async () => {
      const r = await client.gr<{ error: { code: string } }>('/users/pierre@acme.fr');
      assert.equal(r.status, 404);
      assert.equal(r.json.error.code, 'Request_ResourceNotFound');
    });
  });

  describe('presence', () => {
    const presenceOf = async (upn: string): Promise<Presence> => {
      const user = await userByUpn(upn);
      return (await client.gr<Presence>(`/users/${user.id}/presence`)).json;
    };

    it('shows what Teams shows for each mix of sources', async () => {
      assert.deepEqual(await presenceOf("helene.d'almeida@acme.fr"), {
        id: HELENE,
        availability: 'Available',
        activity: 'Available',
      });
      const joao = await presenceOf('joao.conceicao@acme.onmicrosoft.com');
      assert.deepEqual([joao.availability, joao.activity], ['Busy', 'InACall']);
      const olivier = await presenceOf('olivier@acme.fr');
      assert.equal(olivier.availability, 'Offline');
      // No CloudLink role: the busy line never reaches Teams.
      assert.equal((await presenceOf('nora@acme.fr')).availability, 'Available');
      const tess = await presenceOf('tess@acme.fr');
      assert.deepEqual([tess.availability, tess.activity], ['DoNotDisturb', 'Presenting']);
      assert.equal((await presenceOf('lucia@acme.fr')).availability, 'Away');
    });

    it('reads many presences at once and marks unknown ids', async () => {
      const users = (await client.gr<GraphList<User>>(`/users${q({ $select: 'id' })}`)).json.value;
      const r = await client.gr<GraphList<Presence>>('/communications/getPresencesByUserId', {
        body: { ids: [...users.map((u) => u.id), 'no-such-id'] },
      });
      assert.equal(r.status, 200);
      assert.equal(r.json.value.length, users.length + 1);
      assert.equal(r.json.value[0]?.availability, 'Available');
      assert.deepEqual(r.json.value.at(-1), {
        id: 'no-such-id',
        availability: 'PresenceUnknown',
        activity: 'PresenceUnknown',
      });
    });

    it('refuses more than 650 ids in one request with 400', async () => {
      const ids = Array.from({ length: 651 }, () => HELENE);
      const r = await client.gr<{ error: { code: string } }>('/communications/getPresencesByUserId', {
        body: { ids },
      });
      assert.equal(r.status, 400);
      assert.equal(
        (await client.gr('/communications/getPresencesByUserId', { body: { ids: ids.slice(1) } })).status,
        200,
      );
    });

    it('takes an application session set with setPresence into account until it expires', async () => {
      const set = await client.gr(`/users/${HELENE}/presence/setPresence`, {
        body: {
          sessionId: sims.graph.clientId,
          availability: 'Busy',
          activity: 'InAConferenceCall',
          expirationDuration: 'PT5M',
        },
      });
      assert.equal(set.status, 200);
      const busy = (await client.gr<Presence>(`/users/${HELENE}/presence`)).json;
      assert.deepEqual([busy.availability, busy.activity], ['Busy', 'InAConferenceCall']);
      clock += 5 * 60_000 + 1;
      assert.equal((await client.gr<Presence>(`/users/${HELENE}/presence`)).json.availability, 'Available');
    });

    it('ends a session on clearPresence, and lets a state the user set win over sessions', async () => {
      const session = {
        sessionId: 'app-1',
        availability: 'Busy',
        activity: 'InACall',
        expirationDuration: 'PT1H',
      };
      await client.gr(`/users/${HELENE}/presence/setPresence`, { body: session });
      assert.equal((await client.gr<Presence>(`/users/${HELENE}/presence`)).json.availability, 'Busy');
      await client.gr(`/users/${HELENE}/presence/clearPresence`, { body: { sessionId: 'app-1' } });
      assert.equal((await client.gr<Presence>(`/users/${HELENE}/presence`)).json.availability, 'Available');
      const lucia = await userByUpn('lucia@acme.fr');
      await client.gr(`/users/${lucia.id}/presence/setPresence`, { body: session });
      assert.equal((await client.gr<Presence>(`/users/${lucia.id}/presence`)).json.availability, 'Away');
    });

    it('refuses an unsupported pair or duration with 400', async () => {
      const path = `/users/${HELENE}/presence/setPresence`;
      // DoNotDisturb is not among setPresence's documented pairs.
      for (const [availability, activity] of [
        ['DoNotDisturb', 'Presenting'],
        ['DoNotDisturb', 'DoNotDisturb'],
      ]) {
        assert.equal(
          (await client.gr(path, { body: { sessionId: 'a', availability, activity } })).status,
          400,
        );
      }
      assert.equal(
        (await client.gr(path, { body: { sessionId: 'a', availability: 'Busy', activity: 'Away' } })).status,
        400,
      );
      assert.equal(
        (
          await client.gr(path, {
            body: { sessionId: 'a', availability: 'Away', activity: 'Away', expirationDuration: 'PT5H' },
          })
        ).status,
        400,
      );
    });
  });

  describe('rooms', () => {
    it('lists rooms as places, a page at a time', async () => {
      const first = await client.gr<GraphList<Record<string, unknown>>>(
        `/places/microsoft.graph.room${q({ $top: 2 })}`,
      );
      assert.equal(first.json.value.length, 2);
      const seine = first.json.value[0]!;
      assert.equal(seine.emailAddress, 'seine@rooms.acme.fr');
      assert.equal(seine.displayName, 'Salle Seine');
      assert.equal(seine.capacity, 8);
      assert.equal(seine.building, 'Siège');
      assert.equal(seine.floorNumber, 2);
      assert.equal(seine.videoDeviceName, 'GoToRoom');
      assert.equal(seine.displayDeviceName, 'Display');
      assert.equal(seine.isWheelChairAccessible, false);
      assert.equal('displayDevice' in seine, false);
      assert.equal('isWheelchairAccessible' in seine, false);
      assert.deepEqual(seine.tags, ['display', 'videoConference']);
      const loire = first.json.value[1]!;
      assert.equal(loire.floorNumber, null);
      assert.equal(loire.floorLabel, 'RDC');
      assert.equal(loire.audioDeviceName, 'Conference phone');
      const res = await fetch(first.json['@odata.nextLink']!, {
        headers: { authorization: `Bearer ${await client.graphToken()}` },
      });
      const second = (await res.json()) as GraphList<Record<string, unknown>>;
      assert.equal(second.value[0]?.displayName, 'Salle Rhône');
      assert.equal(second.value[0]?.isWheelChairAccessible, true);
      assert.match(first.json['@odata.nextLink']!, /\$skip=2/);
    });

    it('groups rooms in room lists', async () => {
      const lists = (
        await client.gr<GraphList<{ emailAddress: string; displayName: string }>>(
          '/places/microsoft.graph.roomlist',
        )
      ).json.value;
      assert.deepEqual(
        lists.map((l) => l.displayName),
        ['Siège Paris', 'Lyon'],
      );
      const paris = lists[0]!;
      const rooms = (
        await client.gr<GraphList<{ displayName: string }>>(
          `/places/${paris.emailAddress}/microsoft.graph.roomlist/rooms`,
        )
      ).json.value;
      assert.deepEqual(
        rooms.map((r) => r.displayName),
        ['Salle Seine', 'Salle Loire'],
      );
    });
  });
});

describe('Graph simulator: the admin group', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    const tenant = sampleTenant();
    tenant.people = tenant.people.map((p) =>
      p.id === 'p-teams-only' || p.id === 'p-pbx-only' ? { ...p, admin: true } : p,
    );
    sims = await startSimulators(tenant);
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('lists the admins who are in Teams as the members of the admin group, a page at a time', async () => {
    const path = `/groups/${sims.graph.adminGroupId}/transitiveMembers`;
    const first = await client.gr<GraphList<{ id: string; userPrincipalName: string }>>(
      `${path}${q({ $select: 'id,userPrincipalName', $top: 1 })}`,
    );
    assert.equal(first.status, 200);
    assert.deepEqual(first.json.value, [
      { '@odata.type': '#microsoft.graph.user', id: HELENE, userPrincipalName: "helene.d'almeida@acme.fr" },
    ]);
    const next = first.json['@odata.nextLink'];
    assert.ok(next);
    const res = await fetch(next, { headers: { authorization: `Bearer ${await client.graphToken()}` } });
    const second = (await res.json()) as GraphList<{ userPrincipalName: string }>;
    assert.deepEqual(
      second.value.map((m) => m.userPrincipalName),
      ['tess@acme.fr'],
    );
    assert.equal(second['@odata.nextLink'], undefined);
  });

  it('answers 404 for another group', async () => {
    const r = await client.gr<{ error: { code: string } }>(
      '/groups/00000000-0000-0000-0000-000000000000/transitiveMembers',
    );
    assert.equal(r.status, 404);
    assert.equal(r.json.error.code, 'Request_ResourceNotFound');
  });

  it('refuses with 400 the query options Graph does not document where they are sent', async () => {
    for (const path of [
      `/users${q({ $skip: 10 })}`,
      `/users${q({ $top: 10, page: 2 })}`,
      `/places/microsoft.graph.room${q({ $skiptoken: 'x' })}`,
      `/places/microsoft.graph.room${q({ $orderby: 'displayName' })}`,
      `/users/${HELENE}/presence${q({ $select: 'availability' })}`,
      `/applications${q({ $top: 1 })}`,
    ]) {
      const r = await client.gr<{ error: { code: string } }>(path);
      assert.equal(r.status, 400, path);
      assert.equal(r.json.error.code, 'BadRequest', path);
    }
  });

  it('answers 404 for routes Graph does not document', async () => {
    for (const path of ['/rooms', '/users/presences', '/places']) {
      assert.equal((await client.gr(path)).status, 404, path);
    }
  });

  it('serves group members only as transitiveMembers', async () => {
    assert.equal((await client.gr(`/groups/${sims.graph.adminGroupId}/members`)).status, 404);
  });
});

describe('Graph simulator: the presence app registration', () => {
  async function withTenant(
    change: Partial<Tenant['presenceIntegration']>,
    run: (client: SimClient, sims: Simulators) => Promise<void>,
  ): Promise<void> {
    const tenant = sampleTenant();
    tenant.presenceIntegration = { ...tenant.presenceIntegration, ...change };
    const sims = await startSimulators(tenant);
    try {
      await run(new SimClient(sims), sims);
    } finally {
      await sims.close();
    }
  }
  const application = async (client: SimClient, sims: Simulators): Promise<Application[]> =>
    (
      await client.gr<GraphList<Application>>(
        `/applications${q({ $filter: `appId eq '${sims.graph.presenceAppId}'` })}`,
      )
    ).json.value;
  const assignments = async (
    client: SimClient,
    sims: Simulators,
  ): Promise<Array<{ appRoleId: string; resourceId: string }>> => {
    const sp = (
      await client.gr<GraphList<{ id: string }>>(
        `/servicePrincipals${q({ $filter: `appId eq '${sims.graph.presenceAppId}'` })}`,
      )
    ).json.value[0];
    assert.ok(sp, 'the presence app has a service principal');
    return (
      await client.gr<GraphList<{ appRoleId: string; resourceId: string }>>(
        `/servicePrincipals/${sp.id}/appRoleAssignments`,
      )
    ).json.value;
  };

  it('when everything is in place: the permissions, a secret with its expiry and consent for both roles', async () => {
    await withTenant({}, async (client, sims) => {
      const [app] = await application(client, sims);
      assert.ok(app);
      assert.equal(app.appId, sims.graph.presenceAppId);
      assert.deepEqual(app.requiredResourceAccess, [
        {
          resourceAppId: GRAPH,
          resourceAccess: [
            { id: PRESENCE_ROLE, type: 'Role' },
            { id: USER_READ_ALL, type: 'Role' },
          ],
        },
      ]);
      assert.equal(app.passwordCredentials[0]?.endDateTime, '2027-02-21T09:00:00.000Z');
      const graphSp = (
        await client.gr<GraphList<{ id: string }>>(
          `/servicePrincipals${q({ $filter: `appId eq '${GRAPH}'` })}`,
        )
      ).json.value[0];
      const roles = await assignments(client, sims);
      assert.deepEqual(roles.map((r) => r.appRoleId).sort(), [PRESENCE_ROLE, USER_READ_ALL].sort());
      assert.ok(roles.every((r) => r.resourceId === graphSp?.id));
    });
  });

  it('when the app is not registered: no application and no service principal', async () => {
    await withTenant({ appRegistered: false }, async (client, sims) => {
      assert.deepEqual(await application(client, sims), []);
      const sps = await client.gr<GraphList<unknown>>(
        `/servicePrincipals${q({ $filter: `appId eq '${sims.graph.presenceAppId}'` })}`,
      );
      assert.deepEqual(sps.json.value, []);
    });
  });

  it('when the permissions were not added: only the default delegated User.Read', async () => {
    await withTenant({ permissionsGranted: false }, async (client, sims) => {
      const [app] = await application(client, sims);
      assert.deepEqual(app?.requiredResourceAccess[0]?.resourceAccess, [
        { id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' },
      ]);
    });
  });

  it('when no admin consented: no role assignments', async () => {
    await withTenant({ adminConsent: false }, async (client, sims) => {
      assert.deepEqual(await assignments(client, sims), []);
    });
  });

  it('when there is no client secret: no password credentials; an expired one keeps its past date', async () => {
    await withTenant({ clientSecretExpires: null }, async (client, sims) => {
      assert.deepEqual((await application(client, sims))[0]?.passwordCredentials, []);
    });
    await withTenant({ clientSecretExpires: new Date('2026-01-01T00:00:00Z') }, async (client, sims) => {
      assert.equal(
        (await application(client, sims))[0]?.passwordCredentials[0]?.endDateTime,
        '2026-01-01T00:00:00.000Z',
      );
    });
  });

  it('answers an empty list for another app id and 400 for another filter', async () => {
    await withTenant({}, async (client) => {
      const other = await client.gr<GraphList<unknown>>(
        `/applications${q({ $filter: "appId eq 'someone-else'" })}`,
      );
      assert.deepEqual(other.json.value, []);
      assert.equal((await client.gr(`/applications${q({ $filter: "displayName eq 'x'" })}`)).status, 400);
    });
  });
});
