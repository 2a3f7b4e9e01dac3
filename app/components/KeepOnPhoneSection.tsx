import { loadContent } from '../../content/load';
import type { Locale } from '../lib/locale';
import { manifestFile, offlineListFile } from '../lib/offline';
import { KeepOnPhone } from './KeepOnPhone';

/**
 * "Keep this tool on this phone" on a page (Start, Staying safe; never the check): the control
 * with the list of this language's files and its manifest, hidden when JavaScript is off (it
 * could do nothing then). With `title`, under a heading of its own.
 */
export async function KeepOnPhoneSection({ locale, title = false }: { locale: Locale; title?: boolean }) {
  const words = loadContent(locale).words.ui.offline;
  const control = <KeepOnPhone words={words} list={(await offlineListFile(locale)).url} manifest={manifestFile(locale).url} />;
  return (
    <section className="keep-on-phone-section" aria-labelledby={title ? 'keep-on-phone-heading' : undefined}>
      <noscript>
        <style>{'.keep-on-phone-section{display:none}'}</style>
      </noscript>
      {title && <h2 id="keep-on-phone-heading">{words.title}</h2>}
      {control}
    </section>
  );
}
