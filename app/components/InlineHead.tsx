'use client';

import { BASE_STYLES } from '../generated/site-styles';
import { EXIT_GUARD_SCRIPT } from '../lib/site';

/**
 * The first screens' stylesheet and the Quick exit guard, inline in every page's <head>: no request blocks the
 * first paint, and Quick exit works before any bundle has loaded. A client component, so that their
 * text is written once into the HTML and never copied into the page's React data (a server
 * component's output would be); React leaves both untouched when it hydrates.
 */
export function InlineHead() {
  return (
    <>
      <style dangerouslySetInnerHTML={{ __html: BASE_STYLES }} />
      <script dangerouslySetInnerHTML={{ __html: EXIT_GUARD_SCRIPT }} />
    </>
  );
}
