import { getShortestPaths } from '@xstate/graph';
import { currentQuestion, outcomeOf, type ScreeningSnapshot } from './driver';
import { ANSWERS, type Answers, type FactId, type OutcomeId } from './facts';
import { screeningMachine, type ScreeningEvent, type ScreeningInput } from './screening.machine';

/**
 * Every route through the statechart, enumerated by @xstate/graph from the machine itself. The
 * events offered at each state are the person's: the three answers to the question asked, and
 * "confirm" on check-your-answers. Every answer settles a new fact, so no two event sequences
 * reach the same state: the state space is a tree and the shortest path to each final state is
 * the only path to it. (getSimplePaths gives the same set but takes minutes.)
 */
export interface EnumeratedRoute {
  readonly steps: readonly { fact: FactId; answer: (typeof ANSWERS)[number] }[];
  readonly answers: Answers;
  readonly outcome: OutcomeId | null;
  readonly finalState: ScreeningSnapshot;
}

const personEvents = (snapshot: ScreeningSnapshot): ScreeningEvent[] => {
  const fact = currentQuestion(snapshot);
  if (fact !== null) return ANSWERS.map((value) => ({ type: 'ANSWER', fact, value }));
  if (snapshot.matches('review')) return [{ type: 'CONFIRM' }];
  return [];
};

export function enumerateRoutes(input: ScreeningInput): EnumeratedRoute[] {
  const paths = getShortestPaths(screeningMachine, {
    input,
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

