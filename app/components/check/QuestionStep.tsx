'use client';

import { useState, type FormEvent } from 'react';
import { factFromChecklist } from '../../../machines/checklist';
import type { Answer, FactId, Jurisdiction, Perspective } from '../../../machines/facts';
import type { CheckBundle } from '../../lib/bundle';
import { fill } from '../../lib/format';
import { href } from '../../lib/locale';
import { RadioQuestion } from './Choices';
import { ErrorSummary } from './ErrorSummary';
import type { SignChoice } from './store';

interface Props {
  bundle: CheckBundle;
  fact: FactId;
  number: number;
  perspective: Perspective;
  jurisdiction: Jurisdiction;
  selected?: Answer;
  signs?: SignChoice;
  onAnswer: (value: Answer, signs?: SignChoice) => void;
}

/** Why we ask, what the words mean in law here, and a link to read more: at hand, not a new page. */
function AtHand({ bundle, fact, jurisdiction }: Pick<Props, 'bundle' | 'fact' | 'jurisdiction'>) {
  const question = bundle.questions[fact];
  const { check, jurisdictionNames } = bundle.ui;
  return (
    <div className="at-hand">
      <details className="details">
        <summary>{check.whyWeAsk}</summary>
        <div className="details__text">
          <p>{question.whyWeAsk}</p>
        </div>
      </details>
      {question.definitions.map((id) => {
        const definition = bundle.definitions[id];
        return (
          <details className="details" key={id}>
            <summary>{fill(check.meaningOf, { term: definition.term })}</summary>
            <div className="details__text">
              <p>{definition.plain}</p>
              <p>
                <strong>{fill(check.lawIn, { place: jurisdictionNames[jurisdiction] })}:</strong> {definition.legal[jurisdiction].text}{' '}
                <cite>{definition.legal[jurisdiction].citation}</cite>
              </p>
              <p>
                <a href={`${href(bundle.locale, 'learn')}#${id}`}>{check.readMore}</a>
              </p>
            </div>
          </details>
        );
      })}
    </div>
  );
}

function Hint({ bundle, fact, perspective }: Pick<Props, 'bundle' | 'fact' | 'perspective'>) {
  const question = bundle.questions[fact];
  return (
    <>
      <p>{question.hint[perspective]}</p>
      {question.reassurance && <p className="inset">{question.reassurance}</p>}
    </>
  );
}

export function QuestionStep(props: Props) {
  const { bundle, fact, number, perspective, selected, onAnswer } = props;
  const question = bundle.questions[fact];
  const { check } = bundle.ui;
  const heading = question.text[perspective];
  const progress = <p className="caption">{fill(check.progress, { number })}</p>;
  if (question.signs && question.signs.length > 0) return <>{progress}<Checklist {...props} /></>;
  return (
    <>
      {progress}
      <RadioQuestion<Answer>
        name={`answer-${fact}`}
        heading={heading}
        hint={<Hint bundle={bundle} fact={fact} perspective={perspective} />}
        choices={[
          { value: 'yes', label: question.answers.yes },
          { value: 'no', label: question.answers.no },
          { value: 'unsure', label: question.answers.unsure },
        ]}
        initial={selected}
        continueLabel={check.continue}
        errorTitle={check.errorTitle}
        errorMessage={check.errorChoose}
        after={<AtHand {...props} />}
        onChoose={(value) => onAnswer(value)}
      />
    </>
  );
}

/** A checklist of signs that sets the fact: decisive signs set yes, warning signs unsure at most. */
function Checklist({ bundle, fact, perspective, selected, signs, onAnswer, jurisdiction }: Props) {
  const question = bundle.questions[fact];
  const { check } = bundle.ui;
  const initialExclusive = signs?.exclusive ?? (selected === 'no' ? 'none' : selected === 'unsure' && !signs?.signIds.length ? 'unsure' : null);
  const [signIds, setSignIds] = useState<readonly string[]>(signs?.signIds ?? []);
  const [exclusive, setExclusive] = useState<SignChoice['exclusive']>(initialExclusive);
  const [error, setError] = useState(false);
  const name = `answer-${fact}`;
  const toggle = (id: string) => {
    setError(false);
    setExclusive(null);
    setSignIds((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  };
  const choose = (value: 'none' | 'unsure') => {
    setError(false);
    setSignIds([]);
    setExclusive((current) => (current === value ? null : value));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const sets = (question.signs ?? []).filter((s) => signIds.includes(s.id)).map((s) => s.sets);
    const value = factFromChecklist({ signs: sets, exclusive });
    if (value === undefined) return setError(true);
    onAnswer(value, { signIds, exclusive });
  };
  const firstId = `${name}-${question.signs![0].id}`;
  return (
    <form onSubmit={submit} noValidate>
      {error && <ErrorSummary title={check.errorTitle} message={check.errorChecklist} fieldId={firstId} />}
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <fieldset aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}>
          <legend>
            <h1 tabIndex={-1} className="question-heading">
              {question.text[perspective]}
            </h1>
          </legend>
          <div id={`${name}-hint`} className="hint">
            <Hint bundle={bundle} fact={fact} perspective={perspective} />
            <p>{check.checklistHint}</p>
          </div>
          {error && (
            <p id={`${name}-error`} className="error-message">
              {check.errorChecklist}
            </p>
          )}
          <div className="checkboxes">
            {question.signs!.map((sign) => {
              const id = `${name}-${sign.id}`;
              return (
                <div className="checkbox" key={sign.id}>
                  <input id={id} type="checkbox" name={name} value={sign.id} checked={signIds.includes(sign.id)} onChange={() => toggle(sign.id)} />
                  <label htmlFor={id}>{sign.label}</label>
                </div>
              );
            })}
            <p className="checkboxes__divider">{check.checklistOr}</p>
            {(['none', 'unsure'] as const).map((value) => {
              const id = `${name}-${value}`;
              return (
                <div className="checkbox" key={value}>
                  <input id={id} type="checkbox" name={`${name}-exclusive`} value={value} checked={exclusive === value} onChange={() => choose(value)} />
                  <label htmlFor={id}>{value === 'none' ? check.checklistNone : check.checklistUnsure}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <AtHand bundle={bundle} fact={fact} jurisdiction={jurisdiction} />
      <button type="submit" className="button">
        {check.continue}
      </button>
    </form>
  );
}
