import { contactFacts } from '../../content/contact-facts';
import { loadData } from '../../content/load';
import { escapeControl, shorten } from '../../content/messages';
import type { ScenarioCase } from '../../content/scenario-cases';
import { walkThrough } from '../../machines/driver';
import { contactDirectory, resolveReferral } from '../../machines/referrals';

/** The referral tables and contacts the runner resolves the first contact from (loaded once). */
let referrals: { table: ReturnType<typeof loadData>['referrals']; directory: ReturnType<typeof contactDirectory> } | null = null;
function firstContact(walk: ReturnType<typeof walkThrough>): string {
  if (!referrals) {
    // The data files only (contacts and referral tables): no words are needed here.
    const data = loadData();
    referrals = { table: data.referrals, directory: contactDirectory(contactFacts(data.contacts)) };
  }
  return resolveReferral(walk.referral, walk.place, referrals.table, referrals.directory).first.id;
}

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
  const walk = walkThrough({ jurisdiction: scenario.jurisdiction, perspective: scenario.perspective, country: scenario.country ?? null, facts: scenario.facts });
  if (walk.outcome === scenario.expected) {
    // The recommended first contact, so referral routing can be checked headless too.
    return { scenario, passed: true, lines: [`PASS ${id} ${scenario.jurisdiction} ${walk.outcome} → ${firstContact(walk)}`] };
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
