import { getShortestPaths } from '@xstate/graph';
import { createActor } from 'xstate';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkMachine, type CheckEvent } from '../../machines/check.machine';
import { COUNTRY_CODES, type CountryCode } from '../../machines/country-codes';
import { currentQuestion, currentSetting, outcomeOf, type CheckSnapshot } from '../../machines/driver';
import { JURISDICTIONS, PERSPECTIVES, type Jurisdiction, type Perspective } from '../../machines/facts';
import { planReferral } from '../../machines/referrals';
import { enumerateRoutes, startOfRoutes, type EnumeratedRoute } from '../../machines/routes';
import { placeOf, SETTINGS_FLOW } from '../../machines/settings';
import { resolved } from '../support/referrals';

/**
 * The whole check from its very first screen, settings states included, from the machine itself:
 * every way through the settings screens (every choice, every country, Back on each screen) reaches
 * the first question with the settings chosen; from there the questions are the routes of
 * tests/machine/paths.test.ts (the same state, so the same routes); and for every place the
 * settings can give — every country and territory, not only those with contacts — every route ends
 * in an outcome with a contact, the first one confirmed.
 */

/** The person's events on a settings screen: every value it offers, and Back where there is one. */
const settingsEvents = (snapshot: CheckSnapshot): CheckEvent[] => {
  const step = currentSetting(snapshot);
  if (step === null) return [];
  const choose = SETTINGS_FLOW[step].values.map((value): CheckEvent => ({ type: 'CHOOSE', step, value }));
  return step === 'perspective' ? choose : [...choose, { type: 'BACK' }];
};

const settingsKey = (snapshot: CheckSnapshot) => {
  const { perspective, place, country } = snapshot.context;
  return JSON.stringify([snapshot.value, perspective, place, country]);
};

const initial = () => {
  const actor = createActor(checkMachine, { input: {} }).start();
  const snapshot = actor.getSnapshot();
  actor.stop();
  return snapshot;
};

describe('the settings screens, from the first screen of the check', () => {
  let ends: CheckSnapshot[];
  beforeAll(() => {
    const paths = getShortestPaths(checkMachine, { fromState: initial(), events: settingsEvents, serializeState: settingsKey });
    ends = paths.map((p) => p.state).filter((s) => currentSetting(s) === null);
  });

  it('starts on "who are you asking about?"', () => {
    expect(currentSetting(initial())).toBe('perspective');
  });

  it('every way out of the settings reaches the first question: no dead end, no result before a question', () => {
    expect(ends.length).toBeGreaterThan(0);
    expect(ends.filter((s) => currentQuestion(s) !== 'danger').map((s) => s.value)).toEqual([]);
    expect(ends.filter((s) => outcomeOf(s) !== null)).toEqual([]);
  });

  it('every perspective × every place is reached (US, UK, every country and territory, "rather not say"), each once', () => {
    const reached = ends.map((s) => `${s.context.perspective}:${JSON.stringify(placeOf(s.context))}`);
    const expected = PERSPECTIVES.flatMap((p) => [
      `${p}:${JSON.stringify({ jurisdiction: 'US', country: 'US' })}`,
      `${p}:${JSON.stringify({ jurisdiction: 'UK', country: 'GB' })}`,
      `${p}:${JSON.stringify({ jurisdiction: 'INTL', country: null })}`,
      ...COUNTRY_CODES.filter((c) => c !== 'US' && c !== 'GB').map((c) => `${p}:${JSON.stringify({ jurisdiction: 'INTL', country: c })}`),
    ]);
    expect(new Set(reached)).toEqual(new Set(expected));
  });

  it('the first question reached through the screens is the state the question routes start from', () => {
    for (const end of ends) {
      const place = placeOf(end.context)!;
      const start = startOfRoutes({ jurisdiction: place.jurisdiction, perspective: end.context.perspective!, country: place.country === 'US' || place.country === 'GB' ? null : place.country });
      expect([end.value, end.context.answers, end.context.perspective, placeOf(end.context)]).toEqual([
        start.value,
        start.context.answers,
        start.context.perspective,
        placeOf(start.context),
      ]);
    }
  });

  it('Back on the first question returns to the last settings screen, with the settings kept', () => {
    for (const end of ends.filter((_, i) => i % 25 === 0)) {
      const actor = createActor(checkMachine, { input: {}, snapshot: checkMachine.resolveState({ value: end.value, context: end.context }) }).start();
      actor.send({ type: 'BACK' });
      const back = actor.getSnapshot();
      expect(currentSetting(back)).toBe(end.context.place === 'country' ? 'country' : 'place');
      expect(placeOf(back.context)).toEqual(placeOf(end.context));
      actor.stop();
    }
  });
});

describe('for every place the settings can give, every route ends in an outcome with a contact, the first confirmed', () => {
  const routes = new Map<string, EnumeratedRoute[]>();
  const routesFor = (jurisdiction: Jurisdiction, perspective: Perspective) => {
    const key = `${jurisdiction}:${perspective}`;
    if (!routes.has(key)) routes.set(key, enumerateRoutes({ jurisdiction, perspective }));
    return routes.get(key)!;
  };

  it.each(JURISDICTIONS.flatMap((j) => PERSPECTIVES.map((p) => [j, p] as const)))('%s / %s', (jurisdiction, perspective) => {
    const all = routesFor(jurisdiction, perspective);
    expect(all.every((r) => r.outcome !== null)).toBe(true);
    // The referral depends on the outcome and on a few answers (age, danger): check each distinct plan.
    const plans = new Map(all.map((r) => {
      const plan = planReferral(r.outcome!, perspective, r.answers);
      return [JSON.stringify(plan), plan] as const;
    }));
    const places: (CountryCode | null)[] = jurisdiction === 'INTL' ? [null, ...COUNTRY_CODES.filter((c) => c !== 'US' && c !== 'GB')] : [null];
    const bad: string[] = [];
    for (const country of places)
      for (const [key, plan] of plans) {
        const referral = resolved(plan, jurisdiction, country);
        const first = referral.contactData[0];
        if (!first || first.status !== 'confirmed') bad.push(`${country ?? jurisdiction}: ${key} → ${first?.id ?? 'no contact'}`);
      }
    expect(bad.slice(0, 5)).toEqual([]);
    expect(plans.size).toBeGreaterThan(3);
  }, 120_000);
});
