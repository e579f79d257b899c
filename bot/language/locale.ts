/** The three languages the bot speaks, and how an activity's locale picks one. */
export type Locale = 'en' | 'fr' | 'pt-BR';

export const LOCALES: readonly Locale[] = ['en', 'fr', 'pt-BR'];

/** French for `fr-*`, Brazilian Portuguese for `pt-*`, English otherwise (also when absent). */
export function localeOf(activityLocale: string | undefined | null): Locale {
  const tag = (activityLocale ?? '').trim().toLowerCase();
  if (tag === 'fr' || tag.startsWith('fr-') || tag.startsWith('fr_')) return 'fr';
  if (tag === 'pt' || tag.startsWith('pt-') || tag.startsWith('pt_')) return 'pt-BR';
  return 'en';
}

/** The BCP 47 tag used with Intl for a locale. */
export function intlTag(locale: Locale): string {
  return locale === 'en' ? 'en-GB' : locale === 'fr' ? 'fr-FR' : 'pt-BR';
}

/** How the user reads the time of day: "14:30" or "2:30 PM". */
export type HourClock = '24h' | '12h';

const clocks = new Map<string, HourClock>();

/**
 * The clock of the user's own locale tag: 12-hour for en-US (and the other regions whose
 * convention it is: en-AU, en-IN, en-PH…), 24-hour for en-GB, fr-* and pt-BR. An English tag
 * without a region, an unknown or a malformed tag read as the bot's default, en-GB: 24-hour.
 */
export function hourClockOf(activityLocale: string | undefined | null): HourClock {
  const tag = (activityLocale ?? '').trim().replace(/_/g, '-').slice(0, 35);
  if (!/^[a-z]{2,3}-[a-z0-9]{2,8}(?:-[a-z0-9]{1,8})*$/i.test(tag)) return '24h';
  const key = tag.toLowerCase();
  let clock = clocks.get(key);
  if (clock === undefined) {
    clock = '24h';
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      const cycle = canonical
        ? new Intl.DateTimeFormat(canonical, { hour: 'numeric' }).resolvedOptions().hourCycle
        : undefined;
      clock = cycle === 'h11' || cycle === 'h12' ? '12h' : '24h';
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
    if (clocks.size < 500) clocks.set(key, clock);
  }
  return clock;
}
