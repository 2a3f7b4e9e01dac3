import { assign, setup } from 'xstate';
import { replayRoute } from './assess';
import { FACT_IDS, type Answer, type Answers, type FactId, type Jurisdiction, type Perspective } from './facts';
import { RULE_GUARDS } from './guards';
import type { Situation } from './logic';
import { RULES } from './rules';

/**
 * The screening statechart. One state per question (`asking.<fact id>`), a check-your-answers
 * state (`review`), and one final state per outcome id. All routing goes through `routing`, which
 * replays the person's answers through the legal rules (assess.ts) to find the next question.
 * No words live here: content looks questions and outcomes up by these ids.
 */
export interface ScreeningInput {
  readonly jurisdiction: Jurisdiction;
  readonly perspective: Perspective;
  /** Answers to start from (e.g. after the emergency advice, or restored after a reload). */
  readonly answers?: Answers;
  /** The emergency advice was shown already and the person chose to go on. */
  readonly emergencyShown?: boolean;
  /** Earlier answers to pre-select if those questions are asked (restored after a reload). */
  readonly remembered?: Answers;
}

export interface ScreeningContext {
  readonly jurisdiction: Jurisdiction;
  readonly perspective: Perspective;
  /** Answers on the current route, by fact id. */
  readonly answers: Answers;
  /** Answers given earlier that are off the route now: only to pre-select them if asked again. */
  readonly remembered: Answers;
  readonly emergencyShown: boolean;
  /** The question being changed from check-your-answers, if any. */
  readonly changing: FactId | null;
}

export type ScreeningEvent =
  | { type: 'ANSWER'; fact: FactId; value: Answer }
  | { type: 'BACK' }
  | { type: 'CHANGE'; fact: FactId }
  | { type: 'CONFIRM' }
  | { type: 'RESTART' };

const situationOf = (context: ScreeningContext): Situation => ({
  answers: context.answers,
  jurisdiction: context.jurisdiction,
  emergencyShown: context.emergencyShown,
});

const routeOf = (context: ScreeningContext) => replayRoute(situationOf(context));

function without(answers: Answers, fact: FactId): Answers {
  const rest = { ...answers };
  delete rest[fact];
  return rest;
}

const ruleGuard =
  (guard: (situation: Situation) => boolean) =>
  ({ context }: { context: ScreeningContext }) =>
    guard(situationOf(context));

export const screeningMachine = setup({
  types: {
    context: {} as ScreeningContext,
    events: {} as ScreeningEvent,
    input: {} as ScreeningInput,
  },
  guards: {
    isInImmediateDanger: ruleGuard(RULE_GUARDS.isInImmediateDanger),
    isChildSexTrafficking: ruleGuard(RULE_GUARDS.isChildSexTrafficking),
    isSexTrafficking: ruleGuard(RULE_GUARDS.isSexTrafficking),
    isLaborTrafficking: ruleGuard(RULE_GUARDS.isLaborTrafficking),
    isChildLaborTrafficking: ruleGuard(RULE_GUARDS.isChildLaborTrafficking),
    isPossibleTrafficking: ruleGuard(RULE_GUARDS.isPossibleTrafficking),
    isSmuggling: ruleGuard(RULE_GUARDS.isSmuggling),
    isLaborExploitation: ruleGuard(RULE_GUARDS.isLaborExploitation),
    isNotIndicated: ruleGuard(RULE_GUARDS.isNotIndicated),
    isNextQuestion: ({ context }, params: { fact: FactId }) => routeOf(context).next === params.fact,
    answersQuestion: ({ event }, params: { fact: FactId }) => event.type === 'ANSWER' && event.fact === params.fact,
    isChangingAnswer: ({ context }) => context.changing !== null,
    hasPreviousQuestion: ({ context }) => routeOf(context).trail.length > 0,
    canChange: ({ context, event }, params: { fact: FactId }) =>
      event.type === 'CHANGE' && event.fact === params.fact && context.answers[params.fact] !== undefined,
  },
  actions: {
    recordAnswer: assign(({ context, event }) =>
      event.type === 'ANSWER' ? { answers: { ...context.answers, [event.fact]: event.value }, changing: null } : {},
    ),
    keepOnlyAnswersOnRoute: assign(({ context }) => {
      const onRoute = routeOf(context).answers;
      const dropped = Object.fromEntries(Object.entries(context.answers).filter(([fact]) => !(fact in onRoute)));
      return { answers: onRoute, remembered: { ...context.remembered, ...dropped } };
    }),
    forgetLastAnswer: assign(({ context }) => {
      const last = routeOf(context).trail.at(-1);
      if (last === undefined) return {};
      return { answers: without(context.answers, last), remembered: { ...context.remembered, [last]: context.answers[last] } };
    }),
    startChanging: assign((_, params: { fact: FactId }) => ({ changing: params.fact })),
    stopChanging: assign({ changing: null }),
    forgetEverything: assign({ answers: {}, remembered: {}, changing: null, emergencyShown: false }),
  },
}).createMachine({
  id: 'screening',
  context: ({ input }) => ({
    jurisdiction: input.jurisdiction,
    perspective: input.perspective,
    answers: { ...input.answers },
    remembered: { ...input.remembered },
    emergencyShown: input.emergencyShown ?? false,
    changing: null,
  }),
  initial: 'routing',
  on: {
    RESTART: { target: '.routing', actions: 'forgetEverything' },
  },
  states: {
    routing: {
      entry: 'keepOnlyAnswersOnRoute',
      always: [
        { guard: 'isInImmediateDanger', target: 'emergency' },
        ...FACT_IDS.map((fact) => ({
          guard: { type: 'isNextQuestion' as const, params: { fact } },
          target: `asking.${fact}`,
        })),
        { target: 'review' },
      ],
    },
    asking: {
      initial: 'danger',
      on: {
        BACK: [
          { guard: 'isChangingAnswer', target: 'review', actions: 'stopChanging' },
          { guard: 'hasPreviousQuestion', target: 'routing', actions: 'forgetLastAnswer' },
        ],
      },
      states: Object.fromEntries(
        FACT_IDS.map((fact) => [
          fact,
          {
            on: {
              ANSWER: {
                guard: { type: 'answersQuestion' as const, params: { fact } },
                target: '#screening.routing',
                actions: 'recordAnswer' as const,
              },
            },
          },
        ]),
      ) as Record<FactId, object>,
    },
    review: {
      on: {
        CONFIRM: 'deciding',
        BACK: { guard: 'hasPreviousQuestion', target: 'routing', actions: 'forgetLastAnswer' },
        CHANGE: FACT_IDS.map((fact) => ({
          guard: { type: 'canChange' as const, params: { fact } },
          target: `asking.${fact}`,
          actions: { type: 'startChanging' as const, params: { fact } },
        })),
      },
    },
    deciding: {
      always: RULES.filter((rule) => rule.outcome !== 'emergency').map((rule) => ({ guard: rule.id, target: rule.outcome })),
    },
    emergency: { type: 'final' },
    child_sex_trafficking: { type: 'final' },
    sex_trafficking: { type: 'final' },
    labor_trafficking: { type: 'final' },
    possible_trafficking: { type: 'final' },
    smuggling: { type: 'final' },
    labor_exploitation: { type: 'final' },
    not_indicated: { type: 'final' },
  },
});

export type ScreeningMachine = typeof screeningMachine;

/** The answer to pre-select on a question: the current one, or one given earlier and set aside by Back or a change. */
export function selectedAnswer(context: ScreeningContext, fact: FactId): Answer | undefined {
  return context.answers[fact] ?? context.remembered[fact];
}
