import type { ReactNode } from 'react';
import { InlineHead } from './InlineHead';

/**
 * The html shell of every page: language, the stylesheet and the Quick exit guard. The security
 * policy's <meta> (CONTENT_SECURITY_POLICY with the page's script hashes) is written into each built
 * page by scripts/postbuild.mjs, not rendered here: React would find its own copy in the page's data
 * differ from the hashed one at hydration, and add a second <meta> with 'unsafe-inline'.
 */
export function Document({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <head>
        <meta name="referrer" content="no-referrer" />
        <InlineHead />
      </head>
      <body>{children}</body>
    </html>
  );
}
