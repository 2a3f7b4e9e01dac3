import { createActor, type SnapshotFrom } from 'xstate';
import { assess } from './assess';
import { checkMachine, type CheckInput } from './check.machine';
import type { CountryCode } from './country-codes';
import { FACT_IDS, isOutcomeId, type Answer, type Answers, type FactId, type Jurisdiction, type OutcomeId, type Perspective } from './facts';
import { planReferral, type Place, type ReferralPlan } from './referrals';
import type { RuleId } from './rules';
import { placeOf, type PlaceChoice } from './settings';

export type CheckSnapshot = SnapshotFrom<typeof checkMachine>;

/** The question a snapshot is asking, if it is asking one. */
export function currentQuestion(snapshot: CheckSnapshot): FactId | null {
  const value = snapshot.value;
  if (typeof value === 'object' && value !== null && 'asking' in value) return value.asking as FactId;
  return null;
}

/** The outcome a snapshot stopped in (the emergency advice included). */
export function outcomeOf(snapshot: CheckSnapshot): OutcomeId | null {
  const value = snapshot.value;
  if (typeof value === 'object' && value !== null && 'outcome' in value && isOutcomeId(value.outcome)) return value.outcome;
  return null;
}

/** The settings screen a snapshot shows, if any. */
export function currentSetting(snapshot: CheckSnapshot): 'perspective' | 'place' | 'country' | null {
  const value = snapshot.value;
  if (typeof value === 'object' && value !== null && 'settings' in value) return value.settings as 'perspective' | 'place' | 'country';
  return null;
}

/** A short name for where the check is: "settings:place", "question:force", "review", "outcome:smuggling". */
export function viewOf(snapshot: CheckSnapshot): string {
  const setting = currentSetting(snapshot);
  if (setting) return `settings:${setting}`;
  const fact = currentQuestion(snapshot);
  if (fact) return `question:${fact}`;
  const outcome = outcomeOf(snapshot);
  if (outcome) return `outcome:${outcome}`;
  return snapshot.matches('review') ? 'review' : JSON.stringify(snapshot.value);
}

/** The settings a headless walk uses for a jurisdiction (and, outside the US and UK, a country). */
export function presetFor(jurisdiction: Jurisdiction, perspective: Perspective, country?: CountryCode | null): NonNullable<CheckInput['preset']> {
  const place: PlaceChoice = jurisdiction === 'US' ? 'US' : jurisdiction === 'UK' ? 'UK' : country ? 'country' : 'undisclosed';
  return { perspective, place, country: jurisdiction === 'INTL' ? (country ?? null) : null };
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
  readonly place: Place;
}

export interface WalkthroughRequest {
  readonly jurisdiction: Jurisdiction;
  readonly perspective?: Perspective;
  /** Outside the US and UK: the country, for its contacts (the law is the same). */
  readonly country?: CountryCode | null;
  /** The facts of the case; a fact left out is answered `unsure`. */
  readonly facts: Answers;
  /** Go on with the check after the emergency advice (as a person can). */
  readonly goOnAfterEmergency?: boolean;
}

/** Why the answers lead where they do: the deciding rule, its clause and the answers behind it. */
export function explain(answers: Answers, jurisdiction: Jurisdiction, emergencyShown = false): Explanation {
  const assessment = assess({ answers, jurisdiction, emergencyShown });
  if (assessment.status !== 'decided') throw new Error('The answers do not decide an outcome yet');
  return { ruleId: assessment.ruleId, clauseId: assessment.clauseId, decidedBy: assessment.support };
}

/**
 * Runs the real statechart headlessly: its settings fixed as a training case fixes them, it answers
 * each question the check asks from `facts` and confirms check-your-answers, until it stops in an
 * outcome. Used by the scenario runner, the tests and training mode.
 */
export function walkThrough(request: WalkthroughRequest): Walkthrough {
  const perspective = request.perspective ?? 'self';
  const preset = presetFor(request.jurisdiction, perspective, request.country);
  const actor = createActor(checkMachine, { input: { preset } });
  const steps: Step[] = [];
  actor.start();
  let wentOn = false;
  // Each fact is asked at most once on a route (twice with going on after the emergency advice).
  for (let guard = 0; guard <= 2 * FACT_IDS.length + 2; guard++) {
    const snapshot = actor.getSnapshot();
    const outcome = outcomeOf(snapshot);
    if (outcome === 'emergency' && request.goOnAfterEmergency && !wentOn) {
      wentOn = true;
      actor.send({ type: 'CONTINUE' });
      continue;
    }
    if (outcome !== null) {
      const { answers, emergencyShown } = snapshot.context;
      actor.stop();
      return {
        outcome,
        steps,
        answers,
        explanation: explain(answers, request.jurisdiction, emergencyShown),
        referral: planReferral(outcome, perspective, answers),
        place: placeOf({ place: preset.place, country: preset.country ?? null })!,
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
