/**
 * The traces Application Insights receives, collected here in memory by an OpenTelemetry tracer
 * provider instead of the Azure Monitor exporter: a span for each turn posted to /api/messages,
 * and inside it a span for each upstream call, with the correlation ids, and no personal data.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { startAzureMonitor } from '../../bot/telemetry/azure-monitor';
import { loadDemoTenant } from '../../bot/tenant/load';
import { BotHarness, executeActions } from '../support/bot-harness';
import { startBotProcess, type BotProcess } from '../support/bot-process';
import { selfSignedCertificate, type SelfSigned } from '../support/self-signed';

describe('traces for Application Insights', function () {
  this.timeout(60_000);
  const exporter = new InMemorySpanExporter();
  const provider = new NodeTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  let h: BotHarness;

  before(async () => {
    provider.register();
    h = await BotHarness.start();
  });
  after(async () => {
    await h.close();
    await provider.shutdown();
    trace.disable();
  });
  beforeEach(() => {
    exporter.reset();
  });

  const spans = (): ReadableSpan[] => exporter.getFinishedSpans();
  const parentOf = (span: ReadableSpan): string | undefined => span.parentSpanContext?.spanId;

  /** Every attribute value of every span, as text. */
  const attributeValues = (): string[] =>
    spans().flatMap((s) => Object.values(s.attributes).map((v) => String(v)));

  it('traces a typed command as a turn span, with the command it became and its upstream calls inside it', async () => {
    const caller = h.tenant.people.find((p) => p.inTeams && p.inCloudLink && p.extension)!;
    const callee = h.tenant.people.find((p) => p.inCloudLink && p.id !== caller.id && p.phones.work)!;
    await h.sayCard(`29:${caller.id}`, `call ${callee.name}`);

    const turn = spans().find((s) => s.name === 'turn message');
    assert.ok(
      turn,
      `no turn span among ${spans()
        .map((s) => s.name)
        .join(', ')}`,
    );
    assert.equal(turn.kind, SpanKind.SERVER);
    assert.equal(turn.attributes['bot.activity.type'], 'message');
    assert.equal(turn.attributes['bot.channel'], 'msteams');
    assert.equal(turn.attributes['bot.intent'], 'call');
    assert.equal(turn.attributes['http.response.status_code'], 200);

    const inside = spans().filter(
      (s) => s.kind === SpanKind.CLIENT && s.spanContext().traceId === turn.spanContext().traceId,
    );
    assert.ok(inside.length > 0, 'no upstream call was traced inside the turn');
    for (const call of inside) {
      assert.match(String(call.attributes['bot.upstream.system']), /^(cloudlink|cronofy|graph)$/);
      assert.equal(
        call.name,
        `${String(call.attributes['bot.upstream.system'])} ${String(call.attributes['bot.upstream.operation'])}`,
      );
      assert.ok(Number(call.attributes['bot.upstream.attempts']) >= 1);
      assert.ok(parentOf(call) !== undefined);
    }
    assert.ok(
      inside.some((s) => typeof s.attributes['bot.upstream.correlation_id'] === 'string'),
      'no upstream span carries a correlation id',
    );
  });

  it('names the button of a card action on the turn span', async () => {
    const admin = h.tenant.people.find((p) => p.admin && p.inTeams)!;
    const card = await h.sayCard(`29:${admin.id}`, 'sync status');
    const refresh = executeActions(card)[0];
    assert.ok(refresh, 'the sync card has no button');
    exporter.reset();
    await h.click(`29:${admin.id}`, refresh.verb, refresh.data);
    const turn = spans().find((s) => s.name === 'turn invoke adaptiveCard/action');
    assert.ok(
      turn,
      `no invoke span among ${spans()
        .map((s) => s.name)
        .join(', ')}`,
    );
    assert.equal(turn.attributes['bot.verb'], refresh.verb);
  });

  it('puts no name, e-mail address, phone number, id or typed text in any attribute', async () => {
    const people = h.tenant.people.filter((p) => p.inTeams).slice(0, 3);
    for (const person of people) {
      await h.say(`29:${person.id}`, 'my calls', { locale: 'fr-FR' });
      await h.say(`29:${person.id}`, `call ${h.tenant.people[10]!.name}`);
      await h.say(`29:${person.id}`, 'book a room for 4 people tomorrow at 10');
    }
    const values = attributeValues();
    assert.ok(values.length > 0);
    const personal = h.tenant.people.flatMap((p) =>
      [p.name, p.email, p.upn, p.id, p.aadObjectId, p.phones.work, p.phones.mobile, p.extension].filter(
        (v): v is string => typeof v === 'string' && v.length >= 3,
      ),
    );
    for (const value of values) {
      // Short values (extensions) are looked for as whole words: a random correlation id may
      // contain any four digits.
      const words = new Set(value.split(/[^\p{L}\p{N}]+/u));
      for (const secret of [...personal, 'my calls', 'book a room']) {
        const found = secret.length >= 6 ? value.includes(secret) : words.has(secret);
        assert.ok(!found, `an attribute holds "${secret}": ${value}`);
      }
      assert.doesNotMatch(value, /https?:\/\//, `an attribute holds a URL: ${value}`);
    }
  });

  it('stays off without an Application Insights connection string', () => {
    assert.equal(startAzureMonitor(null), null);
  });
});

/** Application Insights' ingestion endpoint on loopback: records the telemetry items it is sent. */
async function startIngestion(tls: SelfSigned): Promise<{
  url: string;
  items: Array<Record<string, unknown>>;
  close(): Promise<void>;
}> {
  const items: Array<Record<string, unknown>> = [];
  const server = createServer({ cert: tls.cert, key: tls.key }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      let body = Buffer.concat(chunks);
      if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
      const text = body.toString('utf8').trim();
      // A JSON array of envelopes, or one envelope per line.
      const parsed: unknown = text.startsWith('[')
        ? JSON.parse(text)
        : text.split('\n').map((l) => JSON.parse(l) as unknown);
      const received = Array.isArray(parsed) ? (parsed as Array<Record<string, unknown>>) : [];
      items.push(...received);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ itemsReceived: received.length, itemsAccepted: received.length, errors: [] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `https://127.0.0.1:${port}/`,
    items,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

describe('Application Insights, as the deployment turns it on', function () {
  this.timeout(90_000);

  it("sends each turn as a request and its upstream calls as dependencies to the connection string's endpoint", async () => {
    // The exporter sends over https only: the ingestion endpoint has a certificate the bot trusts.
    const tls = selfSignedCertificate();
    const ingestion = await startIngestion(tls);
    const tenant = loadDemoTenant();
    let bot: BotProcess | undefined;
    try {
      bot = await startBotProcess({
        APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=5f0c2a4e-9b1d-4c3e-8a7f-6d5e4c3b2a10;IngestionEndpoint=${ingestion.url}`,
        NODE_EXTRA_CA_CERTS: tls.certPath,
        // The exporter's own usage statistics go to Microsoft's endpoints: none from a test.
        APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
        APPLICATIONINSIGHTS_SDKSTATS_DISABLED: 'true',
      });
      assert.match(bot.stdout(), /Application Insights: traces of each turn and upstream call are sent/);
      const h = await BotHarness.attach(bot.url, tenant);
      try {
        const someone = tenant.people.find((p) => p.inTeams && p.inCloudLink)!;
        const result = await h.post(h.activity(`29:${someone.id}`, { type: 'message', text: 'my calls' }));
        assert.equal(result.status, 200);
      } finally {
        await h.close();
      }
    } finally {
      // A graceful stop sends what is still buffered.
      await bot?.stop();
      await ingestion.close();
      tls.remove();
    }
    const data = (item: Record<string, unknown>): Record<string, unknown> =>
      (item.data as { baseData?: Record<string, unknown> } | undefined)?.baseData ?? {};
    const requests = ingestion.items.filter((i) => String(i.name).endsWith('.Request'));
    const dependencies = ingestion.items.filter((i) => String(i.name).endsWith('.RemoteDependency'));
    const turn = requests.find((r) => data(r).name === 'turn message');
    assert.ok(turn, `no turn request among ${ingestion.items.map((i) => String(i.name)).join(', ')}`);
    const properties = data(turn).properties as Record<string, string>;
    assert.equal(properties['bot.intent'], 'myCalls');
    assert.equal((turn.tags as Record<string, string>)['ai.cloud.role'], 'pbx-rooms-bot');
    const operationId = (turn.tags as Record<string, string>)['ai.operation.id'];
    const inside = dependencies.filter(
      (d) => (d.tags as Record<string, string>)['ai.operation.id'] === operationId,
    );
    assert.ok(inside.length > 0, "no dependency in the turn's operation");
    assert.ok(inside.some((d) => String(data(d).name).startsWith('cloudlink ')));
  });
});
