import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HANDLED_VERBS } from '../../bot/commands/router';
import { BotHarness } from '../support/bot-harness';
import { securityTenant } from '../support/security-tenant';

/** How many random requests one run sends (a few tens of seconds on a laptop). */
const RUNS = 2000;

/** Typed commands of every area, in the three languages, to reach deep into the commands. */
const PHRASES = [
  'help',
  'aide',
  'ajuda',
  'call João',
  'appeler Hélène',
  'ligar para João',
  'call 0612345678',
  'appelle le +33 4 72 56 21 01',
  'is Hélène available',
  'Hélène est disponible ?',
  'João está disponível?',
  'my calls',
  'mes appels manqués',
  'minhas chamadas perdidas de ontem',
  'missed calls today',
  'book a room tomorrow at 10 for 1 hour',
  'réserver une salle demain à 10h pour 8 personnes',
  'reservar uma sala amanhã às 10h',
  'my bookings',
  'mes réservations',
  'sync status',
  'état de la synchronisation',
  'status da sincronização',
  'report a problem',
];

const NASTY = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u0002\u001b[31m',
  '\r\n\r\n',
  '\u202e\u2066',
  '\ud800',
  '𝕳𝖊𝖑𝖑𝖔 👩‍👩‍👧‍👦',
  '%00%2e%2e%2f',
  '../../../../etc/passwd',
  '${jndi:ldap://x}',
  '${1+1} {{7*7}} $data',
  '<script>alert(1)</script>',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '9'.repeat(400),
];

const FORGED_KEYS = [
  'personKey',
  'nonce',
  'purpose',
  'numberKind',
  'number',
  'command',
  'callId',
  'page',
  'period',
  'filter',
  'peerKey',
  'peerNumber',
  'view',
  'date',
  'time',
  'duration',
  'tz',
  'building',
  'equipment',
  'people',
  'id',
  'name',
  'teamsId',
  'cloudLinkId',
  'category',
  'details',
  '__proto__',
];

/** Paths of an activity that a mutation may delete or replace. */
const PATHS = [
  'id',
  'type',
  'channelId',
  'serviceUrl',
  'timestamp',
  'localTimestamp',
  'localTimezone',
  'locale',
  'text',
  'textFormat',
  'name',
  'value',
  'replyToId',
  'deliveryMode',
  'entities',
  'attachments',
  'membersAdded',
  'channelData',
  'channelData.tenant',
  'channelData.tenant.id',
  'from',
  'from.id',
  'from.name',
  'from.aadObjectId',
  'recipient',
  'recipient.id',
  'conversation',
  'conversation.id',
  'conversation.tenantId',
  'conversation.conversationType',
  'value.action',
  'value.action.type',
  'value.action.verb',
  'value.action.data',
];

const DELETE = Symbol('delete');

interface FuzzRequest {
  /** An activity (sent as JSON) or a raw body. */
  body: Record<string, unknown> | string;
}

const nastyString = fc.oneof(
  { weight: 4, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 120 }) },
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.integer({ min: 1000, max: 200_000 }).map((n) => 'a'.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((n) => 'é 9'.repeat(n)) },
);

const anyJson = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: fc.constantFrom(null, 0, -1, 1e308, true, [], {}, [[]], { id: 42 }) },
);

const text = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PHRASES) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...PHRASES), nastyString).map(([p, s]) => `${p} ${s}`) },
  { weight: 3, arbitrary: nastyString },
);

const forgedData = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...FORGED_KEYS), anyJson, { maxKeys: 6 }) },
  {
    weight: 2,
    arbitrary: fc.record({
      personKey: fc.constantFrom('p-helene', 'p-joao', 'p-zoe', 'p-siobhan', 'nobody', ''),
      nonce: fc.string({ maxLength: 30 }),
      numberKind: fc.constantFrom('work', 'mobile', 'home', 'fax', ''),
      page: fc.integer({ min: -5, max: 1e9 }),
    }),
  },
  { weight: 1, arbitrary: anyJson },
);

const verb = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HANDLED_VERBS) },
  { weight: 2, arbitrary: nastyString },
  { weight: 1, arbitrary: anyJson },
);

type Shape =
  | { kind: 'message'; text: string }
  | { kind: 'execute'; verb: unknown; data: unknown; actionType: string; withVerb: boolean }
  | { kind: 'invoke'; name: string; value: unknown }
  | { kind: 'conversationUpdate'; members: unknown }
  | { kind: 'other'; type: string; value: unknown };

const shape: fc.Arbitrary<Shape> = fc.oneof(
  { weight: 5, arbitrary: text.map((t): Shape => ({ kind: 'message', text: t })) },
  {
    weight: 5,
    arbitrary: fc
      .record({
        verb,
        data: forgedData,
        actionType: fc.oneof(
          fc.constant('Action.Execute'),
          fc.constantFrom('Action.Submit', 'action.execute', ''),
        ),
        withVerb: fc.boolean(),
      })
      .map((r): Shape => ({ kind: 'execute', ...r })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        name: fc.oneof(
          fc.constantFrom(
            'composeExtension/query',
            'composeExtension/submitAction',
            'task/fetch',
            'task/submit',
            'signin/verifyState',
            'signin/tokenExchange',
            'fileConsent/invoke',
            'actionableMessage/executeAction',
            'config/fetch',
            'handoff/action',
            'healthCheck',
            'adaptiveCard/action',
          ),
          nastyString,
        ),
        value: anyJson,
      })
      .map((r): Shape => ({ kind: 'invoke', ...r })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(
        fc.constant([{ id: '28:bot' }]),
        fc.array(fc.record({ id: fc.string({ maxLength: 20 }) }), { maxLength: 3 }),
        anyJson,
      )
      .map((members): Shape => ({ kind: 'conversationUpdate', members })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        type: fc.oneof(
          fc.constantFrom(
            'event',
            'typing',
            'messageReaction',
            'messageUpdate',
            'messageDelete',
            'installationUpdate',
            'endOfConversation',
            'deleteUserData',
            'trace',
            'handoff',
            'command',
            'invokeResponse',
            'MESSAGE',
          ),
          nastyString,
        ),
        value: anyJson,
      })
      .map((r): Shape => ({ kind: 'other', ...r })),
  },
);

const mutations = fc.array(
  fc.record({
    path: fc.constantFrom(...PATHS),
    value: fc.oneof({ weight: 1, arbitrary: fc.constant(DELETE) }, { weight: 2, arbitrary: anyJson }),
  }),
  { maxLength: 3 },
);

const users = fc.constantFrom('29:p-helene', '29:p-joao', '29:p-zoe', '29:stranger');
const locales = fc.oneof(
  fc.constantFrom('en-US', 'fr-FR', 'pt-BR', 'fr-CA', 'pt-PT', 'de-DE', ''),
  fc.string({ maxLength: 12 }),
);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let node: unknown = target;
  for (const key of keys.slice(0, -1)) {
    if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
    node = (node as Record<string, unknown>)[key];
  }
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  const last = keys.at(-1)!;
  if (value === DELETE) delete (node as Record<string, unknown>)[last];
  else (node as Record<string, unknown>)[last] = value;
}

function requests(h: BotHarness): fc.Arbitrary<FuzzRequest> {
  const activity = fc
    .record({ shape, mutations, user: users, locale: locales })
    .map(({ shape: s, mutations: muts, user, locale }): FuzzRequest => {
      let fields: Record<string, unknown>;
      switch (s.kind) {
        case 'message':
          fields = { type: 'message', text: s.text };
          break;
        case 'execute':
          fields = {
            type: 'invoke',
            name: 'adaptiveCard/action',
            replyToId: 'card-message-1',
            value: {
              action: { type: s.actionType, ...(s.withVerb ? { verb: s.verb } : {}), data: s.data },
              trigger: 'manual',
            },
          };
          break;
        case 'invoke':
          fields = { type: 'invoke', name: s.name, value: s.value };
          break;
        case 'conversationUpdate':
          fields = { type: 'conversationUpdate', membersAdded: s.members };
          break;
        case 'other':
          fields = { type: s.type, value: s.value };
          break;
      }
      // A deep copy: the harness shares nested objects between activities.
      const body = JSON.parse(JSON.stringify(h.activity(user, { locale, ...fields }))) as Record<
        string,
        unknown
      >;
      for (const m of muts) setPath(body, m.path, m.value);
      return { body };
    });
  const rawBody = fc
    .oneof(
      fc.string({ maxLength: 200 }),
      fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
    )
    .map((body): FuzzRequest => ({ body }));
  return fc.oneof({ weight: 12, arbitrary: activity }, { weight: 1, arbitrary: rawBody });
}

/** What must never be in an answer: stack frames, file paths, internal error names and messages. */
const LEAKS = [
  /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^)\s]*:\d+(?::\d+)?/,
  /\/work\/|node_modules|[A-Z]:\\\\/,
  /\b[\w-]+\.(?:ts|js|cjs|mjs):\d+/,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|AggregateError|AuthenticationError)\b/,
  /Cannot read propert|is not a function|is not iterable|Unexpected token|ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/,
  /botbuilder|teams-ai|restify|CloudAdapter|validateAndFixActivity|ZodError/,
];

function leakIn(answer: string, request: string): string | null {
  for (const pattern of LEAKS) {
    const match = pattern.exec(answer);
    // An answer may quote what the user typed; only what the bot adds counts.
    if (match && !request.includes(match[0])) return match[0];
  }
  return null;
}

describe('bad input to /api/messages (property-based)', function () {
  this.timeout(600_000);
  let h: BotHarness;
  const logs: string[] = [];

  before(async () => {
    h = await BotHarness.start({ tenant: securityTenant(), logSink: (line) => logs.push(line) });
  });
  after(async () => {
    await h?.close();
  });

  it(`never crashes, never answers 5xx, never leaks internals, over ${RUNS} random requests`, async () => {
    const statuses = new Map<number, number>();
    let ran = 0;
    await fc.assert(
      fc.asyncProperty(requests(h), async (request) => {
        ran++;
        const sentBefore = h.channel.sent.length;
        const result = await h.post(request.body);
        statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
        const sent = typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
        assert.ok(result.status < 500, `answered ${result.status}: ${JSON.stringify(result.body)}`);
        const answers = [
          JSON.stringify(result.body) ?? '',
          ...h.channel.sent.slice(sentBefore).map((s) => JSON.stringify(s.activity)),
        ];
        for (const answer of answers) {
          const leak = leakIn(answer, sent);
          assert.equal(leak, null, `the answer leaks "${leak}": ${answer.slice(0, 300)}`);
        }
      }),
      { numRuns: RUNS },
    );
    assert.equal(ran, RUNS);

    // Nothing failed inside the bot (a failed turn would be a crash answered politely).
    const errors = logs.filter((l) => (JSON.parse(l) as { level: string }).level === 'error');
    assert.deepEqual(errors.slice(0, 5), [], `${errors.length} errors logged`);
    // Refusals happened at every layer, and the bot still serves.
    for (const status of [200, 400])
      assert.ok(statuses.has(status), `no ${status} among ${JSON.stringify([...statuses])}`);
    const health = await fetch(`${h.bot.url}/healthz`);
    assert.equal(health.status, 200);
    const card = await h.say('29:p-helene', 'help');
    assert.equal(card.length, 1);
  });

  it('serves many malformed requests at once without failing', async () => {
    const samples = fc.sample(requests(h), { numRuns: 200, seed: 42 });
    const results = await Promise.all(samples.map((r) => h.post(r.body)));
    for (const r of results) assert.ok(r.status < 500, `answered ${r.status}`);
  });
});
