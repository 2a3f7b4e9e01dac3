import type { Situation } from './logic';
import { evaluateRule } from './assess';
import { ruleById, type RuleId } from './rules';

/**
 * The legal rules as plain guards over the answers so far: each is true only once the answers
 * settle it (see rules.ts for the clauses of each).
 */
export type RuleGuard = (situation: Situation) => boolean;

const ruleGuard =
  (id: RuleId): RuleGuard =>
  (situation) =>
    evaluateRule(ruleById(id), situation).value === true;

// Rule 1: safety first; not a legal test.
export const isInImmediateDanger = ruleGuard('isInImmediateDanger');
// Rule 2: 22 U.S.C. §7102(11)(A), 18 U.S.C. §1591; Palermo Art. 3(c); MSA 2015 s.2–3.
export const isChildSexTrafficking = ruleGuard('isChildSexTrafficking');
// Rule 3: 22 U.S.C. §7102(11)(A), 18 U.S.C. §1591; Palermo Art. 3(a); MSA 2015 s.2–3.
export const isSexTrafficking = ruleGuard('isSexTrafficking');
// Rule 4: 18 U.S.C. §§1589–1590; Palermo Art. 3(a); MSA 2015 s.1, s.3(5)–(6).
export const isLaborTrafficking = ruleGuard('isLaborTrafficking');
// Rule 5: Palermo Art. 3(c)–(d); MSA 2015 s.2, s.3(6) (not US federal law).
export const isChildLaborTrafficking = ruleGuard('isChildLaborTrafficking');
// Rule 6: signs that need a hotline's judgement.
export const isPossibleTrafficking = ruleGuard('isPossibleTrafficking');
// Rule 7: UN Smuggling Protocol Art. 3.
export const isSmuggling = ruleGuard('isSmuggling');
// Rule 8: labour law (FLSA in the US), not trafficking.
export const isLaborExploitation = ruleGuard('isLaborExploitation');
// Rule 9: none of the above.
export const isNotIndicated = ruleGuard('isNotIndicated');

export const RULE_GUARDS: Record<RuleId, RuleGuard> = {
  isInImmediateDanger,
  isChildSexTrafficking,
  isSexTrafficking,
  isLaborTrafficking,
  isChildLaborTrafficking,
  isPossibleTrafficking,
  isSmuggling,
  isLaborExploitation,
  isNotIndicated,
};
