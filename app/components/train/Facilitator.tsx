'use client';

import './training.css';
import Link from 'next/link';
import { useSelector } from '@xstate/react';
import { useState } from 'react';
import { createActor } from 'xstate';
import type { ScenarioWords } from '../../../content/schema';
import { walkThrough } from '../../../machines/driver';
import { ANSWERS, type Answer, type Jurisdiction } from '../../../machines/facts';
import { pathOnMap } from '../../../machines/map';
import { replayRoute } from '../../../machines/assess';
import { checkMachine, situationOf } from '../../../machines/check.machine';
import { currentQuestion, outcomeOf, presetFor } from '../../../machines/driver';
import type { Locale } from '../../../content/locales';
import type { Ui } from '../../../content/schema';
import type { TrainingData } from '../../lib/training';
import { useTrainingData } from './useTrainingData';
import { fill } from '../../lib/format';
import { href } from '../../lib/locale';
import type { MapLayout } from '../../lib/map-layout';
import { DecisionMapSvg } from '../DecisionMapSvg';
import { MapLegend } from '../MapLegend';
import { LawSelect } from './LawSelect';
import type { TrainingCase } from './TrainCase';

interface Props {
  locale: Locale;
  dataUrl: string;
  ui: Ui;
  scenario: TrainingCase;
  words: ScenarioWords;
  layouts: Record<Jurisdiction, MapLayout>;
}

/** A case for a room: shown large, step by step; the facilitator enters the room's answer and reveals the expert's. */
export function Facilitator({ locale, dataUrl, ui, scenario, words, layouts }: Props) {
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(scenario.setting);
  const bundle = useTrainingData(dataUrl, ui);
  return (
    <div className="facilitator">
      <p className="training-marker">{ui.train.marker}</p>
      <h1>{fill(ui.train.facilitatorTitle, { title: words.title })}</h1>
      <p className="lead">{ui.train.facilitatorLead}</p>
      <blockquote className="vignette vignette--large">{words.vignette}</blockquote>
      <LawSelect id="room-law" ui={ui} value={jurisdiction} onChange={setJurisdiction} />
      {bundle ? (
        <RoomWalkthrough key={jurisdiction} bundle={bundle} scenario={scenario} jurisdiction={jurisdiction} layout={layouts[jurisdiction]} />
      ) : (
        <p className="loading">{ui.check.loading}</p>
      )}
      <p>
        <Link href={href(locale, `train/${scenario.id}`)} prefetch={false}>
          {words.title}
        </Link>{' '}
        ·{' '}
        <Link href={href(locale, 'train')} prefetch={false}>
          {ui.train.backToCases}
        </Link>
      </p>
    </div>
  );
}

function RoomWalkthrough({ bundle, scenario, jurisdiction, layout }: { bundle: TrainingData; scenario: TrainingCase; jurisdiction: Jurisdiction; layout: MapLayout }) {
  const [actor] = useState(() => createActor(checkMachine, { input: { preset: presetFor(jurisdiction, scenario.perspective) } }).start());
  const snapshot = useSelector(actor, (s) => s);
  const [room, setRoom] = useState<Answer | null>(null);
  const [revealed, setRevealed] = useState(false);
  const [pathRevealed, setPathRevealed] = useState(false);
  const { ui } = bundle;
  const fact = currentQuestion(snapshot);
  const outcome = outcomeOf(snapshot);
  const expert = walkThrough({ jurisdiction, perspective: scenario.perspective, facts: scenario.facts });
  const answerLabel = (fact: keyof typeof bundle.questions, value: Answer) => bundle.questions[fact].answers[value];

  if (fact) {
    const expertAnswer = scenario.facts[fact] ?? 'unsure';
    return (
      <section className="room-step" aria-labelledby="room-question" data-fact={fact}>
        <h2 id="room-question" className="room-question">
          {bundle.questions[fact].text[scenario.perspective]}
        </h2>
        <p>{ui.train.roomAnswer}</p>
        <p className="button-group" role="group" aria-labelledby="room-question">
          {ANSWERS.map((value) => (
            <button key={value} type="button" className={`button button--secondary${room === value ? ' is-chosen' : ''}`} aria-pressed={room === value} onClick={() => setRoom(value)}>
              {answerLabel(fact, value)}
            </button>
          ))}
        </p>
        <p aria-live="polite">
          {revealed ? (
            <strong className="expert-says">{fill(ui.train.expertSays, { answer: answerLabel(fact, expertAnswer) })}</strong>
          ) : (
            <button type="button" className="link-button" onClick={() => setRevealed(true)}>
              {ui.train.reveal}
            </button>
          )}
        </p>
        <button
          type="button"
          className="button"
          disabled={room === null}
          onClick={() => {
            actor.send({ type: 'ANSWER', fact, value: room! });
            setRoom(null);
            setRevealed(false);
          }}
        >
          {ui.check.continue}
        </button>
      </section>
    );
  }
  if (snapshot.matches('review')) {
    return (
      <p>
        <button type="button" className="button" onClick={() => actor.send({ type: 'CONFIRM' })}>
          {ui.review.confirm}
        </button>
      </p>
    );
  }
  if (!outcome) return null;
  const { answers } = snapshot.context;
  const trail = replayRoute(situationOf(snapshot.context)).trail;
  return (
    <section aria-labelledby="room-result" className="room-step">
      <h2 id="room-result">{ui.train.roomResult}</h2>
      <dl className="summary-list summary-list--compact">
        <div className="summary-list__row">
          <dt className="summary-list__key">{ui.train.roomResult}</dt>
          <dd className="summary-list__value" data-outcome={outcome}>
            {bundle.outcomes[outcome].title}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{ui.train.expertOutcome}</dt>
          <dd className="summary-list__value">{pathRevealed ? bundle.outcomes[scenario.expected[jurisdiction]].title : '…'}</dd>
        </div>
      </dl>
      {!pathRevealed ? (
        <button type="button" className="button" onClick={() => setPathRevealed(true)}>
          {ui.train.revealPath}
        </button>
      ) : (
        <div className="expert-path">
          <h3>{ui.train.expertPath}</h3>
          <ol className="list">
            {expert.steps.map((s) => (
              <li key={s.fact}>
                {bundle.questions[s.fact].text[scenario.perspective]} — <strong>{answerLabel(s.fact, s.answer)}</strong>
              </li>
            ))}
          </ol>
          <MapLegend ui={ui} paths />
          <DecisionMapSvg
            layout={layout}
            title={ui.train.mapTitle}
            trainee={pathOnMap(trail.map((f) => ({ fact: f, answer: answers[f]! })), outcome)}
            expert={pathOnMap(expert.steps, expert.outcome)}
          />
        </div>
      )}
    </section>
  );
}
