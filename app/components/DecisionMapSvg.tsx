import type { MapLayout } from '../lib/map-layout';
import './decision-map.css';

export interface MapHighlight {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

const OUTCOME_KIND: Record<string, string> = {
  emergency: 'emergency',
  child_sex_trafficking: 'trafficking',
  sex_trafficking: 'trafficking',
  labor_trafficking: 'trafficking',
  possible_trafficking: 'possible',
  smuggling: 'other-law',
  labor_exploitation: 'other-law',
  not_indicated: 'none',
};

/** The decision map as SVG, from a layout computed at build time; paths can be highlighted. */
export function DecisionMapSvg({ layout, title, trainee, expert }: { layout: MapLayout; title: string; trainee?: MapHighlight; expert?: MapHighlight }) {
  const pad = 12;
  const classes = (id: string, kind: 'nodes' | 'edges', ids: readonly string[] = [id]) =>
    [ids.some((x) => trainee?.[kind].includes(x)) ? 'is-trainee' : '', ids.some((x) => expert?.[kind].includes(x)) ? 'is-expert' : ''].filter(Boolean).join(' ');
  const titleId = `map-title-${layout.jurisdiction}`;
  return (
    <div className="map-scroll" tabIndex={0} role="region" aria-labelledby={titleId}>
      <svg
        className="decision-map"
        width={layout.width + pad * 2}
        height={layout.height + pad * 2}
        viewBox={`${-pad} ${-pad} ${layout.width + pad * 2} ${layout.height + pad * 2}`}
        role="img"
        aria-labelledby={titleId}
      >
        <title id={titleId}>{title}</title>
        <defs>
          <marker id={`arrow-${layout.jurisdiction}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#505a5f" />
          </marker>
        </defs>
        {layout.edges.map((edge) => (
          <g key={edge.ids[0]} className={`map-edge ${classes(edge.ids[0], 'edges', edge.ids)}`} data-edges={edge.ids.join(' ')}>
            <polyline points={edge.points.map((p) => `${p.x},${p.y}`).join(' ')} markerEnd={`url(#arrow-${layout.jurisdiction})`} />
            {edge.labelAt && (
              <text x={edge.labelAt.x} y={edge.labelAt.y} className="map-edge__label" textAnchor="middle" dominantBaseline="middle">
                {edge.label}
              </text>
            )}
          </g>
        ))}
        {layout.nodes.map((node) => (
          <g
            key={node.id}
            className={`map-node map-node--${node.kind}${node.outcome ? ` map-node--${OUTCOME_KIND[node.outcome]}` : ''} ${classes(node.id, 'nodes')}`}
            data-node={node.id}
          >
            <rect x={node.x} y={node.y} width={node.width} height={node.height} rx={node.kind === 'outcome' ? 20 : 4} />
            <text x={node.x + node.width / 2} y={node.y + node.height / 2} textAnchor="middle" dominantBaseline="middle">
              {node.label}
            </text>
          </g>
        ))}
      </svg>
    </div>
  );
}

/** The same graph as nested lists: each question, each answer, and where it leads. */
export function DecisionMapList({ layout, leadsTo }: { layout: MapLayout; leadsTo: (answer: string, next: string) => string }) {
  const byId = new Map(layout.nodes.map((n) => [n.id, n]));
  return (
    <ul className="list map-list">
      {layout.nodes
        .filter((n) => n.kind !== 'outcome')
        .map((node) => (
          <li key={node.id}>
            {node.label}
            <ul>
              {layout.edges
                .filter((e) => e.ids[0].startsWith(`${node.id}--`))
                .map((e) => (
                  <li key={e.ids[0]}>{leadsTo(e.label, byId.get(e.ids[0].split('--')[2])!.label)}</li>
                ))}
            </ul>
          </li>
        ))}
    </ul>
  );
}
