import type { Metadata } from 'next';
import { loadContent } from '../../../content/load';
import { ProseSection } from '../../components/Prose';
import { localeOf, type LocaleParams } from '../../lib/locale';

export async function generateMetadata(props: LocaleParams): Promise<Metadata> {
  return { title: loadContent(await localeOf(props)).words.ui.safety.title };
}

export default async function SafetyPage(props: LocaleParams) {
  const { words } = loadContent(await localeOf(props));
  return (
    <>
      <h1>{words.ui.safety.title}</h1>
      <p className="lead">{words.safety.lead}</p>
      {words.safety.sections.map((section) => (
        <ProseSection key={section.id} section={section} />
      ))}
    </>
  );
}
