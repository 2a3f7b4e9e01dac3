import { and, assign, not, setup } from 'xstate';
import { replayRoute } from './assess';
import { factFromChecklist, type ChecklistChoice } from './checklist';
import type { CountryCode } from './country-codes';
import { FACT_IDS, OUTCOME_IDS, isAnswer, type Answer, type Answers, type FactId, type OutcomeId, type Perspective } from './facts';
import { RULE_GUARDS } from './guards';
import type { Situation } from './logic';
import { RULES } from './rules';
import { jurisdictionOf, lastStep, settingsDone, SETTINGS_FLOW, SETTINGS_STEPS, type PlaceChoice, type Settings, type SettingsStep } from './settings';

/**
 * The whole check as one statechart (no words: content looks everything up by these ids):
 *   settings.<step>  who it is about → where it is happening → which country (machines/settings.ts)
 *   routing          replays the answers through the legal rules (assess.ts) to find the next question
 *   asking.<fact>    one state per question
 *   review           check your answers, with Change links for every answer and setting
 *   outcome.<id>     one state per result; `outcome.emergency` is the advice a person can go on from
 * A training case starts with its settings fixed (the `preset` input).
 */

/** What the person ticked or chose on a question, kept to show it back to them (check your answers). */
export type AnswerDetail =
  | { readonly signs: readonly string[]; readonly exclusive: ChecklistChoice['exclusive'] }
  | { readonly choice: string };

export interface CheckInput {
  /** A training case: these settings, fixed; the check starts at its first question. */
  readonly preset?: { readonly perspective: Perspective; readonly place: PlaceChoice; readonly country?: CountryCode | null };
}

export interface CheckContext extends Settings {
  /** Answers on the current route, by fact id. */
  readonly answers: Answers;
  /** Answers given earlier that are off the route now: only to pre-select them if asked again. */
  readonly remembered: Answers;
  /** What was ticked or chosen for each answer. */
  readonly details: Partial<Record<FactId, AnswerDetail>>;
  /** The emergency advice was shown and the person chose to go on. */
  readonly emergencyShown: boolean;
  /** The question being changed from check-your-answers, if any. */
  readonly changing: FactId | null;
  /** A setting being changed from check-your-answers: after it, back to the questions. */
  readonly changingSetting: boolean;
  /** Settings fixed by a training case. */
  readonly preset: boolean;
}

export type CheckEvent =
  | { type: 'CHOOSE'; step: SettingsStep; value: string }
  | { type: 'ANSWER'; fact: FactId; value: Answer; choice?: string }
  | { type: 'ANSWER_SIGNS'; fact: FactId; signs: ChecklistChoice['signs']; signIds: readonly string[]; exclusive: ChecklistChoice['exclusive'] }
  | { type: 'BACK' }
  | { type: 'CHANGE'; fact: FactId }
  | { type: 'CHANGE_SETTING'; setting: SettingsStep }
  | { type: 'CONFIRM' }
  | { type: 'CONTINUE' }
  | { type: 'CHANGE_ANSWERS' }
  | { type: 'RESTART' };

export const situationOf = (context: CheckContext): Situation => ({
  answers: context.answers,
  jurisdiction: jurisdictionOf(context) ?? 'INTL',
  emergencyShown: context.emergencyShown,
});

const routeOf = (context: CheckContext) => replayRoute(situationOf(context));

function without(answers: Answers, fact: FactId): Answers {
  const rest = { ...answers };
  delete rest[fact];
  return rest;
}

/** The value an answer event sets: a checklist's boxes decide it by the rule of machines/checklist.ts. */
function valueOf(event: CheckEvent): Answer | undefined {
  if (event.type === 'ANSWER') return event.value;
  if (event.type === 'ANSWER_SIGNS') return factFromChecklist({ signs: event.signs, exclusive: event.exclusive });
  return undefined;
}

const ruleGuard =
  (guard: (situation: Situation) => boolean) =>
  ({ context }: { context: CheckContext }) =>
    guard(situationOf(context));

const initialContext = (input: CheckInput): CheckContext => ({
  perspective: input.preset?.perspective ?? null,
  place: input.preset?.place ?? null,
  country: input.preset?.country ?? null,
  answers: {},
  remembered: {},
  details: {},
  emergencyShown: false,
  changing: null,
  changingSetting: false,
  preset: input.preset !== undefined,
});

/** Where each settings screen can lead: the next screen, or (null) the questions. */
const settingsTargets = (step: SettingsStep) => [...new Set(SETTINGS_FLOW[step].values.map((v) => SETTINGS_FLOW[step].next(v)))];

export const checkMachine = setup({
  types: {
    context: {} as CheckContext,
    events: {} as CheckEvent,
    input: {} as CheckInput,
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
    hasPreset: ({ context }) => context.preset,
    /** A valid choice on this settings screen that leads to `to` (another screen, or null: the questions). */
    choiceLeadsTo: ({ event }, params: { step: SettingsStep; to: SettingsStep | null }) =>
      event.type === 'CHOOSE' && event.step === params.step && SETTINGS_FLOW[params.step].values.includes(event.value) && SETTINGS_FLOW[params.step].next(event.value) === params.to,
    isChangingSetting: ({ context }) => context.changingSetting,
    settingsComplete: ({ context }) => settingsDone(context),
    isNextQuestion: ({ context }, params: { fact: FactId }) => routeOf(context).next === params.fact,
    answersQuestion: ({ event }, params: { fact: FactId }) =>
      (event.type === 'ANSWER' || event.type === 'ANSWER_SIGNS') && event.fact === params.fact && isAnswer(valueOf(event)),
    isChangingAnswer: ({ context }) => context.changing !== null,
    hasPreviousQuestion: ({ context }) => routeOf(context).trail.length > 0,
    cameFromCountry: ({ context }) => lastStep(context) === 'country',
    canChange: ({ context, event }, params: { fact: FactId }) =>
      event.type === 'CHANGE' && event.fact === params.fact && context.answers[params.fact] !== undefined,
    changesSetting: ({ event }, params: { step: SettingsStep }) => event.type === 'CHANGE_SETTING' && event.setting === params.step,
  },
  actions: {
    chooseSetting: assign(({ context, event }) => {
      if (event.type !== 'CHOOSE') return {};
      if (event.step === 'perspective') return { perspective: event.value as Perspective };
      // Another place forgets the country: it is a setting like the place, never kept unasked.
      if (event.step === 'place') return { place: event.value as PlaceChoice, country: event.value === 'country' ? context.country : null };
      return { country: event.value as CountryCode };
    }),
    startChangingSetting: assign({ changingSetting: true }),
    stopChangingSetting: assign({ changingSetting: false }),
    recordAnswer: assign(({ context, event }) => {
      const value = valueOf(event);
      if ((event.type !== 'ANSWER' && event.type !== 'ANSWER_SIGNS') || value === undefined) return {};
      const detail: AnswerDetail | undefined =
        event.type === 'ANSWER_SIGNS' ? { signs: event.signIds, exclusive: event.exclusive } : event.choice ? { choice: event.choice } : undefined;
      const details = { ...context.details };
      if (detail) details[event.fact] = detail;
      else delete details[event.fact];
      return { answers: { ...context.answers, [event.fact]: value }, details, changing: null };
    }),
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
    goOnAfterEmergency: assign({ emergencyShown: true }),
    forgetEverything: assign(({ context }) =>
      context.preset
        ? { answers: {}, remembered: {}, details: {}, changing: null, changingSetting: false, emergencyShown: false }
        : { ...initialContext({}) },
    ),
  },
}).createMachine({
  id: 'check',
  context: ({ input }) => initialContext(input),
  initial: 'start',
  on: {
    RESTART: { target: '.start', actions: 'forgetEverything' },
  },
  states: {
    start: {
      always: [{ guard: 'hasPreset', target: 'routing' }, { target: 'settings' }],
    },
    settings: {
      initial: 'perspective',
      states: Object.fromEntries(
        SETTINGS_STEPS.map((step) => {
          const previous = step === 'country' ? 'place' : step === 'place' ? 'perspective' : null;
          return [
            step,
            {
              on: {
                CHOOSE: settingsTargets(step).map((to) => ({
                  guard: { type: 'choiceLeadsTo' as const, params: { step, to } },
                  target: to === null ? '#check.routing' : to,
                  actions: to === null ? (['chooseSetting', 'stopChangingSetting'] as const) : ('chooseSetting' as const),
                })),
                BACK: [
                  // A setting opened from check-your-answers: Back returns there.
                  { guard: and(['isChangingSetting', 'settingsComplete']), target: '#check.routing', actions: 'stopChangingSetting' as const },
                  ...(previous ? [{ target: previous }] : []),
                ],
              },
            },
          ];
        }),
      ) as Record<SettingsStep, object>,
    },
    routing: {
      entry: 'keepOnlyAnswersOnRoute',
      always: [
        { guard: 'isInImmediateDanger', target: 'outcome.emergency' },
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
          // Back from the first question: to the last settings screen (never in a training case).
          { guard: and([not('hasPreset'), 'cameFromCountry']), target: 'settings.country' },
          { guard: not('hasPreset'), target: 'settings.place' },
        ],
      },
      states: Object.fromEntries(
        FACT_IDS.map((fact) => [
          fact,
          {
            on: {
              ...Object.fromEntries(
                (['ANSWER', 'ANSWER_SIGNS'] as const).map((type) => [
                  type,
                  { guard: { type: 'answersQuestion' as const, params: { fact } }, target: '#check.routing', actions: 'recordAnswer' as const },
                ]),
              ),
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
        CHANGE_SETTING: SETTINGS_STEPS.map((step) => ({
          guard: and([not('hasPreset'), { type: 'changesSetting' as const, params: { step } }]),
          target: `settings.${step}`,
          actions: 'startChangingSetting' as const,
        })),
      },
    },
    deciding: {
      always: RULES.filter((rule) => rule.outcome !== 'emergency').map((rule) => ({ guard: rule.id, target: `outcome.${rule.outcome}` })),
    },
    outcome: {
      // Only entered through a result's own state (routing and deciding target them directly).
      initial: 'emergency',
      states: Object.fromEntries(
        OUTCOME_IDS.map((outcome) => [
          outcome,
          outcome === 'emergency'
            ? {
                tags: ['outcome'],
                on: {
                  // Safety first, then the person can go on with the check (decision-logic.md, rule 1).
                  CONTINUE: { target: '#check.routing', actions: 'goOnAfterEmergency' },
                  BACK: { target: '#check.routing', actions: 'forgetLastAnswer' },
                },
              }
            : { tags: ['outcome'], on: { CHANGE_ANSWERS: '#check.review', BACK: '#check.review' } },
        ]),
      ) as Record<OutcomeId, object>,
    },
  },
});

export type CheckMachine = typeof checkMachine;

/** The answer to pre-select on a question: the current one, or one given earlier and set aside by Back or a change. */
export function selectedAnswer(context: CheckContext, fact: FactId): Answer | undefined {
  return context.answers[fact] ?? context.remembered[fact];
}
