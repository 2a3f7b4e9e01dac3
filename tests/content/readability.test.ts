import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/load';
import { fleschKincaidGrade, sentencesOf } from '../support/readability';

/** Reason texts ("why you got this result") are read by frightened people: grade 8 or below, sentence by sentence. */
const { words } = loadContent('en');
const GRADE = 8;

describe('plain language', () => {
  it('the readability formula gives the textbook grades', () => {
    expect(fleschKincaidGrade('The cat sat on the mat.')).toBeLessThan(0);
    expect(fleschKincaidGrade('Notwithstanding the aforementioned considerations, jurisdictional determinations necessitate comprehensive evaluation.')).toBeGreaterThan(20);
  });

  it.each(Object.entries(words.outcomes.reasons))('reason %s: every sentence at grade 8 or below', (clause, text) => {
    const hard = sentencesOf(text).map((s) => ({ s, grade: Math.round(fleschKincaidGrade(s) * 10) / 10 })).filter((x) => x.grade > GRADE);
    expect(hard, clause).toEqual([]);
  });
});
