import { preload } from 'react-dom';
import { CheckIsland } from '../../components/check/CheckIsland';
import { PageShell } from '../../components/PageShell';
import { checkDataFile } from '../../lib/check-data';
import { localeOf, type LocaleParams } from '../../lib/locale';
import { settingsProps } from '../../lib/settings-words';

/**
 * The check. Its first screens (who, where, which country) come with the page and work before the
 * scripts arrive; the rest of its words come in one file per language, preloaded at once for every
 * person alike (so the request says nothing about the answers).
 */
export default async function CheckPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const file = checkDataFile(locale);
  preload(file.url, { as: 'fetch', crossOrigin: 'anonymous' });
  return (
    <PageShell locale={locale} path="check" inCheck>
      <noscript>
        <style>{'.settings-form .loading{display:none}'}</style>
      </noscript>
      <CheckIsland source={{ url: file.url }} settings={settingsProps(locale)} />
    </PageShell>
  );
}
