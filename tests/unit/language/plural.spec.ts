import assert from 'node:assert/strict';
import { translator } from '../../../bot/language/i18n';
import { LOCALES, type Locale } from '../../../bot/language/locale';
import { countKey, pluralCategory, tCount } from '../../../bot/language/plural';
import { catalogue } from '../../../bot/language/strings';
import { peopleLabel, roomDetails } from '../../../bot/commands/rooms/labels';
import type { CommandTurn } from '../../../bot/commands/module';
import type { Room } from '../../../bot/commands/rooms/room';

const turnIn = (locale: Locale): CommandTurn => ({ locale, t: translator(locale) }) as unknown as CommandTurn;

describe('plural forms', () => {
  describe('what Intl.PluralRules says for each language', () => {
    it('uses the plural for zero in English', () => {
      assert.equal(pluralCategory('en', 0), 'other');
    });

    it('uses the singular for zero in French', () => {
      assert.equal(pluralCategory('fr', 0), 'one');
    });

    it('uses the singular for zero in Brazilian Portuguese (CLDR: i = 0..1)', () => {
      assert.equal(pluralCategory('pt-BR', 0), 'one');
    });

    it('uses the singular for one and the plural for two in every language', () => {
      for (const locale of LOCALES) {
        assert.equal(pluralCategory(locale, 1), 'one', locale);
        assert.equal(pluralCategory(locale, 2), 'other', locale);
      }
    });

    it('uses the plural for 1.5 in English and the singular in French and Portuguese', () => {
      assert.equal(pluralCategory('en', 1.5), 'other');
      assert.equal(pluralCategory('fr', 1.5), 'one');
      assert.equal(pluralCategory('pt-BR', 1.5), 'one');
    });

    it("reads CLDR's 'many' (French and Portuguese millions) as the plural", () => {
      assert.equal(new Intl.PluralRules('fr-FR').select(1_000_000), 'many');
      assert.equal(pluralCategory('fr', 1_000_000), 'other');
      assert.equal(pluralCategory('pt-BR', 1_000_000), 'other');
    });
  });

  describe('the catalogue key of a count', () => {
    it('adds .one or .other to the base', () => {
      assert.equal(countKey('en', 'rooms.seats', 1), 'rooms.seats.one');
      assert.equal(countKey('en', 'rooms.seats', 0), 'rooms.seats.other');
      assert.equal(countKey('fr', 'rooms.seats', 0), 'rooms.seats.one');
    });

    it('finds both forms in every language for every counted string', () => {
      for (const locale of LOCALES) {
        const keys = [...catalogue(locale).keys()];
        for (const key of keys.filter((k) => k.endsWith('.one'))) {
          assert.ok(catalogue(locale).has(`${key.slice(0, -'.one'.length)}.other`), `${locale} ${key}`);
        }
        assert.deepEqual(
          keys.filter((k) => /\.many$|Many$/.test(k)),
          [],
          `${locale}: counted strings use .one and .other`,
        );
      }
    });

    it('shows the count in the singular text too, so that it reads right for zero', () => {
      for (const locale of LOCALES) {
        assert.equal(tCount(turnIn(locale), 'rooms.people', 0).startsWith('0 '), true, locale);
      }
    });
  });

  describe('the texts the bot shows', () => {
    it('says "0 people", "1 person" and "2 people" in English', () => {
      const turn = turnIn('en');
      assert.deepEqual(
        [0, 1, 2].map((n) => peopleLabel(turn, n)),
        ['0 people', '1 person', '2 people'],
      );
    });

    it('says "0 personne", "1 personne" and "2 personnes" in French', () => {
      const turn = turnIn('fr');
      assert.deepEqual(
        [0, 1, 2].map((n) => peopleLabel(turn, n)),
        ['0 personne', '1 personne', '2 personnes'],
      );
    });

    it('says "0 pessoa", "1 pessoa" and "2 pessoas" in Brazilian Portuguese', () => {
      const turn = turnIn('pt-BR');
      assert.deepEqual(
        [0, 1, 2].map((n) => peopleLabel(turn, n)),
        ['0 pessoa', '1 pessoa', '2 pessoas'],
      );
    });

    it('counts the seats of a room in each language', () => {
      const room = (capacity: number) => ({ id: 'r', name: 'R', capacity, equipment: [] }) as unknown as Room;
      assert.equal(roomDetails(turnIn('en'), room(1)), '1 seat');
      assert.equal(roomDetails(turnIn('en'), room(12)), '12 seats');
      assert.equal(roomDetails(turnIn('fr'), room(1)), '1 place');
      assert.equal(roomDetails(turnIn('pt-BR'), room(12)), '12 lugares');
    });

    it('counts one more free room in the singular', () => {
      assert.match(tCount(turnIn('en'), 'rooms.search.more', 1), /^1 more free room fits\./);
      assert.match(tCount(turnIn('fr'), 'rooms.search.more', 1), /^1 autre salle libre convient\./);
      assert.match(tCount(turnIn('pt-BR'), 'rooms.search.more', 1), /^Mais 1 sala livre atende\./);
    });

    it('lets the caller give the count already formatted', () => {
      assert.equal(tCount(turnIn('fr'), 'calls.count.calls', 1234, { count: '1 234' }), '1 234 appels');
    });
  });
});
