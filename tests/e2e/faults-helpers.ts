/**
 * What the fault matrix (tests/e2e/faults-*.spec.ts) shares: answers timed from posting to the
 * reply, the "within 5 s" bound the reliability issue demands, the failure card's words in the
 * three languages, and the simulator's view of how many requests a turn cost and when they came.
 */
import assert from 'node:assert/strict';
import type { SimSystem } from '../../bot/simulator';
import { BotHarness, cardText, executeActions, type Card, type HarnessOptions } from '../support/bot-harness';

/** Teams gives a card click about 5 s; the issue asks the same of every answer. */
export const ANSWER_BOUND_MS = 5000;

/** People of the bundled demo tenant who can use everything (CloudLink CTI role, Teams, admins). */
export const EN_USER = '29:p-siobhan-oconnor';
export const FR_USER = '29:p-helene-dalmeida-ferreira';
export const PT_USER = '29:p-goncalo-pereira';

export interface Answer {
  card: Card;
  text: string;
  elapsedMs: number;
}

function answer(card: Card, started: number): Answer {
  return { card, text: cardText(card), elapsedMs: performance.now() - started };
}

/** Sends text and returns the one Adaptive Card answered, timed from posting to the reply. */
export async function ask(h: BotHarness, user: string, text: string, locale = 'en-US'): Promise<Answer> {
  const started = performance.now();
  const card = await h.sayCard(user, text, { locale });
  return answer(card, started);
}

/** Clicks an Action.Execute and returns the card of the invoke response, timed. */
export async function click(
  h: BotHarness,
  user: string,
  verb: string,
  data: Record<string, unknown>,
  locale = 'en-US',
): Promise<Answer> {
  const started = performance.now();
  const card = await h.click(user, verb, data, { locale });
  return answer(card, started);
}

/** The answer is an Adaptive Card that came within the bound. */
export function assertInTime(reply: Answer): void {
  assert.equal(reply.card.type, 'AdaptiveCard');
  assert.ok(
    reply.elapsedMs < ANSWER_BOUND_MS,
    `answered after ${Math.round(reply.elapsedMs)} ms: ${reply.text}`,
  );
}

/** The failure card's words, per language. */
export interface FailureWords {
  title: RegExp;
  system: Record<SimSystem, string>;
  slow: string;
  down: string;
  busy: string;
  unreadable: string;
  retrySoon: RegExp;
  retryIn(seconds: number): RegExp;
  noRetry: RegExp;
  maybeDone: RegExp;
  retryButton: string;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export const WORDS: Record<'en' | 'fr' | 'pt', FailureWords> = {
  en: {
    title: /That did not work/,
    system: {
      cloudlink: 'The phone system (CloudLink)',
      cronofy: 'The room calendar service',
      graph: 'Microsoft 365',
    },
    slow: 'took too long to answer',
    down: 'is not answering right now',
    busy: 'is busy and asked us to slow down',
    unreadable: 'sent an answer the bot could not read',
    retrySoon: /Nothing was changed\. Try again in a minute\./,
    retryIn: (s) => new RegExp(`Try again in ${s} seconds`),
    noRetry: /trying again will not help/,
    maybeDone: /may still have gone through/,
    retryButton: 'Try again',
  },
  fr: {
    title: /Cela n’a pas fonctionné/,
    system: {
      cloudlink: 'La téléphonie (CloudLink)',
      cronofy: 'Le service des calendriers de salles',
      graph: 'Microsoft 365',
    },
    slow: 'a mis trop de temps à répondre',
    down: 'ne répond pas pour le moment',
    busy: 'reçoit trop de demandes et demande de ralentir',
    unreadable: 'a envoyé une réponse illisible pour le bot',
    retrySoon: /Rien n’a été modifié\. Réessayez dans une minute\./,
    retryIn: (s) => new RegExp(`Réessayez dans ${s} secondes`),
    noRetry: /réessayer ne servira à rien/,
    maybeDone: /a peut-être abouti/,
    retryButton: 'Réessayer',
  },
  pt: {
    title: /Não deu certo/,
    system: {
      cloudlink: 'O sistema telefônico (CloudLink)',
      cronofy: 'O serviço de calendários das salas',
      graph: 'O Microsoft 365',
    },
    slow: 'demorou demais para responder',
    down: 'não está respondendo no momento',
    busy: 'recebeu pedidos demais e pediu para diminuir o ritmo',
    unreadable: 'enviou uma resposta que o bot não conseguiu ler',
    retrySoon: /Nada foi alterado\. Tente novamente em um minuto\./,
    retryIn: (s) => new RegExp(`Tente novamente em ${s} segundos`),
    noRetry: /tentar de novo não vai resolver/,
    maybeDone: /Pode ser que tenha funcionado/,
    retryButton: 'Tentar novamente',
  },
};

export type Failure = 'slow' | 'down' | 'busy' | 'unreadable';

/** What the failure card must say: which system, what went wrong, and the advice about retrying. */
export interface Expected {
  words: FailureWords;
  system: SimSystem;
  failure: Failure;
  advice: RegExp;
  /** Whether the card offers a button that tries the same thing again. */
  retryButton: boolean;
}

/** The answer is the failure card, in time, saying what failed and whether to retry. */
export function assertFailureCard(reply: Answer, expected: Expected): void {
  assertInTime(reply);
  const { words } = expected;
  assert.match(reply.text, words.title);
  assert.match(
    reply.text,
    new RegExp(`${escape(words.system[expected.system])} ${escape(words[expected.failure])}`),
  );
  assert.match(reply.text, expected.advice);
  const retry = executeActions(reply.card).some((a) => a.title === words.retryButton);
  assert.equal(retry, expected.retryButton, `Try again button ${retry ? 'shown' : 'missing'}: ${reply.text}`);
}

/** The Try again button of a failure card. */
export function retryButton(
  reply: Answer,
  words: FailureWords,
): { verb: string; data: Record<string, unknown> } {
  const found = executeActions(reply.card).find((a) => a.title === words.retryButton);
  assert.ok(found, `no Try again on: ${reply.text}`);
  return found;
}

/**
 * Starts the bot on the demo tenant, a fresh one per test so that caches start empty, once its
 * people directory is loaded (as it is a moment after start-up: faults then hit the command's own
 * requests). Circuits open only after many failures here: each fault is seen by the request it
 * hits, and tests/e2e/faults-circuit.spec.ts covers the circuit breaker.
 */
export async function startFreshBot(options: HarnessOptions = {}): Promise<BotHarness> {
  const h = await BotHarness.start({
    ...options,
    env: { UPSTREAM_CIRCUIT_FAILURES: '1000', ...options.env },
  });
  try {
    await h.bot.services.people.snapshot();
  } catch (error) {
    await h.close();
    throw error;
  }
  return h;
}

/** The simulators' request counts and fault injector. */
export function simulators(h: BotHarness): NonNullable<BotHarness['bot']['simulators']> {
  const sims = h.bot.simulators;
  assert.ok(sims, 'the bot runs on its simulators');
  return sims;
}

/** Requests to one system matching `match` (`METHOD /path`). */
export function requests(h: BotHarness, system: SimSystem, match?: RegExp | string): number {
  return simulators(h).state.requestCounts.count(system, match);
}

/** Milliseconds between the first and the last of the latest matching requests. */
export function spreadOf(h: BotHarness, system: SimSystem, match: RegExp | string): number {
  const arrivals = simulators(h).state.requestCounts.arrivals(system, match);
  assert.ok(arrivals.length >= 2, `only ${arrivals.length} request(s) arrived`);
  return arrivals[arrivals.length - 1]! - arrivals[0]!;
}

/**
 * A timer may fire a millisecond early by the wall clock the simulator stamps arrivals with;
 * a wait that honours Retry-After is never shorter by more than this.
 */
export const CLOCK_SLACK_MS = 10;
