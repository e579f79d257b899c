/**
 * Traces for Application Insights, through OpenTelemetry: one span per turn (each activity the
 * channel posts) and, inside it, one span per upstream call (CloudLink, Cronofy, Graph), carrying
 * the correlation id the upstream answered with, so that an admin can hand it to the vendor.
 *
 * No personal data in attributes: no names, e-mail addresses, phone numbers, message text, user or
 * conversation ids, no URLs (their paths and queries hold ids and searches). A span says what kind
 * of activity it was, which command or button it became, which upstream operation ran, how it
 * ended and how long it took.
 *
 * Without a registered tracer provider (the default locally) every call here is a no-op.
 */
import { SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';

export const TRACER_NAME = 'pbx-rooms-bot';

const tracer = () => trace.getTracer(TRACER_NAME);

/** The parts of an activity a turn span may show (never its text, ids or names). */
export interface TurnShape {
  type: string;
  channelId: string;
  name?: string;
  locale?: string;
  conversation?: { conversationType?: string };
}

/** Runs one turn inside a span named after the activity's type. */
export function inTurnSpan<T>(activity: TurnShape, run: (span: Span) => Promise<T>): Promise<T> {
  const invokeName = activity.type === 'invoke' ? clip(activity.name) : undefined;
  const attributes: Attributes = {
    'bot.activity.type': clip(activity.type),
    'bot.channel': clip(activity.channelId),
  };
  if (invokeName) attributes['bot.invoke.name'] = invokeName;
  const conversationType = clip(activity.conversation?.conversationType);
  if (conversationType) attributes['bot.conversation.type'] = conversationType;
  const locale = clip(activity.locale);
  if (locale) attributes['bot.locale'] = locale;
  const name = invokeName ? `turn invoke ${invokeName}` : `turn ${clip(activity.type) ?? 'activity'}`;
  return tracer().startActiveSpan(name, { kind: SpanKind.SERVER, attributes }, async (span) => {
    try {
      return await run(span);
    } catch (error) {
      failSpan(span, error);
      throw error;
    } finally {
      span.end();
    }
  });
}

/** What the turn became (`bot.intent` for typed text, `bot.verb` for a button), on the turn's span. */
export function noteTurn(attributes: { intent?: string; verb?: string }): void {
  const span = trace.getActiveSpan();
  if (!span) return;
  if (attributes.intent) span.setAttribute('bot.intent', clip(attributes.intent)!);
  if (attributes.verb) span.setAttribute('bot.verb', clip(attributes.verb)!);
}

/** How an upstream call ended, for its span. */
export interface UpstreamEnd {
  status?: number;
  correlationId?: string;
  attempts: number;
  /** The UpstreamError kind when it failed ('timeout', 'throttled'…). */
  errorKind?: string;
}

/** Runs one upstream call (all its attempts) inside a client span. */
export async function inUpstreamSpan<T>(
  call: { system: string; operation: string; method: string },
  run: () => Promise<T>,
  ended: (outcome: { value?: T; error?: unknown }) => UpstreamEnd,
): Promise<T> {
  return tracer().startActiveSpan(
    `${call.system} ${call.operation}`,
    {
      kind: SpanKind.CLIENT,
      attributes: {
        'peer.service': call.system,
        'bot.upstream.system': call.system,
        'bot.upstream.operation': call.operation,
        'http.request.method': call.method,
      },
    },
    async (span) => {
      try {
        const value = await run();
        recordEnd(span, ended({ value }));
        return value;
      } catch (error) {
        const end = ended({ error });
        recordEnd(span, end);
        span.setStatus({ code: SpanStatusCode.ERROR, message: end.errorKind ?? 'failed' });
        throw error;
      } finally {
        span.end();
      }
    },
  );
}

function recordEnd(span: Span, end: UpstreamEnd): void {
  span.setAttribute('bot.upstream.attempts', end.attempts);
  if (end.status !== undefined) span.setAttribute('http.response.status_code', end.status);
  if (end.correlationId) span.setAttribute('bot.upstream.correlation_id', clip(end.correlationId, 100)!);
  if (end.errorKind) span.setAttribute('error.type', end.errorKind);
}

function failSpan(span: Span, error: unknown): void {
  // The error's class only: messages may quote what the user typed.
  span.setAttribute('error.type', error instanceof Error ? error.name : 'unknown');
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** A short, single-line value (attribute values come from the wire). */
function clip(value: string | undefined, max = 60): string | undefined {
  if (typeof value !== 'string' || value === '') return undefined;
  return value.replace(/[^\x20-\x7e]/g, '?').slice(0, max);
}
