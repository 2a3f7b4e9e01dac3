'use client';

import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { isPerspective, type Answers, type FactId, type Jurisdiction, type OutcomeId, type Perspective } from '../../../machines/facts';
import { replayRoute } from '../../../machines/assess';
import { selectedAnswer } from '../../../machines/screening.machine';
import type { CheckBundle } from '../../lib/bundle';
import { href } from '../../lib/locale';
import { HYDRATED_FLAG, QUEUED_ANSWER } from '../../lib/site';
import { OutcomeStep } from './OutcomeStep';
import { QuestionStep } from './QuestionStep';
import { ReviewStep } from './ReviewStep';
import { SetupStep } from './SetupStep';
import { CheckStore, viewKey, viewOf } from './store';

/**
 * The check: the only client island. It renders the statechart's state with the content and sends
 * it the person's events; no legal rule lives here. Each step gets a browser history entry that
 * carries a step counter and nothing else, so the browser's Back button goes to the previous step.
 */
export interface OutcomeView {
  readonly outcome: OutcomeId;
  readonly answers: Answers;
  readonly trail: readonly FactId[];
  readonly restart: () => void;
}

interface Props {
  bundle: CheckBundle;
  /** A training case: settings fixed, nothing stored, a visible marker, and its own result screen. */
  training?: { perspective: Perspective; jurisdiction: Jurisdiction; renderOutcome: (view: OutcomeView) => ReactNode };
}

export function CheckApp({ bundle, training }: Props) {
  const [store] = useState(() =>
    training ? new CheckStore({ persist: false, preset: { perspective: training.perspective, jurisdiction: training.jurisdiction } }) : new CheckStore(),
  );
  const state = useSyncExternalStore(store.subscribe, store.getState, store.getState);
  const view = viewOf(state);
  const key = viewKey(view);
  const depth = useRef(0);
  const skipKey = useRef<string | null>(null);
  const mounted = useRef(false);
  const rootRef = useRef<HTMLDivElement>(null);

  /** Runs a change that must not add a history entry (restoring, going back). */
  const withoutHistory = (change: () => void) => {
    const before = viewKey(viewOf(store.getState()));
    change();
    const after = viewKey(viewOf(store.getState()));
    skipKey.current = after !== before ? after : null;
  };

  useEffect(() => {
    depth.current = typeof window.history.state?.itt === 'number' ? window.history.state.itt : 0;
    window.history.replaceState({ itt: depth.current }, '');
    withoutHistory(() => store.restore());
    const stopListening = store.listenForQuickExit();
    const onPopState = (event: PopStateEvent) => {
      const target = typeof event.state?.itt === 'number' ? event.state.itt : 0;
      if (target < depth.current) {
        const steps = depth.current - target;
        withoutHistory(() => {
          for (let i = 0; i < steps; i++) store.back();
        });
      }
      depth.current = target;
    };
    window.addEventListener('popstate', onPopState);
    // Hydrated: the first question can be answered now (measured by `npm run bench`).
    const w = window as unknown as Record<string, unknown>;
    w[HYDRATED_FLAG] = true;
    const queued = w[QUEUED_ANSWER] as { name: string; value: string } | null | undefined;
    delete w[QUEUED_ANSWER];
    if (queued?.name === 'perspective' && isPerspective(queued.value) && viewKey(viewOf(store.getState())) === 'setup:perspective') {
      store.choosePerspective(queued.value);
    }
    rootRef.current?.setAttribute('data-ready', 'true');
    performance.mark('itt:check-ready');
    return () => {
      stopListening();
      window.removeEventListener('popstate', onPopState);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [store]);

  useEffect(() => {
    const heading = document.querySelector<HTMLElement>('#main h1');
    document.title = `${heading?.textContent ?? bundle.ui.site.name} – ${bundle.ui.check.titleSuffix}`;
    if (!mounted.current) {
      mounted.current = true;
      return;
    }
    const skip = skipKey.current === key;
    skipKey.current = null;
    if (!skip) {
      depth.current += 1;
      window.history.pushState({ itt: depth.current }, '');
    }
    window.scrollTo(0, 0);
    heading?.focus();
  }, [key, bundle]);

  const goBack = () => {
    if (depth.current > 0) window.history.back();
    else withoutHistory(() => store.back());
  };

  const { perspective, jurisdiction, snapshot } = state;
  const { check } = bundle.ui;
  const backLink =
    view.kind === 'setup' && view.step === 'perspective' && !snapshot ? (
      <a className="back-link" href={href(bundle.locale)}>
        {check.back}
      </a>
    ) : view.kind !== 'outcome' ? (
      <a
        className="back-link"
        href="#"
        onClick={(event) => {
          event.preventDefault();
          goBack();
        }}
      >
        {check.back}
      </a>
    ) : null;

  let body;
  if (view.kind === 'setup' || !snapshot || !perspective || !jurisdiction) {
    body = (
      <SetupStep
        bundle={bundle}
        step={view.kind === 'setup' ? view.step : 'perspective'}
        perspective={perspective}
        jurisdiction={jurisdiction}
        onPerspective={(p) => store.choosePerspective(p)}
        onJurisdiction={(j) => store.chooseJurisdiction(j)}
      />
    );
  } else {
    const { context } = snapshot;
    const trail = replayRoute({ answers: context.answers, jurisdiction, emergencyShown: context.emergencyShown }).trail;
    if (view.kind === 'question') {
      body = (
        <QuestionStep
          key={view.fact}
          bundle={bundle}
          fact={view.fact}
          number={view.number}
          perspective={perspective}
          jurisdiction={jurisdiction}
          selected={selectedAnswer(context, view.fact)}
          signs={state.signs[view.fact]}
          onAnswer={(value, signs) => store.answer(view.fact, value, signs)}
        />
      );
    } else if (view.kind === 'review') {
      body = (
        <ReviewStep
          bundle={bundle}
          perspective={perspective}
          jurisdiction={jurisdiction}
          trail={trail}
          answers={context.answers}
          onChange={(fact) => store.change(fact)}
          onChangeSetting={(setting) => store.changeSetting(setting)}
          onConfirm={() => store.confirm()}
        />
      );
    } else if (training) {
      body = training.renderOutcome({ outcome: view.outcome, answers: context.answers, trail, restart: () => store.reset() });
    } else {
      body = (
        <OutcomeStep
          bundle={bundle}
          outcome={view.outcome}
          perspective={perspective}
          jurisdiction={jurisdiction}
          answers={context.answers}
          trail={trail}
          emergencyShown={context.emergencyShown}
          onRestart={() => store.reset()}
          onChangeAnswers={() => store.restartFromAnswers()}
          onContinue={() => store.continueAfterEmergency()}
        />
      );
    }
  }

  return (
    <div className="check-app" data-view={key} ref={rootRef}>
      {training && <p className="training-marker">{check.training}</p>}
      {backLink}
      {body}
    </div>
  );
}
