import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk-api';
import type { Ui } from '../../content/schema';
import type { Jurisdiction } from '../../machines/facts';
import { buildDecisionMap, type DecisionMap, type MapNode } from '../../machines/map';

/**
 * Lays the decision map out at build time with ELK (layered, top to bottom). Only plain numbers
 * reach the page: the browser draws them as SVG and never loads the layout library.
 */
export interface Point {
  readonly x: number;
  readonly y: number;
}
export interface LaidOutNode {
  readonly id: string;
  readonly kind: MapNode['kind'];
  readonly outcome?: string;
  readonly label: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}
export interface LaidOutEdge {
  /** The machine transitions this drawn edge stands for (answers with the same source and target). */
  readonly ids: readonly string[];
  readonly label: string;
  readonly points: readonly Point[];
  readonly labelAt?: Point;
}
export interface MapLayout {
  readonly jurisdiction: Jurisdiction;
  readonly width: number;
  readonly height: number;
  readonly nodes: readonly LaidOutNode[];
  readonly edges: readonly LaidOutEdge[];
}

const CHAR = 7.4;
const NODE_HEIGHT = 40;
const textWidth = (text: string) => Math.ceil(text.length * CHAR);

export function nodeLabel(node: MapNode, ui: Ui): string {
  if (node.kind === 'question') return ui.map.factLabels[node.fact];
  if (node.kind === 'review') return ui.review.title;
  return ui.map.outcomeLabels[node.outcome];
}

export function answerLabel(event: string, ui: Ui): string {
  return ui.map.answerLabels[event as keyof Ui['map']['answerLabels']];
}

const maps = new Map<Jurisdiction, DecisionMap>();
/** The map data, computed once per build. */
export function decisionMap(jurisdiction: Jurisdiction): DecisionMap {
  if (!maps.has(jurisdiction)) maps.set(jurisdiction, buildDecisionMap(jurisdiction));
  return maps.get(jurisdiction)!;
}

const elk = new ELK();
const layouts = new Map<string, Promise<MapLayout>>();

export function layoutMap(jurisdiction: Jurisdiction, ui: Ui, locale: string): Promise<MapLayout> {
  const key = `${locale}:${jurisdiction}`;
  if (!layouts.has(key)) layouts.set(key, computeLayout(decisionMap(jurisdiction), ui));
  return layouts.get(key)!;
}

async function computeLayout(map: DecisionMap, ui: Ui): Promise<MapLayout> {
  // One drawn edge per source and target, labelled with every answer that takes it.
  const groups = new Map<string, { from: string; to: string; ids: string[]; events: string[] }>();
  for (const edge of map.edges) {
    const key = `${edge.from}>${edge.to}`;
    const group = groups.get(key) ?? { from: edge.from, to: edge.to, ids: [], events: [] };
    group.ids.push(edge.id);
    group.events.push(edge.event);
    groups.set(key, group);
  }
  const order = ['yes', 'no', 'unsure', 'confirm'];
  const grouped = [...groups.values()].map((g, i) => ({
    ...g,
    elkId: `e${i}`,
    label: g.events.sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((e) => answerLabel(e, ui)).join(' / '),
  }));
  const input: ElkNode = {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.edgeRouting': 'POLYLINE',
      'elk.layered.spacing.nodeNodeBetweenLayers': '56',
      'elk.spacing.nodeNode': '28',
      'elk.spacing.edgeLabel': '4',
      'elk.edgeLabels.inline': 'true',
      'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
    },
    children: map.nodes.map((node) => ({ id: node.id, width: Math.max(96, textWidth(nodeLabel(node, ui)) + 24), height: NODE_HEIGHT })),
    edges: grouped.map((g) => ({
      id: g.elkId,
      sources: [g.from],
      targets: [g.to],
      labels: [{ id: `${g.elkId}-label`, text: g.label, width: textWidth(g.label) * 0.85, height: 14 }],
    })),
  };
  const graph: ElkNode = await elk.layout(input);
  const laidEdges = (graph.edges ?? []) as ElkExtendedEdge[];
  const nodes = map.nodes.map((node) => {
    const laid = graph.children!.find((c) => c.id === node.id)!;
    return {
      id: node.id,
      kind: node.kind,
      ...(node.kind === 'outcome' ? { outcome: node.outcome } : {}),
      label: nodeLabel(node, ui),
      x: laid.x!,
      y: laid.y!,
      width: laid.width!,
      height: laid.height!,
    };
  });
  const edges = grouped.map((g) => {
    const laid = laidEdges.find((e) => e.id === g.elkId)!;
    const section = laid.sections![0];
    const label = laid.labels?.[0];
    return {
      ids: g.ids,
      label: g.label,
      points: [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map((p) => ({ x: Math.round(p.x), y: Math.round(p.y) })),
      ...(label ? { labelAt: { x: Math.round(label.x! + label.width! / 2), y: Math.round(label.y! + label.height! / 2) } } : {}),
    };
  });
  return { jurisdiction: map.jurisdiction, width: Math.ceil(graph.width!), height: Math.ceil(graph.height!), nodes, edges };
}
