/** The languages the content exists in: one folder each under content/. Safe to import in the browser. */
export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];
