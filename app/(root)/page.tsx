import { loadContent } from '../../content/load';
import { href, LOCALES } from '../lib/locale';

/** Picks the language from the browser's preferences (or offers links without JavaScript). */
const CHOOSE_LANGUAGE = `(function(){var l=${JSON.stringify(LOCALES)},p=(navigator.languages||[navigator.language||'']).map(function(x){return String(x).slice(0,2).toLowerCase()});var c=p.filter(function(x){return l.indexOf(x)>=0})[0]||l[0];location.replace('/'+c+'/');})();`;

export default function ChooseLanguage() {
  return (
    <main className="page">
      <h1>{loadContent('en').words.ui.site.name}</h1>
      <ul className="list">
        {LOCALES.map((locale) => (
          <li key={locale} lang={locale}>
            <a href={href(locale)}>{loadContent(locale).words.ui.site.name}</a>
          </li>
        ))}
      </ul>
      <script dangerouslySetInnerHTML={{ __html: CHOOSE_LANGUAGE }} />
    </main>
  );
}
