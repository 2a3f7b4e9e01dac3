import { KeepOnPhoneSection } from '../components/KeepOnPhoneSection';
import { PageShell } from '../components/PageShell';
import { loadContent } from '../../content/load';
import { fill } from '../lib/format';
import { href, localeOf, type LocaleParams } from '../lib/locale';

export default async function StartPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { data, words } = loadContent(locale);
  const { start } = words.ui;
  const review = data.translations[locale];
  return (
    <PageShell locale={locale} path={''}>
      <h1>{start.title}</h1>
      <p className="lead">{start.lead}</p>
      {/* The one next step comes first: on a phone it is on the first screen, in every language. */}
      <p>
        {/* A plain link: the check's page loads whole, so its first screens work before the scripts. */}
        <a href={href(locale, 'check')} className="button button--start" role="button">
          {start.startButton}
          <span aria-hidden="true">{"\u00a0"}→</span>
        </a>
      </p>
      <ul className="list">
        {start.whatItDoes.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {review && (
        <p className="translation-note" lang={locale}>
          {review.reviewedBy ? fill(start.translationReviewed, { reviewer: review.reviewedBy, date: review.reviewedOn ?? '' }) : start.translationUnreviewed}
        </p>
      )}
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
