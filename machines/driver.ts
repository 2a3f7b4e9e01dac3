import { createActor, type SnapshotFrom } from 'xstate';
import { assess } from './assess';
import { FACT_IDS, isOutcomeId, type Answer, type Answers, type FactId, type Jurisdiction, type OutcomeId, type Perspective } from './facts';
import { planReferral, type ReferralPlan } from './referrals';
import type { RuleId } from './rules';
import { screeningMachine } from './screening.machine';

export type ScreeningSnapshot = SnapshotFrom<typeof screeningMachine>;

/** The question a snapshot is asking, if it is asking one. */
export function currentQuestion(snapshot: ScreeningSnapshot): FactId | null {
  const value = snapshot.value;
  if (typeof value === 'object' && value !== null && 'asking' in value) return value.asking as FactId;
  return null;
}

/** The outcome a finished snapshot stopped in. */
export function outcomeOf(snapshot: ScreeningSnapshot): OutcomeId | null {
  return snapshot.status === 'done' && isOutcomeId(snapshot.value) ? snapshot.value : null;
}

export interface Step {
  readonly fact: FactId;
  readonly answer: Answer;
}

export interface Explanation {
  readonly ruleId: RuleId;
  readonly clauseId: string;
  /** The answers that decided the outcome. */
  readonly decidedBy: readonly FactId[];
}

export interface Walkthrough {
  readonly outcome: OutcomeId;
  /** Every question asked, in order, with the answer given. */
  readonly steps: readonly Step[];
  readonly answers: Answers;
  readonly explanation: Explanation;
  readonly referral: ReferralPlan;
}

export interface WalkthroughRequest {
  readonly jurisdiction: Jurisdiction;
  readonly perspective?: Perspective;
  /** The facts of the case; a fact left out is answered `unsure`. */
  readonly facts: Answers;
  readonly emergencyShown?: boolean;
}

/** Why the answers lead where they do: the deciding rule, its clause and the answers behind it. */
export function explain(answers: Answers, jurisdiction: Jurisdiction, emergencyShown = false): Explanation {
  const assessment = assess({ answers, jurisdiction, emergencyShown });
  if (assessment.status !== 'decided') throw new Error('The answers do not decide an outcome yet');
  return { ruleId: assessment.ruleId, clauseId: assessment.clauseId, decidedBy: assessment.support };
}

/**
 * Runs the real statechart headlessly: answers each question it asks from `facts` and confirms
 * the check-your-answers step, until it stops in an outcome. Used by the scenario runner, the
 * tests and training mode.
 */
export function walkThrough(request: WalkthroughRequest): Walkthrough {
  const perspective = request.perspective ?? 'self';
  const actor = createActor(screeningMachine, {
    input: { jurisdiction: request.jurisdiction, perspective, emergencyShown: request.emergencyShown },
  });
  const steps: Step[] = [];
  actor.start();
  // Each fact is asked at most once on a route, so a route is never longer than this.
  for (let guard = 0; guard <= FACT_IDS.length + 1; guard++) {
    const snapshot = actor.getSnapshot();
    const outcome = outcomeOf(snapshot);
    if (outcome !== null) {
      const answers = snapshot.context.answers;
      actor.stop();
      return {
        outcome,
        steps,
        answers,
        explanation: explain(answers, request.jurisdiction, request.emergencyShown),
        referral: planReferral(outcome, perspective, answers),
      };
    }
    const fact = currentQuestion(snapshot);
    if (fact !== null) {
      const answer = request.facts[fact] ?? 'unsure';
      steps.push({ fact, answer });
      actor.send({ type: 'ANSWER', fact, value: answer });
    } else if (snapshot.matches('review')) {
      actor.send({ type: 'CONFIRM' });
    } else {
      throw new Error(`The check stopped in ${JSON.stringify(snapshot.value)} without an outcome`);
    }
  }
  throw new Error('The check asked more questions than there are facts');
}
