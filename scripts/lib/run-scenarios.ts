import { walkThrough } from '../../machines/driver';
import type { ScenarioCase } from '../../content/scenario-cases';
import { escapeControl, shorten } from '../../content/messages';

export interface CaseResult {
  readonly scenario: ScenarioCase;
  readonly passed: boolean;
  readonly lines: readonly string[];
}

/** A case id as PASS/FAIL lines print it: control characters escaped, a long id shortened. */
export const displayId = (id: string) => escapeControl(shorten(id));

/** Drives the real statechart for one case and describes the result in the runner's words. */
export function runCase(scenario: ScenarioCase): CaseResult {
  const id = displayId(scenario.id);
  const walk = walkThrough({ jurisdiction: scenario.jurisdiction, perspective: scenario.perspective, facts: scenario.facts });
  if (walk.outcome === scenario.expected) {
    return { scenario, passed: true, lines: [`PASS ${id} ${scenario.jurisdiction} ${walk.outcome}`] };
  }
  return {
    scenario,
    passed: false,
    lines: [
      `FAIL ${id} ${scenario.jurisdiction}: expected ${scenario.expected}, got ${walk.outcome}`,
      ...walk.steps.map((step, i) => {
        const given = scenario.facts[step.fact] === undefined ? ' (not in the case: unsure)' : '';
        return `    ${i + 1}. ${step.fact} = ${step.answer}${given}`;
      }),
      `    → ${walk.outcome} (rule ${walk.explanation.ruleId}, clause ${walk.explanation.clauseId})`,
    ],
  };
}

export function runCases(cases: readonly ScenarioCase[]): { results: CaseResult[]; passed: number; failed: number } {
  const results = cases.map(runCase);
  const passed = results.filter((r) => r.passed).length;
  return { results, passed, failed: results.length - passed };
}
