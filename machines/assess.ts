import { FACT_IDS, PREREQUISITES, knownAnswer, type Answers, type FactId, type OutcomeId } from './facts';
import type { Situation, Truth } from './logic';
import { referralFactsFor } from './referrals';
import { RULES, type Rule, type RuleId } from './rules';

export interface RuleResult {
  readonly value: boolean | null;
  readonly open: readonly FactId[];
  /** The clause that holds, when the rule holds. */
  readonly clauseId?: string;
  readonly support: readonly FactId[];
}

/** A rule holds when any of its clauses holds; it is open while any clause is. */
export function evaluateRule(rule: Rule, situation: Situation): RuleResult {
  const open = new Set<FactId>();
  for (const clause of rule.clauses) {
    const truth: Truth = clause.condition(situation);
    if (truth.value === true) return { value: true, open: [], clauseId: clause.id, support: truth.support };
    if (truth.value === null) truth.open.forEach((f) => open.add(f));
  }
  return open.size > 0 ? { value: null, open: [...open], support: [] } : { value: false, open: [], support: [] };
}

export type Assessment =
  | {
      readonly status: 'decided';
      readonly outcome: OutcomeId;
      readonly ruleId: RuleId;
      readonly clauseId: string;
      /** The answers that decided it. */
      readonly support: readonly FactId[];
    }
  | {
      readonly status: 'open';
      /** Outcomes the answers so far still allow. */
      readonly candidates: readonly OutcomeId[];
      /** Unanswered facts that earlier, still-open rules depend on. */
      readonly open: readonly FactId[];
    };

/**
 * Applies the ordered rules to what is known so far. The outcome is decided when every rule
 * before the first one that holds is either false or leads to the same outcome.
 */
export function assess(situation: Situation): Assessment {
  const candidates = new Set<OutcomeId>();
  const open = new Set<FactId>();
  for (const rule of RULES) {
    const result = evaluateRule(rule, situation);
    if (result.value === false) continue;
    candidates.add(rule.outcome);
    if (result.value === null) {
      result.open.forEach((f) => open.add(f));
      continue;
    }
    if (candidates.size === 1) {
      return { status: 'decided', outcome: rule.outcome, ruleId: rule.id, clauseId: result.clauseId!, support: result.support };
    }
    break;
  }
  return { status: 'open', candidates: [...candidates], open: [...open] };
}

/** A fact cannot be asked before its prerequisite: ask the prerequisite instead. */
function askable(answers: Answers, fact: FactId): FactId {
  const prerequisite = PREREQUISITES[fact];
  if (prerequisite !== undefined && knownAnswer(answers, prerequisite) === undefined) return askable(answers, prerequisite);
  return fact;
}

/**
 * The next question worth asking: the first fact, in the order a person is asked, that can still
 * change the outcome or add help to the referral. `null` when nothing more can change either.
 */
export function nextQuestion(situation: Situation): FactId | null {
  // Danger is the first question of every route, including one that goes on after the emergency advice.
  if (knownAnswer(situation.answers, 'danger') === undefined) return 'danger';
  const assessment = assess(situation);
  if (assessment.status === 'decided' && assessment.outcome === 'emergency') return null;
  const outcomes = assessment.status === 'decided' ? [assessment.outcome] : assessment.candidates;
  const needed = new Set<FactId>();
  if (assessment.status === 'open') assessment.open.forEach((f) => needed.add(askable(situation.answers, f)));
  for (const fact of referralFactsFor(outcomes)) {
    if (knownAnswer(situation.answers, fact) === undefined) needed.add(askable(situation.answers, fact));
  }
  return FACT_IDS.find((fact) => needed.has(fact) && knownAnswer(situation.answers, fact) === undefined) ?? null;
}

export interface Route {
  /** The facts asked on this route, in order, with their answers. */
  readonly trail: readonly FactId[];
  readonly answers: Answers;
  /** The question to ask now, or null when the route has reached its outcome. */
  readonly next: FactId | null;
}

const routeCache = new WeakMap<Answers, Map<string, Route>>();

/**
 * Replays the check from the first question using `given` as the person's answers, stopping at
 * the first question they have not answered. Answers the route never reaches no longer apply.
 */
export function replayRoute(situation: Situation): Route {
  const key = `${situation.jurisdiction}:${situation.emergencyShown ? 1 : 0}`;
  const cached = routeCache.get(situation.answers)?.get(key);
  if (cached) return cached;
  const given = situation.answers;
  const trail: FactId[] = [];
  const answers: Answers = {};
  let next = nextQuestion({ ...situation, answers });
  while (next !== null && given[next] !== undefined) {
    answers[next] = given[next];
    trail.push(next);
    next = nextQuestion({ ...situation, answers });
  }
  const route: Route = { trail, answers, next };
  if (!routeCache.has(given)) routeCache.set(given, new Map());
  routeCache.get(given)!.set(key, route);
  return route;
}
