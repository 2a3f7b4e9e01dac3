import { COUNTRY_CODES, type CountryCode } from '../machines/country-codes';
import type { Locale } from './locales';

/**
 * Country and territory names for the "Where is this happening?" list, in the page's language and
 * sorted for it. Names come from the Unicode CLDR data built into Node's ICU (Intl.DisplayNames),
 * read at build time: nothing is typed by hand, and the browser receives plain strings.
 */
export interface CountryName {
  readonly code: CountryCode;
  readonly name: string;
}

const cache = new Map<Locale, readonly CountryName[]>();

export function countryNames(locale: Locale): readonly CountryName[] {
  const cached = cache.get(locale);
  if (cached) return cached;
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const collator = new Intl.Collator(locale, { sensitivity: 'base' });
  const list = COUNTRY_CODES.map((code) => {
    const name = names.of(code);
    if (!name) throw new Error(`No ${locale} name for the country code ${code} in this Node's ICU data`);
    return { code, name };
  }).sort((a, b) => collator.compare(a.name, b.name));
  cache.set(locale, list);
  return list;
}

/** One country's name in a language. */
export function countryName(locale: Locale, code: CountryCode): string {
  const found = countryNames(locale).find((c) => c.code === code);
  if (!found) throw new Error(`Unknown country code ${code}`);
  return found.name;
}
