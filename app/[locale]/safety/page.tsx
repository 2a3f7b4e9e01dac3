import { PageShell } from '../../components/PageShell';
import { loadContent } from '../../../content/load';
import { ProseSection } from '../../components/Prose';
import { localeOf, type LocaleParams } from '../../lib/locale';

export default async function SafetyPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { words } = loadContent(locale);
  return (
    <PageShell locale={locale} path={'safety'}>
      <h1>{words.ui.safety.title}</h1>
      <p className="lead">{words.safety.lead}</p>
      {words.safety.sections.map((section) => (
        <ProseSection key={section.id} section={section} />
      ))}
    </PageShell>
  );
}
