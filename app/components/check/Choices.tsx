'use client';

import { useState, type FormEvent, type ReactNode } from 'react';
import { ErrorSummary } from './ErrorSummary';

export interface Choice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

interface Props<V extends string> {
  name: string;
  heading: string;
  hint?: ReactNode;
  choices: readonly Choice<V>[];
  initial?: V;
  continueLabel: string;
  errorTitle: string;
  errorMessage: string;
  /** Shown below the answers (e.g. "why we ask" and definitions). */
  after?: ReactNode;
  onChoose: (value: V) => void;
}

/** One question as a page: the question is the heading, large radio buttons, Continue. */
export function RadioQuestion<V extends string>({ name, heading, hint, choices, initial, continueLabel, errorTitle, errorMessage, after, onChoose }: Props<V>) {
  const [selected, setSelected] = useState<V | undefined>(initial);
  const [error, setError] = useState(false);
  const firstId = `${name}-${choices[0].value}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected === undefined) return setError(true);
    onChoose(selected);
  };
  return (
    <form onSubmit={submit} noValidate>
      {error && <ErrorSummary title={errorTitle} message={errorMessage} fieldId={firstId} />}
      <div className={`form-group${error ? ' form-group--error' : ''}`}>
        <fieldset aria-describedby={[hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined}>
          <legend>
            <h1 tabIndex={-1} className="question-heading">
              {heading}
            </h1>
          </legend>
          {hint && (
            <div id={`${name}-hint`} className="hint">
              {hint}
            </div>
          )}
          {error && (
            <p id={`${name}-error`} className="error-message">
              {errorMessage}
            </p>
          )}
          <div className="radios">
            {choices.map((choice) => {
              const id = `${name}-${choice.value}`;
              return (
                <div className="radio" key={choice.value}>
                  <input
                    id={id}
                    type="radio"
                    name={name}
                    value={choice.value}
                    checked={selected === choice.value}
                    onChange={() => {
                      setSelected(choice.value);
                      setError(false);
                    }}
                    aria-describedby={choice.hint ? `${id}-hint` : undefined}
                  />
                  <label htmlFor={id}>{choice.label}</label>
                  {choice.hint && (
                    <p id={`${id}-hint`} className="radio__hint">
                      {choice.hint}
                    </p>
                  )}
                </div>
              );
            })}
          </div>
        </fieldset>
      </div>
      {after}
      <button type="submit" className="button">
        {continueLabel}
      </button>
    </form>
  );
}
