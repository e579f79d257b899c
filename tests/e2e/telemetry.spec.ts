/**
 * The traces Application Insights receives, collected here in memory by an OpenTelemetry tracer
 * provider instead of the Azure Monitor exporter: a span for each turn posted to /api/messages,
 * and inside it a span for each upstream call, with the correlation ids, and no personal data.
 */
import assert from 'node:assert/strict';
import { SpanKind, trace } from '@opentelemetry/api';
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { startAzureMonitor } from '../../bot/telemetry/azure-monitor';
import { BotHarness, executeActions } from '../support/bot-harness';

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
      for (const secret of [...personal, 'my calls', 'book a room']) {
        assert.ok(!value.includes(secret), `an attribute holds "${secret}": ${value}`);
      }
      assert.doesNotMatch(value, /https?:\/\//, `an attribute holds a URL: ${value}`);
    }
  });

  it('stays off without an Application Insights connection string', () => {
    assert.equal(startAzureMonitor(null), null);
  });
});
