import { beforeAll, describe, expect, it } from 'vitest';
import { assess, nextQuestion } from '../../machines/assess';
import { ANSWERS, FACT_IDS, JURISDICTIONS, OUTCOME_IDS, PERSPECTIVES, type Answers, type FactId, type Jurisdiction } from '../../machines/facts';
import { enumerateRoutes, type EnumeratedRoute } from '../../machines/routes';
import { complete } from '../support/complete';
import { referralFor } from '../support/referrals';

/**
 * Every path through the statechart, enumerated from the machine itself by @xstate/graph, for
 * every jurisdiction and perspective: not a sample.
 */

/** Routes counted without the machine: a depth-first walk of the question choice alone. */
function countRoutesWithoutMachine(jurisdiction: Jurisdiction): number {
  const walk = (answers: Answers): number => {
    const fact = nextQuestion({ answers, jurisdiction });
    return fact === null ? 1 : ANSWERS.reduce((n, value) => n + walk({ ...answers, [fact]: value }), 0);
  };
  return walk({});
}

/** Questions that can matter in each jurisdiction. Whether a child was moved or housed never changes a US outcome. */
const QUESTIONS: Record<Jurisdiction, readonly FactId[]> = {
  US: FACT_IDS.filter((f) => f !== 'movedOrHoused'),
  UK: FACT_IDS,
  INTL: FACT_IDS,
};

describe.each(JURISDICTIONS.flatMap((j) => PERSPECTIVES.map((p) => [j, p] as const)))('all paths, %s / %s', (jurisdiction, perspective) => {
  let routes: EnumeratedRoute[];
  beforeAll(() => {
    routes = enumerateRoutes({ jurisdiction, perspective });
  }, 120_000);

  it('covers every route (the same count as a walk that does not use the machine)', () => {
    expect(routes.length).toBe(countRoutesWithoutMachine(jurisdiction));
    expect(routes.length).toBeGreaterThan(1000);
  });

  it('every path ends in an outcome (a final state)', () => {
    const stuck = routes.filter((r) => r.outcome === null || !r.finalState.hasTag('outcome'));
    expect(stuck.map((r) => r.steps)).toEqual([]);
  });

  it('no question is asked twice on one path', () => {
    const repeated = routes.filter((r) => new Set(r.steps.map((s) => s.fact)).size !== r.steps.length);
    expect(repeated.map((r) => r.steps)).toEqual([]);
  });

  it('every outcome is reachable', () => {
    expect(new Set(routes.map((r) => r.outcome))).toEqual(new Set(OUTCOME_IDS));
  });

  it('every question that can matter here is asked on some path, and no other', () => {
    expect(new Set(routes.flatMap((r) => r.steps.map((s) => s.fact)))).toEqual(new Set(QUESTIONS[jurisdiction]));
  });

  it('every path ends with at least one contact, the first a confirmed one', () => {
    const bad = routes.filter((r) => {
      const referral = referralFor(r.outcome!, jurisdiction, perspective, r.answers);
      return referral.contacts.length === 0 || referral.contactData[0]?.status !== 'confirmed';
    });
    expect(bad.map((r) => [r.outcome, r.answers])).toEqual([]);
  });

  it('the questions skipped could not have changed the outcome (checked against complete fact sets)', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    const wrong = routes.flatMap((route) =>
      [0, 1, 2].flatMap(() => {
        const full = complete(route.answers, () => random());
        const decided = assess({ answers: full, jurisdiction });
        return decided.status === 'decided' && decided.outcome === route.outcome ? [] : [{ route: route.answers, full, outcome: route.outcome }];
      }),
    );
    expect(wrong.slice(0, 3)).toEqual([]);
  });
});

describe('going on after the emergency advice', () => {
  it.each(JURISDICTIONS)('%s: every path ends in the outcome the same answers give without danger', (jurisdiction) => {
    const routes = enumerateRoutes({ jurisdiction, perspective: 'other', afterEmergency: true });
    expect(routes.length).toBeGreaterThan(1000);
    for (const route of routes) {
      expect(route.outcome).not.toBe('emergency');
      expect(route.outcome).not.toBeNull();
      const withoutDanger = assess({ answers: { ...route.answers, danger: 'no' }, jurisdiction });
      expect(withoutDanger.status === 'decided' && withoutDanger.outcome).toBe(route.outcome);
    }
  });
});
