import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { conformsToCloudLink } from '../../support/cloudlink-schemas';
import { largeTenant } from './fixtures';
import { q, SimClient } from './http';

describe('CloudLink simulator users collection against the JSON Schemas written from the vendor facts', () => {
  let sims: Simulators;
  let client: SimClient;

  before(async () => {
    sims = await startSimulators(largeTenant(250, 0));
    client = new SimClient(sims);
  });
  after(async () => {
    await sims.close();
  });

  it('answers every page of /users as a documented collection, next links as plain URL strings', async () => {
    const { pages, items, count } = await client.everyCloudLinkPage(
      client.cloudlinkUrl('admin', `/users${q({ $top: '100' })}`),
      (body) => {
        conformsToCloudLink('users', body);
      },
    );
    assert.ok(pages > 1, `${pages} page(s)`);
    assert.equal(items, count);
  });

  it('answers undocumented user query options with a documented 400 error body', async () => {
    const queries: Record<string, string>[] = [
      { $filter: "email eq 'a@b.c'" },
      { $filter: "extension eq '1001'" },
      { $orderby: 'name' },
    ];
    for (const query of queries) {
      const r = await client.cl('admin', `/users${q(query)}`);
      assert.equal(r.status, 400, JSON.stringify(query));
      conformsToCloudLink('error', r.json);
    }
  });

  it('answers an unknown user with a documented 404 error body', async () => {
    const r = await client.cl('admin', '/users/nobody-here');
    assert.equal(r.status, 404);
    conformsToCloudLink('error', r.json);
  });
});
