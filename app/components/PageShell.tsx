import type { ReactNode } from 'react';
import { loadContent } from '../../content/load';
import type { Locale } from '../lib/locale';
import { InlineRest } from './InlineRest';
import { SiteHeader } from './SiteHeader';

/** Every page: the safety bar and header, the main content, the footer. */
export function PageShell({ locale, path, inCheck = false, children }: { locale: Locale; path: string; inCheck?: boolean; children: ReactNode }) {
  const { site } = loadContent(locale).words.ui;
  return (
    <>
      {path !== 'check' && <InlineRest />}
      <SiteHeader locale={locale} path={path} inCheck={inCheck} />
      <main id="main" className="page" tabIndex={-1}>
        {children}
      </main>
      {/* Inside the check its results say what the tool is and is not (and the page stays small). */}
      {!inCheck && (
        <footer className="site-footer">
          <p>{site.footer}</p>
          <p>{site.footerSource}</p>
        </footer>
      )}
    </>
  );
}
