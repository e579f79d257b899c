import assert from 'node:assert/strict';
import type { TenantFile } from '../../bot/tenant/types';
import { recentTurns } from '../../bot/state/turn-journal';
import { BotHarness, cardText, executeActions, type Card } from '../support/bot-harness';
import { byId } from './admin-helpers';

const tenant: TenantFile = {
  organization: { name: 'Acme', timeZone: 'Europe/Paris' },
  pbx: { type: 'MiVoice 5000' },
  people: [
    { id: 'admin', name: 'Ada Admin', email: 'ada@acme.fr', cloudlinkRole: 'CTI', admin: true, synced: true },
    {
      id: 'eve',
      name: 'Ève Leroy',
      email: 'eve.leroy@acme.fr',
      cloudlinkRole: 'CTI',
      phones: { mobile: '+33612345678' },
    },
    { id: 'joao', name: 'João Conceição', email: 'joao@acme.com.br', cloudlinkRole: 'CTI' },
  ],
  presenceIntegration: {
    appRegistered: true,
    permissionsGranted: true,
    adminConsent: true,
    clientSecretExpires: 'P100D',
    teamsIntegrationAdded: true,
    presenceSyncEnabled: true,
  },
  connector: { licensesTotal: 10 },
};

/** Fills the form as Teams would: the inputs' values merged into the button's data. */
async function submit(
  h: BotHarness,
  member: string,
  form: Card,
  inputs: Record<string, string>,
  locale = 'en-US',
): Promise<Card> {
  const button = executeActions(form).find((a) => a.verb === 'admin.report.submit')!;
  return h.click(member, button.verb, { ...button.data, ...inputs }, { locale });
}

function referenceIn(card: Card): string {
  const match = /PR-[2-9A-HJKMNP-Z]{6,8}/.exec(cardText(card));
  assert.ok(match, `no reference in ${cardText(card)}`);
  return match[0];
}

describe('problem reports, over HTTP', () => {
  let h: BotHarness;
  before(async () => {
    h = await BotHarness.start({ tenant });
  });
  after(async () => {
    await h.close();
  });

  it('a user files a report; an admin reads it with the diagnostics of the recent turns, and resolves it', async () => {
    // A turn that fails upstream: the directory cannot be read while Microsoft 365 refuses.
    h.bot.simulators!.faults.set('graph', { status: 400, match: /\/users\?/ });
    const failed = await h.sayCard('29:eve', 'sync status');
    h.bot.simulators!.faults.clear();
    assert.match(cardText(failed), /Microsoft 365/);
    const [failedTurn] = await recentTurns(h.bot.services.store, '29:eve');
    const correlationId = failedTurn?.failures[0]?.correlationId;
    assert.equal(failedTurn?.outcome, 'error');
    assert.equal(failedTurn?.failures[0]?.system, 'graph');
    assert.ok(correlationId, 'the failure carries its correlation id');
    await h.sayCard('29:eve', 'aide, je cherche João', { locale: 'fr-FR' });

    const form = await h.sayCard(
      '29:eve',
      'report a problem: my mobile +33 6 12 34 56 78 never rings, write to eve.leroy@acme.fr',
    );
    const details = byId(form, 'details') as { value?: string };
    assert.equal(details.value, 'my mobile +33 6 12 34 56 78 never rings, write to eve.leroy@acme.fr');
    assert.match(cardText(form), /What went wrong\?\nCalling someone/);

    const filed = await submit(h, '29:eve', form, { category: 'calls', details: details.value });
    const reference = referenceIn(filed);
    assert.match(cardText(filed), /Thank you, your report is filed/);
    // A double click files nothing more and says the same.
    const again = await submit(h, '29:eve', form, { category: 'calls', details: details.value });
    assert.equal(referenceIn(again), reference);

    const status = await h.sayCard('29:admin', 'sync status');
    const reports = byId(status, 'section-reports');
    assert.match(
      cardText(reports),
      new RegExp(`1 open, newest first\\.\\n${reference} · Calling someone\\nÈve Leroy, today`),
    );
    const read = executeActions(reports).find((a) => a.verb === 'admin.report.open')!;
    const view = await h.click('29:admin', read.verb, read.data);
    const text = cardText(view);
    assert.match(text, new RegExp(`Problem report ${reference}\\nOpen`));
    assert.match(text, /By\nÈve Leroy \(e\*\*\*@acme\.fr\)/);
    assert.match(text, /About\nCalling someone/);
    // Personal data masked; the contents of other messages never kept.
    assert.match(text, /my mobile \+33 • •• •• •• 78 never rings, write to e\*\*\*@acme\.fr/);
    assert.doesNotMatch(text, /12 34 56|eve\.leroy@|João|cherche|never rings.*never rings/s);
    // The recent turns, newest first, with the failure's system and correlation id.
    assert.match(
      text,
      /today \d{1,2}:\d\d:\d\d [AP]M · reportProblem · ok\ntoday \d{1,2}:\d\d:\d\d [AP]M · \w+ · ok\ntoday \d{1,2}:\d\d:\d\d [AP]M · syncStatus · failed: http \(Microsoft Graph listUsers 400\) · Reference: /,
    );
    assert.ok(text.includes(correlationId), 'the correlation id is shown');

    const resolve = executeActions(view).find((a) => a.verb === 'admin.report.resolve')!;
    const resolved = await h.click('29:admin', resolve.verb, resolve.data);
    assert.match(cardText(resolved), /Resolved by Ada Admin, today \d{1,2}:\d\d [AP]M/);
    assert.ok(!executeActions(resolved).some((a) => a.verb === 'admin.report.resolve'));
    assert.match(
      cardText(byId(await h.sayCard('29:admin', 'sync status'), 'section-reports')),
      /No open reports\./,
    );
  });

  it('a submit without a category gives the form back, keeping the details', async () => {
    const form = await h.sayCard('29:joao', 'report a problem');
    const back = await submit(h, '29:joao', form, { details: 'the room booking failed' });
    assert.match(cardText(back), /Choose what went wrong, then send again\./);
    assert.equal((byId(back, 'details') as { value?: string }).value, 'the room booking failed');
    const filed = await submit(h, '29:joao', back, { category: 'rooms', details: 'the room booking failed' });
    referenceIn(filed);
  });

  it('shows the newest open reports first on the status card', async () => {
    const refs: string[] = [];
    for (const category of ['presence', 'sync']) {
      const form = await h.sayCard('29:joao', 'report a problem');
      refs.push(referenceIn(await submit(h, '29:joao', form, { category })));
    }
    const text = cardText(byId(await h.sayCard('29:admin', 'sync status'), 'section-reports'));
    assert.ok(text.indexOf(refs[1]!) < text.indexOf(refs[0]!), text);
  });

  it('takes reports from someone the bot does not know (that may be the problem)', async () => {
    h.channel.addMember({ id: '29:stranger', name: 'Sam Stranger', userPrincipalName: 'sam@elsewhere.com' });
    const form = await h.sayCard('29:stranger', 'I have a problem');
    const reference = referenceIn(await submit(h, '29:stranger', form, { category: 'signIn' }));
    const view = await h.click('29:admin', 'admin.report.open', { id: reference });
    assert.match(cardText(view), /By\nSam Stranger \(s\*\*\*@elsewhere\.com\)/);
    assert.match(cardText(view), /About\nThe bot does not recognise me/);
  });

  it('speaks French: "signaler un problème"', async () => {
    const form = await h.sayCard('29:joao', 'signaler un problème', { locale: 'fr-FR' });
    assert.match(cardText(form), /^Signaler un problème\n/);
    assert.match(cardText(form), /Qu'est-ce qui n'a pas marché \?\nAppeler quelqu'un/);
    const filed = await submit(h, '29:joao', form, { category: 'callLog' }, 'fr-FR');
    assert.match(cardText(filed), /Merci, votre signalement est enregistré\nSa référence est PR-/);
  });

  it('speaks Brazilian Portuguese: "relatar um problema"', async () => {
    const form = await h.sayCard('29:joao', 'relatar um problema', { locale: 'pt-BR' });
    assert.match(cardText(form), /^Relatar um problema\n/);
    assert.match(cardText(form), /O que deu errado\?\nLigar para alguém/);
    const filed = await submit(h, '29:joao', form, { category: 'directory' }, 'pt-BR');
    assert.match(cardText(filed), /Obrigado, seu relato foi registrado\nA referência é PR-/);
    const view = await h.click(
      '29:admin',
      'admin.report.open',
      { id: referenceIn(filed) },
      { locale: 'pt-BR' },
    );
    assert.match(cardText(view), /Relato PR-\w+\nEm aberto/);
    assert.match(cardText(view), /Assunto\nEncontrar um colega/);
  });
});
