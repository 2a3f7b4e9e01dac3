'use client';

import { useEffect, useState, type ReactNode } from 'react';
import type { CheckContext, CheckEvent } from '../../../machines/check.machine';
import { explain } from '../../../machines/driver';
import type { FactId, OutcomeId } from '../../../machines/facts';
import { contactDirectory, planReferral, resolveReferral, type ResolvedContact } from '../../../machines/referrals';
import { placeOf } from '../../../machines/settings';
import type { CheckData } from '../../lib/check-data';
import { fill } from '../../lib/format';
import { spellFor } from '../../lib/spelling';
import { ContactCard, fillNodes } from '../ContactCard';
import { answerWords } from './ReviewStep';
import { wordingOf } from './QuestionStep';

interface Props {
  data: CheckData;
  outcome: OutcomeId;
  context: CheckContext;
  trail: readonly FactId[];
  send: (event: CheckEvent) => void;
}

const directories = new WeakMap<CheckData, ReturnType<typeof contactDirectory>>();
const directoryOf = (data: CheckData) => {
  if (!directories.has(data)) directories.set(data, contactDirectory(data.contactFacts));
  return directories.get(data)!;
};

/** A section folded away: the one next step comes first, everything else a tap away. */
function Fold({ id, title, children, open = false }: { id: string; title: string; children: ReactNode; open?: boolean }) {
  return (
    <details className="details outcome__fold" id={id} open={open}>
      <summary>{title}</summary>
      <div className="details__text">{children}</div>
    </details>
  );
}

/**
 * A result. The recommended contact's buttons and hours come straight under the heading, inside
 * the first screen of a phone; then why, in plain words ("Because you said: …"); the rest folds.
 * The emergency advice is short: the number, what to do while waiting, and going on when safe.
 */
export function OutcomeStep({ data, outcome, context, trail, send }: Props) {
  const [includeAnswers, setIncludeAnswers] = useState(false);
  const { ui } = data;
  const words = ui.outcome;
  const perspective = context.perspective!;
  const place = placeOf(context)!;
  const say = spellFor(data.locale, place.jurisdiction);
  const result = data.outcomes[outcome];
  const referral = resolveReferral(planReferral(outcome, perspective, context.answers), place, data.referrals, directoryOf(data));
  const explanation = explain(context.answers, place.jurisdiction, context.emergencyShown);
  const countryName = place.country ? data.countryNames[place.country] : undefined;

  // Printing shows the folded sections too.
  useEffect(() => {
    const open = () => document.querySelectorAll<HTMLDetailsElement>('.outcome details').forEach((d) => (d.open = true));
    window.addEventListener('beforeprint', open);
    return () => window.removeEventListener('beforeprint', open);
  }, []);

  const card = (c: ResolvedContact, primary = false) => {
    const contact = data.contacts[c.id];
    return (
      <ContactCard
        key={c.id}
        contact={contact}
        words={ui.contactWords}
        notes={data.channelNotes}
        primary={primary}
        headingLevel={primary ? 2 : 3}
        linkInCountry={!contact.country || contact.country === place.country}
        countryName={contact.country ? data.countryNames[contact.country] : undefined}
        warnPolice={c.warnPolice}
        warnImmigration={c.warnImmigrationEnforcement}
        withoutNumber={c.withoutNumber}
        say={say}
      />
    );
  };
  const emergencyNumber = (() => {
    const contact = data.contacts[referral.emergency.id];
    const call = referral.emergency.withoutNumber ? undefined : contact.channels.find((ch) => ch.kind === 'call' && ch.tel);
    return call && call.kind === 'call' ? (
      <a href={`tel:${call.tel}`} className="nowrap">
        {call.display}
      </a>
    ) : null;
  })();
  const reportedEmergency = referral.reported.filter((c) => data.contacts[c.id].kind === 'emergency');
  const reportedOthers = referral.reported.filter((c) => data.contacts[c.id].kind !== 'emergency');
  const lawName = words.lawNames[place.jurisdiction];
  const notes = trail.flatMap((fact) => {
    const detail = context.details[fact];
    const note = detail && 'choice' in detail ? data.questions[fact].choices.find((c) => c.id === detail.choice)?.resultNote : undefined;
    return note ? [note] : [];
  });
  // "Because you said: …": the answers that decided the result, in plain words.
  const because = explanation.decidedBy.map((fact) => {
    const question = data.questions[fact];
    const answer = context.answers[fact]!;
    const said = question.said?.[answer][perspective] ?? `${wordingOf(question, context).text} ${question.answers[answer]}`;
    const detail = context.details[fact];
    const signs = detail && 'signs' in detail && detail.signs.length > 0 ? answerWords(data, fact, context) : [];
    return { fact, said, signs };
  });

  const isEmergency = outcome === 'emergency';
  return (
    <div className={`outcome outcome--${outcome}${includeAnswers ? ' outcome--print-answers' : ''}`}>
      {referral.dangerUnsure && !isEmergency && (
        <p className="safety-note" role="note">
          {emergencyNumber ? fillNodes(words.dangerUnsure, { number: emergencyNumber }) : words.dangerUnsureLocal}
        </p>
      )}
      {referral.dangerReported && !isEmergency && <p className="safety-note">{words.dangerReminder}</p>}
      <h1 tabIndex={-1}>{say(result.title)}</h1>

      <section aria-label={words.recommended} className="outcome__recommended">
        {card(referral.first, true)}
      </section>

      {isEmergency && (
        <>
          {reportedEmergency.length > 0 && (
            <section aria-labelledby="reported-emergency" className="outcome__reported">
              <h2 id="reported-emergency">{words.reportedTitle}</h2>
              {reportedEmergency.map((c) => card(c))}
            </section>
          )}
          <section aria-labelledby="while-you-wait">
            <h2 id="while-you-wait">{words.whileYouWait}</h2>
            <ul className="list">
              {referral.nextSteps.map((id) => (
                <li key={id}>{say(data.nextSteps[id])}</li>
              ))}
            </ul>
          </section>
          <p className="no-print">
            <button type="button" className="button" onClick={() => send({ type: 'CONTINUE' })}>
              {words.continueCheck}
            </button>
          </p>
        </>
      )}

      {!isEmergency && (
        <section aria-labelledby="why" className="outcome__why">
          <h2 id="why">{words.why}</h2>
          {because.length > 0 && (
            <>
              <p className="outcome__because">{words.becauseYouSaid}</p>
              <ul className="list">
                {because.map((b) => (
                  <li key={b.fact}>
                    {say(b.said)}
                    {b.signs.length > 0 && (
                      <ul className="list list--tight">
                        {b.signs.map((s) => (
                          <li key={s}>{say(s)}</li>
                        ))}
                      </ul>
                    )}
                  </li>
                ))}
              </ul>
            </>
          )}
          <p>{say(data.reasons[explanation.clauseId])}</p>
          <p className="caption">{fill(words.lawUsed, { law: lawName })}</p>
          {notes.map((n) => (
            <p key={n} className="inset">
              {say(n)}
            </p>
          ))}
          <p>{say(result.summary[perspective])}</p>
        </section>
      )}

      {!isEmergency && (
        <Fold id="next-steps" title={words.nextSteps}>
          <ul className="list">
            {referral.nextSteps.map((id) => (
              <li key={id}>{say(data.nextSteps[id])}</li>
            ))}
          </ul>
        </Fold>
      )}

      {referral.others.length > 0 && !isEmergency && (
        <Fold id="other-contacts" title={words.otherContacts}>
          {referral.others.map((c) => card(c))}
        </Fold>
      )}

      {reportedOthers.length > 0 && (
        <Fold id="reported" title={words.reportedTitle}>
          <p>{words.reportedLead}</p>
          {reportedOthers.map((c) => card(c))}
        </Fold>
      )}

      <Fold id="the-law" title={isEmergency ? words.moreHelp : words.theLaw}>
        {/* The emergency advice keeps everything else in one fold, to stay short on a phone. */}
        {isEmergency && referral.others.map((c) => card(c))}
        {isEmergency && <h3>{words.theLaw}</h3>}
        <p>{say(result.meaning)}</p>
        <p>
          {say(result.law[place.jurisdiction].text)} <cite>{result.law[place.jurisdiction].citation}</cite>
        </p>
        {place.jurisdiction === 'INTL' && <p>{countryName ? fill(words.nationalLaw, { country: countryName }) : words.nationalLawAnywhere}</p>}
        <p className="inset">{words.notAdvice}</p>
      </Fold>

      {includeAnswers && (
        <section aria-labelledby="my-answers" className="print-only">
          <h2 id="my-answers">{words.printAnswersTitle}</h2>
          <dl className="summary-list summary-list--compact">
            {trail.map((fact) => (
              <div className="summary-list__row" key={fact}>
                <dt className="summary-list__key">{say(wordingOf(data.questions[fact], context).text)}</dt>
                <dd className="summary-list__value">{answerWords(data, fact, context).map(say).join('; ')}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <div className="outcome__actions no-print">
        {!isEmergency && (
          <>
        <div className="checkbox checkbox--small">
          <input id="print-answers" type="checkbox" checked={includeAnswers} onChange={(e) => setIncludeAnswers(e.target.checked)} />
          <label htmlFor="print-answers">{words.printIncludeAnswers}</label>
        </div>
        <p>
          <button type="button" className="button button--secondary" onClick={() => window.print()}>
            {words.print}
          </button>
        </p>
          </>
        )}
        <p className="button-group">
          {!isEmergency && (
            <button type="button" className="link-button" onClick={() => send({ type: 'CHANGE_ANSWERS' })}>
              {words.changeAnswers}
            </button>
          )}
          <button type="button" className="link-button" onClick={() => send({ type: 'RESTART' })}>
            {words.startAgain}
          </button>
        </p>
      </div>
    </div>
  );
}
