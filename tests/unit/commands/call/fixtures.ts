// Test doubles for the call area: people, a snapshot of them, translators.
import { translator, type Translate } from '../../../../bot/language/i18n';
import type { Locale } from '../../../../bot/language/locale';
import { buildPeopleSnapshot, type Person, type PeopleSnapshot } from '../../../../bot/people';

/** A person of CloudLink and Teams with a CTI role, changed by `extra`. */
export function person(id: string, name: string, extra: Partial<Person> = {}): Person {
  return {
    key: `cl:${id}`,
    name,
    email: `${id}@example.com`,
    upn: `${id}@example.com`,
    phones: {},
    cloudlinkRole: 'CTI',
    inCloudLink: true,
    inTeams: true,
    teamsPhoneLicense: true,
    isAdmin: false,
    cloudlinkUserId: id,
    graphUserId: `g-${id}`,
    ...extra,
  };
}

/** An indexed snapshot of the people, numbers read in France. */
export function snapshotOf(people: Person[]): PeopleSnapshot {
  return buildPeopleSnapshot({
    people,
    loadedAt: new Date('2026-01-05T09:00:00Z'),
    stats: {
      joined: { mapping: 0, upn: 0, mail: 0 },
      cloudLinkOnly: 0,
      teamsOnly: 0,
      ambiguous: 0,
      unreadablePhones: 0,
      repeatedIds: 0,
    },
    adminGroup: 'ok',
    defaultCountry: 'FR',
  });
}

export const en: Translate = translator('en');
export const fr: Translate = translator('fr');
export const pt: Translate = translator('pt-BR');

export function tr(locale: Locale): Translate {
  return translator(locale);
}

/** Nonces 1, 2, 3… so that card data can be compared. */
export function counter(): () => string {
  let n = 0;
  return () => `n${++n}`;
}
