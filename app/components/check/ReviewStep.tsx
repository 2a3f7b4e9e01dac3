'use client';

import type { AnswerDetail, CheckContext, CheckEvent } from '../../../machines/check.machine';
import type { FactId } from '../../../machines/facts';
import { placeOf } from '../../../machines/settings';
import type { CheckData } from '../../lib/check-data';
import { fill } from '../../lib/format';
import { spellFor } from '../../lib/spelling';
import { wordingOf } from './QuestionStep';

interface Props {
  data: CheckData;
  context: CheckContext;
  /** The answers on the route, in the order they were asked. */
  trail: readonly FactId[];
  canChangeSettings: boolean;
  send: (event: CheckEvent) => void;
}

/**
 * What the person said for one question, in their words: the ticked signs of a checklist (each
 * marked where the box only counts as a warning sign), the option chosen, or the answer.
 */
export function answerWords(data: CheckData, fact: FactId, context: CheckContext): string[] {
  const question = data.questions[fact];
  const answer = context.answers[fact];
  const detail: AnswerDetail | undefined = context.details[fact];
  const { review, check } = data.ui;
  if (detail && 'signs' in detail) {
    if (detail.signs.length === 0) return [detail.exclusive === 'none' ? check.checklistNone : check.checklistUnsure];
    return (question.signs ?? [])
      .filter((s) => detail.signs.includes(s.id))
      .map((s) => (s.sets === 'unsure' ? fill(review.warningSign, { sign: s.label }) : s.label));
  }
  if (detail && 'choice' in detail) {
    const choice = question.choices.find((c) => c.id === detail.choice);
    if (choice) return [choice.label];
  }
  return answer ? [question.answers[answer]] : [review.notAsked];
}

/** GOV.UK "check your answers": every answer with a Change link, then the result. */
export function ReviewStep({ data, context, trail, canChangeSettings, send }: Props) {
  const { review, setup } = data.ui;
  const place = placeOf(context)!;
  const say = spellFor(data.locale, place.jurisdiction);
  const Row = ({ label, values, onClick, hidden }: { label: string; values: string[]; onClick?: () => void; hidden: string }) => (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">
        {values.length === 1 ? (
          values[0]
        ) : (
          <ul className="list list--tight">
            {values.map((v) => (
              <li key={v}>{v}</li>
            ))}
          </ul>
        )}
      </dd>
      {onClick && (
        <dd className="summary-list__actions">
          <button type="button" className="link-button" onClick={onClick}>
            {review.change}
            <span className="visually-hidden"> {hidden}</span>
          </button>
        </dd>
      )}
    </div>
  );
  const placeName =
    context.place === 'country' && context.country ? (data.countryNames[context.country] ?? context.country) : context.place ? setup[context.place] : '';
  return (
    <>
      <h1 tabIndex={-1}>{review.title}</h1>
      <p className="lead">{review.lead}</p>
      <dl className="summary-list">
        <Row
          label={review.aboutLabel}
          values={[context.perspective ? setup[context.perspective] : '']}
          onClick={canChangeSettings ? () => send({ type: 'CHANGE_SETTING', setting: 'perspective' }) : undefined}
          hidden={fill(review.changeHidden, { question: review.aboutLabel })}
        />
        <Row
          label={review.whereLabel}
          values={[placeName]}
          onClick={canChangeSettings ? () => send({ type: 'CHANGE_SETTING', setting: 'place' }) : undefined}
          hidden={fill(review.changeHidden, { question: review.whereLabel })}
        />
        {trail.map((fact) => {
          const text = say(wordingOf(data.questions[fact], context).text);
          return (
            <Row
              key={fact}
              label={text}
              values={answerWords(data, fact, context).map(say)}
              onClick={() => send({ type: 'CHANGE', fact })}
              hidden={fill(review.changeHidden, { question: text })}
            />
          );
        })}
      </dl>
      <button type="button" className="button" onClick={() => send({ type: 'CONFIRM' })}>
        {review.confirm}
      </button>
    </>
  );
}
