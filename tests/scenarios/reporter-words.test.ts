import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { loadContent } from '../../content/load';
import { activityOf, ACTIVITIES, type Activity } from '../../machines/activity';
import { checkMachine } from '../../machines/check.machine';
import { currentQuestion, outcomeOf, presetFor } from '../../machines/driver';
import type { Answer, FactId, Jurisdiction, OutcomeId, Perspective } from '../../machines/facts';
import { planReferral } from '../../machines/referrals';

/**
 * The words a reporter answers from (issue: 59 stories told by victims and bystanders, answered from
 * the words on screen alone). Each test answers the real statechart the way a reporter would: on a
 * checklist it ticks boxes by their ids, looked up in content/en/questions.yaml (so a missing box, or
 * one whose `sets` is wrong, fails the test); on a radio it picks an answer or an extra option
 * (`choices`, looked up by id the same way). Every question the check asks must be one the reporter
 * expected to be asked.
 */
const { words } = loadContent('en');
const questions = words.questions;

/** How a reporter answers one question: a radio value, an extra option, boxes ticked, or "None of these" (a "No" where there are no boxes). */
type Reply = Answer | { choice: string } | { ticks: string[] } | 'none';
type Plan = Partial<Record<FactId, Reply>>;

interface Walk {
  readonly outcome: OutcomeId;
  /** Questions asked, in order, with the activity (what the person does) when each was asked. */
  readonly asked: readonly { fact: FactId; activity: Activity }[];
  readonly answers: Partial<Record<FactId, Answer>>;
}

function walk(jurisdiction: Jurisdiction, perspective: Perspective, plan: Plan, { goOnAfterEmergency = false } = {}): Walk {
  const actor = createActor(checkMachine, { input: { preset: presetFor(jurisdiction, perspective) } });
  actor.start();
  const asked: { fact: FactId; activity: Activity }[] = [];
  let wentOn = false;
  for (let step = 0; step < 40; step++) {
    const snapshot = actor.getSnapshot();
    const outcome = outcomeOf(snapshot);
    if (outcome === 'emergency' && goOnAfterEmergency && !wentOn) {
      wentOn = true;
      actor.send({ type: 'CONTINUE' });
      continue;
    }
    if (outcome !== null) {
      actor.stop();
      return { outcome, asked, answers: snapshot.context.answers };
    }
    if (snapshot.matches('review')) {
      actor.send({ type: 'CONFIRM' });
      continue;
    }
    const fact = currentQuestion(snapshot);
    if (fact === null) throw new Error(`stopped in ${JSON.stringify(snapshot.value)}`);
    // After going on from the emergency advice, danger is asked again: the danger has passed.
    const reply = fact === 'danger' && wentOn ? 'no' : plan[fact];
    if (reply === undefined) throw new Error(`the check asked ${fact}, which this reporter was not expecting (asked so far: ${asked.map((a) => a.fact).join(', ')})`);
    asked.push({ fact, activity: activityOf(snapshot.context.answers) });
    const question = questions[fact];
    if (question.signs) {
      // A checklist: boxes, "None of these" or "I'm not sure".
      if (reply === 'none') actor.send({ type: 'ANSWER_SIGNS', fact, signs: [], signIds: [], exclusive: 'none' });
      else if (reply === 'unsure') actor.send({ type: 'ANSWER_SIGNS', fact, signs: [], signIds: [], exclusive: 'unsure' });
      else if (typeof reply === 'object' && 'ticks' in reply) {
        const ticked = reply.ticks.map((id) => {
          const sign = question.signs!.find((s) => s.id === id);
          if (!sign) throw new Error(`${fact} has no box "${id}"`);
          return sign;
        });
        actor.send({ type: 'ANSWER_SIGNS', fact, signs: ticked.map((s) => s.sets), signIds: ticked.map((s) => s.id), exclusive: null });
      } else throw new Error(`${fact} is a checklist: tick boxes, "none" or "unsure" (got ${JSON.stringify(reply)})`);
    } else if (typeof reply === 'object' && 'choice' in reply) {
      const choice = question.choices.find((c) => c.id === reply.choice);
      if (!choice) throw new Error(`${fact} has no option "${reply.choice}"`);
      actor.send({ type: 'ANSWER', fact, value: choice.sets, choice: choice.id });
    } else if (typeof reply === 'string') {
      // "None of these" on a question without boxes is the reporter's "No".
      actor.send({ type: 'ANSWER', fact, value: reply === 'none' ? 'no' : reply });
    } else throw new Error(`${fact} has no boxes to tick (got ${JSON.stringify(reply)})`);
    if (currentQuestion(actor.getSnapshot()) === fact && !outcomeOf(actor.getSnapshot())) throw new Error(`the answer to ${fact} was not accepted`);
  }
  throw new Error('the check did not end');
}

const outcomes = (perspective: Perspective, plan: Plan, places: readonly Jurisdiction[] = ['US', 'UK', 'INTL']) =>
  Object.fromEntries(places.map((j) => [j, walk(j, perspective, plan).outcome]));

/** A worker's plain answers: no sexual acts, an adult, none of the signs; the test changes what it is about. */
const adultWorker: Plan = {
  danger: 'no',
  labor: 'yes',
  commercialSex: 'none',
  under18: 'no',
  force: 'none',
  fraud: 'none',
  coercion: 'none',
  freeToLeave: 'yes',
  vulnerability: 'none',
  laborViolations: 'none',
  thirdPartyControl: 'none',
  crossedBorder: 'no',
};

const lower = (s: string) => s.toLowerCase();

describe('1. moved or housed includes relatives and family friends who send someone away to work', () => {
  const question = questions.movedOrHoused;

  it('the question says so, and no reason text says "outside their family"', () => {
    for (const p of ['self', 'other'] as const) {
      const shown = lower(`${question.text[p]} ${question.hint[p]}`);
      expect(shown).toMatch(/relative/);
      expect(shown).toMatch(/family friend/);
      expect(shown).not.toMatch(/outside/);
      // A child living at home with their own parents or carers is not this fact.
      expect(shown).toMatch(/own parents or carers/);
    }
    for (const clause of ['childLaborWithoutMeans', 'childLaborUnclear']) expect(lower(words.outcomes.reasons[clause])).not.toMatch(/outside (their|the) family/);
  });

  it('a girl sent by her parents to work in her aunt’s house, unpaid: trafficking in the UK and under Palermo, child labor in the US', () => {
    // The reporter answers from the words: her aunt arranged it, so "someone outside the family" is
    // "No", while "a relative … who sent or took them away from home to work" is "Yes".
    const shown = lower(`${question.text.other} ${question.hint.other}`);
    const movedOrHoused = /relative/.test(shown) && !/outside/.test(shown) ? 'yes' : 'no';
    const plan: Plan = {
      ...adultWorker,
      under18: 'yes',
      laborViolations: { ticks: ['pay-missing', 'not-allowed-for-age'] },
      freeToLeave: 'unsure',
      movedOrHoused,
    };
    expect(outcomes('other', plan)).toEqual({ US: 'labor_exploitation', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
  });
});

describe('2. a threat to call immigration settles coercion; a visa that would end is only a warning sign', () => {
  it('"if you complain or leave, your visa ends and you go home": a warning sign, so possible trafficking', () => {
    const plan: Plan = { ...adultWorker, coercion: { ticks: ['visa-ends-if-leaving'] } };
    const result = walk('US', 'self', plan);
    expect(result.answers.coercion).toBe('unsure');
    expect(outcomes('self', plan)).toEqual({ US: 'possible_trafficking', UK: 'possible_trafficking', INTL: 'possible_trafficking' });
  });

  it('"keep working and keep quiet, or I call immigration": labor trafficking', () => {
    const plan: Plan = { ...adultWorker, coercion: { ticks: ['threats-to-report'] } };
    expect(outcomes('self', plan)).toEqual({ US: 'labor_trafficking', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
    // The threat box speaks of a threat for stopping or speaking out, not of a visa ending.
    const label = lower(questions.coercion.signs!.find((s) => s.id === 'threats-to-report')!.label);
    expect(label).toMatch(/stopping|complaining|speaking out/);
    expect(label).not.toMatch(/visa/);
  });
});

describe('3. commercial sex seen from outside: the signs a bystander sees', () => {
  it('the question warns that it is about sex, and that "I\'m not sure" is fine', () => {
    expect(lower(questions.commercialSex.headsUp ?? '')).toMatch(/sex/);
    expect(lower(questions.commercialSex.headsUp ?? '')).toMatch(/not sure/);
  });

  it('a 15-year-old offered for sex in online ads, men visiting for short stays: child sex trafficking', () => {
    const plan: Plan = { danger: 'no', labor: 'unsure', commercialSex: { ticks: ['advertised-for-sex', 'short-visits-for-sex'] }, under18: 'yes' };
    expect(outcomes('other', plan)).toEqual({ US: 'child_sex_trafficking', UK: 'child_sex_trafficking', INTL: 'child_sex_trafficking' });
  });

  it('a man collects the money from the visitors and locks her in: sex trafficking', () => {
    const plan: Plan = {
      danger: 'no',
      labor: 'no',
      commercialSex: { ticks: ['someone-else-takes-money-for-sex', 'stream-of-visitors'] },
      under18: 'no',
      force: { ticks: ['locked-in'] },
    };
    expect(outcomes('other', plan)).toEqual({ US: 'sex_trafficking', UK: 'sex_trafficking', INTL: 'sex_trafficking' });
  });

  it('the direct case keeps its box: a bed for the night in return for sex, at 16', () => {
    const plan: Plan = { danger: 'no', labor: 'no', commercialSex: { ticks: ['something-given-for-sex'] }, under18: 'yes' };
    expect(outcomes('self', plan)).toEqual({ US: 'child_sex_trafficking', UK: 'child_sex_trafficking', INTL: 'child_sex_trafficking' });
  });

  it('a stream of short visits alone is only a sign: possible trafficking, with the child line for an unknown age', () => {
    const plan: Plan = {
      danger: 'no',
      labor: 'unsure',
      commercialSex: { ticks: ['stream-of-visitors'] },
      under18: 'unsure',
      laborViolations: 'unsure',
    };
    const result = walk('US', 'other', plan);
    expect(result.answers.commercialSex).toBe('unsure');
    expect(result.outcome).toBe('possible_trafficking');
    expect(planReferral(result.outcome, 'other', result.answers).roles).toContain('childProtection');
  });
});

describe('4. the commonest lies settle fraud', () => {
  it('a set wage and a room promised, never given, free to leave: wage fraud in the US and under Palermo, possible trafficking in the UK', () => {
    const plan: Plan = { ...adultWorker, fraud: { ticks: ['promise-never-kept'] }, laborViolations: { ticks: ['pay-missing'] } };
    expect(outcomes('self', plan)).toEqual({ US: 'labor_exploitation', UK: 'possible_trafficking', INTL: 'labor_exploitation' });
  });

  it('the contract shown for the visa was not the real one, and leaving would bring threats: labor trafficking', () => {
    const plan: Plan = { ...adultWorker, fraud: { ticks: ['visa-contract-not-real'] }, freeToLeave: 'no' };
    expect(outcomes('self', plan)).toEqual({ US: 'labor_trafficking', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
  });

  it('promised school and a better life, and it was a lie; cannot leave: labor trafficking', () => {
    const plan: Plan = { ...adultWorker, fraud: { ticks: ['false-promise-of-a-better-life'] }, freeToLeave: 'no' };
    expect(outcomes('other', plan)).toEqual({ US: 'labor_trafficking', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
  });
});

describe('5. free on arrival does not assume the person has arrived', () => {
  const trip: Plan = { danger: 'no', labor: 'no', commercialSex: 'none', under18: 'no', crossedBorder: 'yes', smuggled: 'yes' };

  it('still on the way, with the people moving them: possible trafficking, not smuggling', () => {
    const choice = questions.freeOnArrival.choices.find((c) => c.id === 'still-on-the-way');
    expect(choice?.sets).toBe('unsure');
    expect(outcomes('other', { ...trip, freeOnArrival: { choice: 'still-on-the-way' } })).toEqual({
      US: 'possible_trafficking',
      UK: 'possible_trafficking',
      INTL: 'possible_trafficking',
    });
  });

  it('held after arrival until a "fee" or ransom is paid: the hint says that is "No", and the result is possible trafficking', () => {
    for (const p of ['self', 'other'] as const) expect(lower(questions.freeOnArrival.hint[p])).toMatch(/ransom/);
    expect(outcomes('other', { ...trip, freeOnArrival: 'no' })).toEqual({ US: 'possible_trafficking', UK: 'possible_trafficking', INTL: 'possible_trafficking' });
  });
});

describe('6. "right now" means today or the next hours; an ongoing situation is asked about next', () => {
  it('the danger question says what "right now" means and that what keeps happening comes next', () => {
    for (const p of ['self', 'other'] as const) {
      const hint = lower(questions.danger.hint[p]);
      expect(hint).toMatch(/today|next few hours/);
      expect(hint).toMatch(/next questions/);
    }
  });

  it('beaten for saying no but safe for now answers "No" and the next questions find it; in danger tonight, the advice comes first', () => {
    // The reporter answers from the words: with no word on what "right now" means, someone who is
    // beaten every week answers "Yes" and stops at the emergency advice.
    const hint = lower(questions.danger.hint.self);
    const danger = /next few hours/.test(hint) && /next questions/.test(hint) ? 'no' : 'yes';
    const ongoing: Plan = { ...adultWorker, danger, force: { ticks: ['hurt-for-refusing-or-leaving'] } };
    const result = walk('INTL', 'self', ongoing);
    expect(result.asked.map((a) => a.fact)).toContain('force');
    expect(result.outcome).toBe('labor_trafficking');
    // In danger tonight: the emergency advice, and going on afterwards reaches the right result.
    const tonight: Plan = { ...ongoing, danger: 'yes' };
    expect(walk('US', 'other', tonight).outcome).toBe('emergency');
    expect(walk('US', 'other', tonight, { goOnAfterEmergency: true }).outcome).toBe('labor_trafficking');
  });
});

describe('7. the signs people described and could not find', () => {
  it.each([
    ['a bank card or benefit payments held by someone else', 'coercion', 'bank-card-held', 'possible_trafficking'],
    ['back pay held back, lost by leaving early', 'coercion', 'back-pay-held', 'possible_trafficking'],
    ['threatened with being left stranded far from home', 'coercion', 'threat-to-leave-stranded', 'labor_trafficking'],
    ['told to lie to officials or inspectors', 'coercion', 'told-to-lie-to-officials', 'possible_trafficking'],
    ['not allowed off the boat', 'force', 'not-allowed-off-the-premises', 'labor_trafficking'],
  ] as const)('%s (%s: %s)', (_, fact, box, expected) => {
    const plan: Plan = { ...adultWorker, [fact]: { ticks: [box] } };
    expect(outcomes('self', plan)).toEqual({ US: expected, UK: expected, INTL: expected });
  });

  it('a false offer of help from a friend, and leaving would bring threats: labor trafficking', () => {
    const plan: Plan = { ...adultWorker, fraud: { ticks: ['false-offer-of-help'] }, freeToLeave: 'no' };
    expect(outcomes('self', plan)).toEqual({ US: 'labor_trafficking', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
  });

  it('a false offer of help from someone who is not a partner, then sex with others: sex trafficking', () => {
    const plan: Plan = { danger: 'no', labor: 'no', commercialSex: { ticks: ['something-given-for-sex'] }, under18: 'no', force: 'none', fraud: { ticks: ['false-offer-of-help'] } };
    expect(outcomes('self', plan)).toEqual({ US: 'sex_trafficking', UK: 'sex_trafficking', INTL: 'sex_trafficking' });
  });
});

describe('8. one question at a time', () => {
  it('free to leave asks about leaving everything, and its hint covers a debt after quitting', () => {
    for (const p of ['self', 'other'] as const) {
      expect(questions.freeToLeave.text[p]).not.toMatch(/stop, quit or leave/);
      expect(lower(questions.freeToLeave.hint[p])).toMatch(/debt/);
      for (const activity of ACTIVITIES) expect(lower(questions.freeToLeave.variants[activity]?.text?.[p] ?? '')).toMatch(/debt/);
    }
  });

  it('could quit the job but would be threatened over the debt: "No", and with lies about the job, labor trafficking', () => {
    const plan: Plan = { ...adultWorker, fraud: { ticks: ['promise-never-kept'] }, coercion: { ticks: ['owes-money'] }, freeToLeave: 'no' };
    expect(outcomes('self', plan)).toEqual({ US: 'labor_trafficking', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
  });

  it('"I was under 18 when it started; I am 18 or older now" sets under 18 to yes and says what that means', () => {
    const choice = questions.under18.choices.find((c) => c.id === 'under-18-when-it-started');
    expect(choice?.sets).toBe('yes');
    expect(lower(choice?.resultNote ?? '')).toMatch(/child/);
    expect(questions.under18.text.self).not.toMatch(/when this started/);
    // Sold for sex from 12, 19 now.
    const sex: Plan = { danger: 'no', labor: 'no', commercialSex: { ticks: ['someone-else-takes-money-for-sex'] }, under18: { choice: 'under-18-when-it-started' } };
    expect(outcomes('self', sex)).toEqual({ US: 'child_sex_trafficking', UK: 'child_sex_trafficking', INTL: 'child_sex_trafficking' });
    // Sent to work in a house at 15, 20 now, not allowed to leave.
    const work: Plan = { ...adultWorker, under18: { choice: 'under-18-when-it-started' }, freeToLeave: 'no' };
    expect(outcomes('self', work)).toEqual({ US: 'possible_trafficking', UK: 'labor_trafficking', INTL: 'labor_trafficking' });
  });
});

describe('9. the words fit what the reporter answered about the work and sexual acts', () => {
  const FITTED: FactId[] = ['force', 'fraud', 'coercion', 'freeToLeave', 'thirdPartyControl', 'vulnerability', 'laborViolations'];
  const speaksOfWork = /\b(the|this|your) work\b|\bat work\b|\bthis job\b/;
  const speaksOfSex = /\bthe sexual acts\b|\bthis\b.*sexual/;

  it.each(FITTED)('%s has words for each activity, never assuming work or sexual acts that were not said', (fact) => {
    const q = questions[fact];
    for (const activity of ACTIVITIES) {
      for (const p of ['self', 'other'] as const) {
        const text = q.variants[activity]?.text?.[p];
        expect(text, `${fact} ${activity} ${p}`).toBeTruthy();
        const shown = lower(`${text} ${q.variants[activity]?.hint?.[p] ?? q.hint[p]}`);
        if (activity === 'sex' || activity === 'unknown') expect(shown, `${fact} ${activity} ${p}`).not.toMatch(speaksOfWork);
        if (activity === 'work' || activity === 'unknown') expect(shown, `${fact} ${activity} ${p}`).not.toMatch(speaksOfSex);
        expect(shown).not.toMatch(/"this" means/);
      }
    }
  });

  it('a bystander who does not know whether the person works is asked about pay "if" they work, never about "this work"', () => {
    const plan: Plan = { danger: 'no', labor: 'unsure', commercialSex: 'none', under18: 'no', freeToLeave: 'unsure', laborViolations: 'unsure', crossedBorder: 'no' };
    const result = walk('US', 'other', plan);
    const atPay = result.asked.find((a) => a.fact === 'laborViolations');
    expect(atPay?.activity).toBe('unknown');
    const shown = questions.laborViolations.variants.unknown?.text?.other ?? '';
    expect(shown).toMatch(/^If /);
    expect(shown).not.toMatch(/this work/);
  });

  it('a companion who answers every question is offered where the walk gets (coercion), as a warning sign', () => {
    const plan: Plan = { ...adultWorker, coercion: { ticks: ['companion-answers-for-them'] } };
    const result = walk('UK', 'other', plan);
    expect(result.asked.map((a) => a.fact)).not.toContain('thirdPartyControl');
    expect(result.answers.coercion).toBe('unsure');
    expect(outcomes('other', plan)).toEqual({ US: 'possible_trafficking', UK: 'possible_trafficking', INTL: 'possible_trafficking' });
  });

  it('checklists shown whatever the person does never speak of "the work or sexual acts"', () => {
    for (const fact of ['force', 'fraud', 'coercion', 'thirdPartyControl', 'vulnerability'] as const) {
      for (const sign of questions[fact].signs ?? []) expect(lower(sign.label), `${fact}.${sign.id}`).not.toMatch(/work or sexual acts|sexual acts/);
    }
  });
});
