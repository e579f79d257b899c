/**
 * The speed-dials card: each favourite with one Call button per number (read from the directory
 * now, so numbers are current) and Remove; someone who left the directory is shown as such.
 */
import type { SpeedDialRow, SpeedDialsCardData } from '../../../cards/call/speed-dials';
import type { Translate } from '../../language/i18n';
import type { Person } from '../../people';
import { personDetails } from './choice-view';
import { callableNumbers, numberKindLabel } from './numbers';
import { placeCallData } from './person-view';
import type { SpeedDial } from './speed-dials-store';

export interface SpeedDialsViewOptions {
  banner?: { text: string; tone: SpeedDialsCardData['bannerTone'] };
  nonce: () => string;
  /** Why the viewer cannot place calls: said once, and no Call buttons that could only fail. */
  cannotCall?: string;
}

/** The speed-dials card for the given entries, resolved against the directory. */
export function speedDialsCardData(
  t: Translate,
  entries: readonly SpeedDial[],
  byKey: (key: string) => Person | undefined,
  options: SpeedDialsViewOptions,
): SpeedDialsCardData {
  const rows = entries.map((entry) => speedDialRow(t, entry, byKey(entry.key), options));
  return {
    banner: options.banner?.text ?? '',
    bannerTone: options.banner?.tone ?? 'info',
    title: t('call.speed.title'),
    empty: entries.length === 0 ? t('call.speed.empty') : '',
    cannotCall: entries.length > 0 ? (options.cannotCall ?? '') : '',
    rows,
    footer: t('call.speed.howToAdd'),
  };
}

function speedDialRow(
  t: Translate,
  entry: SpeedDial,
  person: Person | undefined,
  options: SpeedDialsViewOptions,
): SpeedDialRow {
  const removeData = { personKey: entry.key, view: 'list' as const };
  if (!person) {
    return {
      name: entry.name,
      details: t('call.speed.left'),
      left: true,
      calls: [],
      removeTitle: t('call.speed.remove'),
      removeData,
    };
  }
  const numbers = callableNumbers(person);
  const details = personDetails(t, person);
  return {
    name: person.name,
    details: numbers.length > 0 ? details : [details, t('call.speed.noNumber')].filter(Boolean).join(' · '),
    left: false,
    calls: (options.cannotCall ? [] : numbers).map((n) => ({
      title: t('call.speed.callButton', { kind: numberKindLabel(t, n.kind) }),
      data: placeCallData(n.number, n.kind, person, options.nonce()),
    })),
    removeTitle: t('call.speed.remove'),
    removeData,
  };
}
