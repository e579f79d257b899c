import assert from 'node:assert/strict';
import type { TenantFile } from '../../bot/tenant/types';
import { BotHarness, cardText, cardsOf } from '../support/bot-harness';

const HOME_TENANT = '3f9d2b7a-6c1e-4a8b-9d0f-1e2a3b4c5d6e';
const OTHER_TENANT = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';

const TENANT: TenantFile = {
  organization: { name: 'Société Exemple', timeZone: 'Europe/Paris', azureTenantId: HOME_TENANT },
  pbx: { type: 'MiVoice Office 400' },
  people: [
    {
      id: 'p-helene',
      name: "Hélène D'Almeida-Ferreira",
      email: 'helene.dalmeida@exemple.fr',
      upn: 'helene.dalmeida@exemple.fr',
      aadObjectId: '9b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4',
      extension: '2101',
      phones: { work: '+33472562101', mobile: '+33612345678' },
      cloudlinkRole: 'CTI',
    },
  ],
};

describe('tenant binding (ALLOWED_TENANT_IDS)', () => {
  let h: BotHarness;
  const logs: string[] = [];
  const user = '29:p-helene';

  before(async () => {
    // Upper case in the setting: tenant ids compare case-insensitively.
    h = await BotHarness.start({
      tenant: TENANT,
      env: { ALLOWED_TENANT_IDS: HOME_TENANT.toUpperCase() },
      logSink: (line) => logs.push(line),
    });
  });
  after(async () => {
    await h?.close();
  });

  /** A message from the tenant's user, but with the tenant ids of the caller's choosing. */
  const fromTenant = (
    conversationTenant: string | undefined,
    channelDataTenant: string | undefined,
    fields: Record<string, unknown> = {},
  ): Record<string, unknown> => {
    const activity = h.activity(user, { type: 'message', text: 'help', ...fields });
    const conversation = { ...(activity.conversation as Record<string, unknown>) };
    if (conversationTenant === undefined) delete conversation.tenantId;
    else conversation.tenantId = conversationTenant;
    return {
      ...activity,
      conversation,
      channelData: channelDataTenant === undefined ? {} : { tenant: { id: channelDataTenant } },
    };
  };

  async function refusal(
    activity: Record<string, unknown>,
  ): Promise<{ status: number; log: Record<string, unknown> }> {
    const sentBefore = h.channel.sent.length;
    const logsBefore = logs.length;
    const result = await h.post(activity);
    assert.equal(h.channel.sent.length, sentBefore, 'a refused activity gets no reply');
    const line = logs.slice(logsBefore).find((l) => l.includes('activity refused'));
    assert.ok(line, 'the refusal is logged');
    return { status: result.status, log: JSON.parse(line) as Record<string, unknown> };
  }

  it('serves a user of the allowed tenant', async () => {
    const replies = await h.say(user, 'help');
    assert.match(cardText(replies.flatMap(cardsOf)[0]), /I connect Teams/);
  });

  it('refuses a message from another tenant, and logs it without personal data', async () => {
    const person = h.person('p-helene');
    const text = `call ${person.email} on ${person.phones.mobile} please`;
    const { status, log } = await refusal(
      fromTenant(OTHER_TENANT, OTHER_TENANT, {
        text,
        from: {
          id: '29:intruder-7731',
          name: 'Intrus Inconnu',
          aadObjectId: '1d2e3f40-5a6b-4c7d-8e9f-a0b1c2d3e4f5',
        },
      }),
    );
    assert.equal(status, 200);
    assert.equal(log.reason, 'tenant not allowed');
    assert.equal(log.tenantId, OTHER_TENANT);
    const line = JSON.stringify(log);
    for (const secret of [
      text,
      'helene.dalmeida',
      '612345678',
      'Intrus',
      'intruder-7731',
      '1d2e3f40',
      user,
      String((h.activity(user, {}).conversation as { id: string }).id),
    ]) {
      assert.ok(!line.includes(secret), `the refusal log holds "${secret}": ${line}`);
    }
  });

  it('refuses a card click from another tenant with 403', async () => {
    const activity = fromTenant(OTHER_TENANT, OTHER_TENANT, {
      type: 'invoke',
      name: 'adaptiveCard/action',
      value: { action: { type: 'Action.Execute', verb: 'help.show', data: {} } },
    });
    const { status, log } = await refusal(activity);
    assert.equal(status, 403);
    assert.equal(log.reason, 'tenant not allowed');
  });

  it('refuses an activity that names no tenant', async () => {
    const { log } = await refusal(fromTenant(undefined, undefined));
    assert.equal(log.reason, 'tenant not allowed');
    assert.equal(log.tenantId, null);
  });

  it('refuses an activity whose two tenant ids disagree, whichever is the allowed one', async () => {
    for (const [conversation, channelData] of [
      [HOME_TENANT, OTHER_TENANT],
      [OTHER_TENANT, HOME_TENANT],
    ] as const) {
      const { log } = await refusal(fromTenant(conversation, channelData));
      assert.equal(log.reason, 'tenant ids disagree');
    }
  });

  it('accepts the tenant named in one place only, in any case', async () => {
    for (const activity of [
      fromTenant(HOME_TENANT, undefined),
      fromTenant(undefined, HOME_TENANT.toUpperCase()),
    ]) {
      const before = h.channel.sent.length;
      const result = await h.post(activity);
      assert.equal(result.status, 200);
      assert.equal(h.channel.sent.length, before + 1);
    }
  });

  it('refuses a message from the allowed tenant over another channel', async () => {
    for (const channelId of ['webchat', 'emulator', 'directline', 'directlinease', 'MSTEAMS']) {
      const before = h.channel.sent.length;
      const logsBefore = logs.length;
      const result = await h.post(fromTenant(HOME_TENANT, HOME_TENANT, { channelId }));
      assert.equal(result.status, 403, channelId);
      assert.deepEqual(result.body, { error: 'Forbidden' });
      assert.equal(h.channel.sent.length, before);
      const line = logs.slice(logsBefore).find((l) => l.includes('activity refused'));
      assert.match(line ?? '', /channel not allowed/);
    }
  });
});
