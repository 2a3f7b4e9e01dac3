'use client';

import { usePathname } from 'next/navigation';
import { LOCALE_NAMES, LOCALES, type Locale } from '../../content/locales';

/**
 * Links to the same page in the other languages. In the check, the answers are kept in this tab's
 * session storage, so the person stays at the same question with the same answers; the address
 * carries the language only.
 */
export function LanguageSwitch({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname() ?? `/${current}/`;
  const rest = pathname.replace(new RegExp(`^/${current}(?=/|$)`), '');
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
              <a href={`/${locale}${rest || '/'}`} lang={locale} hrefLang={locale}>
                {LOCALE_NAMES[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
