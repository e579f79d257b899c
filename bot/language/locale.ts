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
