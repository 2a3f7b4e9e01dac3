import type { Ui } from '../../content/schema';
import './decision-map.css';

/** What the shapes and colours of the decision map mean (never colour alone: every node is labelled). */
export function MapLegend({ ui, paths = false }: { ui: Ui; paths?: boolean }) {
  const { map } = ui;
  const items: [string, string][] = [
    ['question', map.legendQuestion],
    ['trafficking', map.legendTrafficking],
    ['possible', map.legendPossible],
    ['other-law', map.legendOtherLaw],
    ['none', map.legendNone],
    ['emergency', map.legendEmergency],
    ...(paths ? ([['trainee', map.legendTrainee], ['expert', map.legendExpert]] as [string, string][]) : []),
  ];
  return (
    <div className="map-legend">
      <h2 className="map-legend__title">{map.legendTitle}</h2>
      <ul>
        {items.map(([kind, text]) => (
          <li key={kind}>
            <span className={`map-legend__swatch map-legend__swatch--${kind}`} aria-hidden="true" /> {text}
          </li>
        ))}
      </ul>
    </div>
  );
}
