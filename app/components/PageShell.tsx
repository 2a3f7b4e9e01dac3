import type { ReactNode } from 'react';
import { loadContent } from '../../content/load';
import type { Locale } from '../lib/locale';
import { SiteHeader } from './SiteHeader';

/** Every page: the safety bar and header, the main content, the footer. */
export function PageShell({ locale, path, inCheck = false, children }: { locale: Locale; path: string; inCheck?: boolean; children: ReactNode }) {
  const { site } = loadContent(locale).words.ui;
  return (
    <>
      <SiteHeader locale={locale} path={path} inCheck={inCheck} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{site.footer}</p>
        {!inCheck && <p>{site.footerSource}</p>}
      </footer>
    </>
  );
}
