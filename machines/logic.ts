import { knownAnswer, type Answer, type Answers, type FactId, type Jurisdiction } from './facts';

/**
 * Three-valued (Kleene) logic over partly answered facts, so the legal rules can be evaluated
 * while the check is still going: a rule is `true` or `false` once the answers settle it, and
 * `null` while it still depends on unanswered facts (`open`), whose ids it lists so the machine
 * knows what is worth asking. `support` lists the answers that made a true rule true: the
 * "because you said …" of an outcome.
 */
export interface Truth {
  readonly value: boolean | null;
  readonly open: readonly FactId[];
  readonly support: readonly FactId[];
}

export interface Situation {
  readonly answers: Answers;
  readonly jurisdiction: Jurisdiction;
  /** The emergency advice has been shown and the person chose to go on with the check. */
  readonly emergencyShown?: boolean;
}

export type Condition = (situation: Situation) => Truth;

const TRUE: Truth = { value: true, open: [], support: [] };
const FALSE: Truth = { value: false, open: [], support: [] };

function atom(fact: FactId, holds: (answer: Answer) => boolean): Condition {
  return ({ answers }) => {
    const answer = knownAnswer(answers, fact);
    if (answer === undefined) return { value: null, open: [fact], support: [] };
    return holds(answer) ? { value: true, open: [], support: [fact] } : FALSE;
  };
}

/** Y(x): fact x is answered yes. */
export const Y = (fact: FactId): Condition => atom(fact, (a) => a === 'yes');
/** N(x): fact x is answered no. */
export const N = (fact: FactId): Condition => atom(fact, (a) => a === 'no');
/** U(x): fact x is answered unsure. */
export const U = (fact: FactId): Condition => atom(fact, (a) => a === 'unsure');
/** "x not N": yes or unsure. */
export const notN = (fact: FactId): Condition => atom(fact, (a) => a !== 'no');
/** "x not Y": no or unsure. */
export const notY = (fact: FactId): Condition => atom(fact, (a) => a !== 'yes');

/** True only in the listed jurisdictions: where the law differs. */
export const inJurisdiction =
  (...jurisdictions: Jurisdiction[]): Condition =>
  ({ jurisdiction }) =>
    jurisdictions.includes(jurisdiction) ? TRUE : FALSE;

export const always: Condition = () => TRUE;

/** Rule 1 decides only once: after the emergency advice the person may go on with the check. */
export const emergencyNotYetShown: Condition = ({ emergencyShown }) => (emergencyShown ? FALSE : TRUE);

const unique = (facts: FactId[]): FactId[] => [...new Set(facts)];

export function all(...conditions: Condition[]): Condition {
  return (situation) => {
    const open: FactId[] = [];
    const support: FactId[] = [];
    let unknown = false;
    for (const condition of conditions) {
      const truth = condition(situation);
      if (truth.value === false) return FALSE;
      if (truth.value === null) {
        unknown = true;
        open.push(...truth.open);
      } else support.push(...truth.support);
    }
    return unknown ? { value: null, open: unique(open), support: [] } : { value: true, open: [], support: unique(support) };
  };
}

export function any(...conditions: Condition[]): Condition {
  return (situation) => {
    const open: FactId[] = [];
    let unknown = false;
    for (const condition of conditions) {
      const truth = condition(situation);
      if (truth.value === true) return truth;
      if (truth.value === null) {
        unknown = true;
        open.push(...truth.open);
      }
    }
    return unknown ? { value: null, open: unique(open), support: [] } : FALSE;
  };
}
