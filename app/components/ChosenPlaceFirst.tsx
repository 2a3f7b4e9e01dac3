'use client';

import { useSyncExternalStore, type ReactNode } from 'react';
import { placeSignal } from '../lib/place-signal';

export interface PlaceSection {
  /** "US", "GB", a country code, or "elsewhere". */
  readonly key: string;
  readonly label: string;
  readonly node: ReactNode;
}

/**
 * The Contacts page by place, with the place chosen in the check first — read from this tab's
 * memory, never from the address. That section's in-country numbers become links (it is where the
 * person said they are). Before hydration, and with nothing chosen, the order is the page's own.
 */
export function ChosenPlaceFirst({ sections, jumpTo, chosenLabel }: { sections: readonly PlaceSection[]; jumpTo: string; chosenLabel: string }) {
  const place = useSyncExternalStore(placeSignal.subscribe, placeSignal.get, placeSignal.server);
  const chosen = place ? (place.country ?? 'elsewhere') : null;
  const ordered = chosen ? [...sections.filter((s) => s.key === chosen), ...sections.filter((s) => s.key !== chosen)] : sections;
  return (
    <>
      <nav aria-labelledby="jump-to" className="contents">
        <h2 id="jump-to" className="contents__title">
          {jumpTo}
        </h2>
        <ul className="jump-list">
          {ordered.map((s) => (
            <li key={s.key}>
              <a href={`#place-${s.key}`}>{s.label}</a>
              {s.key === chosen && <> — {chosenLabel}</>}
            </li>
          ))}
        </ul>
      </nav>
      {ordered.map((s) => (
        <div key={s.key} className="place-section" data-here={s.key === chosen ? 'true' : undefined}>
          {s.node}
        </div>
      ))}
    </>
  );
}
