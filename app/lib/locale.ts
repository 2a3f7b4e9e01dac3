import { LOCALES, type Locale } from '../../content/locales';

export { LOCALES, type Locale };

export const isLocale = (value: string): value is Locale => (LOCALES as readonly string[]).includes(value);

export interface LocaleParams {
  params: Promise<{ locale: string }>;
}

/** The locale of a page, from its route segment (only generated locales exist in the static export). */
export async function localeOf({ params }: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) throw new Error(`Unknown locale ${locale}`);
  return locale;
}

export const localeStaticParams = () => LOCALES.map((locale) => ({ locale }));

/** A path inside the site for a locale, always with the trailing slash of the static export. */
export const href = (locale: Locale, path = '') => `/${locale}/${path ? `${path.replace(/^\/|\/$/g, '')}/` : ''}`;
