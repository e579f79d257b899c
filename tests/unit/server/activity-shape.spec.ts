import assert from 'node:assert/strict';
import { checkActivity } from '../../../bot/server/activity-shape';

/** An activity as Teams sends it. */
function teamsMessage(): Record<string, unknown> {
  return {
    type: 'message',
    id: '1732365000000',
    timestamp: '2026-11-23T12:30:00.123Z',
    localTimestamp: '2026-11-23T13:30:00.123+01:00',
    localTimezone: 'Europe/Paris',
    serviceUrl: 'https://smba.trafficmanager.net/emea/',
    channelId: 'msteams',
    from: { id: '29:1AbCdEf', name: 'Hélène Dupré', aadObjectId: '9b1f0c2e-3d4a-4b5c-8d6e-7f8091a2b3c4' },
    conversation: {
      conversationType: 'personal',
      tenantId: '3f9d2b7a-6c1e-4a8b-9d0f-1e2a3b4c5d6e',
      id: 'a:1XyZ-abc_def',
    },
    recipient: { id: '28:7c3a1f40-2b1e-4d8a-9c55-0b6f2e9d1a11', name: 'Téléphonie' },
    textFormat: 'plain',
    locale: 'fr-FR',
    text: '<at>Téléphonie</at> appeler João',
    entities: [
      {
        type: 'mention',
        mentioned: { id: '28:7c3a1f40-2b1e-4d8a-9c55-0b6f2e9d1a11', name: 'Téléphonie' },
        text: '<at>Téléphonie</at>',
      },
      { type: 'clientInfo', locale: 'fr-FR', country: 'FR', platform: 'Web', timezone: 'Europe/Paris' },
    ],
    channelData: { tenant: { id: '3f9d2b7a-6c1e-4a8b-9d0f-1e2a3b4c5d6e' } },
  };
}

function problemOf(body: unknown): string | null {
  const checked = checkActivity(body);
  return checked.ok ? null : checked.problem;
}

function withField(path: string, value: unknown): Record<string, unknown> {
  const body = teamsMessage();
  const keys = path.split('.');
  let node = body;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return body;
}

describe('the shape check of inbound activities', () => {
  it('accepts a message as Teams sends it, turning its dates into Dates and keeping the raw text', () => {
    const checked = checkActivity(teamsMessage());
    assert.ok(checked.ok);
    const activity = checked.activity as unknown as Record<string, unknown>;
    assert.ok(activity.timestamp instanceof Date);
    assert.equal(activity.rawTimestamp, '2026-11-23T12:30:00.123Z');
    assert.equal(activity.rawLocalTimestamp, '2026-11-23T13:30:00.123+01:00');
  });

  it('accepts an Action.Execute invoke and a conversation update', () => {
    const invoke = {
      ...teamsMessage(),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      entities: undefined,
      value: { action: { type: 'Action.Execute', verb: 'help.show', data: {} }, trigger: 'manual' },
    };
    assert.equal(problemOf(invoke), null);
    const update = { ...teamsMessage(), type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] };
    assert.equal(problemOf(update), null);
  });

  it('refuses bodies that are not objects', () => {
    for (const body of [null, 'message', 42, [], [teamsMessage()]]) {
      assert.equal(problemOf(body), 'body is not a JSON object');
    }
  });

  it('requires a type, a channel, a service URL, a sender, a recipient and a conversation', () => {
    for (const path of [
      'type',
      'channelId',
      'serviceUrl',
      'from',
      'from.id',
      'recipient.id',
      'conversation',
      'conversation.id',
    ]) {
      assert.notEqual(problemOf(withField(path, undefined)), null, `${path} missing`);
      assert.notEqual(problemOf(withField(path, '')), null, `${path} empty`);
    }
  });

  it('refuses fields of the wrong type', () => {
    const cases: Array<[string, unknown]> = [
      ['type', 7],
      ['text', { text: 'call' }],
      ['locale', ['fr']],
      ['localTimezone', 1],
      ['name', false],
      ['replyToId', 12],
      ['from', 'Hélène'],
      ['from.name', 3],
      ['from.aadObjectId', {}],
      ['conversation.tenantId', 5],
      ['conversation.isGroup', 'yes'],
      ['channelData', 'tenant'],
      ['entities', {}],
      ['entities', [1, 2]],
      ['entities', [{ mentioned: {} }]],
      ['attachments', 'card'],
      ['membersAdded', [{ name: 'no id' }]],
      ['timestamp', 'yesterday'],
      ['timestamp', 1732365000000],
    ];
    for (const [path, value] of cases) {
      assert.notEqual(problemOf(withField(path, value)), null, `${path} = ${JSON.stringify(value)}`);
    }
  });

  it('refuses malformed mentions (botbuilder removes the mention from the text)', () => {
    assert.equal(
      problemOf(withField('entities', [{ type: 'mention', mentioned: null }])),
      'a mention is malformed',
    );
    assert.equal(
      problemOf(withField('entities', [{ type: 'mention', mentioned: { id: 1 } }])),
      'a mention is malformed',
    );
    const noText = withField('text', undefined);
    assert.equal(problemOf(noText), 'a mention in a message without text');
  });

  it('refuses ids that could not go into a URL or a header, and overlong ids', () => {
    for (const [path, value] of [
      ['conversation.id', 'a:1\r\nX-Injected: yes'],
      ['conversation.id', 'a:conv\u0000'],
      ['conversation.id', 'a:conversation 1'],
      ['conversation.id', 'a:çonv'],
      ['from.id', '29:😀'],
      ['recipient.id', '28:bot\t'],
      ['id', 'x'.repeat(1001)],
      ['serviceUrl', `https://smba.trafficmanager.net/${'a'.repeat(1000)}`],
      ['conversation.tenantId', 'tenant\n'],
      ['from.aadObjectId', 'ø'],
      ['channelId', 'x'.repeat(201)],
    ] as const) {
      assert.notEqual(
        problemOf(withField(path, value)),
        null,
        `${path} = ${JSON.stringify(value).slice(0, 40)}`,
      );
    }
  });

  it('leaves free text alone, however long or strange', () => {
    assert.equal(problemOf(withField('text', '\u0000\u202e' + 'é'.repeat(50_000))), null);
    assert.equal(problemOf(withField('from.name', 'Zoé Ørsted 👩‍💻')), null);
  });

  it('takes null for absent, and removes it (botbuilder tests some fields against undefined only)', () => {
    const checked = checkActivity({
      ...teamsMessage(),
      entities: null,
      text: null,
      attachments: null,
      locale: null,
    });
    assert.ok(checked.ok);
    const activity = checked.activity as unknown as Record<string, unknown>;
    for (const key of ['entities', 'text', 'attachments', 'locale'])
      assert.equal(key in activity, false, key);
  });

  it('ignores fields it does not know', () => {
    assert.equal(problemOf({ ...teamsMessage(), somethingNew: { any: ['thing'] } }), null);
  });
});
