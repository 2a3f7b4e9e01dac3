'use client';

import type { Answers, FactId, Jurisdiction, Perspective } from '../../../machines/facts';
import type { CheckBundle } from '../../lib/bundle';
import { fill } from '../../lib/format';

interface Props {
  bundle: CheckBundle;
  perspective: Perspective;
  jurisdiction: Jurisdiction;
  /** The answers on the route, in the order they were asked. */
  trail: readonly FactId[];
  answers: Answers;
  onChange: (fact: FactId) => void;
  onChangeSetting: (setting: 'perspective' | 'jurisdiction') => void;
  onConfirm: () => void;
}

/** GOV.UK "check your answers": every answer with a Change link, then the result. */
export function ReviewStep({ bundle, perspective, jurisdiction, trail, answers, onChange, onChangeSetting, onConfirm }: Props) {
  const { review, setup } = bundle.ui;
  const Row = ({ label, value, onClick, hidden }: { label: string; value: string; onClick: () => void; hidden: string }) => (
    <div className="summary-list__row">
      <dt className="summary-list__key">{label}</dt>
      <dd className="summary-list__value">{value}</dd>
      <dd className="summary-list__actions">
        <button type="button" className="link-button" onClick={onClick}>
          {review.change}
          <span className="visually-hidden"> {hidden}</span>
        </button>
      </dd>
    </div>
  );
  return (
    <>
      <h1 tabIndex={-1}>{review.title}</h1>
      <p className="lead">{review.lead}</p>
      <dl className="summary-list">
        <Row label={review.aboutLabel} value={setup[perspective]} onClick={() => onChangeSetting('perspective')} hidden={fill(review.changeHidden, { question: review.aboutLabel })} />
        <Row label={review.whereLabel} value={setup[jurisdiction]} onClick={() => onChangeSetting('jurisdiction')} hidden={fill(review.changeHidden, { question: review.whereLabel })} />
        {trail.map((fact) => {
          const question = bundle.questions[fact];
          const text = question.text[perspective];
          return <Row key={fact} label={text} value={question.answers[answers[fact]!]} onClick={() => onChange(fact)} hidden={fill(review.changeHidden, { question: text })} />;
        })}
      </dl>
      <button type="button" className="button" onClick={onConfirm}>
        {review.confirm}
      </button>
    </>
  );
}
