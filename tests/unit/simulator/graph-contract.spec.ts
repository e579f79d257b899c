import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { sampleTenant } from './fixtures';
import { postForm, q, SimClient, type GraphList } from './http';

const SCHEMAS = path.resolve(__dirname, '../../contracts/graph');
/** What the bot selects on users (bot/services/graph/wire.ts). */
const USER_SELECT =
  'id,userPrincipalName,mail,displayName,assignedLicenses,assignedPlans,usageLocation,country';

function loadSchemas(): Map<string, ValidateFunction> {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats(ajv);
  const out = new Map<string, ValidateFunction>();
  for (const file of readdirSync(SCHEMAS).filter((f) => f.endsWith('.schema.json'))) {
    out.set(
      file.replace('.schema.json', ''),
      ajv.compile(JSON.parse(readFileSync(path.join(SCHEMAS, file), 'utf8'))),
    );
  }
  return out;
}

describe('Graph simulator against the JSON Schemas written from the vendor facts', () => {
  const schemas = loadSchemas();
  let sims: Simulators;
  let client: SimClient;

  /** Asserts that a body matches a schema, naming every mismatch. */
  function conforms(schema: string, body: unknown): void {
    const validate = schemas.get(schema);
    assert.ok(validate, `no schema ${schema}`);
    assert.ok(validate(body), `${schema}: ${JSON.stringify(validate.errors, null, 1)}`);
  }

  /** Every page of a collection, following @odata.nextLink as the whole URL. */
  async function pages(first: string): Promise<unknown[]> {
    const out: unknown[] = [];
    let next: string | undefined = `${sims.graph.baseUrl}${first}`;
    while (next !== undefined) {
      const res: Response = await fetch(next, {
        headers: { authorization: `Bearer ${await client.graphToken()}` },
      });
      assert.equal(res.status, 200, next);
      const body = (await res.json()) as GraphList<unknown>;
      out.push(body);
      next = body['@odata.nextLink'];
    }
    return out;
  }

  before(async () => {
    const tenant = sampleTenant();
    tenant.people = tenant.people.map((p) => (p.id === 'p-teams-only' ? { ...p, admin: true } : p));
    tenant.presenceIntegration = {
      ...tenant.presenceIntegration,
      appRegistered: true,
      permissionsGranted: true,
      adminConsent: true,
    };
    sims = await startSimulators(tenant);
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('issues tokens, and OAuth errors, shaped like the login endpoint', async () => {
    const g = sims.graph;
    const url = `${g.loginUrl}/${g.tenantId}/oauth2/v2.0/token`;
    const form = {
      client_id: g.clientId,
      client_secret: g.clientSecret,
      scope: 'https://graph.microsoft.com/.default',
      grant_type: 'client_credentials',
    };
    conforms('token', (await postForm(url, form)).json);
    const refused = await postForm(url, { ...form, client_secret: 'wrong' });
    assert.equal(refused.status, 401);
    conforms('token-error', refused.json);
  });

  it('lists users, every page, with the selected properties only', async () => {
    const all = await pages(`/users${q({ $select: USER_SELECT, $top: 2 })}`);
    assert.ok(all.length > 1);
    for (const page of all) conforms('users', page);
    for (const page of await pages('/users')) conforms('users', page);
  });

  it('answers one user and the presences, one and in bulk', async () => {
    const users = (await client.gr<GraphList<{ id: string }>>(`/users${q({ $select: 'id' })}`)).json.value;
    const id = users[0]!.id;
    conforms('user', (await client.gr(`/users/${id}${q({ $select: USER_SELECT })}`)).json);
    conforms('presence', (await client.gr(`/users/${id}/presence`)).json);
    const bulk = await client.gr('/communications/getPresencesByUserId', {
      body: { ids: [...users.map((u) => u.id), '00000000-0000-0000-0000-00000000abcd'] },
    });
    assert.equal(bulk.status, 200);
    conforms('presences', bulk.json);
  });

  it('lists the admin group as transitiveMembers', async () => {
    for (const page of await pages(
      `/groups/${sims.graph.adminGroupId}/transitiveMembers${q({ $select: 'id,userPrincipalName', $top: 1 })}`,
    )) {
      conforms('transitive-members', page);
    }
  });

  it('answers the app registration, its service principal and its app role assignments', async () => {
    const filter = q({ $filter: `appId eq '${sims.graph.presenceAppId}'` });
    conforms('applications', (await client.gr(`/applications${filter}`)).json);
    const principals = await client.gr<GraphList<{ id: string }>>(`/servicePrincipals${filter}`);
    conforms('service-principals', principals.json);
    const assignments = await client.gr<GraphList<unknown>>(
      `/servicePrincipals/${principals.json.value[0]!.id}/appRoleAssignments`,
    );
    assert.ok(assignments.json.value.length > 0);
    conforms('app-role-assignments', assignments.json);
  });

  it('lists rooms and room lists, every page, with the room schema names', async () => {
    const all = await pages(`/places/microsoft.graph.room${q({ $top: 1 })}`);
    assert.ok(all.length > 1);
    for (const page of all) conforms('rooms', page);
    const lists = await client.gr<GraphList<{ emailAddress: string }>>('/places/microsoft.graph.roomlist');
    conforms('room-lists', lists.json);
    conforms(
      'rooms',
      (await client.gr(`/places/${lists.json.value[0]!.emailAddress}/microsoft.graph.roomlist/rooms`)).json,
    );
  });

  it('has a room schema that refuses the place-list example spellings and a capacity as text', () => {
    const room = { id: 'r1', emailAddress: 'cf100@contoso.com', displayName: 'Conf Room 100' };
    const rooms = schemas.get('rooms')!;
    assert.equal(rooms({ value: [{ ...room, isWheelChairAccessible: true, capacity: 50 }] }), true);
    assert.equal(rooms({ value: [{ ...room, isWheelchairAccessible: true }] }), false);
    assert.equal(rooms({ value: [{ ...room, displayDevice: 'surface hub' }] }), false);
    assert.equal(rooms({ value: [{ ...room, capacity: '50' }] }), false);
  });

  it('answers errors in Graph error bodies: unknown user, undocumented option, no token', async () => {
    const unknown = await client.gr('/users/00000000-0000-0000-0000-00000000abcd');
    assert.equal(unknown.status, 404);
    conforms('error', unknown.json);
    const option = await client.gr(`/users${q({ $skip: 1 })}`);
    assert.equal(option.status, 400);
    conforms('error', option.json);
    const anonymous = await client.gr('/users', { token: null });
    assert.equal(anonymous.status, 401);
    conforms('error', anonymous.json);
  });
});
