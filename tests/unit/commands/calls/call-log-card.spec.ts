import assert from 'node:assert/strict';
import { callLogCard } from '../../../../cards/calls/call-log';
import { renderCard } from '../../../../cards/render';
import { callLogCardData, type CallLogCardInput } from '../../../../bot/commands/calls/call-log-card';
import type { CallLog } from '../../../../bot/commands/calls/call-log-reader';
import { callRow } from '../../../../bot/commands/calls/call-rows';
import type { Peer } from '../../../../bot/commands/calls/peer';
import { translator } from '../../../../bot/language/i18n';
import type { Locale } from '../../../../bot/language/locale';
import { cardText, executeActions } from '../../../support/bot-harness';
import { record, snapshotOf } from './fixtures';

const NOW = new Date('2026-11-23T15:00:00Z');

function input(
  fields: Partial<CallLogCardInput> & { log: CallLog },
  locale: Locale = 'en',
): CallLogCardInput {
  const t = translator(locale);
  const rows = fields.log.items.map((r) =>
    callRow(r, { t, locale, timeZone: 'Europe/Paris', now: NOW, country: 'FR', people: snapshotOf([]) }),
  );
  return { t, locale, view: { filter: 'all', page: 1 }, rows, pageSize: 10, ...fields };
}

function log(total: number, skip: number, counts = { incoming: total, outgoing: 0, missed: 0 }): CallLog {
  const shown = Math.max(0, Math.min(10, total - skip));
  const items = Array.from({ length: shown }, (_, i) =>
    record(`r${skip + i}`, { at: new Date(NOW.getTime() - (skip + i) * 60_000), peer: '+442071234567' }),
  );
  return { items, total, skip, reachable: total, counts };
}

describe('the call log card', () => {
  it('sums up the period in the header: "3 missed calls today · 12 calls in all"', () => {
    const data = callLogCardData(
      input({
        view: { filter: 'all', period: 'today', page: 1 },
        log: log(12, 0, { incoming: 8, outgoing: 4, missed: 3 }),
      }),
    );
    assert.equal(data.summary, '3 missed calls today · 12 calls in all');
    assert.equal(data.summaryStrong, true);
    assert.deepEqual(
      data.filters.map((f) => [f.title, f.current]),
      [
        ['All', true],
        ['Missed (3)', false],
        ['Incoming', false],
        ['Outgoing', false],
      ],
    );
  });

  it('agrees singular and plural in French and Portuguese, with local number formats', () => {
    const one = { incoming: 1, outgoing: 0, missed: 1 };
    assert.equal(
      callLogCardData(
        input({ view: { filter: 'all', period: 'yesterday', page: 1 }, log: log(1, 0, one) }, 'fr'),
      ).summary,
      '1 appel manqué hier · 1 appel en tout',
    );
    const many = { incoming: 1200, outgoing: 34, missed: 0 };
    assert.equal(
      callLogCardData(input({ log: log(1234, 0, many) }, 'pt-BR')).summary,
      'Nenhuma chamada perdida · 1.234 chamadas no total',
    );
  });

  it('says the counts cover only the newest calls read when the history is longer, in three languages', () => {
    const counts = { incoming: 700, outgoing: 300, missed: 12 };
    const partial = (locale: Locale): ReturnType<typeof callLogCardData> =>
      callLogCardData(input({ log: { ...log(1000, 0, counts), readOnly: 1000 } }, locale));
    const en = partial('en');
    assert.equal(en.summary, '12 missed calls among your newest 1,000 calls');
    assert.match(
      en.footer,
      /Counted among your newest 1,000 calls only; choose a period to see older ones\./,
    );
    const fr = partial('fr');
    assert.equal(fr.summary, '12 appels manqués parmi vos 1\u202f000 appels les plus récents');
    assert.match(fr.footer, /Compté parmi vos 1\u202f000 appels les plus récents seulement/);
    const pt = partial('pt-BR');
    assert.equal(pt.summary, '12 chamadas perdidas entre as suas 1.000 chamadas mais recentes');
    assert.match(pt.footer, /Contadas apenas entre as suas 1\.000 chamadas mais recentes/);
    // The whole history read: no such words.
    const whole = callLogCardData(input({ log: log(1000, 0, counts) }));
    assert.equal(whole.summary, '12 missed calls · 1,000 calls in all');
    assert.doesNotMatch(whole.footer, /newest/);
  });

  it('pages with Next and Previous that keep the filter, period and party', () => {
    const peer: Peer = { label: 'Alice Martin', numbers: ['+33123456789'], ref: { key: 'cl:alice' } };
    const view = { filter: 'incoming' as const, period: 'week' as const, page: 2 };
    const data = callLogCardData(input({ view, peer, log: log(35, 10) }));
    assert.deepEqual(
      data.actions.map((a) => [a.title, a.data]),
      [
        ['Previous', { filter: 'incoming', period: 'week', page: 1, peerKey: 'cl:alice' }],
        ['Next', { filter: 'incoming', period: 'week', page: 3, peerKey: 'cl:alice' }],
        ['All my calls', { filter: 'all', page: 1 }],
      ],
    );
    assert.equal(data.footer, 'Calls 11–20 of 35');
    assert.equal(data.title, 'My calls with Alice Martin');
  });

  it('says kindly that the history is empty, without filters to play with', () => {
    const data = callLogCardData(input({ log: log(0, 0) }));
    assert.match(data.empty, /You have no calls yet/);
    assert.deepEqual(data.filters, []);
    assert.deepEqual(data.actions, []);
    const card = renderCard(callLogCard, data);
    assert.match(cardText(card), /You have no calls yet/);
  });

  it('says which filter is empty, with a button back to all calls', () => {
    const data = callLogCardData(
      input(
        {
          view: { filter: 'missed', period: 'today', page: 1 },
          log: log(0, 0, { incoming: 0, outgoing: 2, missed: 0 }),
        },
        'fr',
      ),
    );
    assert.match(data.empty, /^Aucun appel manqué aujourd'hui\./);
    assert.deepEqual(
      data.actions.map((a) => [a.title, a.data]),
      [['Tous mes appels', { filter: 'all', page: 1 }]],
    );
  });

  it('renders Call back buttons as call.place with the call area’s data', () => {
    const card = renderCard(callLogCard, callLogCardData(input({ log: log(3, 0) })));
    const callBacks = executeActions(card).filter((a) => a.verb === 'call.place');
    assert.equal(callBacks.length, 3);
    assert.equal(callBacks[0]!.data.number, '+442071234567');
    assert.equal(typeof callBacks[0]!.data.nonce, 'string');
    assert.equal(new Set(callBacks.map((a) => a.data.nonce)).size, 3);
  });
});
