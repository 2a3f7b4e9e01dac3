import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { checkMachine, type CheckEvent } from './check.machine';
import type { CountryCode } from './country-codes';
import { currentQuestion, outcomeOf, presetFor, type CheckSnapshot } from './driver';
import { ANSWERS, type Answers, type FactId, type Jurisdiction, type OutcomeId, type Perspective } from './facts';

/**
 * Every route through the questions of the statechart, enumerated by @xstate/graph from the
 * machine itself. The events offered at each state are the person's: the three answers to the
 * question asked, and "confirm" on check-your-answers; a result ends the route. Every answer
 * settles a new fact, so no two event sequences reach the same state: the state space is a tree and
 * the shortest path to each result is the only path to it. (getSimplePaths gives the same set but
 * takes minutes.) The settings screens before the questions are covered by tests/machine/settings-paths.test.ts.
 */
export interface EnumeratedRoute {
  readonly steps: readonly { fact: FactId; answer: (typeof ANSWERS)[number] }[];
  readonly answers: Answers;
  readonly outcome: OutcomeId | null;
  readonly finalState: CheckSnapshot;
}

export interface RouteSettings {
  readonly jurisdiction: Jurisdiction;
  readonly perspective: Perspective;
  readonly country?: CountryCode | null;
  /** Start after the emergency advice, as a person who chose to go on (danger answered yes). */
  readonly afterEmergency?: boolean;
}

const personEvents = (snapshot: CheckSnapshot): CheckEvent[] => {
  if (outcomeOf(snapshot) !== null) return [];
  const fact = currentQuestion(snapshot);
  if (fact !== null) return ANSWERS.map((value) => ({ type: 'ANSWER', fact, value }));
  if (snapshot.matches('review')) return [{ type: 'CONFIRM' }];
  return [];
};

/** The snapshot a route starts from: the first question, or the check going on after the emergency advice. */
export function startOfRoutes(settings: RouteSettings): CheckSnapshot {
  const actor = createActor(checkMachine, { input: { preset: presetFor(settings.jurisdiction, settings.perspective, settings.country) } });
  actor.start();
  if (settings.afterEmergency) {
    actor.send({ type: 'ANSWER', fact: 'danger', value: 'yes' });
    actor.send({ type: 'CONTINUE' });
  }
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
}

export function enumerateRoutes(settings: RouteSettings): EnumeratedRoute[] {
  const fromState = startOfRoutes(settings);
  const paths = getShortestPaths(checkMachine, {
    fromState,
    events: personEvents,
    serializeState: (snapshot) => JSON.stringify([snapshot.value, snapshot.context.answers]),
  });
  return paths
    .filter((path) => personEvents(path.state).length === 0)
    .map((path) => ({
      steps: path.steps.flatMap(({ event }) => (event.type === 'ANSWER' ? [{ fact: event.fact, answer: event.value }] : [])),
      answers: path.state.context.answers,
      outcome: outcomeOf(path.state),
      finalState: path.state,
    }));
}
