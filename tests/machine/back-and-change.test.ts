import { describe, expect, it } from 'vitest';
import { selectedAnswer } from '../../machines/check.machine';
import { answer, send, start, where } from '../support/actor';

describe('Back', () => {
  it('returns to the previous question with the earlier answer still selected', () => {
    const actor = answer(start('US'), ['danger', 'no'], ['labor', 'yes'], ['commercialSex', 'no']);
    expect(where(actor)).toBe('under18');
    send(actor, { type: 'BACK' });
    expect(where(actor)).toBe('commercialSex');
    const { context } = actor.getSnapshot();
    expect(selectedAnswer(context, 'commercialSex')).toBe('no');
    expect(context.answers).toEqual({ danger: 'no', labor: 'yes' });
  });

  it('walks back to the first question and no further', () => {
    const actor = answer(start('US'), ['danger', 'no'], ['labor', 'yes']);
    send(actor, { type: 'BACK' }, { type: 'BACK' });
    expect(where(actor)).toBe('danger');
    // In a training case (settings fixed) Back from the first question stays there.
    send(actor, { type: 'BACK' });
    expect(where(actor)).toBe('danger');
    expect(selectedAnswer(actor.getSnapshot().context, 'danger')).toBe('no');
  });

  it('going forward again asks the same questions, pre-selected, when nothing changed', () => {
    const actor = answer(start('US'), ['danger', 'no'], ['labor', 'yes'], ['commercialSex', 'no'], ['under18', 'no']);
    send(actor, { type: 'BACK' }, { type: 'BACK' });
    answer(actor, ['commercialSex', 'no']);
    expect(where(actor)).toBe('under18');
    expect(selectedAnswer(actor.getSnapshot().context, 'under18')).toBe('no');
  });

  it('from check-your-answers returns to the last question', () => {
    const actor = answer(start('US'), ['danger', 'no'], ['labor', 'yes'], ['commercialSex', 'no'], ['under18', 'no'], ['force', 'yes']);
    expect(where(actor)).toBe('review');
    send(actor, { type: 'BACK' });
    expect(where(actor)).toBe('force');
    expect(selectedAnswer(actor.getSnapshot().context, 'force')).toBe('yes');
  });
});

describe('Change from check-your-answers', () => {
  const toReview = () =>
    answer(start('US'), ['danger', 'no'], ['labor', 'yes'], ['commercialSex', 'no'], ['under18', 'no'], ['force', 'yes']);

  it('returns to the question, then straight back to the summary when no follow-up is needed', () => {
    const actor = send(toReview(), { type: 'CHANGE', fact: 'under18' });
    expect(where(actor)).toBe('under18');
    answer(actor, ['under18', 'unsure']);
    expect(where(actor)).toBe('review');
    expect(actor.getSnapshot().context.answers.under18).toBe('unsure');
  });

  it('asks the new follow-up questions a change requires, then returns to the summary', () => {
    const actor = send(toReview(), { type: 'CHANGE', fact: 'force' });
    answer(actor, ['force', 'no']);
    expect(where(actor)).toBe('fraud');
    answer(actor, ['fraud', 'no'], ['coercion', 'yes']);
    expect(where(actor)).toBe('review');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', commercialSex: 'no', labor: 'yes', under18: 'no', force: 'no', fraud: 'no', coercion: 'yes' });
  });

  it('drops only the answers that no longer apply', () => {
    // Labor violations only apply to someone who works: changing labor to "no" drops that answer.
    const actor = answer(
      start('US'),
      ['danger', 'no'], ['labor', 'yes'], ['commercialSex', 'no'], ['under18', 'no'], ['force', 'no'], ['fraud', 'no'],
      ['coercion', 'no'], ['freeToLeave', 'yes'], ['vulnerability', 'no'], ['laborViolations', 'yes'], ['crossedBorder', 'no'],
    );
    expect(where(actor)).toBe('review');
    send(actor, { type: 'CHANGE', fact: 'labor' });
    answer(actor, ['labor', 'no']);
    expect(where(actor)).toBe('review');
    expect(actor.getSnapshot().context.answers).toEqual({ danger: 'no', labor: 'no', commercialSex: 'no', under18: 'no', crossedBorder: 'no' });
    send(actor, { type: 'CONFIRM' });
    expect(where(actor)).toBe('not_indicated');
  });

  it('Back from the question being changed returns to the summary unchanged', () => {
    const actor = send(toReview(), { type: 'CHANGE', fact: 'force' }, { type: 'BACK' });
    expect(where(actor)).toBe('review');
    expect(actor.getSnapshot().context.answers.force).toBe('yes');
    expect(actor.getSnapshot().context.changing).toBeNull();
  });

  it('cannot change a question that is not on the route', () => {
    const actor = send(toReview(), { type: 'CHANGE', fact: 'smuggled' });
    expect(where(actor)).toBe('review');
  });
});

describe('Restart', () => {
  it('forgets every answer and starts at the first question', () => {
    const actor = answer(start('UK'), ['danger', 'no'], ['labor', 'no'], ['commercialSex', 'yes']);
    send(actor, { type: 'RESTART' });
    expect(where(actor)).toBe('danger');
    const { context } = actor.getSnapshot();
    expect(context.answers).toEqual({});
    expect(context.remembered).toEqual({});
    expect(selectedAnswer(context, 'commercialSex')).toBeUndefined();
  });
});
