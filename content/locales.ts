/** The languages the content exists in: one folder each under content/. Safe to import in the browser. */
export const LOCALES = ['en', 'es', 'fr', 'pt'] as const;
export type Locale = (typeof LOCALES)[number];

/** Each language's name in that language: a reader looks for their own language's name. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', es: 'Español', fr: 'Français', pt: 'Português' };
