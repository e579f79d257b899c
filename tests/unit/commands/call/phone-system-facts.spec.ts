import assert from 'node:assert/strict';
import { phoneSystemFacts } from '../../../../bot/commands/call/phone-system-facts';
import type { BotServices } from '../../../../bot/commands/services';

function services(pbxType: BotServices['settings']['pbxType']): { services: BotServices; calls: string[] } {
  const calls: string[] = [];
  // Any CloudLink call would be recorded here: none is documented for these facts.
  const cloudlink = new Proxy(
    {},
    {
      get: (_target, name) => () => {
        calls.push(String(name));
        return Promise.reject(new Error('no CloudLink call expected'));
      },
    },
  );
  return {
    services: { cloudlink, settings: { accountId: 'acc-1', pbxType } } as unknown as BotServices,
    calls,
  };
}

describe('phone system facts', () => {
  it('answers the configured PBX type, with presence sync unknown, without asking CloudLink', async () => {
    const f = services('MiVoice Office 400');
    assert.deepEqual(await phoneSystemFacts(f.services, { deadline: Date.now() + 1000 }), {
      pbxType: 'MiVoice Office 400',
      presenceSync: null,
    });
    assert.deepEqual(f.calls, []);
  });

  it('answers an unknown PBX when none is configured', async () => {
    const f = services(null);
    assert.deepEqual(await phoneSystemFacts(f.services, { deadline: Date.now() + 1000 }), {
      pbxType: null,
      presenceSync: null,
    });
    assert.deepEqual(f.calls, []);
  });
});
