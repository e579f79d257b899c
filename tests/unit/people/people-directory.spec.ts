import assert from 'node:assert/strict';
import { PeopleDirectory, type PeopleDirectoryOptions } from '../../../bot/people/people-directory';
import { UpstreamError } from '../../../bot/services';
import {
  aadUser,
  clUser,
  fakeCloudLink,
  fakeIdentityMap,
  fakeGraph,
  Gate,
  integration,
  recordingLogger,
  settle,
  sources,
  upstreamFailure,
  type Sources,
} from './fixtures';

const TTL = 60_000;
const T0 = Date.parse('2026-11-23T10:00:00Z');

interface Setup {
  directory: PeopleDirectory;
  sources: Sources;
  logger: ReturnType<typeof recordingLogger>;
  clock: { time: number };
}

function setup(overrides: Partial<PeopleDirectoryOptions> = {}): Setup {
  const s = sources({
    cloudLinkUsers: [
      clUser('c1', 'Alice Martin', 'alice@contoso.fr'),
      clUser('c2', 'Bruno Lima', 'bruno@contoso.fr'),
    ],
    graphUsers: [
      aadUser('g1', 'Alice Martin', 'alice@contoso.fr'),
      aadUser('g2', 'Bruno Lima', 'blima@contoso.fr'),
    ],
    integration: integration([{ upn: 'blima@contoso.fr', email: 'bruno@contoso.fr' }]),
    adminMembers: [{ id: 'g1' }],
  });
  const clock = { time: T0 };
  const logger = recordingLogger();
  const directory = new PeopleDirectory({
    cloudlink: fakeCloudLink(s),
    graph: fakeGraph(s),
    identityMap: fakeIdentityMap(s),
    adminGroupId: 'grp-admins',
    ttlMs: TTL,
    defaultCountry: 'FR',
    logger,
    now: () => clock.time,
    ...overrides,
  });
  return { directory, sources: s, logger, clock };
}

function loads(s: Sources): number[] {
  return [s.calls.clUsers, s.calls.graphUsers, s.calls.integration, s.calls.admins];
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('the people directory cache', () => {
  it('stops a turn waiting for the first load at its deadline, naming the source still being read', async () => {
    const { directory, sources: s, clock } = setup();
    s.gates.graphUsers = new Gate();
    const warmUp = directory.snapshot();
    await settle();
    const turn = directory.snapshot({ deadline: clock.time + 30 });
    const error = await rejection(turn);
    assert.ok(error instanceof UpstreamError);
    assert.deepEqual(
      { system: error.system, operation: error.operation, kind: error.kind },
      { system: 'graph', operation: 'listUsers', kind: 'timeout' },
    );
    // The load goes on, and serves the next turns once it ends.
    s.gates.graphUsers.open();
    const snapshot = await warmUp;
    assert.equal(await directory.snapshot({ deadline: clock.time + 30 }), snapshot);
    assert.deepEqual(loads(s), [1, 1, 1, 1]);
  });

  it('loads the four sources in parallel and joins them with the manual mappings and admins', async () => {
    const { directory, sources: s } = setup();
    s.gate = new Gate();
    const pending = directory.snapshot();
    await settle();
    assert.equal(s.pending, 4, 'every source is asked before any answers');
    s.gate.open();
    const snapshot = await pending;
    assert.deepEqual(s.groupIds, ['grp-admins']);
    assert.deepEqual(
      snapshot.people.map((p) => [p.key, p.graphUserId, p.isAdmin]),
      [
        ['cl:c1', 'g1', true],
        ['cl:c2', 'g2', false],
      ],
    );
    assert.equal(snapshot.loadedAt.getTime(), T0);
    assert.equal(snapshot.adminGroup, 'ok');
  });

  it('loads once for many calls, at the same time or one after another, within the TTL', async () => {
    const { directory, sources: s, clock } = setup();
    const first = await Promise.all([directory.snapshot(), directory.snapshot(), directory.snapshot()]);
    clock.time += TTL - 1;
    const later = await directory.snapshot();
    assert.ok(first.every((snap) => snap === later));
    assert.deepEqual(loads(s), [1, 1, 1, 1]);
  });

  it('serves the old snapshot once stale while one background refresh runs, then the new one', async () => {
    const { directory, sources: s, clock } = setup();
    const old = await directory.snapshot();
    clock.time += TTL;
    s.gate = new Gate();
    s.cloudLinkUsers.push(clUser('c3', 'Carla Dias', 'carla@contoso.fr'));
    const during = await Promise.all([directory.snapshot(), directory.snapshot()]);
    await settle();
    const again = await directory.snapshot();
    assert.ok(during.every((snap) => snap === old) && again === old, 'the stale snapshot is served at once');
    assert.deepEqual(loads(s), [2, 2, 2, 2], 'one refresh in flight');
    s.gate.open();
    await settle();
    const fresh = await directory.snapshot();
    assert.notEqual(fresh, old);
    assert.equal(fresh.byKey('cl:c3')?.name, 'Carla Dias');
    assert.equal(fresh.loadedAt.getTime(), T0 + TTL);
    assert.deepEqual(loads(s), [2, 2, 2, 2]);
  });

  it('keeps the old snapshot when a refresh fails, warns, and waits before trying again', async () => {
    const { directory, sources: s, clock, logger } = setup({ failedRefreshPauseMs: 10_000 });
    const old = await directory.snapshot();
    clock.time += TTL;
    s.failures.graphUsers = upstreamFailure('graph', 'listUsers', 'timeout');
    assert.equal(await directory.snapshot(), old);
    await settle();
    assert.equal(await directory.snapshot(), old);
    const warning = logger.lines.find((l) => l.level === 'warn');
    assert.ok(warning, 'a warning was logged');
    assert.equal(warning.fields.system, 'graph');
    assert.equal(warning.fields.kind, 'timeout');
    clock.time += 9_999;
    await directory.snapshot();
    await settle();
    assert.equal(s.calls.graphUsers, 2, 'no new try during the pause');
    delete s.failures.graphUsers;
    clock.time += 1;
    assert.equal(await directory.snapshot(), old);
    await settle();
    assert.equal(s.calls.graphUsers, 3);
    assert.notEqual(await directory.snapshot(), old);
  });

  it('rejects a failed first load with the upstream error, and loads again on the next call', async () => {
    const { directory, sources: s } = setup();
    const failure = upstreamFailure('cloudlink', 'listUsers', 'unauthorized');
    s.failures.clUsers = failure;
    const [a, b] = await Promise.all([rejection(directory.snapshot()), rejection(directory.snapshot())]);
    assert.equal(a, failure);
    assert.equal(b, failure);
    assert.ok(a instanceof UpstreamError);
    assert.equal(directory.peek(), undefined);
    delete s.failures.clUsers;
    const snapshot = await directory.snapshot();
    assert.equal(snapshot.people.length, 2);
    assert.equal(s.calls.clUsers, 2);
  });

  it('reloads on refresh even when fresh, keeping the old snapshot if that fails', async () => {
    const { directory, sources: s } = setup();
    const old = await directory.snapshot();
    s.integration = integration([]);
    const fresh = await directory.refresh();
    assert.notEqual(fresh, old);
    assert.equal(fresh.byKey('cl:c2')?.inTeams, false, 'without the mapping Bruno is no longer joined');
    assert.equal(await directory.snapshot(), fresh);
    s.failures.integration = upstreamFailure('cloudlink', 'getTeamsIntegration');
    assert.ok((await rejection(directory.refresh())) instanceof UpstreamError);
    assert.equal(await directory.snapshot(), fresh);
  });

  it('reads the sources again after a load that was already running when refresh was asked', async () => {
    const { directory, sources: s, clock } = setup();
    await directory.snapshot();
    clock.time += TTL;
    s.gate = new Gate();
    await directory.snapshot(); // starts a background refresh that has not read the new mapping
    await settle();
    const refreshed = Promise.all([directory.refresh(), directory.refresh()]);
    s.integration = integration([]);
    s.gate.open();
    const [one, two] = await refreshed;
    assert.equal(one, two);
    assert.deepEqual(loads(s), [3, 3, 3, 3], 'one refresh after the running load');
    assert.equal(one.byKey('cl:c2')?.inTeams, false);
    assert.equal(await directory.snapshot(), one);
  });

  it('makes nobody admin when the admin group does not exist, without failing the load', async () => {
    const { directory, sources: s, logger } = setup();
    s.failures.admins = new UpstreamError({
      system: 'graph',
      operation: 'listGroupMembers',
      kind: 'not-found',
      status: 404,
    });
    const snapshot = await directory.snapshot();
    assert.equal(snapshot.adminGroup, 'notFound');
    assert.deepEqual(snapshot.admins, []);
    assert.equal(snapshot.people.length, 2);
    assert.ok(logger.lines.some((l) => l.level === 'warn'));
  });

  it('fails the load when the admin group cannot be read for another reason', async () => {
    const { directory, sources: s } = setup();
    const failure = upstreamFailure('graph', 'listGroupMembers', 'throttled');
    s.failures.admins = failure;
    assert.equal(await rejection(directory.snapshot()), failure);
  });

  it('asks neither for admins nor for mappings when no group or mapping store is configured', async () => {
    const { directory, sources: s } = setup({ adminGroupId: '', identityMap: undefined });
    const snapshot = await directory.snapshot();
    assert.deepEqual([s.calls.admins, s.calls.integration], [0, 0]);
    assert.equal(snapshot.adminGroup, 'notConfigured');
    assert.equal(snapshot.byKey('cl:c2')?.inTeams, false, 'no mapping joins Bruno');
  });

  it('joins by address alone when no mapping is stored', async () => {
    const { directory, sources: s } = setup();
    s.integration = null;
    const snapshot = await directory.snapshot();
    assert.deepEqual(
      snapshot.people.map((p) => p.key),
      ['cl:c1', 'cl:c2', 'aad:g2'],
    );
  });
});
