import Link from 'next/link';
import { loadContent } from '../../content/load';
import { emergencyNumbers } from '../lib/emergency-numbers';
import { href, type Locale } from '../lib/locale';
import { EmergencyLine } from './EmergencyLine';
import { LanguageSwitch } from './LanguageSwitch';
import { QuickExit } from './QuickExit';

/**
 * On every page: the emergency line and Quick exit, fixed at the top at every scroll position;
 * then the language switch and, outside the check, the site navigation. Inside the check (and a
 * training case) there is no navigation, as in a GOV.UK transaction: the question comes first.
 */
export function SiteHeader({ locale, path, inCheck = false }: { locale: Locale; path: string; inCheck?: boolean }) {
  const { header, site } = loadContent(locale).words.ui;
  return (
    <>
      <a className="skip-link" href="#main">
        {site.skipLink}
      </a>
      <div className="safety-bar" role="region" aria-label={header.emergencyLead}>
        {/* On the check page the island tells the line the chosen country's number: no list of them in the page. */}
        <EmergencyLine words={header} numbers={emergencyNumbers({ countries: path !== 'check' })} />
        <QuickExit label={header.quickExit} hint={header.quickExitHint} />
      </div>
      <header className={`site-header${inCheck ? ' site-header--check' : ''}`}>
        {inCheck ? (
          <span className="site-header__name">{site.name}</span>
        ) : (
          <Link href={href(locale)} prefetch={false} className="site-header__name">
            {site.name}
          </Link>
        )}
        <LanguageSwitch current={locale} label={site.languageLabel} path={path} />
      </header>
      {!inCheck && (
        <nav className="site-nav" aria-label={site.navLabel}>
          <ul>
            {/* A plain link: the check always starts from its own page, whose first screens work before the scripts. */}
            <li><a href={href(locale, 'check')}>{site.navCheck}</a></li>
            <li><Link href={href(locale, 'learn')} prefetch={false}>{site.navLearn}</Link></li>
            <li><Link href={href(locale, 'contacts')} prefetch={false}>{site.navContacts}</Link></li>
            <li><Link href={href(locale, 'safety')} prefetch={false}>{site.navSafety}</Link></li>
            <li><Link href={href(locale, 'train')} prefetch={false}>{site.navTrain}</Link></li>
            <li><Link href={href(locale, 'map')} prefetch={false}>{site.navMap}</Link></li>
          </ul>
        </nav>
      )}
    </>
  );
}
