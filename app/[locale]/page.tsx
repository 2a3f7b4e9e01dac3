import { KeepOnPhoneSection } from '../components/KeepOnPhoneSection';
import { PageShell } from '../components/PageShell';
import Link from 'next/link';
import { loadContent } from '../../content/load';
import { href, localeOf, type LocaleParams } from '../lib/locale';

export default async function StartPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { start } = loadContent(locale).words.ui;
  return (
    <PageShell locale={locale} path={''}>
      <h1>{start.title}</h1>
      <p className="lead">{start.lead}</p>
      <ul className="list">
        {start.whatItDoes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <Link href={href(locale, 'check')} prefetch={false} className="button button--start" role="button">
          {start.startButton}
          <span aria-hidden="true"> →</span>
        </Link>
      </p>
      <h2>{start.notTitle}</h2>
      <ul className="list">
        {start.notItems.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h2>{start.privacyTitle}</h2>
      {start.privacy.map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h2>{start.confidentialityTitle}</h2>
      <ul className="list">
        {start.confidentiality.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <KeepOnPhoneSection locale={locale} title />
    </PageShell>
  );
}
