import { getShortestPaths } from '@xstate/graph';
import { currentQuestion, outcomeOf, type ScreeningSnapshot } from '../../machines/driver';
import { ANSWERS, FACT_IDS, type Answers, type FactId, type Jurisdiction, type OutcomeId, type Perspective } from '../../machines/facts';
import { planReferral } from '../../machines/referrals';
import { screeningMachine, type ScreeningEvent, type ScreeningInput } from '../../machines/screening.machine';

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

const ABBREVIATIONS: Record<FactId, string> = {
  danger: 'dng',
  commercialSex: 'sex',
  labor: 'lab',
  under18: 'u18',
  force: 'frc',
  fraud: 'frd',
  coercion: 'coe',
  freeToLeave: 'ftl',
  thirdPartyControl: 'tpc',
  movedOrHoused: 'mov',
  vulnerability: 'vul',
  laborViolations: 'lvi',
  crossedBorder: 'xbd',
  smuggled: 'smg',
  freeOnArrival: 'foa',
};
const CODE = { yes: 'Y', no: 'N', unsure: 'U' } as const;

/**
 * The committed answers → outcome table: one row per route, one column per fact (Y, N, U, or .
 * when the route does not ask it), then the number of questions, the outcome and the extra
 * help the answers add. Referral roles do not depend on perspective, so one table per jurisdiction.
 */
export function goldenTable(jurisdiction: Jurisdiction, perspective: Perspective = 'self'): string {
  const routes = enumerateRoutes({ jurisdiction, perspective });
  const header = [
    `# Every route through the check for ${jurisdiction}, generated from the statechart by scripts/golden.ts.`,
    '# Do not edit by hand: run `npm run golden:update` and explain the diff in the commit message.',
    `# Facts: ${FACT_IDS.map((f) => `${ABBREVIATIONS[f]}=${f}`).join(' ')}`,
    `# Y yes, N no, U unsure, . not asked. ${routes.length} routes.`,
    [...FACT_IDS.map((f) => ABBREVIATIONS[f]), ' #q', 'outcome', 'adds'].join(' '),
  ];
  const rows = routes.map((route) => {
    const cells = FACT_IDS.map((fact) => ` ${route.answers[fact] ? CODE[route.answers[fact]!] : '.'} `);
    const roles = route.outcome ? planReferral(route.outcome, perspective, route.answers).roles.join(',') : '';
    return [...cells, String(route.steps.length).padStart(3), (route.outcome ?? 'NONE').padEnd(21), roles || '-'].join(' ').trimEnd();
  });
  return [...header, ...rows.sort()].join('\n') + '\n';
}

export const goldenFile = (jurisdiction: Jurisdiction) => `tests/golden/routes.${jurisdiction}.txt`;
