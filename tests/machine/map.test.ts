import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { currentQuestion, outcomeOf, presetFor, type CheckSnapshot } from '../../machines/driver';
import { ANSWERS, FACT_IDS, JURISDICTIONS, OUTCOME_IDS, type Jurisdiction } from '../../machines/facts';
import { buildDecisionMap, outcomeNode, questionNode, REVIEW_NODE } from '../../machines/map';
import { checkMachine } from '../../machines/check.machine';

/** Where a snapshot stands, as a map node id. */
function nodeOf(snapshot: CheckSnapshot): string {
  const fact = currentQuestion(snapshot);
  if (fact) return questionNode(fact);
  const outcome = outcomeOf(snapshot);
  if (outcome) return outcomeNode(outcome);
  if (snapshot.matches('review')) return REVIEW_NODE;
  throw new Error(`unexpected state ${JSON.stringify(snapshot.value)}`);
}

/** Every person-level transition, found by stepping the machine with xstate's pure transition(). */
function transitionsOf(jurisdiction: Jurisdiction) {
  const nodes = new Set<string>();
  const edges = new Set<string>();
  const [start] = initialTransition(checkMachine, { preset: presetFor(jurisdiction, 'self') });
  const stack: CheckSnapshot[] = [start as CheckSnapshot];
  while (stack.length > 0) {
    const snapshot = stack.pop()!;
    const from = nodeOf(snapshot);
    nodes.add(from);
    const fact = currentQuestion(snapshot);
    const events = fact ? ANSWERS.map((value) => ({ type: 'ANSWER' as const, fact, value })) : snapshot.matches('review') ? [{ type: 'CONFIRM' as const }] : [];
    if (outcomeOf(snapshot) !== null) continue;
    for (const event of events) {
      const [next] = transition(checkMachine, snapshot, event);
      edges.add(`${from}--${event.type === 'ANSWER' ? event.value : 'confirm'}--${nodeOf(next as CheckSnapshot)}`);
      stack.push(next as CheckSnapshot);
    }
  }
  return { nodes, edges };
}

describe.each(JURISDICTIONS)('decision map, %s', (jurisdiction) => {
  const map = buildDecisionMap(jurisdiction);
  const machine = transitionsOf(jurisdiction);

  it('has exactly the states a person can reach in the machine', () => {
    expect(new Set(map.nodes.map((n) => n.id))).toEqual(machine.nodes);
  });

  it('has exactly the transitions a person can take in the machine, and nothing else', () => {
    expect(new Set(map.edges.map((e) => e.id))).toEqual(machine.edges);
    expect(map.edges.length).toBe(machine.edges.size);
  });

  it('edges join nodes of the map', () => {
    const ids = new Set(map.nodes.map((n) => n.id));
    for (const edge of map.edges) {
      expect(ids.has(edge.from) && ids.has(edge.to), edge.id).toBe(true);
    }
  });
});

it('across jurisdictions, every question, the summary and every outcome state of the machine is on a map', () => {
  const definition = checkMachine.root.states;
  const questionStates = Object.keys(definition.asking.states);
  const finalStates = Object.keys(definition.outcome.states);
  expect(new Set(questionStates)).toEqual(new Set(FACT_IDS));
  expect(new Set(finalStates)).toEqual(new Set(OUTCOME_IDS));
  const onMaps = new Set(JURISDICTIONS.flatMap((j) => buildDecisionMap(j).nodes.map((n) => n.id)));
  expect(onMaps).toEqual(new Set([...questionStates.map((f) => questionNode(f as (typeof FACT_IDS)[number])), REVIEW_NODE, ...finalStates.map((o) => outcomeNode(o as (typeof OUTCOME_IDS)[number]))]));
});
