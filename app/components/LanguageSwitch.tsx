import { LOCALE_NAMES, LOCALES, type Locale } from '../../content/locales';
import { href } from '../lib/locale';

/**
 * Links to the same page in the other languages. In the check, its place is kept in this tab's
 * session storage, so the person stays at the same step with the same answers; the address
 * carries the language only.
 */
export function LanguageSwitch({ current, label, path }: { current: Locale; label: string; path: string }) {
  return (
    <nav className="language-switch" aria-label={label}>
      <ul>
        {LOCALES.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale}>
                {LOCALE_NAMES[locale]}
              </span>
            ) : (
              <a href={href(locale, path)} lang={locale} hrefLang={locale}>
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
