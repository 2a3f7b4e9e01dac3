'use client';

import { useSyncExternalStore } from 'react';
import type { Ui } from '../../content/schema';
import { announcedNumber, placeSignal } from '../lib/place-signal';

export interface EmergencyNumber {
  readonly tel: string;
  readonly display: string;
}
export interface EmergencyNumbers {
  readonly US: EmergencyNumber;
  readonly UK: EmergencyNumber;
  readonly EU: EmergencyNumber;
  /**
   * Each country with contacts: its confirmed emergency number, or null where none is confirmed.
   * Absent on the check page, whose island announces the number with the place.
   */
  readonly countries?: Readonly<Record<string, EmergencyNumber | null>>;
}

/**
 * "In danger?" and the emergency numbers, one line at the top of every page: 911 · 999 · 112 until
 * the person chooses a place in the check, then that place's number (read from this tab only).
 */
export function EmergencyLine({ words, numbers }: { words: Ui['header']; numbers: EmergencyNumbers }) {
  const place = useSyncExternalStore(placeSignal.subscribe, placeSignal.get, placeSignal.server);
  const link = (n: EmergencyNumber, where: string) => (
    <a href={`tel:${n.tel}`} aria-label={words.callNumber.replace('{number}', n.display).replace('{place}', where)} className="nowrap">
      {n.display}
    </a>
  );
  let body;
  if (place?.jurisdiction === 'US') body = link(numbers.US, words.placeUS);
  else if (place?.jurisdiction === 'UK') body = link(numbers.UK, words.placeUK);
  else if (place?.country) {
    // A country with no confirmed number (or none in our sources): "your local emergency number".
    const announced = announcedNumber();
    const n = announced !== undefined ? announced : (numbers.countries?.[place.country] ?? null);
    body = n ? link(n, '') : <span>{words.emergencyLocal}</span>;
  } else {
    body = (
      <>
        {/* Thin spaces: one line on a 360 px phone in every language. */}
        {link(numbers.US, words.placeUS)}{'\u2009·\u2009'}{link(numbers.UK, words.placeUK)}{'\u2009·\u2009'}{link(numbers.EU, words.placeEU)}
      </>
    );
  }
  return (
    <p className="emergency-line">
      <strong>{words.emergencyLead}</strong> {body}
    </p>
  );
}
