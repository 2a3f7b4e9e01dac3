import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { loadContent } from '../../content/load';
import { Document } from '../components/Document';
import { SiteHeader } from '../components/SiteHeader';
import { localeOf, localeStaticParams, type LocaleParams } from '../lib/locale';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  const { site } = loadContent(await localeOf(props)).words.ui;
  return { title: { default: site.name, template: `%s – ${site.name}` }, description: site.description };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b0c0c' };

export default async function LocaleLayout(props: LocaleParams & { children: ReactNode }) {
  const locale = await localeOf(props);
  const { site } = loadContent(locale).words.ui;
  return (
    <Document lang={locale}>
      <SiteHeader locale={locale} />
      <main id="main" className="page" tabIndex={-1}>
        {props.children}
      </main>
      <footer className="site-footer">
        <p>{site.footer}</p>
        <p>{site.footerSource}</p>
      </footer>
    </Document>
  );
}
