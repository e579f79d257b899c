import assert from 'node:assert/strict';
import {
  countryForTimeZone,
  digitsKey,
  displayPhoneNumber,
  formatPhoneNumber,
  looksLikePhoneNumber,
  maskPhoneNumber,
  parsePhoneNumber,
} from '../../../bot/domain/phone-number';

describe('domain/phone-number', () => {
  describe('countryForTimeZone', () => {
    it('knows the zones of the bot’s countries', () => {
      assert.equal(countryForTimeZone('Europe/Paris'), 'FR');
      assert.equal(countryForTimeZone('Europe/London'), 'GB');
      assert.equal(countryForTimeZone('America/New_York'), 'US');
      assert.equal(countryForTimeZone('America/Montreal'), 'CA');
      assert.equal(countryForTimeZone('Europe/Lisbon'), 'PT');
    });

    it('maps every Brazilian zone, old names included, to BR', () => {
      for (const zone of [
        'America/Sao_Paulo',
        'America/Manaus',
        'America/Recife',
        'America/Noronha',
        'America/Rio_Branco',
        'Brazil/East',
      ]) {
        assert.equal(countryForTimeZone(zone), 'BR', zone);
      }
    });

    it('ignores case, and falls back for zones of no country', () => {
      assert.equal(countryForTimeZone('europe/paris'), 'FR');
      assert.equal(countryForTimeZone('Etc/UTC', 'FR'), 'FR');
      assert.equal(countryForTimeZone('Nowhere/Atlantis'), 'US');
      assert.equal(countryForTimeZone('US/Pacific'), 'US');
    });
  });

  describe('parsePhoneNumber', () => {
    it('reads international and national formats', () => {
      assert.equal(parsePhoneNumber('+33 1 23 45 67 89', 'FR'), '+33123456789');
      assert.equal(parsePhoneNumber('01 23 45 67 89', 'FR'), '+33123456789');
      assert.equal(parsePhoneNumber('01.23.45.67.89', 'FR'), '+33123456789');
      assert.equal(parsePhoneNumber('(11) 98765-4321', 'BR'), '+5511987654321');
      assert.equal(parsePhoneNumber('+44 20 7946 0958', 'FR'), '+442079460958');
      assert.equal(parsePhoneNumber('tel:+33123456789'), '+33123456789');
    });

    it('reads the 00 international prefix, even where the local one differs', () => {
      assert.equal(parsePhoneNumber('0033 1 23 45 67 89', 'FR'), '+33123456789');
      assert.equal(parsePhoneNumber('0033 1 23 45 67 89', 'BR'), '+33123456789');
    });

    it('refuses names, extensions and numbers without a country', () => {
      assert.equal(parsePhoneNumber('Alice', 'FR'), null);
      assert.equal(parsePhoneNumber('2001', 'FR'), null);
      assert.equal(parsePhoneNumber('01 23 45 67 89'), null);
      assert.equal(parsePhoneNumber('', 'FR'), null);
      assert.equal(looksLikePhoneNumber('call 0123456789'), false);
      assert.equal(looksLikePhoneNumber('+33 (0)1 23 45 67 89'), true);
    });
  });

  describe('formatPhoneNumber', () => {
    it('shows a number of the viewer’s country in national format', () => {
      assert.equal(formatPhoneNumber('+33123456789', 'FR'), '01 23 45 67 89');
      assert.equal(formatPhoneNumber('+5511987654321', 'BR'), '(11) 98765-4321');
    });

    it('shows a foreign number in international format', () => {
      assert.equal(formatPhoneNumber('+33123456789', 'BR'), '+33 1 23 45 67 89');
      assert.equal(formatPhoneNumber('+442079460958', 'FR'), '+44 20 7946 0958');
      assert.equal(formatPhoneNumber('+442079460958'), '+44 20 7946 0958');
    });

    it('leaves text that is not a number alone', () => {
      assert.equal(formatPhoneNumber('anonymous', 'FR'), 'anonymous');
    });
  });

  describe('displayPhoneNumber (the one rule for every card)', () => {
    it('shows a number of the viewer’s country in national format and any other internationally', () => {
      assert.equal(displayPhoneNumber('+447700900238', 'GB'), '07700 900238');
      assert.equal(displayPhoneNumber('+447700900238', 'FR'), '+44 7700 900238');
      assert.equal(displayPhoneNumber('+551138816025', 'BR'), '(11) 3881-6025');
      assert.equal(displayPhoneNumber('+551138816025', 'GB'), '+55 11 3881 6025');
    });

    it('leaves extensions as they are', () => {
      assert.equal(displayPhoneNumber('2102', 'FR'), '2102');
    });
  });

  describe('maskPhoneNumber', () => {
    it('keeps the country code and the last two digits', () => {
      assert.equal(maskPhoneNumber('+33123456789'), '+33 • •• •• •• 89');
      assert.equal(maskPhoneNumber('+5511987654321'), '+55 •• ••••• ••21');
    });

    it('masks what it cannot parse too', () => {
      assert.equal(maskPhoneNumber('123456'), '••••56');
      assert.ok(!/\d{3}/.test(maskPhoneNumber('+999123456789')));
    });
  });

  describe('digitsKey', () => {
    it('gives one key for one number however it is written', () => {
      const key = digitsKey('+33123456789');
      assert.equal(key, '33123456789');
      assert.equal(digitsKey('+33 1 23 45 67 89'), key);
      assert.equal(digitsKey('01 23 45 67 89', 'FR'), key);
      assert.equal(digitsKey('+33 (0)1 23 45 67 89'), key);
    });
  });
});
