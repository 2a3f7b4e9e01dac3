import { useSyncExternalStore } from 'react';
import type { FactId, Jurisdiction, OutcomeId } from '../../../machines/facts';

/**
 * The training session's score: kept in this page's memory only (it survives moving between
 * training pages, not a reload) and never sent anywhere. "Download my results" writes it to a
 * file on the trainee's own device.
 */
export interface CaseResult {
  readonly caseId: string;
  readonly jurisdiction: Jurisdiction;
  readonly expected: OutcomeId;
  readonly got: OutcomeId;
  readonly matched: boolean;
  /** Questions answered differently from the expert's facts. */
  readonly missed: readonly FactId[];
}

let results: readonly CaseResult[] = [];
const listeners = new Set<() => void>();

export const trainingSession = {
  add(result: CaseResult) {
    results = [...results, result];
    listeners.forEach((l) => l());
  },
  results: () => results,
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const EMPTY: readonly CaseResult[] = [];
export function useTrainingSession(): readonly CaseResult[] {
  return useSyncExternalStore(trainingSession.subscribe, trainingSession.results, () => EMPTY);
}

/** Facts missed most often, most first. */
export function mostMissed(all: readonly CaseResult[], top = 3): FactId[] {
  const counts = new Map<FactId, number>();
  all.forEach((r) => r.missed.forEach((f) => counts.set(f, (counts.get(f) ?? 0) + 1)));
  return [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([f]) => f);
}

/** The file "Download my results" writes: this session's results and nothing else. */
export function resultsFile(all: readonly CaseResult[]) {
  return {
    cases: all.map(({ caseId, jurisdiction, expected, got, matched, missed }) => ({ caseId, jurisdiction, expected, got, matched, missed })),
    summary: { done: all.length, matched: all.filter((r) => r.matched).length, mostMissed: mostMissed(all) },
  };
}

export function downloadResults(all: readonly CaseResult[]) {
  const blob = new Blob([JSON.stringify(resultsFile(all), null, 2)], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = 'training-results.json';
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
