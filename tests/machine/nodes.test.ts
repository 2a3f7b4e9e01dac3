import { describe, expect, it } from 'vitest';
import type { Answer, Answers, FactId, Jurisdiction } from '../../machines/facts';
import { planReferral } from '../../machines/referrals';
import { start, where } from '../support/actor';

/**
 * Node by node: given earlier answers and one more answer, the next question (or review, or the
 * outcome). Written by hand from decision-logic.md and the asking order (danger; what the person
 * does: work, then sexual acts; age; means; freedom to leave; the rest), asking only what can still change the outcome
 * or the referral.
 */
const base = { danger: 'no' } as const;
const adultWorker = { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no' } as const;
type Row = [name: string, jurisdiction: Jurisdiction, given: Answers, fact: FactId, value: Answer, next: string];

const rows: Row[] = [
  ['danger first; yes shows the emergency outcome at once', 'US', {}, 'danger', 'yes', 'emergency'],
  ['no danger: what the person does, work first', 'US', {}, 'danger', 'no', 'labor'],
  ['unsure about danger is not an emergency', 'UK', {}, 'danger', 'unsure', 'labor'],
  ['then sexual acts, asked of everyone', 'US', base, 'labor', 'no', 'commercialSex'],
  ['a worker is asked about sexual acts too', 'US', base, 'labor', 'yes', 'commercialSex'],
  ['commercial sex: then age', 'US', { ...base, labor: 'no' }, 'commercialSex', 'yes', 'under18'],
  ['child in commercial sex: decided, straight to review', 'INTL', { ...base, commercialSex: 'yes', labor: 'no' }, 'under18', 'yes', 'review'],
  ['adult in commercial sex: the means', 'US', { ...base, commercialSex: 'yes', labor: 'no' }, 'under18', 'no', 'force'],
  ['adult in commercial sex by force: decided (no border questions)', 'UK', { ...base, commercialSex: 'yes', labor: 'no', under18: 'no' }, 'force', 'yes', 'review'],
  ['no sex, no work: age still matters for the referral', 'US', { ...base, labor: 'no' }, 'commercialSex', 'no', 'under18'],
  ['no sex, no work, adult: only smuggling is left, so the border first', 'US', { ...base, commercialSex: 'no', labor: 'no' }, 'under18', 'no', 'crossedBorder'],
  ['no border crossing: nothing else can change the outcome', 'US', { ...base, commercialSex: 'no', labor: 'no', under18: 'no' }, 'crossedBorder', 'no', 'review'],
  ['crossed a border: were they smuggled', 'US', { ...base, commercialSex: 'no', labor: 'no', under18: 'no' }, 'crossedBorder', 'yes', 'smuggled'],
  ['smuggled: free on arrival?', 'US', { ...base, commercialSex: 'no', labor: 'no', under18: 'no', crossedBorder: 'yes' }, 'smuggled', 'yes', 'freeOnArrival'],
  ['worker held by force: decided, no more questions', 'US', adultWorker, 'force', 'yes', 'review'],
  ['worker, no force: fraud next', 'US', adultWorker, 'force', 'no', 'fraud'],
  ['worker, force unsure: possible trafficking unless coercion settles it', 'US', adultWorker, 'force', 'unsure', 'fraud'],
  ['fraud: coercion next', 'US', { ...adultWorker, force: 'no' }, 'fraud', 'yes', 'coercion'],
  ['coercion: decided', 'INTL', { ...adultWorker, force: 'no', fraud: 'no' }, 'coercion', 'yes', 'review'],
  ['fraud and no coercion: can they leave?', 'US', { ...adultWorker, force: 'no', fraud: 'yes' }, 'coercion', 'no', 'freeToLeave'],
  ['fraud and not free to leave: labor trafficking', 'US', { ...adultWorker, force: 'no', fraud: 'yes', coercion: 'no' }, 'freeToLeave', 'no', 'review'],
  ['US fraud while free to leave: vulnerability could still make it possible', 'US', { ...adultWorker, force: 'no', fraud: 'yes', coercion: 'no' }, 'freeToLeave', 'yes', 'vulnerability'],
  // Possible trafficking (smuggled and held) is still open, and there the labor agency is added.
  ['US fraud, free, no vulnerability: violations before the border', 'US', { ...adultWorker, force: 'no', fraud: 'yes', coercion: 'no', freeToLeave: 'yes' }, 'vulnerability', 'no', 'laborViolations'],
  ['US fraud, free, violations known: the border', 'US', { ...adultWorker, force: 'no', fraud: 'yes', coercion: 'no', freeToLeave: 'yes', vulnerability: 'no' }, 'laborViolations', 'yes', 'crossedBorder'],
  ['UK fraud, free, vulnerability: decided by s.3(6) once violations are known', 'UK', { ...adultWorker, force: 'no', fraud: 'yes', coercion: 'no', freeToLeave: 'yes' }, 'vulnerability', 'yes', 'laborViolations'],
  ['UK child worker not free to leave: trafficking without means', 'UK', { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'yes', force: 'no', fraud: 'no', coercion: 'no' }, 'freeToLeave', 'no', 'review'],
  ['US child worker not free to leave: possible trafficking, labor agency still matters', 'US', { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'yes', force: 'no', fraud: 'no', coercion: 'no' }, 'freeToLeave', 'no', 'laborViolations'],
  ['INTL child worker free to leave: was the child moved or housed?', 'INTL', { danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'yes', force: 'no', fraud: 'no', coercion: 'no' }, 'freeToLeave', 'yes', 'movedOrHoused'],
  ['commercial sex unsure: the signs around it are asked', 'US', { danger: 'no', labor: 'no' }, 'commercialSex', 'unsure', 'under18'],
];

describe.each(rows)('%s [%s]', (_, jurisdiction, given, fact, value, next) => {
  it(`after ${fact}=${value}: ${next}`, () => {
    const actor = start(jurisdiction, given);
    expect(where(actor)).toBe(fact);
    actor.send({ type: 'ANSWER', fact, value });
    expect(where(actor)).toBe(next);
  });
});

describe('review and outcome', () => {
  it('confirming check-your-answers stops in the outcome the rules decide', () => {
    const actor = start('US', { ...adultWorker, force: 'yes' });
    expect(where(actor)).toBe('review');
    actor.send({ type: 'CONFIRM' });
    expect(where(actor)).toBe('labor_trafficking');
    expect(actor.getSnapshot().hasTag('outcome')).toBe(true);
  });
  it('an answer to a question that is not being asked is ignored', () => {
    const actor = start('US');
    actor.send({ type: 'ANSWER', fact: 'force', value: 'yes' });
    expect(where(actor)).toBe('danger');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
  it('after the emergency advice, the check goes on from the next question', () => {
    const actor = start('US', { danger: 'yes' }, true);
    expect(where(actor)).toBe('labor');
  });
  it('after the emergency advice, the danger answer stays on the route (the result reminds the person)', () => {
    const actor = start('UK', { danger: 'yes' }, true);
    for (const [fact, value] of [['labor', 'no'], ['commercialSex', 'yes'], ['under18', 'no'], ['force', 'yes']] as const) actor.send({ type: 'ANSWER', fact, value });
    expect(where(actor)).toBe('review');
    expect(actor.getSnapshot().context.answers.danger).toBe('yes');
    actor.send({ type: 'CONFIRM' });
    expect(where(actor)).toBe('sex_trafficking');
    expect(planReferral('sex_trafficking', 'self', actor.getSnapshot().context.answers).dangerReported).toBe(true);
  });
});
