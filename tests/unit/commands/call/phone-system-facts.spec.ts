import assert from 'node:assert/strict';
import { forgetPhoneSystemFacts, phoneSystemFacts } from '../../../../bot/commands/call/phone-system-facts';
import type { BotServices } from '../../../../bot/commands/services';
import { createLogger } from '../../../../bot/log';
import { UpstreamError, type GatewayStatus, type TeamsIntegration } from '../../../../bot/services';

interface Fake {
  services: BotServices;
  calls: { gateway: number; integration: number };
  answer: { pbxType: string | null; integration: TeamsIntegration | null; fail: boolean };
}

function fake(): Fake {
  const calls = { gateway: 0, integration: 0 };
  const answer: Fake['answer'] = { pbxType: 'MiVoice Office 400', integration: null, fail: false };
  const cloudlink = {
    getGatewayStatus: (): Promise<GatewayStatus> => {
      calls.gateway += 1;
      if (answer.fail)
        return Promise.reject(
          new UpstreamError({ system: 'cloudlink', operation: 'getGatewayStatus', kind: 'timeout' }),
        );
      return Promise.resolve({ status: 'online', lastSeen: null, pbxType: answer.pbxType });
    },
    getTeamsIntegration: (): Promise<TeamsIntegration | null> => {
      calls.integration += 1;
      return Promise.resolve(answer.integration);
    },
  };
  const services = {
    cloudlink,
    settings: { accountId: 'acc-1' },
    logger: createLogger({ level: 'error', sink: () => undefined }),
  } as unknown as BotServices;
  return { services, calls, answer };
}

function integration(presenceSync: boolean): TeamsIntegration {
  return {
    enabled: true,
    presenceSync,
    userSync: {
      licensesTotal: 1,
      syncMode: 'automatic',
      manualMappings: [],
      lastSync: { at: null, status: null, failures: [] },
      synced: [],
    },
  };
}

describe('phone system facts', () => {
  it('reads the PBX type and presence sync once, then serves them from memory', async () => {
    const f = fake();
    f.answer.integration = integration(true);
    const deadline = Date.now() + 1000;
    const [a, b] = await Promise.all([
      phoneSystemFacts(f.services, { deadline }),
      phoneSystemFacts(f.services, { deadline }),
    ]);
    assert.deepEqual(a, { pbxType: 'MiVoice Office 400', presenceSync: true });
    assert.deepEqual(b, a);
    await phoneSystemFacts(f.services, { deadline });
    assert.deepEqual(f.calls, { gateway: 1, integration: 1 });
    forgetPhoneSystemFacts(f.services);
  });

  it('knows only the four PBX types, and no integration means no presence sync', async () => {
    const f = fake();
    f.answer.pbxType = 'Some Other PBX';
    assert.deepEqual(await phoneSystemFacts(f.services, { deadline: Date.now() + 1000 }), {
      pbxType: null,
      presenceSync: false,
    });
  });

  it('answers with unknowns when CloudLink fails, and asks again later rather than every turn', async () => {
    const f = fake();
    f.answer.fail = true;
    f.answer.integration = integration(false);
    assert.deepEqual(await phoneSystemFacts(f.services, { deadline: Date.now() + 1000 }), {
      pbxType: null,
      presenceSync: false,
    });
    await phoneSystemFacts(f.services, { deadline: Date.now() + 1000 });
    assert.equal(f.calls.gateway, 1);
  });
});
