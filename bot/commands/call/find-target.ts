/**
 * Who the user means, found in the indexed people directory (never by listing users): one
 * person, several to choose from, none (with the closest names), or a phone number (with its
 * owner when exactly one person has it).
 */
import type { CountryCode } from '../../domain/phone-number';
import type { Target } from '../../language/intents';
import type { Person, PeopleSnapshot } from '../../people';
import { kindOfNumber, type CallableNumber } from './numbers';

export type Found =
  | { kind: 'person'; person: Person }
  /** Best first, at most 10; `total` counts every match of the same quality. */
  | { kind: 'several'; people: Person[]; total: number }
  | { kind: 'none'; suggestions: Person[] }
  | { kind: 'number'; e164: string; owner?: { person: Person; numberKind?: CallableNumber['kind'] } }
  /** Digits too short for a number that are nobody's extension. */
  | { kind: 'unknownExtension'; extension: string }
  | { kind: 'unreadableNumber'; raw: string };

/** The words the user typed for the target, for titles ("No one matches “Alicce”"). */
export function targetText(target: Target): string {
  switch (target.kind) {
    case 'name':
      return target.text;
    case 'extension':
      return target.extension;
    case 'number':
      return target.raw;
  }
}

/** Finds the target among the people of the snapshot; numbers are read in `country`, the speaker's. */
export function findTarget(people: PeopleSnapshot, target: Target, country?: CountryCode): Found {
  const result = people.directory.search(targetText(target), { country });
  switch (result.kind) {
    case 'unique':
      return { kind: 'person', person: result.match.person };
    case 'several':
      return { kind: 'several', people: result.matches.map((m) => m.person), total: result.total };
    case 'number': {
      if (!result.match) return { kind: 'number', e164: result.e164 };
      const person = result.match.person;
      const numberKind = kindOfNumber(person, result.e164, country);
      return { kind: 'number', e164: result.e164, owner: numberKind ? { person, numberKind } : { person } };
    }
    case 'none':
      if (target.kind === 'extension') return { kind: 'unknownExtension', extension: target.extension };
      if (target.kind === 'number') return { kind: 'unreadableNumber', raw: target.raw };
      return { kind: 'none', suggestions: result.suggestions.map((s) => s.person) };
  }
}
