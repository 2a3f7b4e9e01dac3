'use client';

import { useState } from 'react';
import { explain } from '../../../machines/driver';
import type { Answers, FactId, Jurisdiction, OutcomeId, Perspective } from '../../../machines/facts';
import { planReferral, resolveReferral } from '../../../machines/referrals';
import type { CheckBundle } from '../../lib/bundle';
import { fill } from '../../lib/format';
import { ContactCard } from '../ContactCard';

interface Props {
  bundle: CheckBundle;
  outcome: OutcomeId;
  perspective: Perspective;
  jurisdiction: Jurisdiction;
  answers: Answers;
  trail: readonly FactId[];
  emergencyShown: boolean;
  onRestart: () => void;
  onChangeAnswers: () => void;
  onContinue: () => void;
}

/**
 * The result: the recommended action first and biggest, then next steps, other contacts, and why
 * — the answers that decided it and the law for the chosen place. Printing gives a call sheet that
 * holds the person's answers only if they tick the box.
 */
export function OutcomeStep({ bundle, outcome, perspective, jurisdiction, answers, trail, emergencyShown, onRestart, onChangeAnswers, onContinue }: Props) {
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const { ui } = bundle;
  const words = bundle.outcomes[outcome];
  const referral = resolveReferral(planReferral(outcome, perspective, answers), jurisdiction, bundle.referrals, (id) => bundle.contacts[id].immigrationEnforcement);
  const explanation = explain(answers, jurisdiction, emergencyShown);
  const [first, ...others] = referral.contacts;
  const card = (id: string, warn: boolean, primary: boolean) => {
    const contact = bundle.contacts[id];
    return (
      <div key={id}>
        {warn && contact.words.selfWarning && (
          <div className="warning-text" role="note">
            <strong>{ui.outcome.immigrationWarningTitle}: </strong>
            {contact.words.selfWarning}
          </div>
        )}
        <ContactCard contact={contact} words={ui.outcome} notes={bundle.channelNotes} primary={primary} compact={!primary} moreLabel={ui.outcome.moreAbout} />
      </div>
    );
  };
  return (
    <div className={`outcome outcome--${outcome}${includeAnswers ? ' outcome--print-answers' : ''}`}>
      <p className="caption">{fill(ui.outcome.resultFor, { place: ui.setup[jurisdiction] })}</p>
      <h1 tabIndex={-1}>{words.title}</h1>
      <p className="lead">{words.summary[perspective]}</p>
      {referral.dangerReported && outcome !== 'emergency' && <p className="warning-text">{ui.outcome.dangerReminder}</p>}

      <section aria-labelledby="recommended" className="outcome__recommended">
        <h2 id="recommended">{ui.outcome.recommended}</h2>
        {card(first.id, first.warnImmigrationEnforcement, true)}
      </section>

      {outcome === 'emergency' && (
        <p className="no-print">
          <button type="button" className="button button--secondary" onClick={onContinue}>
            {ui.outcome.continueCheck}
          </button>
        </p>
      )}

      <section aria-labelledby="next-steps">
        <h2 id="next-steps">{ui.outcome.nextSteps}</h2>
        <ul className="list">
          {referral.nextSteps.map((id) => (
            <li key={id}>{bundle.nextSteps[id]}</li>
          ))}
        </ul>
      </section>

      {others.length > 0 && (
        <section aria-labelledby="other-contacts">
          <h2 id="other-contacts">{ui.outcome.otherContacts}</h2>
          {others.map((c) => card(c.id, c.warnImmigrationEnforcement, false))}
        </section>
      )}

      <section aria-labelledby="why" className="outcome__why answers">
        <h2 id="why">{ui.outcome.why}</h2>
        <p>{bundle.reasons[explanation.clauseId]}</p>
        {explanation.decidedBy.length > 0 && (
          <>
            <h3>{ui.outcome.decidedBy}</h3>
            <dl className="summary-list summary-list--compact">
              {explanation.decidedBy.map((fact) => (
                <div className="summary-list__row" key={fact}>
                  <dt className="summary-list__key">{bundle.questions[fact].text[perspective]}</dt>
                  <dd className="summary-list__value">{answers[fact] ? bundle.questions[fact].answers[answers[fact]!] : ''}</dd>
                </div>
              ))}
            </dl>
          </>
        )}
        <p>{words.meaning}</p>
        <h3>{ui.outcome.theLaw}</h3>
        <p>
          {words.law[jurisdiction].text} <cite>{words.law[jurisdiction].citation}</cite>
        </p>
        <p className="inset">{ui.outcome.notAdvice}</p>
      </section>

      {includeAnswers && (
        <section aria-labelledby="my-answers" className="print-only">
          <h2 id="my-answers">{ui.outcome.printAnswersTitle}</h2>
          <dl className="summary-list summary-list--compact">
            {trail.map((fact) => (
              <div className="summary-list__row" key={fact}>
                <dt className="summary-list__key">{bundle.questions[fact].text[perspective]}</dt>
                <dd className="summary-list__value">{bundle.questions[fact].answers[answers[fact]!]}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <div className="outcome__actions no-print">
        <div className="checkbox checkbox--small">
          <input id="print-answers" type="checkbox" checked={includeAnswers} onChange={(e) => setIncludeAnswers(e.target.checked)} />
          <label htmlFor="print-answers">{ui.outcome.printIncludeAnswers}</label>
        </div>
        <p>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {ui.outcome.print}
          </button>
        </p>
        <p className="button-group">
          {outcome !== 'emergency' && (
            <button type="button" className="link-button" onClick={onChangeAnswers}>
              {ui.outcome.changeAnswers}
            </button>
          )}
          <button type="button" className="link-button" onClick={onRestart}>
            {ui.outcome.startAgain}
          </button>
        </p>
      </div>
    </div>
  );
}
