import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { assess } from '../../machines/assess';
import { currentQuestion, outcomeOf, walkThrough } from '../../machines/driver';
import { ANSWERS, FACT_IDS, JURISDICTIONS, PERSPECTIVES, PREREQUISITES, type Answers } from '../../machines/facts';
import { screeningMachine } from '../../machines/screening.machine';
import { referralFor } from '../support/referrals';

const answer = fc.constantFrom(...ANSWERS);
const jurisdiction = fc.constantFrom(...JURISDICTIONS);
const perspective = fc.constantFrom(...PERSPECTIVES);

describe('any sequence of answers', () => {
  it('ends in an outcome with at least one contact', () => {
    fc.assert(
      fc.property(jurisdiction, perspective, fc.array(answer, { minLength: FACT_IDS.length, maxLength: FACT_IDS.length }), (j, p, sequence) => {
        const actor = createActor(screeningMachine, { input: { jurisdiction: j, perspective: p } }).start();
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

  it('Back and Change in any order never leave the check stuck', () => {
    const event = fc.oneof(
      answer.map((value) => ({ kind: 'answer' as const, value })),
      fc.constant({ kind: 'back' as const }),
      fc.constantFrom(...FACT_IDS).map((fact) => ({ kind: 'change' as const, fact })),
    );
    fc.assert(
      fc.property(jurisdiction, fc.array(event, { maxLength: 60 }), (j, events) => {
        const actor = createActor(screeningMachine, { input: { jurisdiction: j, perspective: 'self' } }).start();
        for (const e of events) {
          const fact = currentQuestion(actor.getSnapshot());
          if (e.kind === 'answer' && fact) actor.send({ type: 'ANSWER', fact, value: e.value });
          if (e.kind === 'back') actor.send({ type: 'BACK' });
          if (e.kind === 'change') actor.send({ type: 'CHANGE', fact: e.fact });
          if (actor.getSnapshot().status === 'done') return;
        }
        // From wherever it is, answering "unsure" and confirming always reaches an outcome.
        for (let i = 0; i <= FACT_IDS.length + 1 && actor.getSnapshot().status !== 'done'; i++) {
          const fact = currentQuestion(actor.getSnapshot());
          actor.send(fact ? { type: 'ANSWER', fact, value: 'unsure' } : { type: 'CONFIRM' });
        }
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
