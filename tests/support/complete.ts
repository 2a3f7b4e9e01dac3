import { ANSWERS, FACT_IDS, PREREQUISITES, type Answer, type Answers } from '../../machines/facts';

/** Fills every fact a route did not ask with answers drawn from `pick`, keeping prerequisites consistent. */
export function complete(asked: Answers, pick: (i: number) => number): Answers {
  const full: Answers = { ...asked };
  FACT_IDS.forEach((fact, i) => {
    if (full[fact] === undefined) full[fact] = ANSWERS[pick(i) % 3] as Answer;
  });
  // A fact cannot be yes when its prerequisite is no (no smuggling without a border crossing).
  for (const [fact, prerequisite] of Object.entries(PREREQUISITES)) {
    if (full[prerequisite] === 'no' && full[fact as keyof Answers] === 'yes' && asked[fact as keyof Answers] === undefined) full[fact as keyof Answers] = 'no';
  }
  return full;
}
