import assert from 'node:assert/strict';
import { countryOfLocale, countryOfProfile, userCountry } from '../../../bot/people/user-country';

describe("the speaker's country", () => {
  it('reads the Graph usage location, an ISO code, first', () => {
    assert.equal(countryOfProfile('BR', 'France'), 'BR');
    assert.equal(countryOfProfile(' gb ', undefined), 'GB');
  });

  it('reads the profile country as a code or as a name in English, French or Portuguese', () => {
    for (const [text, code] of [
      ['Brazil', 'BR'],
      ['Brésil', 'BR'],
      ['Brasil', 'BR'],
      ['United Kingdom', 'GB'],
      ['Royaume-Uni', 'GB'],
      ['Reino Unido', 'GB'],
      ['UK', 'GB'],
      ['france', 'FR'],
      ['FR', 'FR'],
    ] as const) {
      assert.equal(countryOfProfile(undefined, text), code, text);
    }
    assert.equal(countryOfProfile(undefined, 'Atlantis'), undefined);
    assert.equal(countryOfProfile('', ''), undefined);
  });

  it('takes the region of the Teams locale when the profile names no country', () => {
    assert.equal(countryOfLocale('pt-BR'), 'BR');
    assert.equal(countryOfLocale('en-gb'), 'GB');
    assert.equal(countryOfLocale('fr'), undefined, 'a bare language names no country');
    assert.equal(countryOfLocale('not a tag'), undefined);
  });

  it("falls back to the company's country, in that order", () => {
    assert.equal(userCountry({ person: { country: 'GB' }, localeTag: 'pt-BR', companyCountry: 'FR' }), 'GB');
    assert.equal(userCountry({ person: {}, localeTag: 'pt-BR', companyCountry: 'FR' }), 'BR');
    assert.equal(userCountry({ person: null, localeTag: 'fr', companyCountry: 'FR' }), 'FR');
  });
});
