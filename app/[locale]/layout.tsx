import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { Document } from '../components/Document';
import { localeOf, localeStaticParams, type LocaleParams } from '../lib/locale';
import { pageMetadata } from '../lib/page-title';

export const dynamicParams = false;
export const generateStaticParams = localeStaticParams;

/** One neutral title for every page of a language: no page sets its own. */
export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  return pageMetadata(await localeOf(props));
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#0b0c0c' };

export default async function LocaleLayout(props: LocaleParams & { children: ReactNode }) {
  return <Document lang={await localeOf(props)}>{props.children}</Document>;
}
