import type { Answer, FactId, Jurisdiction, OutcomeId } from './facts';
import { enumerateRoutes } from './routes';

/**
 * The decision map: the statechart as a person meets it — one node per question state
 * (`asking.<fact>`), the check-your-answers state and each outcome (final) state, and one edge per
 * transition a person can take between them (an answer, or confirming the summary). Built from
 * every route through the machine itself, per jurisdiction, so it cannot drift from the logic.
 */
export type MapNode =
  | { readonly id: string; readonly kind: 'question'; readonly fact: FactId }
  | { readonly id: string; readonly kind: 'review' }
  | { readonly id: string; readonly kind: 'outcome'; readonly outcome: OutcomeId };

export interface MapEdge {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly event: Answer | 'confirm';
}

export interface DecisionMap {
  readonly jurisdiction: Jurisdiction;
  readonly nodes: readonly MapNode[];
  readonly edges: readonly MapEdge[];
}

export const questionNode = (fact: FactId) => `q-${fact}`;
export const outcomeNode = (outcome: OutcomeId) => `o-${outcome}`;
export const REVIEW_NODE = 'review';
export const edgeId = (from: string, event: string, to: string) => `${from}--${event}--${to}`;

/** The node ids and edge ids a route visits: to highlight a trainee's or the expert's path. */
export function pathOnMap(steps: readonly { fact: FactId; answer: Answer }[], outcome: OutcomeId): { nodes: string[]; edges: string[] } {
  const nodes: string[] = steps.map((s) => questionNode(s.fact));
  const edges: string[] = [];
  const end = outcome === 'emergency' ? outcomeNode(outcome) : REVIEW_NODE;
  steps.forEach((step, i) => {
    const to = i + 1 < steps.length ? questionNode(steps[i + 1].fact) : end;
    edges.push(edgeId(questionNode(step.fact), step.answer, to));
  });
  if (outcome !== 'emergency') {
    nodes.push(REVIEW_NODE);
    edges.push(edgeId(REVIEW_NODE, 'confirm', outcomeNode(outcome)));
  }
  nodes.push(outcomeNode(outcome));
  return { nodes, edges };
}

export function buildDecisionMap(jurisdiction: Jurisdiction): DecisionMap {
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, MapEdge>();
  for (const route of enumerateRoutes({ jurisdiction, perspective: 'self' })) {
    if (route.outcome === null) throw new Error('a route without an outcome');
    route.steps.forEach((s) => nodes.set(questionNode(s.fact), { id: questionNode(s.fact), kind: 'question', fact: s.fact }));
    if (route.outcome !== 'emergency') nodes.set(REVIEW_NODE, { id: REVIEW_NODE, kind: 'review' });
    nodes.set(outcomeNode(route.outcome), { id: outcomeNode(route.outcome), kind: 'outcome', outcome: route.outcome });
    const path = pathOnMap(route.steps, route.outcome);
    for (const id of path.edges) {
      const [from, event, to] = id.split('--');
      edges.set(id, { id, from, to, event: event as MapEdge['event'] });
    }
  }
  const order = (n: MapNode) => (n.kind === 'question' ? 0 : n.kind === 'review' ? 1 : 2);
  return {
    jurisdiction,
    nodes: [...nodes.values()].sort((a, b) => order(a) - order(b)),
    edges: [...edges.values()],
  };
}
