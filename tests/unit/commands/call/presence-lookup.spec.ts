import assert from 'node:assert/strict';
import { lookUpPresence } from '../../../../bot/commands/call/presence-lookup';
import type { BotServices } from '../../../../bot/commands/services';
import { createLogger } from '../../../../bot/log';
import type { EndpointStatus } from '../../../../bot/services';
import { person } from './fixtures';

const log = createLogger({ sink: () => undefined });

/** Services whose CloudLink endpoint answers `status` and whose Graph is never reached. */
function services(status: EndpointStatus, asked: string[]): Pick<BotServices, 'cloudlink' | 'graph'> {
  return {
    cloudlink: {
      getEndpoint: (extension: string) => {
        asked.push(extension);
        return Promise.resolve(status);
      },
    },
    graph: {},
  } as unknown as Pick<BotServices, 'cloudlink' | 'graph'>;
}

const endpoint = (state: EndpointStatus['state']): EndpointStatus =>
  ({ endpointId: '2001', state, userAvailability: null, dnd: false }) as EndpointStatus;

describe('presence look-up: whether the gateway follows a line', () => {
  it('says the line is not monitored when the endpoint answers unknown, whatever the person record says', async () => {
    const asked: string[] = [];
    const who = person('ann', 'Ann', { extension: '2001', inTeams: false, cloudlinkRole: 'CTI' });
    const { line } = await lookUpPresence(services(endpoint('unknown'), asked), who, {
      deadline: Date.now() + 5000,
      log,
    });
    assert.deepEqual(line, { kind: 'absent', reason: 'notMonitored', extension: '2001' });
    assert.deepEqual(asked, ['2001']);
  });

  it('reads the line of a person with no role on record when the endpoint answers a known state', async () => {
    const asked: string[] = [];
    const who = person('bob', 'Bob', { extension: '2001', inTeams: false, cloudlinkRole: null });
    const { line } = await lookUpPresence(services(endpoint('idle'), asked), who, {
      deadline: Date.now() + 5000,
      log,
    });
    assert.equal(line.kind, 'ok');
    assert.deepEqual(asked, ['2001']);
  });
});
