import { COUNTRY_CODES, type CountryCode } from './country-codes';
import { PERSPECTIVES, type Jurisdiction, type Perspective } from './facts';
import type { Place } from './referrals';

/**
 * The settings asked before the questions, as data: who it is about, where it is happening, and
 * (for another country) which country. The statechart's settings states are built from this list
 * (check.machine.ts), and so is the form that works before the scripts arrive (the check page
 * renders one screen per step and CSS shows the next one), so the order lives in one place.
 */
export const PLACE_CHOICES = ['US', 'UK', 'country', 'undisclosed'] as const;
export type PlaceChoice = (typeof PLACE_CHOICES)[number];

export interface Settings {
  readonly perspective: Perspective | null;
  readonly place: PlaceChoice | null;
  readonly country: CountryCode | null;
}

export const SETTINGS_STEPS = ['perspective', 'place', 'country'] as const;
export type SettingsStep = (typeof SETTINGS_STEPS)[number];

/** One settings screen: the field it sets, the values it takes, and where each value leads. */
export interface SettingsStepFlow {
  readonly step: SettingsStep;
  readonly values: readonly string[];
  /** The next screen after a value; `null` when the settings are done and the questions start. */
  readonly next: (value: string) => SettingsStep | null;
  /** The values that lead to the next screen (for the CSS of the form before hydration). */
  readonly continuesWith: readonly string[] | 'any';
}

export const SETTINGS_FLOW: Readonly<Record<SettingsStep, SettingsStepFlow>> = {
  perspective: { step: 'perspective', values: PERSPECTIVES, next: () => 'place', continuesWith: 'any' },
  place: { step: 'place', values: PLACE_CHOICES, next: (value) => (value === 'country' ? 'country' : null), continuesWith: ['country'] },
  country: { step: 'country', values: COUNTRY_CODES, next: () => null, continuesWith: [] },
};

/** The screen before a settings screen, when the person goes back. */
export function previousStep(step: SettingsStep): SettingsStep | null {
  return step === 'country' ? 'place' : step === 'place' ? 'perspective' : null;
}

/** The last settings screen the person saw before the questions: Back from the first question goes there. */
export const lastStep = (settings: Settings): SettingsStep => (settings.place === 'country' ? 'country' : 'place');

/**
 * The law of the place (decision-logic.md, "Where the person is"): the United States and the United
 * Kingdom have their own; every other country, and "rather not say", is the UN Palermo Protocol.
 * Choosing the US or the UK from the country list means the same as choosing them directly.
 */
export function placeOf(settings: Pick<Settings, 'place' | 'country'>): Place | null {
  const { place, country } = settings;
  if (place === 'US' || (place === 'country' && country === 'US')) return { jurisdiction: 'US', country: 'US' };
  if (place === 'UK' || (place === 'country' && country === 'GB')) return { jurisdiction: 'UK', country: 'GB' };
  if (place === 'undisclosed') return { jurisdiction: 'INTL', country: null };
  if (place === 'country' && country !== null) return { jurisdiction: 'INTL', country };
  return null;
}

export const jurisdictionOf = (settings: Pick<Settings, 'place' | 'country'>): Jurisdiction | null => placeOf(settings)?.jurisdiction ?? null;

/** Whether the settings are complete, so the questions can start. */
export const settingsDone = (settings: Settings): boolean => settings.perspective !== null && placeOf(settings) !== null;
