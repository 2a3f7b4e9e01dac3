'use client';

import { useState, type FormEvent } from 'react';
import type { Question } from '../../../content/schema';
import { activityOf } from '../../../machines/activity';
import { selectedAnswer, type CheckContext, type CheckEvent } from '../../../machines/check.machine';
import type { Answer, FactId, Jurisdiction } from '../../../machines/facts';
import type { CheckData } from '../../lib/check-data';
import { fill } from '../../lib/format';
import { spellFor } from '../../lib/spelling';
import { ErrorSummary } from './ErrorSummary';

interface Props {
  data: CheckData;
  fact: FactId;
  number: number;
  context: CheckContext;
  jurisdiction: Jurisdiction;
  send: (event: CheckEvent) => void;
}

/** The question's words for what the person does (work, sexual acts, both, not known) and who it is about. */
export function wordingOf(question: Question, context: CheckContext) {
  const perspective = context.perspective ?? 'self';
  const variant = question.variants[activityOf(context.answers)];
  return { text: (variant?.text ?? question.text)[perspective], hint: (variant?.hint ?? question.hint)[perspective] };
}

/** Why we ask, what the words mean in law here, and a link to read more: at hand, folded away. */
function AtHand({ data, fact, jurisdiction, say }: { data: CheckData; fact: FactId; jurisdiction: Jurisdiction; say: (t: string) => string }) {
  const question = data.questions[fact];
  const { check, jurisdictionNames } = data.ui;
  return (
    <div className="at-hand">
      {question.reassurance && <p className="inset">{say(question.reassurance)}</p>}
      <details className="details">
        <summary>{check.whyWeAsk}</summary>
        <div className="details__text">
          <p>{say(question.whyWeAsk)}</p>
        </div>
      </details>
      {question.definitions.map((id) => {
        const definition = data.definitions[id];
        return (
          <details className="details" key={id}>
            <summary>{fill(check.meaningOf, { term: say(definition.term) })}</summary>
            <div className="details__text">
              <p>{say(definition.plain)}</p>
              <p>
                <strong>{fill(check.lawIn, { place: jurisdictionNames[jurisdiction] })}:</strong> {say(definition.legal[jurisdiction].text)}{' '}
                <cite>{definition.legal[jurisdiction].citation}</cite>
              </p>
              <p>
                <a href={`/${data.locale}/learn/#${id}`}>{check.readMore}</a>
              </p>
            </div>
          </details>
        );
      })}
    </div>
  );
}

/** The hint, and the examples folded away so the answers stay on the first screen. */
function Hint({ data, fact, hint, say }: { data: CheckData; fact: FactId; hint: string; say: (t: string) => string }) {
  const { examples } = data.questions[fact];
  return (
    <>
      <p>{say(hint)}</p>
      {examples.length > 0 && (
        <details className="details details--inline">
          <summary>{data.ui.check.examples}</summary>
          <ul className="list">
            {examples.map((e) => (
              <li key={e}>{say(e)}</li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}

/** One question as a page: the question is the heading, large options, Continue. */
export function QuestionStep(props: Props) {
  const { data, fact, number } = props;
  const question = data.questions[fact];
  const { check } = data.ui;
  const say = spellFor(data.locale, props.jurisdiction);
  return (
    <>
      {question.headsUp && <p className="heads-up">{say(question.headsUp)}</p>}
      <p className="caption">{fill(check.progress, { number })}</p>
      {question.signs && question.signs.length > 0 ? <Checklist {...props} say={say} /> : <Radios {...props} say={say} />}
      <AtHand data={data} fact={fact} jurisdiction={props.jurisdiction} say={say} />
    </>
  );
}

function Radios({ data, fact, context, send, say }: Props & { say: (t: string) => string }) {
  const question = data.questions[fact];
  const { check } = data.ui;
  const { text, hint } = wordingOf(question, context);
  const detail = context.details[fact];
  const choices: { id: string; label: string; value: Answer }[] = [
    { id: 'yes', label: question.answers.yes, value: 'yes' },
    { id: 'no', label: question.answers.no, value: 'no' },
    ...question.choices.map((c) => ({ id: c.id, label: c.label, value: c.sets })),
    { id: 'unsure', label: question.answers.unsure, value: 'unsure' },
  ];
  const initial = detail && 'choice' in detail ? detail.choice : selectedAnswer(context, fact);
  const [selected, setSelected] = useState<string | undefined>(initial);
  const [error, setError] = useState(false);
  const name = `answer-${fact}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const choice = choices.find((c) => c.id === selected);
    if (!choice) return setError(true);
    send({ type: 'ANSWER', fact, value: choice.value, ...(question.choices.some((c) => c.id === choice.id) ? { choice: choice.id } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate>
      {error && <ErrorSummary title={check.errorTitle} message={check.errorChoose} fieldId={`${name}-${choices[0].id}`} />}
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <fieldset aria-describedby={[`${name}-hint`, error ? `${name}-error` : ''].filter(Boolean).join(' ')}>
          <legend>
            <h1 tabIndex={-1} className="question-heading">
              {say(text)}
            </h1>
          </legend>
          <div id={`${name}-hint`} className="hint">
            <Hint data={data} fact={fact} hint={hint} say={say} />
          </div>
          {error && (
            <p id={`${name}-error`} className="error-message">
              {check.errorChoose}
            </p>
          )}
          <div className="radios">
            {choices.map((choice) => {
              const id = `${name}-${choice.id}`;
              return (
                <div className="radio" key={choice.id}>
                  <input
                    id={id}
                    type="radio"
                    name={name}
                    value={choice.value}
                    data-choice={choice.id}
                    checked={selected === choice.id}
                    onChange={() => {
                      setSelected(choice.id);
                      setError(false);
                    }}
                  />
                  <label htmlFor={id}>{say(choice.label)}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      <button type="submit" className="button">
        {check.continue}
      </button>
    </form>
  );
}

/** A checklist of signs that sets the fact: the statechart decides the answer from the boxes (machines/checklist.ts). */
function Checklist({ data, fact, context, send, say }: Props & { say: (t: string) => string }) {
  const question = data.questions[fact];
  const signs = question.signs!;
  const { check } = data.ui;
  const { text, hint } = wordingOf(question, context);
  const detail = context.details[fact];
  const selected = selectedAnswer(context, fact);
  const initialSigns = detail && 'signs' in detail ? detail.signs : [];
  const initialExclusive = detail && 'signs' in detail ? detail.exclusive : selected === 'no' ? 'none' : selected === 'unsure' ? 'unsure' : null;
  const [signIds, setSignIds] = useState<readonly string[]>(initialSigns);
  const [exclusive, setExclusive] = useState<'none' | 'unsure' | null>(initialExclusive);
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
    const ticked = signs.filter((s) => signIds.includes(s.id));
    if (ticked.length === 0 && exclusive === null) return setError(true);
    send({ type: 'ANSWER_SIGNS', fact, signs: ticked.map((s) => s.sets), signIds: ticked.map((s) => s.id), exclusive });
  };
  const firstId = `${name}-${signs[0].id}`;
  return (
    <form onSubmit={submit} noValidate>
      {error && <ErrorSummary title={check.errorTitle} message={check.errorChecklist} fieldId={firstId} />}
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <fieldset aria-describedby={`${name}-hint${error ? ` ${name}-error` : ''}`}>
          <legend>
            <h1 tabIndex={-1} className="question-heading">
              {say(text)}
            </h1>
          </legend>
          <div id={`${name}-hint`} className="hint">
            <Hint data={data} fact={fact} hint={hint} say={say} />
            <p>{check.checklistHint}</p>
          </div>
          {error && (
            <p id={`${name}-error`} className="error-message">
              {check.errorChecklist}
            </p>
          )}
          <div className="checkboxes">
            {signs.map((sign) => {
              const id = `${name}-${sign.id}`;
              return (
                <div className="checkbox" key={sign.id}>
                  <input id={id} type="checkbox" name={name} value={sign.id} checked={signIds.includes(sign.id)} onChange={() => toggle(sign.id)} />
                  <label htmlFor={id}>{say(sign.label)}</label>
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
      <button type="submit" className="button">
        {check.continue}
      </button>
    </form>
  );
}
