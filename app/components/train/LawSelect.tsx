'use client';

import type { Ui } from '../../../content/schema';
import { JURISDICTIONS, type Jurisdiction } from '../../../machines/facts';

/** Which law a training case is worked under (by default, where its story is set). */
export function LawSelect({ id, ui, value, onChange }: { id: string; ui: Ui; value: Jurisdiction; onChange: (j: Jurisdiction) => void }) {
  return (
    <div className="filter">
      <label htmlFor={id}>{ui.train.lawLabel}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Jurisdiction)}>
        {JURISDICTIONS.map((j) => (
          <option key={j} value={j}>
            {ui.outcome.lawNames[j]}
          </option>
        ))}
      </select>
    </div>
  );
}
