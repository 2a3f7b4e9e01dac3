import type { ReactNode } from 'react';
import { CONTENT_SECURITY_POLICY, EXIT_GUARD_SCRIPT } from '../lib/site';
import '../globals.css';

/** The html shell of every page: language, security policy, and the Quick exit guard. */
export function Document({ lang, children }: { lang: string; children: ReactNode }) {
  return (
    <html lang={lang}>
      <head>
        {process.env.NODE_ENV === 'production' && <meta httpEquiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />}
        <meta name="referrer" content="no-referrer" />
        <script dangerouslySetInnerHTML={{ __html: EXIT_GUARD_SCRIPT }} />
      </head>
      <body>{children}</body>
    </html>
  );
}
