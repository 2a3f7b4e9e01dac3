'use client';

import './training.css';
import Link from 'next/link';
import { useState } from 'react';
import type { ScenarioData, ScenarioWords } from '../../../content/schema';
import type { Jurisdiction } from '../../../machines/facts';
import { presetFor } from '../../../machines/driver';
import type { Ui } from '../../../content/schema';
import type { Locale } from '../../../content/locales';
import { useTrainingData } from './useTrainingData';
import { fill } from '../../lib/format';
import { href } from '../../lib/locale';
import type { MapLayout } from '../../lib/map-layout';
import { CheckIsland } from '../check/CheckIsland';
import { LawSelect } from './LawSelect';
import { TrainingResult } from './TrainingResult';

export type TrainingCase = ScenarioData;

interface Props {
  locale: Locale;
  dataUrl: string;
  ui: Ui;
  scenario: TrainingCase;
  words: ScenarioWords;
  layouts: Record<Jurisdiction, MapLayout>;
  nextId: string;
}

/** A training case: the story stays in view while the trainee goes through the real check. */
export function TrainCase({ locale, dataUrl, ui, scenario, words, layouts, nextId }: Props) {
  const data = useTrainingData(dataUrl, ui);
  const [jurisdiction, setJurisdiction] = useState<Jurisdiction>(scenario.setting);
  const [run, setRun] = useState(0);
  const [started, setStarted] = useState(false);
  const listHref = href(locale, 'train');
  return (
    <div className="train-case">
      <aside className="vignette" aria-labelledby="case-title">
        <p className="training-marker">{ui.train.marker}</p>
        <h2 id="case-title" className="vignette__title">
          {fill(ui.train.caseTitle, { title: words.title })}
        </h2>
        <p>{words.vignette}</p>
      </aside>
      {!started ? (
        <div className="train-start">
          <h1>{words.title}</h1>
          <LawSelect id="case-law" ui={ui} value={jurisdiction} onChange={setJurisdiction} />
          <p className="button-group">
            <button type="button" className="button" onClick={() => setStarted(true)}>
              {ui.train.startCase}
            </button>
            <Link href={href(locale, `train/${scenario.id}/facilitate`)} prefetch={false}>
              {ui.train.facilitate}
            </Link>
          </p>
        </div>
      ) : !data ? (
        <p className="loading">{ui.check.loading}</p>
      ) : (
        <CheckIsland
          key={`${jurisdiction}-${run}`}
          source={{ data }}
          training={{
            preset: presetFor(jurisdiction, scenario.perspective),
            marker: ui.check.training,
            renderOutcome: ({ outcome, context, trail }) => (
              <TrainingResult
                data={data}
                scenario={scenario}
                words={words}
                jurisdiction={jurisdiction}
                outcome={outcome}
                context={context}
                trail={trail}
                layout={layouts[jurisdiction]}
                nextHref={href(data.locale, `train/${nextId}`)}
                listHref={listHref}
                onTryAgain={() => setRun((r) => r + 1)}
              />
            ),
          }}
        />
      )}
    </div>
  );
}
