import Link from 'next/link';
import { loadContent } from '../../content/load';
import { fill } from '../lib/format';
import { href, type Locale } from '../lib/locale';
import { LanguageSwitch } from './LanguageSwitch';
import { QuickExit } from './QuickExit';

/** On every page: the emergency numbers, Quick exit, and the main navigation. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const { data, words } = loadContent(locale);
  const { header, site } = words.ui;
  const dial = (id: string) => {
    const call = data.contacts.find((c) => c.id === id)?.channels.find((ch) => ch.kind === 'call');
    if (!call || call.kind !== 'call') throw new Error(`No number for ${id}`);
    return call;
  };
  const emergency = [
    { key: 'US', template: header.emergencyUS, call: dial('us-911') },
    { key: 'UK', template: header.emergencyUK, call: dial('uk-999') },
    { key: 'INTL', template: header.emergencyINTL, call: dial('intl-local-emergency') },
  ];
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        {site.skipLink}
      </a>
      <div className="site-header__bar">
        <p className="emergency-line">
          <strong>{header.emergencyLead}</strong>{' '}
          {emergency.map(({ key, template, call }, i) => {
            const [before, after] = template.split('{number}');
            return (
              <span key={key} className="emergency-line__item">
                {i > 0 ? ' · ' : ''}
                {before}
                <a href={`tel:${call.tel}`}>{call.display}</a>
                {after}
              </span>
            );
          })}
        </p>
        <QuickExit label={header.quickExit} hint={header.quickExitHint} />
      </div>
      <LanguageSwitch current={locale} label={site.languageLabel} />
      <nav className="site-nav" aria-label={site.navLabel}>
        <Link href={href(locale)} prefetch={false} className="site-nav__name">
          {site.name}
        </Link>
        <ul>
          <li><Link href={href(locale, 'check')} prefetch={false}>{site.navCheck}</Link></li>
          <li><Link href={href(locale, 'learn')} prefetch={false}>{site.navLearn}</Link></li>
          <li><Link href={href(locale, 'contacts')} prefetch={false}>{site.navContacts}</Link></li>
          <li><Link href={href(locale, 'safety')} prefetch={false}>{site.navSafety}</Link></li>
          <li><Link href={href(locale, 'train')} prefetch={false}>{site.navTrain}</Link></li>
          <li><Link href={href(locale, 'map')} prefetch={false}>{site.navMap}</Link></li>
        </ul>
      </nav>
    </header>
  );
}
