import type { OutcomeId } from './facts';
import { all, always, any, emergencyNotYetShown, inJurisdiction, N, notN, notY, U, Y, type Condition } from './logic';

/**
 * The ordered rules of ../shared/reference/decision-logic.md: the first that holds decides.
 * A rule holds when any of its clauses holds; clauses are named so an outcome can say which
 * part of the law decided it. Statutes are summarised in ../shared/reference/law.md.
 */
export interface Clause {
  readonly id: string;
  readonly condition: Condition;
}
export interface Rule {
  readonly id: RuleId;
  readonly outcome: OutcomeId;
  readonly clauses: readonly Clause[];
}
export type RuleId =
  | 'isInImmediateDanger'
  | 'isChildSexTrafficking'
  | 'isSexTrafficking'
  | 'isLaborTrafficking'
  | 'isChildLaborTrafficking'
  | 'isPossibleTrafficking'
  | 'isSmuggling'
  | 'isLaborExploitation'
  | 'isNotIndicated';

const clause = (id: string, condition: Condition): Clause => ({ id, condition });

/** Force, fraud or coercion: the "means" of sex trafficking. 22 U.S.C. §7102(11)(A); 18 U.S.C. §1591. */
const usedForceFraudOrCoercion = any(Y('force'), Y('fraud'), Y('coercion'));

/** Labor means. 18 U.S.C. §1589 lists no fraud: fraud counts only while the person cannot leave. */
const laborMeansEverywhere = any(Y('force'), Y('coercion'), all(Y('fraud'), N('freeToLeave')));

/** Abuse of a position of vulnerability: Palermo Art. 3(a); MSA 2015 s.3(6). Not a means in US law. */
const abusedVulnerability = all(
  inJurisdiction('UK', 'INTL'),
  Y('vulnerability'),
  any(Y('laborViolations'), N('freeToLeave')),
);

export const RULES: readonly Rule[] = [
  {
    // Rule 1: someone is in danger now; safety comes before any legal question.
    id: 'isInImmediateDanger',
    outcome: 'emergency',
    clauses: [clause('danger', all(emergencyNotYetShown, Y('danger')))],
  },
  {
    // Rule 2: 22 U.S.C. §7102(11)(A), 18 U.S.C. §1591(a); Palermo Art. 3(c); MSA 2015 s.2–3: no means for a child.
    id: 'isChildSexTrafficking',
    outcome: 'child_sex_trafficking',
    clauses: [clause('childCommercialSex', all(Y('commercialSex'), Y('under18')))],
  },
  {
    // Rule 3: 22 U.S.C. §7102(11)(A), 18 U.S.C. §1591; Palermo Art. 3(a); MSA 2015 s.2–3.
    id: 'isSexTrafficking',
    outcome: 'sex_trafficking',
    clauses: [clause('commercialSexByMeans', all(Y('commercialSex'), usedForceFraudOrCoercion))],
  },
  {
    // Rule 4: 18 U.S.C. §§1589–1590, 22 U.S.C. §7102(11)(B); Palermo Art. 3(a); MSA 2015 s.1, s.3(5)–(6).
    id: 'isLaborTrafficking',
    outcome: 'labor_trafficking',
    clauses: [
      clause('laborByMeans', all(Y('labor'), laborMeansEverywhere)),
      clause('laborByAbuseOfVulnerability', all(Y('labor'), abusedVulnerability)),
    ],
  },
  {
    // Rule 5: Palermo Art. 3(c)–(d); MSA 2015 s.2, s.3(6): a child recruited, moved or harboured for labor needs no means.
    id: 'isChildLaborTrafficking',
    outcome: 'labor_trafficking',
    clauses: [
      clause(
        'childLaborWithoutMeans',
        all(
          inJurisdiction('UK', 'INTL'),
          Y('labor'),
          Y('under18'),
          any(N('freeToLeave'), all(Y('movedOrHoused'), Y('laborViolations'))),
        ),
      ),
    ],
  },
  {
    // Rule 6: signs of trafficking that the answers cannot settle; a hotline helps decide.
    id: 'isPossibleTrafficking',
    outcome: 'possible_trafficking',
    clauses: [
      clause('sexAgeUnsure', all(Y('commercialSex'), U('under18'))),
      clause('sexMeansUnsure', all(Y('commercialSex'), any(U('force'), U('fraud'), U('coercion')))),
      clause(
        'sexUnsureWithSigns',
        all(
          U('commercialSex'),
          any(notN('under18'), notN('force'), notN('fraud'), notN('coercion'), notN('thirdPartyControl'), notY('freeToLeave')),
        ),
      ),
      // MSA 2015 s.2: arranging travel to control prostitution for gain can be trafficking without force.
      clause('ukControlledProstitution', all(inJurisdiction('UK'), Y('commercialSex'), Y('thirdPartyControl'))),
      clause('laborMeansUnsure', all(Y('labor'), any(U('force'), U('coercion')))),
      clause('laborFraudFreedomUnsure', all(Y('labor'), notN('fraud'), U('freeToLeave'))),
      // MSA 2015 s.3(5): services secured by deception.
      clause('ukServicesByDeception', all(inJurisdiction('UK'), Y('labor'), Y('fraud'))),
      clause('laborVulnerability', all(Y('labor'), Y('vulnerability'), any(Y('laborViolations'), notY('freeToLeave')))),
      // Palermo Art. 3(c); MSA 2015 s.3(6): a child's case may be trafficking without means.
      clause(
        'childLaborUnclear',
        all(
          inJurisdiction('UK', 'INTL'),
          Y('labor'),
          Y('under18'),
          notN('laborViolations'),
          any(U('movedOrHoused'), U('freeToLeave')),
        ),
      ),
      clause('notFreeToLeave', all(any(Y('commercialSex'), notN('labor')), N('freeToLeave'))),
      // Smuggling Protocol Art. 3 vs Palermo Art. 3: a debt or control after arrival turns smuggling into trafficking.
      clause('smuggledNotFree', all(Y('smuggled'), notY('freeOnArrival'))),
    ],
  },
  {
    // Rule 7: Smuggling Protocol Art. 3: a crime against the border, not the person.
    id: 'isSmuggling',
    outcome: 'smuggling',
    clauses: [clause('smuggledAndFree', all(Y('smuggled'), Y('freeOnArrival')))],
  },
  {
    // Rule 8: Fair Labor Standards Act / labour law (wage theft, child labour), not trafficking.
    id: 'isLaborExploitation',
    outcome: 'labor_exploitation',
    clauses: [clause('laborViolationsOrFraud', all(Y('labor'), any(Y('laborViolations'), Y('fraud'))))],
  },
  {
    // Rule 9: none of the above.
    id: 'isNotIndicated',
    outcome: 'not_indicated',
    clauses: [clause('noneOfTheAbove', always)],
  },
];

export const CLAUSE_IDS: readonly string[] = RULES.flatMap((rule) => rule.clauses.map((c) => c.id));

export function ruleById(id: RuleId): Rule {
  const rule = RULES.find((r) => r.id === id);
  if (!rule) throw new Error(`Unknown rule ${id}`);
  return rule;
}
