import { PageShell } from '../../components/PageShell';
import { loadContent } from '../../../content/load';
import { JURISDICTIONS } from '../../../machines/facts';
import { DecisionMapList, DecisionMapSvg } from '../../components/DecisionMapSvg';
import { MapLegend } from '../../components/MapLegend';
import { fill } from '../../lib/format';
import { localeOf, type LocaleParams } from '../../lib/locale';
import { layoutMap } from '../../lib/map-layout';

export default async function MapPage(props: LocaleParams) {
  const locale = await localeOf(props);
  const { ui } = loadContent(locale).words;
  const layouts = await Promise.all(JURISDICTIONS.map((j) => layoutMap(j, ui, locale)));
  return (
    <PageShell locale={locale} path={'map'}>
      <h1>{ui.map.title}</h1>
      <p className="lead">{ui.map.lead}</p>
      <ul className="list">
        {JURISDICTIONS.map((j) => (
          <li key={j}>
            <a href={`#map-${j}`}>{fill(ui.map.mapFor, { place: ui.jurisdictionNames[j] })}</a>
          </li>
        ))}
      </ul>
      <MapLegend ui={ui} />
      {layouts.map((layout) => {
        const title = fill(ui.map.mapFor, { place: ui.jurisdictionNames[layout.jurisdiction] });
        return (
          <div key={layout.jurisdiction} id={`map-${layout.jurisdiction}`} className="map-section">
            <h2 id={`map-heading-${layout.jurisdiction}`}>{title}</h2>
            <p className="hint">{ui.map.scrollHint}</p>
            <DecisionMapSvg layout={layout} title={title} />
            <details className="details">
              <summary>{ui.map.textAlternative}</summary>
              <div className="details__text">
                <DecisionMapList layout={layout} leadsTo={(answer, next) => fill(ui.map.leadsTo, { answer, next })} />
              </div>
            </details>
          </div>
        );
      })}
    </PageShell>
  );
}
