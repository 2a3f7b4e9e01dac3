import type { Metadata } from 'next';
import { loadContent, type Locale } from '../../content/load';

import { SITE_TITLE_OVERRIDE } from './site';

/**
 * The one title every page has: neutral and fixed, so nothing telling lands in browser history, the
 * Back list or the tab bar (NEXT_PUBLIC_SITE_TITLE sets it for a deployment).
 */
export const siteTitle = (locale: Locale) => SITE_TITLE_OVERRIDE ?? loadContent(locale).words.ui.site.title;

/** No description either: a page's summary shows in link previews and search results, and says what the site is for. */
export const pageMetadata = (locale: Locale): Metadata => ({ title: siteTitle(locale) });
