'use client';

import type { Ui } from '../../../content/schema';
import type { FactId } from '../../../machines/facts';
import { fill } from '../../lib/format';
import { downloadResults, mostMissed, useTrainingSession } from './session';

export function SessionSummary({ ui, factLabels }: { ui: Ui; factLabels: Record<FactId, string> }) {
  const results = useTrainingSession();
  const { train } = ui;
  return (
    <section aria-labelledby="session-title" className="session-summary" aria-live="polite">
      <h2 id="session-title">{train.sessionTitle}</h2>
      {results.length === 0 ? (
        <p>{train.sessionEmpty}</p>
      ) : (
        <>
          <ul className="list">
            <li>{fill(train.sessionCases, { count: results.length })}</li>
            <li>{fill(train.sessionMatched, { count: results.filter((r) => r.matched).length })}</li>
            {mostMissed(results).length > 0 && <li>{fill(train.sessionMissed, { facts: mostMissed(results).map((f) => factLabels[f]).join(', ') })}</li>}
          </ul>
          <button type="button" className="button button--secondary" onClick={() => downloadResults(results)}>
            {train.download}
          </button>
          <p className="hint">{train.downloadNote}</p>
        </>
      )}
    </section>
  );
}
