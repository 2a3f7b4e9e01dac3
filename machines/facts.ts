/**
 * The vocabulary of the check, fixed by ../shared/reference/decision-logic.md.
 * Ids are stable: content, scenario files and tests depend on them.
 */

/** Facts in the order a person is asked about them: danger first; what the person does; age;
 * means; freedom to leave; the rest. Of what the person does, work comes before sexual acts: the
 * least intrusive question first, so the sexual-acts question is never everyone's second screen. */
export const FACT_IDS = [
  'danger',
  'labor',
  'commercialSex',
  'under18',
  'force',
  'fraud',
  'coercion',
  'freeToLeave',
  'thirdPartyControl',
  'movedOrHoused',
  'vulnerability',
  'laborViolations',
  'crossedBorder',
  'smuggled',
  'freeOnArrival',
] as const;
export type FactId = (typeof FACT_IDS)[number];

export const ANSWERS = ['yes', 'no', 'unsure'] as const;
export type Answer = (typeof ANSWERS)[number];
export type Answers = Partial<Record<FactId, Answer>>;

export const JURISDICTIONS = ['US', 'UK', 'INTL'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const PERSPECTIVES = ['self', 'other'] as const;
export type Perspective = (typeof PERSPECTIVES)[number];

export const OUTCOME_IDS = [
  'emergency',
  'child_sex_trafficking',
  'sex_trafficking',
  'labor_trafficking',
  'possible_trafficking',
  'smuggling',
  'labor_exploitation',
  'not_indicated',
] as const;
export type OutcomeId = (typeof OUTCOME_IDS)[number];

/**
 * A fact that only makes sense after another: nobody is smuggled without crossing a border, has
 * wage violations without working, or is free on arrival without having been smuggled. When the
 * prerequisite is answered `no`, the fact is known to be `no` and is never asked.
 */
export const PREREQUISITES: Partial<Record<FactId, FactId>> = {
  smuggled: 'crossedBorder',
  freeOnArrival: 'smuggled',
  laborViolations: 'labor',
};

export const isFactId = (value: unknown): value is FactId =>
  typeof value === 'string' && (FACT_IDS as readonly string[]).includes(value);
export const isAnswer = (value: unknown): value is Answer =>
  typeof value === 'string' && (ANSWERS as readonly string[]).includes(value);
export const isJurisdiction = (value: unknown): value is Jurisdiction =>
  typeof value === 'string' && (JURISDICTIONS as readonly string[]).includes(value);
export const isPerspective = (value: unknown): value is Perspective =>
  typeof value === 'string' && (PERSPECTIVES as readonly string[]).includes(value);
export const isOutcomeId = (value: unknown): value is OutcomeId =>
  typeof value === 'string' && (OUTCOME_IDS as readonly string[]).includes(value);

/** The answer a fact has, whether given or implied by a prerequisite answered `no`. */
export function knownAnswer(answers: Answers, fact: FactId): Answer | undefined {
  const given = answers[fact];
  if (given !== undefined) return given;
  const prerequisite = PREREQUISITES[fact];
  if (prerequisite !== undefined && knownAnswer(answers, prerequisite) === 'no') return 'no';
  return undefined;
}
