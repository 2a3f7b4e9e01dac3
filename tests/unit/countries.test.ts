import { describe, expect, it } from 'vitest';
import isoCountries from 'i18n-iso-countries';
import { countryNames } from '../../content/countries';
import { LOCALES } from '../../content/locales';
import { COUNTRY_CODES, isCountryCode } from '../../machines/country-codes';

describe('the country list', () => {
  it('holds every ISO 3166-1 alpha-2 code the i18n-iso-countries package lists, and no other', () => {
    expect([...COUNTRY_CODES].sort()).toEqual(Object.keys(isoCountries.getAlpha2Codes()).sort());
  });

  it.each(LOCALES)('%s: every code has a name from the build-time CLDR data, sorted for the language', (locale) => {
    const list = countryNames(locale);
    expect(list).toHaveLength(COUNTRY_CODES.length);
    expect(new Set(list.map((c) => c.name)).size).toBe(list.length);
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    for (let i = 1; i < list.length; i++) expect(collator.compare(list[i - 1].name, list[i].name)).toBeLessThanOrEqual(0);
  });

  it('names follow the language', () => {
    const mexico = (locale: (typeof LOCALES)[number]) => countryNames(locale).find((c) => c.code === 'MX')!.name;
    expect(mexico('en')).toBe('Mexico');
    expect(mexico('es')).toBe('México');
  });

  it('refuses codes that are not on the list', () => {
    expect(isCountryCode('MX')).toBe(true);
    expect(['mx', 'ZZ', 'EU', '', null, 12].some(isCountryCode)).toBe(false);
  });
});
