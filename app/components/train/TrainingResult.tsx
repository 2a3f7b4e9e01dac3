'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import type { ScenarioWords } from '../../../content/schema';
import { walkThrough } from '../../../machines/driver';
import { FACT_IDS, type Answers, type FactId, type Jurisdiction, type OutcomeId } from '../../../machines/facts';
import { pathOnMap } from '../../../machines/map';
import type { CheckContext } from '../../../machines/check.machine';
import type { TrainingData } from '../../lib/training';
import { answerWords } from '../check/ReviewStep';
import type { MapLayout } from '../../lib/map-layout';
import { DecisionMapSvg } from '../DecisionMapSvg';
import { MapLegend } from '../MapLegend';
import type { TrainingCase } from './TrainCase';
import { trainingSession } from './session';

interface Props {
  data: TrainingData;
  scenario: TrainingCase;
  words: ScenarioWords;
  jurisdiction: Jurisdiction;
  outcome: OutcomeId;
  context: CheckContext;
  trail: readonly FactId[];
  layout: MapLayout;
  nextHref: string;
  listHref: string;
  onTryAgain: () => void;
}

/**
 * The trainee's result beside the expert's: where their answers differ from the expert's facts,
 * with the definitions and the teaching note that explain it, and both paths on the decision map.
 */
export function TrainingResult({ data, scenario, words, jurisdiction, outcome, context, trail, layout, nextHref, listHref, onTryAgain }: Props) {
  const { ui } = data;
  const bundle = data;
  const answers: Answers = context.answers;
  const expert = walkThrough({ jurisdiction, perspective: scenario.perspective, facts: scenario.facts });
  const expected = scenario.expected[jurisdiction];
  const matched = outcome === expected;
  const expertAnswer = (fact: FactId) => scenario.facts[fact] ?? 'unsure';
  const differences = FACT_IDS.filter((f) => answers[f] !== undefined && answers[f] !== expertAnswer(f));
  const recorded = useRef(false);
  useEffect(() => {
    if (recorded.current) return;
    recorded.current = true;
    trainingSession.add({ caseId: scenario.id, jurisdiction, expected, got: outcome, matched, missed: differences });
  }, [scenario.id, jurisdiction, expected, outcome, matched, differences]);
  const question = (fact: FactId) => bundle.questions[fact].text[scenario.perspective];
  const label = (fact: FactId, value: 'yes' | 'no' | 'unsure') => bundle.questions[fact].answers[value];
  const traineeSteps = trail.map((fact) => ({ fact, answer: answers[fact]! }));
  return (
    <div className="training-result">
      <h1 tabIndex={-1}>{matched ? ui.train.matched : ui.train.notMatched}</h1>
      <dl className="summary-list summary-list--compact result-compare">
        <div className="summary-list__row">
          <dt className="summary-list__key">{ui.train.yourOutcome}</dt>
          <dd className="summary-list__value" data-outcome={outcome}>
            {bundle.outcomes[outcome].title}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{ui.train.expertOutcome}</dt>
          <dd className="summary-list__value" data-outcome={expected}>
            {bundle.outcomes[expected].title}
          </dd>
        </div>
      </dl>

      <section aria-labelledby="differences">
        <h2 id="differences">{ui.train.differencesTitle}</h2>
        {differences.length === 0 ? (
          <p>{ui.train.noDifferences}</p>
        ) : (
          differences.map((fact) => (
            <article key={fact} className="difference" data-fact={fact}>
              <h3>{question(fact)}</h3>
              <p>
                <strong>{ui.train.yourAnswer}:</strong> {answerWords(data, fact, context).join('; ')} · <strong>{ui.train.expertAnswer}:</strong>{' '}
                {label(fact, expertAnswer(fact))}
              </p>
              {bundle.questions[fact].definitions.map((id) => (
                <p key={id} className="inset">
                  <strong>{bundle.definitions[id].term}:</strong> {bundle.definitions[id].plain}
                </p>
              ))}
            </article>
          ))
        )}
      </section>

      <section aria-labelledby="teaching-note" className="teaching-note">
        <h2 id="teaching-note">{ui.train.teachingNote}</h2>
        <p>{words.teachingNote}</p>
      </section>

      <section aria-labelledby="expert-path">
        <h2 id="expert-path">{ui.train.expertPath}</h2>
        <dl className="summary-list summary-list--compact">
          {expert.steps.map((step) => (
            <div className="summary-list__row" key={step.fact}>
              <dt className="summary-list__key">{question(step.fact)}</dt>
              <dd className="summary-list__value">{label(step.fact, step.answer)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div className="result-map">
        <h2 id="result-map">{ui.train.mapTitle}</h2>
        <MapLegend ui={ui} paths />
        <DecisionMapSvg layout={layout} title={ui.train.mapTitle} trainee={pathOnMap(traineeSteps, outcome)} expert={pathOnMap(expert.steps, expert.outcome)} />
      </div>

      <p className="button-group">
        <button type="button" className="button" onClick={onTryAgain}>
          {ui.train.tryAgain}
        </button>
        <Link href={nextHref} prefetch={false} className="button button--secondary">
          {ui.train.nextCase}
        </Link>
        <Link href={listHref} prefetch={false}>
          {ui.train.backToCases}
        </Link>
      </p>
    </div>
  );
}
