import { FACT_IDS, type Answer, type Answers } from '../../machines/facts';

/** A complete set of facts: the listed ones, every other fact set to `rest`. */
export function facts(given: Answers, rest: Answer = 'no'): Answers {
  return Object.fromEntries(FACT_IDS.map((f) => [f, given[f] ?? rest])) as Answers;
}
