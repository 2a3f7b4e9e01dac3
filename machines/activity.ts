import { knownAnswer, type Answers } from './facts';

/**
 * What the person does, as far as the answers say: questions about force, lies or threats speak
 * of "the work" or "the sexual acts" only when the person said so (no word for "this" that assumes
 * sexual acts when the person said there are none). Content words are chosen by these ids.
 */
export const ACTIVITIES = ['work', 'sex', 'both', 'unknown'] as const;
export type Activity = (typeof ACTIVITIES)[number];

export function activityOf(answers: Answers): Activity {
  const work = knownAnswer(answers, 'labor') === 'yes';
  const sex = knownAnswer(answers, 'commercialSex') === 'yes';
  if (work && sex) return 'both';
  if (work) return 'work';
  if (sex) return 'sex';
  return 'unknown';
}
