import { Fragment } from 'react';
import { KeepOnPhoneSection } from '../../components/KeepOnPhoneSection';
import { PageShell } from '../../components/PageShell';
import { loadContent } from '../../../content/load';
import { ProseSection } from '../../components/Prose';
import { localeOf, type LocaleParams } from '../../lib/locale';

/** The section of content/<locale>/safety.yaml about keeping the tool on the phone: the control follows it
 * (or ends the page, if the section is missing). */
const KEEP_ON_PHONE_SECTION = 'keep-on-phone';

export default async function SafetyPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { words } = loadContent(locale);
  return (
    <PageShell locale={locale} path={'safety'}>
      <h1>{words.ui.safety.title}</h1>
      <p className="lead">{words.safety.lead}</p>
      {words.safety.sections.map((section) => (
        <Fragment key={section.id}>
          <ProseSection section={section} />
          {section.id === KEEP_ON_PHONE_SECTION && <KeepOnPhoneSection locale={locale} />}
        </Fragment>
      ))}
      {!words.safety.sections.some((section) => section.id === KEEP_ON_PHONE_SECTION) && <KeepOnPhoneSection locale={locale} />}
    </PageShell>
  );
}
