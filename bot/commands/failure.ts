/**
 * Turns a failure into a card that says what failed, in the user's language, and whether trying
 * again makes sense. Known upstream failures are explained; anything else is logged and answered
 * with a short apology (never its message, which could hold internal details).
 */
import { renderCard } from '../../cards/render';
import { noticeCard, type NoticeCardData } from '../../cards/notice';
import type { Verb } from '../../cards/verbs';
import type { StringKey } from '../language/strings';
import { isUpstreamError, type UpstreamError } from '../services';
import { isStorageUnavailable } from '../state/storage-error';
import { noteFailure } from '../state/turn-journal';
import { cardReply, type Reply } from './turn';
import type { CommandTurn } from './module';

export interface RetryAction {
  verb: Verb;
  data: Record<string, unknown>;
}

export interface FailureOptions {
  /** A button that tries the same thing again (offered when trying again makes sense). */
  retry?: RetryAction;
  /** The action may have taken effect upstream (e.g. a call placed before a time-out). */
  mayHaveHappened?: boolean;
  /**
   * The action changes something upstream and doing it twice is harmless (an event written under
   * a fixed id, a deletion): when the failure leaves open whether it took effect, the card says
   * so rather than "nothing was changed", and still offers to try again.
   */
  repeatable?: boolean;
}

/**
 * Whether a failed request may still have taken effect upstream: it may have been received
 * (time-out, connection lost after sending, server error) or was answered with something
 * unreadable. Refusals, throttling and requests that never left (refused connection, open
 * circuit) changed nothing.
 */
export function mayHaveTakenEffect(error: UpstreamError): boolean {
  switch (error.kind) {
    case 'network':
      return !error.notSent;
    case 'timeout':
    case 'protocol':
      return true;
    case 'http':
      return error.status === undefined || error.status >= 500;
    default:
      return false;
  }
}

/** The card for a failed action; logs it (without personal data). */
export function failureReply(turn: CommandTurn, error: unknown, options: FailureOptions = {}): Reply {
  const t = turn.t;
  noteFailure(turn, error);
  if (isStorageUnavailable(error)) {
    const cause = error.cause instanceof Error ? error.cause : undefined;
    // The cause's message may hold blob names (keys built from people's ids): only its kind is logged.
    turn.log.warn('storage failure', { operation: error.operation, cause: cause?.name });
    return notice({
      tone: 'error',
      title: t('errors.title'),
      message: t('errors.storage'),
      facts: [{ title: t('errors.reference'), value: reference(turn.info.activityId) }],
      hint: t('errors.retrySoon'),
      actions: options.retry ? [{ title: t('common.retry'), ...options.retry }] : [],
    });
  }
  if (!isUpstreamError(error)) {
    turn.log.error('command failed', {
      error: error instanceof Error ? { name: error.name, message: error.message } : String(error),
      stack: error instanceof Error ? error.stack?.split('\n').slice(0, 5).join(' | ') : undefined,
    });
    return notice({
      tone: 'error',
      title: t('errors.title'),
      message: t('errors.unexpected'),
      facts: [{ title: t('errors.reference'), value: reference(turn.info.activityId) }],
      hint: t('errors.retrySoon'),
      actions: options.retry ? [{ title: t('common.retry'), ...options.retry }] : [],
    });
  }
  turn.log.warn('upstream failure', {
    system: error.system,
    operation: error.operation,
    kind: error.kind,
    status: error.status,
    correlationId: error.correlationId,
  });
  const system = t(`errors.system.${error.system}` as StringKey);
  const message = t(messageKey(error), { system });
  const seconds = error.retryAfterMs ? Math.max(1, Math.ceil(error.retryAfterMs / 1000)) : 0;
  const maybeDone = options.mayHaveHappened ?? (options.repeatable === true && mayHaveTakenEffect(error));
  const hint = maybeDone
    ? options.repeatable
      ? t('errors.maybeDoneRepeatable')
      : t('errors.maybeDone')
    : !error.retryable
      ? t('errors.adminMustFix')
      : seconds > 0
        ? t('errors.retryAfter', { seconds })
        : t('errors.retrySoon');
  const facts = [
    { title: t('errors.reference'), value: reference(error.correlationId ?? turn.info.activityId) },
  ];
  const actions =
    options.retry && error.retryable && (!maybeDone || options.repeatable)
      ? [{ title: t('common.retry'), ...options.retry }]
      : [];
  return notice({ tone: 'error', title: t('errors.title'), message, facts, hint, actions });
}

function messageKey(error: UpstreamError): StringKey {
  switch (error.kind) {
    case 'timeout':
      return 'errors.timeout';
    case 'throttled':
      return 'errors.throttled';
    case 'unauthorized':
      return 'errors.unauthorized';
    case 'protocol':
      return 'errors.protocol';
    case 'not-found':
      return 'errors.notFound';
    case 'http':
      return error.status !== undefined && error.status < 500 ? 'errors.rejected' : 'errors.unavailable';
    default:
      return 'errors.unavailable';
  }
}

/** A short reference an admin can search the logs for. */
function reference(id: string): string {
  return id.length > 12 ? id.slice(0, 12) : id || '—';
}

export function notice(data: NoticeCardData): Reply {
  return cardReply(renderCard(noticeCard, data));
}

/**
 * The answer when a person placed too many calls or booked too many rooms in a short time: nothing
 * was done, and when they can try again.
 */
export function rateLimitedReply(
  turn: CommandTurn,
  action: 'placeCall' | 'bookRoom',
  retryAfterMs: number,
): Reply {
  return notice({
    tone: 'warning',
    title: turn.t(`common.rateLimited.${action}.title`),
    message: turn.t('common.rateLimited.message', { seconds: Math.ceil(retryAfterMs / 1000) }),
    facts: [],
    hint: '',
    actions: [],
  });
}
