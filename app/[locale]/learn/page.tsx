import { PageShell } from '../../components/PageShell';
import { loadContent } from '../../../content/load';
import { JURISDICTIONS } from '../../../machines/facts';
import { ProseSection } from '../../components/Prose';
import { localeOf, type LocaleParams } from '../../lib/locale';

export default async function LearnPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { words } = loadContent(locale);
  const { learn, jurisdictionNames } = words.ui;
  return (
    <PageShell locale={locale} path={'learn'}>
      <h1>{learn.title}</h1>
      <p className="lead">{learn.lead}</p>
      <nav aria-labelledby="on-this-page" className="contents">
        <h2 id="on-this-page" className="contents__title">{learn.onThisPage}</h2>
        <ul>
          {words.learn.sections.map((s) => (
            <li key={s.id}><a href={`#${s.id}`}>{s.title}</a></li>
          ))}
          <li><a href="#definitions">{learn.definitionsTitle}</a></li>
        </ul>
      </nav>
      {words.learn.sections.map((section) => (
        <ProseSection key={section.id} section={section} />
      ))}
      <section id="definitions" aria-labelledby="definitions-title">
        <h2 id="definitions-title">{learn.definitionsTitle}</h2>
        {words.learn.definitions.map((id) => {
          const d = words.definitions[id];
          return (
            <article key={id} id={id} className="definition">
              <h3>{d.term}</h3>
              <p>{d.plain}</p>
              {d.examples.length > 0 && (
                <>
                  <h4>{learn.examplesTitle}</h4>
                  <ul className="list">{d.examples.map((e) => <li key={e}>{e}</li>)}</ul>
                </>
              )}
              <h4>{learn.lawTitle}</h4>
              <dl className="law-list">
                {JURISDICTIONS.map((j) => (
                  <div key={j}>
                    <dt>{jurisdictionNames[j]}</dt>
                    <dd>
                      {d.legal[j].text} <cite>{d.legal[j].citation}</cite>
                    </dd>
                  </div>
                ))}
              </dl>
            </article>
          );
        })}
      </section>
    </PageShell>
  );
}
