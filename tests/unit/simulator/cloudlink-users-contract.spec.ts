import assert from 'node:assert/strict';
import { startSimulators, type Simulators } from '../../../bot/simulator';
import { conformsToCloudLink } from '../../support/cloudlink-schemas';
import { largeTenant } from './fixtures';
import { q, SimClient, type Collection } from './http';

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
    let url: string | undefined = client.cloudlinkUrl('admin', `/users${q({ $top: '100' })}`);
    let pages = 0;
    let items = 0;
    let count: number | undefined;
    while (url !== undefined) {
      const res: Response = await fetch(url, {
        headers: { authorization: `Bearer ${await client.cloudlinkToken()}`, 'x-mitel-app': 't' },
      });
      assert.equal(res.status, 200, url);
      const body = (await res.json()) as Collection<unknown>;
      conformsToCloudLink('users', body);
      pages += 1;
      count ??= body.count;
      items += body._embedded.items.length;
      url = body._links.next;
    }
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
