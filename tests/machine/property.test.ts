import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assess } from '../../machines/assess';
import { checkMachine, type CheckEvent } from '../../machines/check.machine';
import { COUNTRY_CODES } from '../../machines/country-codes';
import { currentQuestion, currentSetting, outcomeOf, presetFor, walkThrough } from '../../machines/driver';
import { ANSWERS, FACT_IDS, JURISDICTIONS, PERSPECTIVES, PREREQUISITES, type Answers } from '../../machines/facts';
import { PLACE_CHOICES, SETTINGS_STEPS } from '../../machines/settings';
import { referralFor } from '../support/referrals';

const answer = fc.constantFrom(...ANSWERS);
const jurisdiction = fc.constantFrom(...JURISDICTIONS);
const perspective = fc.constantFrom(...PERSPECTIVES);

/** From wherever the check is, a person choosing the first option and "I'm not sure" to everything reaches a result. */
function finish(actor: ReturnType<typeof createActor<typeof checkMachine>>) {
  for (let i = 0; i <= 2 * FACT_IDS.length + 6 && outcomeOf(actor.getSnapshot()) === null; i++) {
    const snapshot = actor.getSnapshot();
    const setting = currentSetting(snapshot);
    const fact = currentQuestion(snapshot);
    if (setting === 'perspective') actor.send({ type: 'CHOOSE', step: 'perspective', value: 'self' });
    else if (setting === 'place') actor.send({ type: 'CHOOSE', step: 'place', value: 'undisclosed' });
    else if (setting === 'country') actor.send({ type: 'CHOOSE', step: 'country', value: 'MX' });
    else if (fact) actor.send({ type: 'ANSWER', fact, value: 'unsure' });
    else actor.send({ type: 'CONFIRM' });
  }
}

describe('any sequence of answers', () => {
  it('ends in an outcome with at least one contact', () => {
    fc.assert(
      fc.property(jurisdiction, perspective, fc.array(answer, { minLength: FACT_IDS.length, maxLength: FACT_IDS.length }), (j, p, sequence) => {
        const actor = createActor(checkMachine, { input: { preset: presetFor(j, p) } }).start();
        for (let i = 0; i <= FACT_IDS.length; i++) {
          const snapshot = actor.getSnapshot();
          const fact = currentQuestion(snapshot);
          if (fact) actor.send({ type: 'ANSWER', fact, value: sequence[i] ?? 'unsure' });
          else if (snapshot.matches('review')) actor.send({ type: 'CONFIRM' });
        }
        const outcome = outcomeOf(actor.getSnapshot());
        expect(outcome).not.toBeNull();
        expect(referralFor(outcome!, j, p, actor.getSnapshot().context.answers).contacts.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('"I\'m not sure" to everything is never a dead end', () => {
    for (const j of JURISDICTIONS) {
      const walk = walkThrough({ jurisdiction: j, facts: {} });
      expect(walk.outcome).toBe('possible_trafficking');
      expect(walk.steps.every((s) => s.answer === 'unsure')).toBe(true);
      expect(referralFor(walk.outcome, j, 'self', walk.answers).contacts.length).toBeGreaterThan(0);
    }
  });

  it('any events in any order — settings, answers, Back, Change, going on, restarting — never leave the check stuck', () => {
    const event: fc.Arbitrary<CheckEvent | { type: 'ANSWER_NOW'; value: (typeof ANSWERS)[number] }> = fc.oneof(
      answer.map((value) => ({ type: 'ANSWER_NOW' as const, value })),
      fc.constantFrom<CheckEvent>({ type: 'BACK' }, { type: 'CONFIRM' }, { type: 'CONTINUE' }, { type: 'CHANGE_ANSWERS' }, { type: 'RESTART' }),
      fc.constantFrom(...FACT_IDS).map((fact): CheckEvent => ({ type: 'CHANGE', fact })),
      fc.constantFrom(...SETTINGS_STEPS).map((setting): CheckEvent => ({ type: 'CHANGE_SETTING', setting })),
      fc.constantFrom(...PERSPECTIVES).map((value): CheckEvent => ({ type: 'CHOOSE', step: 'perspective', value })),
      fc.constantFrom(...PLACE_CHOICES).map((value): CheckEvent => ({ type: 'CHOOSE', step: 'place', value })),
      fc.constantFrom('MX', 'DE', 'US', 'GB', 'ZZ', 'mx').map((value): CheckEvent => ({ type: 'CHOOSE', step: 'country', value })),
    );
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        const actor = createActor(checkMachine, { input: {} }).start();
        for (const e of events) {
          const fact = currentQuestion(actor.getSnapshot());
          if (e.type === 'ANSWER_NOW') {
            if (fact) actor.send({ type: 'ANSWER', fact, value: e.value });
          } else actor.send(e);
          const { context } = actor.getSnapshot();
          // Settings never hold a value the screens do not offer.
          expect(context.country === null || (COUNTRY_CODES as readonly string[]).includes(context.country)).toBe(true);
          if (context.place !== 'country') expect(context.country).toBeNull();
        }
        finish(actor);
        expect(outcomeOf(actor.getSnapshot())).not.toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});

describe('any complete set of facts', () => {
  const consistentFacts = fc
    .record(Object.fromEntries(FACT_IDS.map((f) => [f, answer])) as Record<(typeof FACT_IDS)[number], fc.Arbitrary<'yes' | 'no' | 'unsure'>>)
    .map((facts) => {
      const fixed: Answers = { ...facts };
      for (const [fact, prerequisite] of Object.entries(PREREQUISITES)) {
        if (fixed[prerequisite] === 'no' && fixed[fact as keyof Answers] === 'yes') fixed[fact as keyof Answers] = 'no';
      }
      return fixed;
    });

  it('the machine, asking only some questions, reaches what the ordered rules give on all the facts', () => {
    fc.assert(
      fc.property(jurisdiction, consistentFacts, (j, facts) => {
        const direct = assess({ answers: facts, jurisdiction: j });
        expect(direct.status).toBe('decided');
        expect(walkThrough({ jurisdiction: j, facts }).outcome).toBe(direct.status === 'decided' ? direct.outcome : null);
      }),
      { numRuns: 3000 },
    );
  });
});
