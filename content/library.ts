import { JURISDICTIONS } from '../machines/facts';
import type { Content } from './load';

/** The scenario library as runner cases: one per scenario and jurisdiction. */
export function libraryCases({ data, words }: Content) {
  return data.scenarios.flatMap((scenario) =>
    JURISDICTIONS.map((jurisdiction) => ({
      id: scenario.id,
      jurisdiction,
      perspective: scenario.perspective,
      facts: scenario.facts,
      expected: scenario.expected[jurisdiction],
      title: words.scenarios[scenario.id]?.title,
    })),
  );
}
