/**
 * The country a user speaks from, which decides how the numbers they type are read ("(11) 3881-6025"
 * is São Paulo for a user in Brazil) and how numbers are shown to them (national format for numbers
 * of their own country, international otherwise). In order:
 *
 * 1. their Microsoft Graph profile: `usageLocation` (ISO code, set for licensing), else `country`
 *    (free text such as "Brazil", "Brésil" or "BR");
 * 2. the region of their Teams locale ("pt-BR", "en-GB", "fr-FR"; a bare "fr" says nothing);
 * 3. the company's country: the tenant file's `organization.country`, else its time zone's country
 *    (settings.defaultCountry).
 */
import { getCountries, isSupportedCountry, type CountryCode } from 'libphonenumber-js';
import { foldText } from '../domain/name-text';

/** The country of a Graph profile (`usageLocation`, else `country`), when it names one. */
export function countryOfProfile(usageLocation?: string, country?: string): CountryCode | undefined {
  return countryCode(usageLocation) ?? countryCode(country) ?? countryNamed(country);
}

/** The region of a locale tag ("pt-BR" → BR, "en-gb" → GB), when it has a known one. */
export function countryOfLocale(localeTag?: string | null): CountryCode | undefined {
  if (!localeTag) return undefined;
  try {
    return countryCode(new Intl.Locale(localeTag.replace(/_/g, '-')).region);
  } catch {
    // Not a well-formed tag ("english"): it names no region.
    return undefined;
  }
}

export interface UserCountrySources {
  /** The speaker's person, with the country of their Graph profile when it gives one. */
  person?: { country?: CountryCode } | null;
  /** The Teams client's locale tag. */
  localeTag?: string | null;
  /** The company's country. */
  companyCountry: CountryCode;
}

/** The speaker's country: their profile, else their Teams locale's region, else the company's. */
export function userCountry(sources: UserCountrySources): CountryCode {
  return sources.person?.country ?? countryOfLocale(sources.localeTag) ?? sources.companyCountry;
}

function countryCode(text?: string): CountryCode | undefined {
  const code = text?.trim().toUpperCase();
  if (!code || !/^[A-Z]{2}$/.test(code)) return undefined;
  // "UK" is how people write it; ISO says GB.
  const iso = code === 'UK' ? 'GB' : code;
  return isSupportedCountry(iso) ? iso : undefined;
}

let names: Map<string, CountryCode> | undefined;

/** A country name folded for lookup: no case or accents, punctuation and hyphens as spaces. */
function nameKey(text: string): string {
  return foldText(text)
    .replace(/[\s.'-]+/g, ' ')
    .trim();
}

// Country names in the bot's three languages (and their usual English forms), folded.
function countryNamed(text?: string): CountryCode | undefined {
  if (!text) return undefined;
  if (names === undefined) {
    names = new Map();
    for (const language of ['en', 'fr', 'pt']) {
      const display = new Intl.DisplayNames([language], { type: 'region' });
      for (const code of getCountries()) {
        const name = display.of(code);
        if (name) names.set(nameKey(name), code);
      }
    }
    for (const [alias, code] of [
      ['uk', 'GB'],
      ['england', 'GB'],
      ['great britain', 'GB'],
      ['usa', 'US'],
      ['united states of america', 'US'],
      ['brasil', 'BR'],
    ] as const)
      names.set(alias, code);
  }
  return names.get(nameKey(text));
}
