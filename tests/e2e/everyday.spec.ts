/**
 * Everyday use in three languages, over HTTP on the demo tenant: calling from the help card,
 * thanks and small talk, phone emoji and shorthand, and the clock of the user's own locale.
 */
import assert from 'node:assert/strict';
import { DEMO_SIGNED_IN_PERSON_ID } from '../../bot/tenant/demo';
import { parsePhoneNumber as parseNumber } from 'libphonenumber-js';
import type { TenantPerson } from '../../bot/tenant/types';
import { BotHarness, cardText, cardsOf, executeActions, memberOf } from '../support/bot-harness';

const LANGUAGES = [
  {
    locale: 'en-GB',
    help: 'help',
    callBox: /Call someone/,
    thanks: ['thanks', 'thx!', 'thank you so much'],
    thanked: /You're welcome!/,
    bye: 'bye',
    byeAnswer: /^Bye!/,
    empty: /Who should I call\?/,
  },
  {
    locale: 'fr-FR',
    help: 'aide',
    callBox: /Appeler quelqu’un/,
    thanks: ['merci !', 'merci beaucoup', 'merciii'],
    thanked: /Avec plaisir !/,
    bye: 'bonne journee',
    byeAnswer: /^À bientôt !/,
    empty: /Qui dois-je appeler \?/,
  },
  {
    locale: 'pt-BR',
    help: 'ajuda',
    callBox: /Ligar para alguém/,
    thanks: ['obrigado', 'vlw', 'muito obrigada!'],
    thanked: /De nada!/,
    bye: 'tchau',
    byeAnswer: /^Até logo!/,
    empty: /Para quem devo ligar\?/,
  },
];

const NOT_UNDERSTOOD = /did not understand|pas compris|Não entendi/;

describe('everyday use, over HTTP on the demo tenant', () => {
  let h: BotHarness;
  const user = `29:${DEMO_SIGNED_IN_PERSON_ID}`;
  const lucas = 'p-lucas-moreau';

  before(async () => {
    h = await BotHarness.start();
  });
  after(async () => {
    await h.close();
  });

  for (const lang of LANGUAGES) {
    describe(`in ${lang.locale}`, () => {
      it('offers a box to call someone on the help card', async () => {
        const card = await h.sayCard(user, lang.help, { locale: lang.locale });
        assert.match(cardText(card), lang.callBox);
        const call = executeActions(card).find((a) => a.verb === 'help.call');
        assert.ok(call, 'no call button on the help card');
        assert.ok(JSON.stringify(card).includes('"id":"callWho"'), 'no call input on the help card');
      });

      it("answers the help card's call box with the person's card below, and keeps the help card", async () => {
        const before = h.channel.sent.length;
        const replaced = await h.click(
          user,
          'help.call',
          { callWho: 'Lucas Moreau' },
          { locale: lang.locale },
        );
        assert.match(cardText(replaced), lang.callBox);
        const posted = h.channel.sent.slice(before).flatMap((s) => cardsOf(s.activity));
        assert.equal(posted.length, 1);
        const person = cardText(posted[0]!);
        assert.match(person, /Lucas Moreau/);
        assert.ok(executeActions(posted[0]!).some((a) => a.verb === 'call.place'));
      });

      it('asks who to call when the box is sent empty', async () => {
        const before = h.channel.sent.length;
        await h.click(user, 'help.call', { callWho: '   ' }, { locale: lang.locale });
        const texts = h.channel.sent
          .slice(before)
          .map((s) => (typeof s.activity.text === 'string' ? s.activity.text : ''));
        assert.equal(texts.length, 1);
        assert.match(texts[0]!, lang.empty);
      });

      it('answers thanks with a line in kind, not the help card', async () => {
        for (const text of lang.thanks) {
          const replies = await h.say(user, text, { locale: lang.locale });
          assert.equal(replies.length, 1, text);
          assert.equal(cardsOf(replies[0]!).length, 0, `"${text}" got a card`);
          assert.match(String(replies[0]!.text), lang.thanked, text);
        }
      });

      it('answers a goodbye in kind', async () => {
        const replies = await h.say(user, lang.bye, { locale: lang.locale });
        assert.equal(replies.length, 1);
        assert.match(String(replies[0]!.text), lang.byeAnswer);
      });
    });
  }

  it('welcomes a new user with the call box on the welcome card', async () => {
    const person = h.person(lucas);
    const member = memberOf(person);
    const before = h.channel.sent.length;
    await h.post(
      h.activity(member.id, {
        type: 'conversationUpdate',
        membersAdded: [{ id: '28:bot' }],
        locale: 'fr-FR',
      }),
    );
    const cards = h.channel.sent.slice(before).flatMap((s) => cardsOf(s.activity));
    assert.equal(cards.length, 1);
    assert.match(cardText(cards[0]!), /Bienvenue/);
    assert.match(cardText(cards[0]!), /Appeler quelqu’un/);
  });

  it('reads a phone emoji as "call": "📞 Lucas" shows his card', async () => {
    const card = await h.sayCard(user, '📞 Lucas Moreau', { locale: 'fr-FR' });
    assert.doesNotMatch(cardText(card), NOT_UNDERSTOOD);
    assert.match(cardText(card), /Lucas Moreau/);
    assert.ok(executeActions(card).some((a) => a.verb === 'call.place'));
  });

  it('reads "mes resas" as my bookings', async () => {
    const card = await h.sayCard(user, 'mes resas', { locale: 'fr-FR' });
    assert.doesNotMatch(cardText(card), NOT_UNDERSTOOD);
    assert.match(cardText(card), /réserv/i);
  });

  it('reads "quais ligações perdi hoje" as today\'s missed calls, with no person filter', async () => {
    const card = await h.sayCard(user, 'quais ligações perdi hoje', { locale: 'pt-BR' });
    const text = cardText(card);
    assert.doesNotMatch(text, NOT_UNDERSTOOD);
    assert.doesNotMatch(text, /quais/);
    assert.match(text, /chamadas? perdidas? hoje/);
  });

  it('reads "can you ring Lucas from accounting" as a call to Lucas', async () => {
    const card = await h.sayCard(user, 'can you ring Lucas Moreau from accounting', { locale: 'en-GB' });
    assert.match(cardText(card), /Lucas Moreau/);
    assert.ok(executeActions(card).some((a) => a.verb === 'call.place'));
  });

  it('shows times on the 12-hour clock to en-US users and the 24-hour clock to en-GB users', async () => {
    const us = cardText(await h.sayCard(user, 'book a room tomorrow at 2pm for 1 hour', { locale: 'en-US' }));
    const gb = cardText(await h.sayCard(user, 'book a room tomorrow at 2pm for 1 hour', { locale: 'en-GB' }));
    // The time box keeps its HH:mm value (Input.Time); the words around it follow the user's clock.
    assert.match(us, /Free rooms, tomorrow 2:00–3:00 PM/);
    assert.match(gb, /Free rooms, tomorrow 14:00–15:00/);
    assert.doesNotMatch(gb, /[AP]M\b/);
  });

  for (const [locale, text, expected] of [
    ['en-GB', 'book a room tomorrow at 10am for 500 people', 'No room holds 500 people. The largest'],
    [
      'fr-FR',
      'réserver une salle demain à 10h pour 500 personnes',
      'Aucune salle ne peut accueillir 500 personnes',
    ],
    ['pt-BR', 'reservar uma sala amanhã às 10h para 500 pessoas', 'Nenhuma sala comporta 500 pessoas'],
  ] as const) {
    it(`says how large the largest room is when none holds everyone (${locale})`, async () => {
      const largest = [...h.tenant.rooms].sort((a, b) => (b.capacity ?? 0) - (a.capacity ?? 0))[0]!;
      const card = cardText(await h.sayCard(user, text, { locale }));
      assert.ok(card.includes(expected), card);
      assert.ok(card.includes(largest.name), `${largest.name} not named`);
      assert.match(card, new RegExp(`\\b${largest.capacity} (?:seats|places|lugares)\\b`));
    });
  }

  it('names the largest room that has the equipment asked for, not the largest of all', async () => {
    const withWhiteboard = h.tenant.rooms.filter((r) => (r.equipment ?? []).includes('whiteboard'));
    const largest = [...withWhiteboard].sort((a, b) => (b.capacity ?? 0) - (a.capacity ?? 0))[0]!;
    const card = cardText(
      await h.sayCard(user, 'book a room tomorrow at 10am for 500 people with a whiteboard', {
        locale: 'en-GB',
      }),
    );
    assert.ok(card.includes(`is ${largest.name} (`), card);
  });

  describe('a user with no phone-system account', () => {
    // Taken from the tenant, not named: whoever the demo tenant has without a CloudLink user.
    const noAccount = (): string => {
      const person = h.tenant.people.find((p) => p.inCloudLink === false && p.aadObjectId);
      assert.ok(person, 'the demo tenant has nobody without a phone-system account');
      return `29:${person.id}`;
    };

    for (const [locale, text, why] of [
      ['en-GB', 'call Lucas Moreau', /You cannot place calls from Teams yet: you have no extension/],
      ['fr-FR', 'appelle Lucas Moreau', /Vous ne pouvez pas encore appeler depuis Teams/],
      ['pt-BR', 'ligar para Lucas Moreau', /Você ainda não pode ligar pelo Teams/],
    ] as const) {
      it(`sees why instead of Call buttons that could only fail (${locale})`, async () => {
        const card = await h.sayCard(noAccount(), text, { locale });
        assert.match(cardText(card), /Lucas Moreau/);
        assert.match(cardText(card), why);
        assert.equal(executeActions(card).filter((a) => a.verb === 'call.place').length, 0);
      });
    }

    it('sees no Call button on a number typed as such either', async () => {
      const card = await h.sayCard(noAccount(), 'call +33 4 72 56 21 02', { locale: 'en-GB' });
      assert.match(cardText(card), /You cannot place calls/);
      assert.equal(executeActions(card).filter((a) => a.verb === 'call.place').length, 0);
    });

    it('is told "nenhum ramal" in the masculine when a Call button is pressed anyway', async () => {
      const card = await h.click(
        noAccount(),
        'call.place',
        { number: '+33472562102', numberKind: 'work', nonce: 'n-everyday-1' },
        { locale: 'pt-BR' },
      );
      assert.match(cardText(card), /Seu ramal\nnenhum\n/);
    });

    it('still sees Call buttons when the account and the extension are there', async () => {
      const card = await h.sayCard(user, 'call Lucas Moreau', { locale: 'en-GB' });
      assert.doesNotMatch(cardText(card), /You cannot place calls/);
      assert.ok(executeActions(card).some((a) => a.verb === 'call.place'));
    });
  });
  describe('two people whose phone-system accounts share an e-mail address', () => {
    // Taken from the tenant: two phone-system users with one address, one of them signing in to
    // Teams under another address (her own account is then reached by nothing).
    const pair = (): { holder: TenantPerson; other: TenantPerson; address: string } => {
      const byAddress = new Map<string, TenantPerson[]>();
      for (const p of h.tenant.people) {
        if (p.inCloudLink === false || !p.email) continue;
        const key = p.email.toLowerCase();
        byAddress.set(key, [...(byAddress.get(key) ?? []), p]);
      }
      for (const [address, list] of byAddress) {
        const other = list.find((p) => p.upn && p.upn.toLowerCase() !== address && p.aadObjectId);
        const holder = list.find((p) => p !== other);
        if (list.length === 2 && other && holder) return { holder, other, address };
      }
      assert.fail('the demo tenant has no shared phone-system address');
    };

    for (const [locale, text, why] of [
      [
        'en-GB',
        'my calls',
        /uses the e-mail address (\S+), which the phone system also gives to (.+), so I cannot tell/,
      ],
      [
        'fr-FR',
        'mes appels',
        /utilise l’adresse (\S+), que la téléphonie attribue aussi à (.+) : je ne peux pas/,
      ],
      [
        'pt-BR',
        'minhas chamadas',
        /usa o endereço (\S+), que o sistema telefônico também atribui a (.+), então não sei/,
      ],
    ] as const) {
      it(`tells her the shared address is the cause, naming who else has it (${locale})`, async () => {
        const { holder, other, address } = pair();
        const card = cardText(await h.sayCard(`29:${other.id}`, text, { locale }));
        const found = why.exec(card);
        assert.ok(found, card);
        assert.equal(found[1]!.toLowerCase(), address);
        assert.equal(found[2], holder.name);
        assert.doesNotMatch(card, /does not match any user|ne correspond à aucun|não corresponde a nenhum/);
      });
    }

    it('shows why on the person card instead of a Call button', async () => {
      const { other } = pair();
      const card = await h.sayCard(`29:${other.id}`, 'call Lucas Moreau', { locale: 'en-GB' });
      assert.match(cardText(card), /You cannot place calls from Teams yet\. Your phone-system account uses/);
      assert.equal(executeActions(card).filter((a) => a.verb === 'call.place').length, 0);
    });

    it('says the same when a Call button is pressed anyway', async () => {
      const { other } = pair();
      const card = await h.click(
        `29:${other.id}`,
        'call.place',
        { number: '+33472562102', numberKind: 'work', nonce: 'n-everyday-shared' },
        { locale: 'en-GB' },
      );
      assert.match(cardText(card), /which the phone system also gives to/);
    });

    it('lists each of them once when a first name finds them both ("liga pra Ana")', async () => {
      const { holder, other } = pair();
      const first = holder.name.split(' ')[0]!;
      assert.ok(other.name.startsWith(`${first} `), 'the pair shares a first name');
      const card = await h.sayCard(user, `liga pra ${first}`, { locale: 'pt-BR' });
      const lines = cardText(card).split('\n');
      assert.equal(lines.filter((l) => l === holder.name).length, 1, cardText(card));
      assert.equal(lines.filter((l) => l === other.name).length, 1, cardText(card));
      // Each choice is the phone-system account, the one that can be called.
      const keys = executeActions(card).map((a) => String(a.data.personKey));
      assert.deepEqual(keys.sort(), [`cl:${holder.id}`, `cl:${other.id}`].sort());
    });
  });
  describe('phone numbers as people write and read them in their own country', () => {
    // Speakers taken from the tenant by the country of their own work number.
    const speakerIn = (prefix: string): string => {
      const person = h.tenant.people.find(
        (p) => p.phones.work?.startsWith(prefix) && p.aadObjectId && p.inCloudLink !== false && p.extension,
      );
      assert.ok(person, `nobody in the demo tenant has a ${prefix} work number`);
      return `29:${person.id}`;
    };

    for (const [prefix, locale, verb, writings, shown] of [
      [
        '+55',
        'pt-BR',
        'ligar para',
        [
          '(11) 3881-6025',
          '11 3881 6025',
          '11 3881-6025',
          '011 3881 6025',
          '+55 11 3881-6025',
          '0055 11 3881 6025',
        ],
        '(11) 3881-6025',
      ],
      [
        '+33',
        'fr-FR',
        'appelle',
        [
          '04 78 12 34 56',
          '04.78.12.34.56',
          '0478123456',
          '+33 4 78 12 34 56',
          '+33 (0)4 78 12 34 56',
          '0033 4 78 12 34 56',
        ],
        '04 78 12 34 56',
      ],
      [
        '+44',
        'en-GB',
        'call',
        ['020 7946 0123', '(020) 7946-0123', '020-7946-0123', '+44 20 7946 0123', '+44 (0)20 7946 0123'],
        '020 7946 0123',
      ],
    ] as const) {
      it(`reads every usual writing of a ${prefix} number for a speaker in that country (${locale})`, async () => {
        const speaker = speakerIn(prefix);
        for (const writing of writings) {
          const card = await h.sayCard(speaker, `${verb} ${writing}`, { locale });
          assert.ok(cardText(card).split('\n').includes(shown), `${writing}: ${cardText(card)}`);
          assert.ok(
            executeActions(card).some((a) => a.verb === 'call.place'),
            `${writing}: no Call button`,
          );
        }
      });
    }

    it('shows a number nationally to a viewer of its country and internationally to others, on every card', async () => {
      const [uk, fr] = [speakerIn('+44'), speakerIn('+33')];
      const other = h.tenant.people.find(
        (p) => p.phones.mobile?.startsWith('+44') && `29:${p.id}` !== uk && p.inTeams !== false,
      );
      assert.ok(other, 'nobody else in the demo tenant has a UK mobile');
      const mobile = parseNumber(other.phones.mobile!);
      const toUk = cardText(await h.sayCard(uk, `call ${other.name}`, { locale: 'en-GB' })).split('\n');
      const toFr = cardText(await h.sayCard(fr, `appelle ${other.name}`, { locale: 'fr-FR' })).split('\n');
      assert.ok(toUk.includes(mobile.formatNational()), toUk.join(' | '));
      assert.ok(toFr.includes(mobile.formatInternational()), toFr.join(' | '));
      // The call logs follow the same rule: no number of the viewer's own country in international form.
      const ukLog = cardText(await h.sayCard(uk, 'my calls', { locale: 'en-GB' }));
      const frLog = cardText(await h.sayCard(fr, 'mes appels', { locale: 'fr-FR' }));
      assert.match(ukLog, /\b0\d{2,4} \d{3,4} \d{3,4}\b/, 'a UK number in national form');
      assert.doesNotMatch(ukLog, /\+44 /);
      assert.match(frLog, /\b0\d( \d\d){4}\b/, 'a French number in national form');
      assert.doesNotMatch(frLog, /\+33 /);
    });
  });
  describe('wording and layout at a Teams message width', () => {
    it('elides "de" in French titles: "Présence d’Hélène …"', async () => {
      const helene = h.tenant.people.find((p) => /^[HÉEAÀIOU]/.test(p.name) && p.inTeams !== false)!;
      const card = cardText(await h.sayCard(user, `présence de ${helene.name}`, { locale: 'fr-FR' }));
      assert.ok(card.includes(`Présence d’${helene.name}`), card);
    });

    it('answers presence in one line, with where it comes from behind a button', async () => {
      const card = await h.sayCard(user, 'is Lucas Moreau available', { locale: 'en-GB' });
      const json = JSON.stringify(card);
      const body = (card as { body: Array<Record<string, unknown>> }).body;
      const hidden = body.find((b) => b.isVisible === false);
      assert.ok(hidden, json);
      assert.ok(json.includes('"Action.ToggleVisibility"'));
      const shown = body.filter((b) => b !== hidden && b.type === 'TextBlock');
      assert.ok(shown.length <= 2, 'a title and one line');
      assert.doesNotMatch(shown.map((b) => String(b.text)).join(' '), /Counts as|outranked/);
    });

    for (const [locale, text, floor] of [
      ['en-GB', 'book a room for 20 tomorrow at 10am', 'ground floor'],
      ['fr-FR', 'réserve une salle pour 20 demain à 10h', 'rez-de-chaussée'],
      ['pt-BR', 'reservar uma sala para 20 amanhã às 10h', 'térreo'],
    ] as const) {
      it(`names a ground floor in words, never "floor Ground" (${locale})`, async () => {
        const ground = h.tenant.rooms.find((r) => r.floor && /^(ground|0|g)$/i.test(r.floor.trim()));
        assert.ok(ground, 'the demo tenant has a room on the ground floor');
        const card = cardText(await h.sayCard(user, text, { locale }));
        assert.ok(card.includes(ground.name), card);
        assert.ok(card.includes(`, ${floor}`), card);
        assert.doesNotMatch(card, /floor Ground|étage Ground|andar Ground/);
      });
    }

    it('lays out each call of the Portuguese log as name, detail and time beside one short button', async () => {
      const card = await h.sayCard(user, 'minhas chamadas', { locale: 'pt-BR' });
      const rows: Array<{ columns: Array<{ items: unknown[] }> }> = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) node.forEach(walk);
        else if (node && typeof node === 'object') {
          const o = node as Record<string, unknown>;
          if (o.type === 'ColumnSet' && JSON.stringify(o).includes('"Retornar"')) rows.push(o as never);
          else Object.values(o).forEach(walk);
        }
      };
      walk(card);
      assert.ok(rows.length > 0, cardText(card));
      assert.doesNotMatch(JSON.stringify(card), /Ligar de volta/);
      for (const row of rows) {
        // Icon, the text, the button: the time is a line of the text, so that names and numbers
        // have the width and are not cut mid-word.
        assert.equal(row.columns.length, 3, JSON.stringify(row));
        assert.equal(row.columns[1]!.items.length, 3, 'name, detail, and when · how long');
      }
    });
  });
});
