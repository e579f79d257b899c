import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import type { SpeedDialsDocument } from '../../bot/commands/call/speed-dials-store';
import { CALLER, callTenant } from './call-tenant';

const me = `29:${CALLER}`;

function rowsOf(card: Card): string[] {
  return executeActions(card)
    .filter((a) => a.verb === 'call.speedDialRemove')
    .map((a) => String(a.data.personKey));
}

describe('speed dials, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: callTenant() });
  });
  after(async () => {
    await h.close();
  });

  it('starts empty and says how to add someone, in each language', async () => {
    assert.match(cardText(await h.sayCard(me, 'speed dials')), /You have no speed dials yet/);
    assert.match(
      cardText(await h.sayCard(me, 'mes numéros abrégés', { locale: 'fr-FR' })),
      /pas encore de numéros abrégés/,
    );
    assert.match(
      cardText(await h.sayCard(me, 'discagem rápida', { locale: 'pt-BR' })),
      /ainda não tem ninguém/,
    );
  });

  it('adds someone by name, lists them with one Call button per number and Remove, and says when they are already there', async () => {
    const added = await h.sayCard(me, 'add Alice Martin to speed dials');
    assert.match(cardText(added), /Alice Martin is now in your speed dials\./);
    assert.deepEqual(rowsOf(added), ['cl:p-alice']);
    const calls = executeActions(added).filter((a) => a.verb === 'call.place');
    assert.deepEqual(
      calls.map((c) => c.data.number),
      ['2001', '+33123452001', '+33612342001', '+33198762001'],
    );

    const again = await h.sayCard(me, 'add Alice Martin to speed dials');
    assert.match(cardText(again), /Alice Martin is already in your speed dials\./);
    assert.deepEqual(rowsOf(again), ['cl:p-alice']);
  });

  it('asks which one when the name is ambiguous, and adds the one chosen', async () => {
    const choice = await h.sayCard(me, 'ajoute Alice à mes numéros abrégés', { locale: 'fr-FR' });
    assert.match(cardText(choice), /Laquelle dois-je ajouter à vos numéros abrégés \?/);
    const bernard = executeActions(choice).find((a) => a.data.personKey === 'cl:p-alice-b')!;
    const list = await h.click(me, 'call.show', bernard.data, { locale: 'fr-FR' });
    assert.match(cardText(list), /Alice Bernard fait maintenant partie de vos numéros abrégés\./);
    assert.deepEqual(rowsOf(list), ['cl:p-alice', 'cl:p-alice-b']);
  });

  it('adds from the star on a person card, which then offers to remove', async () => {
    const person = await h.sayCard(me, 'ligar para o João', { locale: 'pt-BR' });
    const star = executeActions(person).find((a) => a.verb === 'call.speedDialAdd')!;
    assert.match(String(star.title), /☆/);
    const updated = await h.click(me, 'call.speedDialAdd', star.data, { locale: 'pt-BR' });
    const text = cardText(updated);
    assert.match(text, /João Gonçalves agora está na sua discagem rápida\./);
    assert.ok(executeActions(updated).some((a) => a.verb === 'call.place'));
    assert.ok(executeActions(updated).some((a) => a.verb === 'call.speedDialRemove'));

    const list = await h.sayCard(me, 'speed dials');
    assert.deepEqual(rowsOf(list), ['cl:p-alice', 'cl:p-alice-b', 'cl:p-joao']);
  });

  it('keeps person keys, not numbers, per user', async () => {
    const doc = await h.bot.services.store.get<SpeedDialsDocument>(`speed-dials/cl:${CALLER}`);
    assert.deepEqual(
      doc?.entries.map((e) => e.key),
      ['cl:p-alice', 'cl:p-alice-b', 'cl:p-joao'],
    );
    assert.doesNotMatch(JSON.stringify(doc), /\+33/);
    const someoneElse = await h.sayCard('29:p-bruno', 'speed dials');
    assert.match(cardText(someoneElse), /You have no speed dials yet/);
  });

  it('places a call from a speed dial', async () => {
    const list = await h.sayCard(me, 'speed dials');
    const call = executeActions(list).find(
      (a) => a.verb === 'call.place' && a.data.number === '+33612342001',
    )!;
    const card = await h.click(me, 'call.place', call.data);
    assert.match(cardText(card), /Alice Martin \(mobile\)/);
  });

  it('removes by name in Portuguese, and with the Remove button', async () => {
    const removed = await h.sayCard(me, 'remover o João da discagem rápida', { locale: 'pt-BR' });
    assert.match(cardText(removed), /João Gonçalves não está mais na sua discagem rápida\./);
    assert.deepEqual(rowsOf(removed), ['cl:p-alice', 'cl:p-alice-b']);

    const remove = executeActions(removed).find(
      (a) => a.verb === 'call.speedDialRemove' && a.data.personKey === 'cl:p-alice-b',
    )!;
    const after = await h.click(me, 'call.speedDialRemove', remove.data);
    assert.match(cardText(after), /Alice Bernard is no longer in your speed dials\./);
    assert.deepEqual(rowsOf(after), ['cl:p-alice']);

    const notThere = await h.sayCard(me, 'remove Bruno from speed dials');
    assert.match(cardText(notThere), /None of your speed dials matches “Bruno”/);
  });

  it('shows someone who left the directory as such, with Remove', async () => {
    await h.bot.services.store.update<SpeedDialsDocument>(`speed-dials/cl:${CALLER}`, (doc) => ({
      entries: [
        ...(doc?.entries ?? []),
        { key: 'cl:p-gone', name: 'Ghislaine Fantôme', addedAt: '2025-01-01T00:00:00Z' },
      ],
    }));
    const list = await h.sayCard(me, 'speed dials');
    assert.match(cardText(list), /Ghislaine Fantôme\nNo longer in the directory/);
    const remove = executeActions(list).find((a) => a.data.personKey === 'cl:p-gone')!;
    assert.equal(remove.verb, 'call.speedDialRemove');
    const after = await h.click(me, 'call.speedDialRemove', remove.data);
    assert.match(cardText(after), /Ghislaine Fantôme is no longer in your speed dials\./);
    assert.deepEqual(rowsOf(after), ['cl:p-alice']);
  });
});
