import type { Metadata } from 'next';
import { loadContent } from '../../../content/load';
import { CheckApp } from '../../components/check/CheckApp';
import { checkBundle } from '../../lib/bundle';
import { localeOf, type LocaleParams } from '../../lib/locale';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  return { title: loadContent(await localeOf(props)).words.ui.site.navCheck };
}

export default async function CheckPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const bundle = checkBundle(locale);
  return (
    <>
      <noscript>
        <style>{'.check-app{display:none}'}</style>
        <p className="warning-text">{bundle.ui.check.noscript}</p>
      </noscript>
      <CheckApp bundle={bundle} />
    </>
  );
}
