/**
 * The fault matrix for Microsoft Graph: "sync status" (admins) reads the Teams users and the
 * presence app registration, "presence <name>" reads what Teams shows, and the first room search
 * reads the rooms' places. Each fault is injected in the Graph simulator; the user must get a card
 * within 5 s saying what failed and whether to retry.
 */
import assert from 'node:assert/strict';
import type { BotHarness } from '../support/bot-harness';
import {
  ask,
  assertFailureCard,
  assertInTime,
  click,
  CLOCK_SLACK_MS,
  EN_USER,
  FR_USER,
  PT_USER,
  requests,
  simulators,
  spreadOf,
  startFreshBot,
  WORDS,
} from './faults-helpers';

const TEAMS_USERS = /^\/v1\.0\/users\?/;
const APPLICATION = /^\/v1\.0\/applications/;
const PRESENCE = /^\/v1\.0\/users\/[^/]+\/presence$/;
const PRESENCE_KEY = /^GET \/v1\.0\/users\/[^/]+\/presence$/;
const PLACES = /^\/v1\.0\/places\//;

/** A sync status line for a source that could not be read, in each language. */
const UNREADABLE = {
  en: { refresh: /Press Refresh in a minute/, line: /: could not be checked/ },
  fr: { refresh: /Appuyez sur Actualiser dans une minute/, line: / : vérification impossible/ },
  pt: { refresh: /Toque em Atualizar daqui a um minuto/, line: /: não foi possível verificar/ },
};

describe('faults of Microsoft Graph, end to end', () => {
  let h: BotHarness;

  beforeEach(async () => {
    h = await startFreshBot();
  });
  afterEach(async () => {
    await h.close();
  });

  describe('"sync status" (admins)', () => {
    it('when Graph answers slower than the time allowed, shows within 5 s what CloudLink says and that Microsoft 365 took too long', async () => {
      simulators(h).faults.set('graph', { delayMs: 9000, match: TEAMS_USERS });
      const reply = await ask(h, EN_USER, 'sync status');
      assertInTime(reply);
      assert.match(reply.text, /^Sync status/);
      assert.match(reply.text, /Microsoft 365 took too long to answer/);
      assert.match(reply.text, UNREADABLE.en.line);
      assert.match(reply.text, UNREADABLE.en.refresh);
      assert.match(reply.text, /Gateway answering \(inferred/, 'the parts CloudLink answers are shown');
    });

    it('when Graph refuses connections, says in French within 5 s that Microsoft 365 is not answering, and to refresh in a minute', async () => {
      const sims = simulators(h);
      await sims.takeDown('graph');
      const reply = await ask(h, FR_USER, 'état de la synchronisation', 'fr-FR');
      await sims.bringUp('graph');
      assertInTime(reply);
      assert.match(reply.text, /^État de la synchronisation/);
      assert.match(reply.text, /Microsoft 365 ne répond pas pour le moment/);
      assert.match(reply.text, UNREADABLE.fr.line);
      assert.match(reply.text, UNREADABLE.fr.refresh);
    });

    it('when Graph answers 500 once, asks again and shows every check', async () => {
      simulators(h).faults.set('graph', { status: 500, times: 1, match: APPLICATION });
      const reply = await ask(h, EN_USER, 'sync status');
      assertInTime(reply);
      assert.doesNotMatch(reply.text, UNREADABLE.en.line);
      assert.equal(requests(h, 'graph', 'GET /v1.0/applications'), 2, 'one retry');
    });

    it('when Graph answers 200 with a page that is not JSON, says in Portuguese that Microsoft 365 sent an answer the bot could not read', async () => {
      simulators(h).faults.set('graph', { garbage: true, match: TEAMS_USERS });
      const reply = await ask(h, PT_USER, 'status da sincronização', 'pt-BR');
      assertInTime(reply);
      assert.match(reply.text, /O Microsoft 365 enviou uma resposta que o bot não conseguiu ler/);
      assert.match(reply.text, UNREADABLE.pt.line);
      assert.match(reply.text, UNREADABLE.pt.refresh);
    });

    it('when Graph is slow, the Refresh button (admin.sync.refresh) still answers within 5 s', async () => {
      simulators(h).faults.set('graph', { delayMs: 9000, match: APPLICATION });
      const reply = await click(h, EN_USER, 'admin.sync.refresh', {});
      assertInTime(reply);
      assert.match(reply.text, /Microsoft 365 took too long to answer/);
    });
  });

  describe('"presence <name>"', () => {
    it('when Graph answers slower than the time allowed, shows the phone system’s part within 5 s and says what Teams shows could not be read', async () => {
      simulators(h).faults.set('graph', { delayMs: 9000, match: PRESENCE });
      const reply = await ask(h, EN_USER, 'presence João Conceição');
      assertInTime(reply);
      assert.match(reply.text, /Presence of João Conceição/);
      assert.match(reply.text, /Teams shows\n—\nCould not be read just now\./);
    });

    it('when Graph answers 429 with Retry-After: 1, waits a second before asking again and shows what Teams shows', async () => {
      simulators(h).faults.set('graph', { retryAfter: '1', times: 1, match: PRESENCE });
      const reply = await ask(h, EN_USER, 'presence João Conceição');
      assertInTime(reply);
      assert.doesNotMatch(reply.text, /Could not be read/);
      assert.equal(requests(h, 'graph', PRESENCE_KEY), 2, 'one retry');
      assert.ok(spreadOf(h, 'graph', PRESENCE_KEY) >= 1000 - CLOCK_SLACK_MS, 'the retry waited Retry-After');
    });

    it('when Graph answers 500 once, asks again and shows what Teams shows', async () => {
      simulators(h).faults.set('graph', { status: 500, times: 1, match: PRESENCE });
      const reply = await ask(h, EN_USER, 'presence João Conceição');
      assertInTime(reply);
      assert.doesNotMatch(reply.text, /Could not be read/);
      assert.equal(requests(h, 'graph', PRESENCE_KEY), 2, 'one retry');
    });

    it('when Graph answers presence of the wrong shape, says in Portuguese that what Teams shows could not be read', async () => {
      simulators(h).faults.set('graph', { body: { presence: 'unknown' }, match: PRESENCE });
      const reply = await ask(h, PT_USER, 'presença João Conceição', 'pt-BR');
      assertInTime(reply);
      assert.match(reply.text, /Não foi possível ler agora\./);
    });
  });

  describe('the first room search (the rooms’ places)', () => {
    it('when Graph refuses connections, says within 5 s that Microsoft 365 is not answering, and to try again', async () => {
      const sims = simulators(h);
      await sims.takeDown('graph');
      const reply = await ask(h, EN_USER, 'book a room tomorrow at 10am');
      await sims.bringUp('graph');
      assertFailureCard(reply, {
        words: WORDS.en,
        system: 'graph',
        failure: 'down',
        advice: WORDS.en.retrySoon,
        retryButton: true,
      });
    });

    it('when Graph answers 429 with Retry-After: 30, says at once in Portuguese to try again in 30 seconds', async () => {
      simulators(h).faults.set('graph', { retryAfter: '30', match: PLACES });
      const reply = await ask(h, PT_USER, 'reservar uma sala amanhã às 10h', 'pt-BR');
      assertFailureCard(reply, {
        words: WORDS.pt,
        system: 'graph',
        failure: 'busy',
        advice: WORDS.pt.retryIn(30),
        retryButton: true,
      });
      assert.equal(requests(h, 'graph', /places/), 1, 'no retry before the 30 s');
    });

    it('when Graph answers slower than the time allowed, says in French within 5 s that Microsoft 365 took too long', async () => {
      simulators(h).faults.set('graph', { delayMs: 9000, match: PLACES });
      const reply = await ask(h, FR_USER, 'réserver une salle demain à 10h', 'fr-FR');
      assertFailureCard(reply, {
        words: WORDS.fr,
        system: 'graph',
        failure: 'slow',
        advice: WORDS.fr.retrySoon,
        retryButton: true,
      });
    });
  });
});
