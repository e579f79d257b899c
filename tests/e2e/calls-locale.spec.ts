import assert from 'node:assert/strict';
import { DateTime } from 'luxon';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { callsTenant, isMissed, ME, type CallsTenant } from './calls-tenant';

const me = `29:${ME}`;

function titled(card: Card, title: string): Record<string, unknown> {
  const found = executeActions(card).find((a) => a.title === title);
  assert.ok(
    found,
    `no "${title}" button in: ${executeActions(card)
      .map((a) => a.title)
      .join(', ')}`,
  );
  return found.data;
}

describe('my calls in French and Portuguese, over HTTP', () => {
  let h: BotHarness;
  let data: CallsTenant;

  before(async () => {
    const now = new Date();
    data = callsTenant(now, 60);
    h = await BotHarness.start({ tenant: data.tenant, now });
  });
  after(async () => {
    await h.close();
  });

  it('answers "mes appels" with a French card: aujourd\'hui, hier, French dates and buttons', async () => {
    const card = await h.sayCard(me, 'mes appels', { locale: 'fr-FR' });
    const text = cardText(card);
    assert.match(text, /^Mes appels/);
    // The six newest calls are today's, the next four yesterday's.
    assert.equal(text.match(/aujourd'hui \d{2}:\d{2}/g)?.length, 6);
    assert.equal(text.match(/hier \d{2}:\d{2}/g)?.length, 4);
    assert.match(text, /\d+ appels? manqués? · 60 appels en tout/);
    assert.match(text, /Appels 1 à 10 sur 60/);
    assert.match(text, /Rappeler/);
    assert.match(text, /Manqués \(\d+\)/);
    const older = await h.click(me, 'calls.page', titled(card, 'Suivants'), { locale: 'fr-FR' });
    const olderText = cardText(older);
    assert.match(olderText, /hier \d{2}:\d{2}/);
    assert.match(olderText, /(lun|mar|mer|jeu|ven|sam|dim)\. \d{1,2} [a-zéû]+\.? \d{2}:\d{2}/);
    assert.match(olderText, /Appels 11 à 20 sur 60/);
    titled(older, 'Précédents');
  });

  it('understands "appels manqués" and marks them "Manqué"', async () => {
    const card = await h.sayCard(me, 'appels manqués', { locale: 'fr-FR' });
    const text = cardText(card);
    const missed = data.mine.filter(isMissed).length;
    const shown = Math.min(10, missed);
    assert.match(text, new RegExp(`Appels 1 à ${shown} sur ${missed}`));
    assert.equal(text.match(/^Manqué( ·|$)/gm)?.length, shown);
    assert.match(text, /Non répondu/);
  });

  it('answers "minhas chamadas" with a Portuguese card: hoje, ontem and Brazilian buttons', async () => {
    const card = await h.sayCard(me, 'minhas chamadas', { locale: 'pt-BR' });
    const text = cardText(card);
    assert.match(text, /^Minhas chamadas/);
    assert.equal(text.match(/hoje \d{2}:\d{2}/g)?.length, 6);
    assert.equal(text.match(/ontem \d{2}:\d{2}/g)?.length, 4);
    assert.match(text, /chamadas? perdidas? · 60 chamadas no total/i);
    assert.match(text, /Chamadas 1 a 10 de 60/);
    assert.match(text, /Retornar/);
    const next = await h.click(me, 'calls.page', titled(card, 'Próximas'), { locale: 'pt-BR' });
    assert.match(cardText(next), /Chamadas 11 a 20 de 60/);
  });

  it('understands "chamadas perdidas" and "chamadas de hoje"', async () => {
    const missed = await h.sayCard(me, 'chamadas perdidas', { locale: 'pt-BR' });
    const total = data.mine.filter(isMissed).length;
    assert.match(cardText(missed), new RegExp(`Chamadas 1 a ${Math.min(10, total)} de ${total}`));
    assert.match(cardText(missed), /^Perdida\b/m);
    const today = await h.sayCard(me, 'chamadas de hoje', { locale: 'pt-BR' });
    assert.match(cardText(today), /hoje · 6 chamadas no total/);
    assert.match(cardText(today), /Chamadas 1 a 6 de 6/);
  });

  it("shows times in the user's own time zone when Teams gives one", async () => {
    const zone = 'America/Sao_Paulo';
    const card = await h.sayCard(me, 'minhas chamadas', { locale: 'pt-BR', timezone: zone });
    const newest = DateTime.fromISO(data.mine[0]!.start).setZone(zone).toFormat('HH:mm');
    assert.match(cardText(card), new RegExp(`(hoje|ontem) ${newest}`));
  });
});
