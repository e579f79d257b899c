import assert from 'node:assert/strict';
import { BotHarness, cardText, executeActions } from '../support/bot-harness';
import { CALLER, callTenant } from './call-tenant';

const me = `29:${CALLER}`;

describe('presence, over HTTP', () => {
  let h: BotHarness;

  before(async () => {
    h = await BotHarness.start({ tenant: callTenant('MiVoice Office 400') });
  });
  after(async () => {
    await h.close();
  });

  it('shows the combined state and each part: line, PBX user, Mitel One, what CloudLink adds, what Teams shows', async () => {
    const text = cardText(await h.sayCard(me, 'presence João', { locale: 'en-US' }));
    assert.match(text, /Presence of João Gonçalves/);
    assert.match(text, /Phone line \(extension 2004\)\nOn a call\nCounts as Busy, outranked by Away\./);
    // On a MiVoice Office 400 the PBX user presence counts, and Away is CloudLink's highest state.
    assert.match(text, /PBX user presence\nAway\nCounts as Away: this decides\./);
    assert.match(text, /Mitel One\nDo not disturb\nCounts as Do not disturb, outranked by Away\./);
    assert.match(text, /CloudLink presence\n🟡 Away/);
    assert.match(text, /CloudLink adds to Teams\n🟡 Away\nSent to Teams/);
    // Teams shows the highest session: the Teams apps' Available outranks Away.
    assert.match(text, /Teams shows\n🟢 Available\nFrom the Teams apps/);
  });

  it('understands "is Alice available" and answers in French and Portuguese', async () => {
    const en = cardText(await h.sayCard(me, 'is Alice Martin available', { locale: 'en-US' }));
    assert.match(en, /Presence of Alice Martin/);
    assert.match(en, /🟢 Available/);
    assert.match(en, /Available adds nothing/);

    const fr = cardText(await h.sayCard(me, 'présence Hélène', { locale: 'fr-FR' }));
    assert.match(fr, /Présence d’Hélène D'Almeida-Ferreira/);
    assert.match(fr, /Teams affiche\n🟡 Absent\(e\)/);
    assert.match(fr, /Ligne téléphonique \(poste 2003\)\nLibre/);

    const pt = cardText(await h.sayCard(me, 'presença Tess', { locale: 'pt-BR' }));
    assert.match(pt, /Presença de Tess Leroy/);
    assert.match(pt, /⛔ Não incomodar \(apresentando\)/);
    assert.match(pt, /Sem ramal\./);
  });

  it('handles people the phone system does not follow, and says why', async () => {
    const text = cardText(await h.sayCard(me, 'presence Rémi Caron'));
    assert.match(text, /Not followed by the phone system: the gateway does not monitor this line\./);
    assert.match(text, /Teams shows/);
  });

  it('follows the line while a call is in progress (presence is read live)', async () => {
    const person = await h.sayCard(me, 'call Bruno Martin');
    const call = executeActions(person).find((a) => a.verb === 'call.place' && a.data.number === '2005')!;
    await h.click(me, 'call.place', call.data);
    const text = cardText(await h.sayCard(me, 'presence Bruno Martin'));
    assert.match(text, /Phone line \(extension 2005\)\n(On a call|Ringing)/);
  });

  it('opens from the person card’s Presence details button, and leads back to the numbers', async () => {
    const person = await h.sayCard(me, 'call Alice Martin');
    const details = executeActions(person).find((a) => a.verb === 'call.presence')!;
    const card = await h.click(me, 'call.presence', details.data);
    assert.match(cardText(card), /Presence of Alice Martin/);
    const back = executeActions(card).find((a) => a.verb === 'call.show')!;
    const again = await h.click(me, 'call.show', back.data);
    assert.ok(executeActions(again).some((a) => a.verb === 'call.place'));
  });

  it('asks which one when several people match, then shows the presence of the one chosen', async () => {
    const choice = await h.sayCard(me, 'presence Alice');
    assert.match(cardText(choice), /Whose presence do you want to see\?/);
    const bernard = executeActions(choice).find((a) => a.data.personKey === 'cl:p-alice-b')!;
    const card = await h.click(me, 'call.show', bernard.data);
    assert.match(cardText(card), /Presence of Alice Bernard/);
  });

  it('takes the PBX type from the settings, never from an undocumented gateway route', async () => {
    const counts = h.bot.simulators!.state.requestCounts;
    const undocumented = (): number => counts.count('cloudlink', /\/gateway\/|\/integrations\//);
    await h.sayCard(me, 'presence Alice Martin');
    await h.sayCard(me, 'presence João');
    await h.sayCard(me, 'presence Hélène');
    assert.equal(undocumented(), 0);
  });
});
