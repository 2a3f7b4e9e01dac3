'use client';

import { isCountryCode } from '../../machines/country-codes';
import type { Place } from '../../machines/referrals';
import { placeOf, PLACE_CHOICES } from '../../machines/settings';
import { SESSION_KEY } from './site';

/**
 * The place chosen in the check, for the emergency line at the top of every page: the check
 * announces it as it changes; on other pages it is read from the check's saved place in this tab.
 * Nothing leaves the device and nothing goes in the address.
 */
let current: Place | null | undefined;
/** The emergency number of the place, when the check has it (the check page's bar carries no list of them). */
let number: { tel: string; display: string } | null | undefined;
const listeners = new Set<() => void>();

export function announcePlace(place: Place | null, emergency?: { tel: string; display: string } | null) {
  current = place;
  number = emergency;
  listeners.forEach((l) => l());
}

/** The number announced with the place: undefined when not known here (look it up), null for "your local emergency number". */
export const announcedNumber = () => number;

/** The place in the check's saved snapshot (only the two settings are read, each checked). */
function saved(): Place | null {
  try {
    const context = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? 'null')?.snapshot?.context;
    const place = (PLACE_CHOICES as readonly unknown[]).includes(context?.place) ? context.place : null;
    const country = isCountryCode(context?.country) ? context.country : null;
    return placeOf({ place, country });
  } catch {
    return null;
  }
}

export const placeSignal = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  get: (): Place | null => {
    if (current === undefined) current = saved();
    return current;
  },
  server: (): Place | null => null,
};
