import assert from 'node:assert/strict';
import nock from 'nock';
import { GraphClient } from '../../../bot/services/graph/client';
import { GRAPH_RESOURCE_APP_ID, PRESENCE_READWRITE_ALL_ROLE_ID } from '../../../bot/services/graph/ids';
import type { GraphConfig } from '../../../bot/services/graph/types';
import { PRESENCE_BATCH_SIZE } from '../../../bot/services/graph/wire';
import { UpstreamError } from '../../../bot/services/http/errors';
import { failure, FakeClock } from './helpers';

const GRAPH = 'https://graph.example.test';
const LOGIN = 'https://login.example.test';
const V = '/v1.0';
const TEAMS_PHONE = 'e43b5b99-8dfb-405f-9987-dc307f34bcbd';
const E5 = 'C7DF2760-2C81-4EF7-B578-5B5392B571DF';
const OTHER_SKU = '18181a46-0d4e-45cd-891e-60aabd171b4e';

const config: GraphConfig = {
  baseUrl: `${GRAPH}${V}`,
  loginUrl: LOGIN,
  tenantId: 'tenant-1',
  credentials: { clientId: 'gid', clientSecret: 'gsecret' },
};

const AUTH_HEADERS = { authorization: 'Bearer gt-1' };

function tokenScope(): nock.Scope {
  return nock(LOGIN, {
    reqheaders: { 'content-type': 'application/x-www-form-urlencoded' },
    badheaders: ['authorization'],
  })
    .post('/tenant-1/oauth2/v2.0/token', {
      client_id: 'gid',
      client_secret: 'gsecret',
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    })
    .reply(200, { token_type: 'Bearer', expires_in: 3599, access_token: 'gt-1' });
}

const userWire = (
  id: string,
  skus: string[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> => ({
  id,
  userPrincipalName: `${id}@contoso.onmicrosoft.com`,
  mail: `${id}@example.com`,
  displayName: `User ${id}`,
  assignedLicenses: skus.map((skuId) => ({ skuId, disabledPlans: [] })),
  ...extra,
});

describe('GraphClient', () => {
  let clock: FakeClock;
  let client: GraphClient;

  beforeEach(() => {
    clock = new FakeClock();
    client = new GraphClient(config, { clock });
  });

  afterEach(() => {
    nock.cleanAll();
  });

  it('lists users across @odata.nextLink pages with their Teams Phone licence computed', async () => {
    const token = tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/users`)
      .query({
        $select: 'id,userPrincipalName,mail,displayName,assignedLicenses,assignedPlans,usageLocation,country',
        $top: '999',
      })
      .reply(200, {
        value: [userWire('a', [TEAMS_PHONE]), userWire('b', [OTHER_SKU])],
        '@odata.nextLink': `${GRAPH}${V}/users?$select=id&$top=999&$skiptoken=X1`,
      })
      .get(`${V}/users`)
      .query({ $select: 'id', $top: '999', $skiptoken: 'X1' })
      .reply(200, { value: [userWire('c', [OTHER_SKU, E5], { mail: null })] });

    const users = await client.listUsers();

    assert.deepEqual(
      users.map((u) => [u.id, u.hasTeamsPhoneLicense]),
      [
        ['a', true],
        ['b', false],
        ['c', true],
      ],
    );
    assert.deepEqual(users[0], {
      id: 'a',
      userPrincipalName: 'a@contoso.onmicrosoft.com',
      mail: 'a@example.com',
      displayName: 'User a',
      skuIds: [TEAMS_PHONE],
      hasTeamsPhoneLicense: true,
    });
    assert.equal(users[2]?.mail, undefined);
    assert.ok(token.isDone());
    assert.ok(api.isDone());
  });

  it('gets a user by UPN (encoded), and null when Graph does not know it', async () => {
    tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/users/jo%C3%A3o%40example.com`)
      .query({
        $select: 'id,userPrincipalName,mail,displayName,assignedLicenses,assignedPlans,usageLocation,country',
      })
      .reply(200, userWire('joao', []))
      .get(`${V}/users/ghost%40example.com`)
      .query(true)
      .reply(404, { error: { code: 'Request_ResourceNotFound', message: 'Resource does not exist' } });
    assert.equal((await client.getUser('joão@example.com'))?.id, 'joao');
    assert.equal(await client.getUser('ghost@example.com'), null);
    assert.ok(api.isDone());
  });

  it('reads the app registration with secret expiry dates and requested permissions, or null', async () => {
    tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/applications`)
      .query({ $filter: "appId eq 'app-1'" })
      .reply(200, {
        value: [
          {
            id: 'obj-1',
            appId: 'app-1',
            displayName: 'CloudLink presence',
            passwordCredentials: [{ keyId: 'k1', displayName: 'main', endDateTime: '2026-12-01T00:00:00Z' }],
            requiredResourceAccess: [
              {
                resourceAppId: GRAPH_RESOURCE_APP_ID,
                resourceAccess: [{ id: PRESENCE_READWRITE_ALL_ROLE_ID, type: 'Role' }],
              },
            ],
          },
        ],
      })
      .get(`${V}/applications`)
      .query({ $filter: "appId eq 'missing'" })
      .reply(200, { value: [] });
    assert.deepEqual(await client.getApplication('app-1'), {
      id: 'obj-1',
      appId: 'app-1',
      displayName: 'CloudLink presence',
      secrets: [{ keyId: 'k1', displayName: 'main', expiresAt: new Date('2026-12-01T00:00:00Z') }],
      permissions: [
        { resourceAppId: GRAPH_RESOURCE_APP_ID, id: PRESENCE_READWRITE_ALL_ROLE_ID, type: 'Role' },
      ],
    });
    assert.equal(await client.getApplication('missing'), null);
    assert.ok(api.isDone());
  });

  it("reads the role assignments of the app's service principal, and [] when there is none", async () => {
    tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/servicePrincipals`)
      .query({ $filter: "appId eq 'app-1'" })
      .reply(200, { value: [{ id: 'sp-1', appId: 'app-1' }] })
      .get(`${V}/servicePrincipals/sp-1/appRoleAssignments`)
      .reply(200, { value: [{ appRoleId: PRESENCE_READWRITE_ALL_ROLE_ID, resourceId: 'graph-sp' }] })
      .get(`${V}/servicePrincipals`)
      .query({ $filter: "appId eq 'app-2'" })
      .reply(200, { value: [] });
    assert.deepEqual(await client.getAppRoleAssignments('app-1'), [
      { appRoleId: PRESENCE_READWRITE_ALL_ROLE_ID, resourceId: 'graph-sp' },
    ]);
    assert.deepEqual(await client.getAppRoleAssignments('app-2'), []);
    assert.ok(api.isDone());
  });

  it('reads one presence', async () => {
    tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/users/u1/presence`)
      .reply(200, { id: 'u1', availability: 'Busy', activity: 'InACall' });
    assert.deepEqual(await client.getPresence('u1'), {
      userId: 'u1',
      availability: 'Busy',
      activity: 'InACall',
    });
    assert.ok(api.isDone());
  });

  it('reads presences shaped like the getPresencesByUserId example, with the fields it does not use', async () => {
    tokenScope();
    // cloudcommunications-getpresencesbyuserid.md / presence.md (vendor facts §3.5).
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .post(`${V}/communications/getPresencesByUserId`, { ids: ['fa8bf3dc-eca7-46b7-bad1-db199b62afc3'] })
      .reply(200, {
        value: [
          {
            '@odata.type': '#microsoft.graph.presence',
            id: 'fa8bf3dc-eca7-46b7-bad1-db199b62afc3',
            availability: 'Busy',
            activity: 'InAMeeting',
            statusMessage: null,
            outOfOfficeSettings: { message: null, isOutOfOffice: false },
            sequenceNumber: 'C6E7DF3B3E3A4C38',
            workLocation: { workLocationType: 'office', source: 'scheduled' },
          },
        ],
      });
    const presences = await client.getPresences(['fa8bf3dc-eca7-46b7-bad1-db199b62afc3']);
    assert.deepEqual(presences.get('fa8bf3dc-eca7-46b7-bad1-db199b62afc3'), {
      userId: 'fa8bf3dc-eca7-46b7-bad1-db199b62afc3',
      availability: 'Busy',
      activity: 'InAMeeting',
    });
    assert.ok(api.isDone());
  });

  it(`reads presences in batches of ${PRESENCE_BATCH_SIZE} ids`, async () => {
    tokenScope();
    const ids = Array.from({ length: 700 }, (_, i) => `u${i}`);
    const sizes: number[] = [];
    const api = nock(GRAPH, { reqheaders: { ...AUTH_HEADERS, 'content-type': 'application/json' } })
      .post(`${V}/communications/getPresencesByUserId`)
      .times(2)
      .reply(200, (_uri, body) => {
        const batch = (body as { ids: string[] }).ids;
        sizes.push(batch.length);
        return { value: batch.map((id) => ({ id, availability: 'Available', activity: 'Available' })) };
      });
    const presences = await client.getPresences(ids);
    assert.deepEqual(
      sizes.sort((a, b) => b - a),
      [PRESENCE_BATCH_SIZE, 50],
    );
    assert.equal(presences.size, 700);
    assert.equal(presences.get('u699')?.availability, 'Available');
    assert.ok(api.isDone());
  });

  it('sets presence for the application session', async () => {
    tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .post(`${V}/users/u1/presence/setPresence`, {
        sessionId: 'app-1',
        availability: 'Busy',
        activity: 'InACall',
        expirationDuration: 'PT1H',
      })
      .reply(200);
    await client.setPresence('u1', {
      sessionId: 'app-1',
      availability: 'Busy',
      activity: 'InACall',
      expirationMinutes: 60,
    });
    assert.ok(api.isDone());
  });

  it('lists the users of the admin group through transitiveMembers, leaving out nested groups and devices', async () => {
    tokenScope();
    // Shaped like group-list-transitivemembers.md: directoryObjects with their @odata.type.
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/groups/g-1/transitiveMembers`)
      .query({ $select: 'id,userPrincipalName', $top: '999' })
      .reply(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#directoryObjects',
        value: [
          { '@odata.type': '#microsoft.graph.user', id: 'u1', userPrincipalName: 'admin@contoso.com' },
          { '@odata.type': '#microsoft.graph.group', id: 'g-nested' },
          { '@odata.type': '#microsoft.graph.device', id: 'dev-1' },
          { '@odata.type': '#microsoft.graph.user', id: 'u2', userPrincipalName: 'nested@contoso.com' },
          { id: 'u3' },
        ],
      });
    assert.deepEqual(await client.listGroupMembers('g-1'), [
      { id: 'u1', userPrincipalName: 'admin@contoso.com' },
      { id: 'u2', userPrincipalName: 'nested@contoso.com' },
      { id: 'u3' },
    ]);
    assert.ok(api.isDone());
  });

  it('decides Teams Phone from an enabled MCOEV service plan in assignedPlans, whatever the SKU', async () => {
    tokenScope();
    const plan = (servicePlanId: string, capabilityStatus: string): Record<string, unknown> => ({
      assignedDateTime: '2024-03-01T10:00:00Z',
      capabilityStatus,
      service: 'MicrosoftCommunicationsOnline',
      servicePlanId,
    });
    const MCOEV_PLAN = '4828c8ec-dc2e-4779-b502-87ac9ce28ab7';
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/users`)
      .query(true)
      .reply(200, {
        value: [
          userWire('rooms-sku', [OTHER_SKU], { assignedPlans: [plan(MCOEV_PLAN, 'Enabled')] }),
          userWire('suspended', [TEAMS_PHONE], { assignedPlans: [plan(MCOEV_PLAN, 'Suspended')] }),
          userWire('other-plan', [OTHER_SKU], {
            assignedPlans: [plan('57ff2da0-773e-42df-b2af-ffb7a2317929', 'Enabled')],
          }),
        ],
      });
    assert.deepEqual(
      (await client.listUsers()).map((u) => [u.id, u.hasTeamsPhoneLicense]),
      [
        ['rooms-sku', true],
        ['suspended', false],
        ['other-plan', false],
      ],
    );
    assert.ok(api.isDone());
  });

  it('reads rooms shaped like the room schema: isWheelChairAccessible, displayDeviceName, Int32 capacity', async () => {
    tokenScope();
    // Shaped like room.md / the v1.0 metadata (vendor facts §3.8).
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/places/microsoft.graph.room`)
      .query({ $top: '100' })
      .reply(200, {
        '@odata.context': 'https://graph.microsoft.com/v1.0/$metadata#places/microsoft.graph.room',
        value: [
          {
            '@odata.type': '#microsoft.graph.room',
            id: '3162F1E1-C4C0-604B-51D8-91DA78989EB1',
            emailAddress: 'cf100@contoso.com',
            displayName: 'Conf Room 100',
            nickname: 'Conf Room',
            label: '100',
            capacity: 50,
            building: '1',
            floorNumber: 1,
            floorLabel: '1P',
            phone: '000-000-0000',
            audioDeviceName: null,
            videoDeviceName: null,
            displayDeviceName: 'surface hub',
            isWheelChairAccessible: false,
            bookingType: 'standard',
            tags: ['bean bags'],
          },
        ],
      });
    assert.deepEqual(await client.listRooms(), [
      {
        id: '3162F1E1-C4C0-604B-51D8-91DA78989EB1',
        email: 'cf100@contoso.com',
        displayName: 'Conf Room 100',
        capacity: 50,
        building: '1',
        floorNumber: 1,
        wheelchairAccessible: false,
        displayDevice: 'surface hub',
        tags: ['bean bags'],
      },
    ]);
    assert.ok(api.isDone());
  });

  it('reads rooms shaped like the place-list examples too: old spellings and a capacity as text', async () => {
    tokenScope();
    // place-list.md's example answer: isWheelchairAccessible, displayDevice, "capacity": "50".
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/places/microsoft.graph.room`)
      .query({ $top: '100' })
      .reply(200, {
        value: [
          {
            id: '3162F1E1-C4C0-604B-51D8-91DA78989EB1',
            emailAddress: 'cf100@contoso.com',
            displayName: 'Conf Room 100',
            capacity: '50',
            building: '1',
            floorNumber: 1,
            isManaged: true,
            isWheelchairAccessible: true,
            displayDevice: 'surface hub',
            tags: ['bean bags'],
          },
        ],
      });
    const [room] = await client.listRooms();
    assert.equal(room?.capacity, 50);
    assert.equal(room?.wheelchairAccessible, true);
    assert.equal(room?.displayDevice, 'surface hub');
    assert.ok(api.isDone());
  });

  it('lists rooms (places) with their metadata', async () => {
    tokenScope();
    const api = nock(GRAPH, { reqheaders: AUTH_HEADERS })
      .get(`${V}/places/microsoft.graph.room`)
      .query({ $top: '100' })
      .reply(200, {
        value: [
          {
            id: 'p1',
            emailAddress: 'sala.ipe@example.com',
            displayName: 'Sala Ipê',
            capacity: 10,
            building: 'Torre B',
            floorNumber: 4,
            isWheelChairAccessible: true,
            audioDeviceName: 'Jabra',
            videoDeviceName: null,
            displayDeviceName: 'TV 65"',
            tags: ['video', 'whiteboard'],
          },
        ],
      });
    assert.deepEqual(await client.listRooms(), [
      {
        id: 'p1',
        email: 'sala.ipe@example.com',
        displayName: 'Sala Ipê',
        capacity: 10,
        building: 'Torre B',
        floorNumber: 4,
        wheelchairAccessible: true,
        audioDevice: 'Jabra',
        displayDevice: 'TV 65"',
        tags: ['video', 'whiteboard'],
      },
    ]);
    assert.ok(api.isDone());
  });

  it('gives up on sustained throttling with a throttled error carrying the request-id', async () => {
    tokenScope();
    const api = nock(GRAPH)
      .get(`${V}/users/u1/presence`)
      .times(3)
      .reply(
        429,
        { error: { code: 'TooManyRequests', message: 'slow down' } },
        { 'retry-after': '1', 'request-id': 'req-42' },
      );
    const error = await failure(client.getPresence('u1'));
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'throttled');
    assert.equal(error.system, 'graph');
    assert.equal(error.operation, 'getPresence');
    assert.equal(error.correlationId, 'req-42');
    assert.equal(error.upstreamCode, 'TooManyRequests');
    assert.deepEqual(clock.waits, [1000, 1000]);
    assert.ok(api.isDone());
  });

  it('reports a token refused by the login endpoint as unauthorized', async () => {
    nock(LOGIN)
      .post('/tenant-1/oauth2/v2.0/token')
      .reply(400, { error: 'invalid_client', error_description: 'AADSTS7000215' });
    const error = await failure(client.listUsers());
    assert.ok(error instanceof UpstreamError);
    assert.equal(error.kind, 'unauthorized');
    assert.equal(error.upstreamCode, 'invalid_client');
    assert.doesNotMatch(error.message, /gsecret/);
  });
});
