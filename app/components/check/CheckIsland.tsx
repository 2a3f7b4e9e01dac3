'use client';

import { useSelector } from '@xstate/react';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createActor } from 'xstate';
import { replayRoute } from '../../../machines/assess';
import { checkMachine, situationOf, type CheckContext, type CheckEvent, type CheckInput } from '../../../machines/check.machine';
import type { Locale } from '../../../content/locales';
import { currentQuestion, currentSetting, outcomeOf, viewOf } from '../../../machines/driver';
import type { FactId, OutcomeId } from '../../../machines/facts';
import { placeOf, SETTINGS_FLOW, SETTINGS_STEPS, type SettingsStep } from '../../../machines/settings';
import { restoreFrom, saveable } from '../../../machines/snapshot';
import type { CheckData } from '../../lib/check-data';
import { announcePlace } from '../../lib/place-signal';
import { emergencyNumberOf } from './emergency-number';
import { settingsCss } from '../../lib/settings-css';
import { HYDRATED_FLAG, QUICK_EXIT_EVENT, RESTORING_CLASS, SESSION_KEY } from '../../lib/site';
import { OutcomeStep } from './OutcomeStep';
import { QuestionStep } from './QuestionStep';
import { ReviewStep } from './ReviewStep';
import { SettingsForm, type SettingsWords } from './SettingsForm';
import { useCheckData } from './useCheckData';

/**
 * The check: the one client island. It renders the statechart's state with the content and sends
 * it the person's events; no legal rule and no routing decision lives here. Its place is kept in
 * this tab's sessionStorage as XState's persisted snapshot (never in the address, cookies or
 * persistent storage). Each step gets a browser history entry that carries a step counter and
 * nothing else, so the browser's Back button goes to the previous step.
 */
export interface OutcomeView {
  readonly outcome: OutcomeId;
  readonly context: CheckContext;
  readonly trail: readonly FactId[];
  readonly restart: () => void;
}

interface Props {
  readonly source: { readonly url: string } | { readonly data: CheckData };
  /** The settings screens (not in a training case, whose settings are fixed). */
  readonly settings?: { readonly words: SettingsWords; readonly locale: Locale; readonly startHref: string };
  /** A training case: settings fixed, nothing stored, and its own result screen. */
  readonly training?: { readonly preset: NonNullable<CheckInput['preset']>; readonly marker: string; readonly renderOutcome: (view: OutcomeView) => ReactNode };
}

type Actor = ReturnType<typeof createActor<typeof checkMachine>>;

/** The rules that run the settings screens before hydration: from the statechart's settings flow, in this module (not the page data). */
const SETTINGS_CSS = settingsCss();

const readSaved = () => {
  try {
    return window.sessionStorage.getItem(SESSION_KEY);
  } catch {
    return null;
  }
};

/** Choices made on the settings screens before the scripts arrived (the form works with CSS alone). */
function pickUpChoices(form: HTMLFormElement, actor: Actor): SettingsStep | null {
  for (const step of SETTINGS_STEPS) {
    if (currentSetting(actor.getSnapshot()) !== step) return null;
    const go = form.querySelector<HTMLInputElement>(`#go-${step}`);
    if (!go?.checked) return null;
    const value = valueOn(form, step);
    if (!SETTINGS_FLOW[step].values.includes(value)) return step;
    actor.send({ type: 'CHOOSE', step, value });
  }
  return null;
}

const valueOn = (form: HTMLFormElement, step: SettingsStep): string => {
  const field = form.elements.namedItem(step);
  if (field instanceof HTMLSelectElement) return field.value;
  if (field instanceof RadioNodeList) return field.value;
  return '';
};

export function CheckIsland({ source, settings, training }: Props) {
  const [actor, setActor] = useState<Actor>(() => createActor(checkMachine, { input: training ? { preset: training.preset } : {} }).start());
  const snapshot = useSelector(actor, (s) => s);
  const { data, failed, retry } = useCheckData(source);
  const [hydrated, setHydrated] = useState(false);
  /** A restored place draws its settings screens afresh (their choices come from the restored settings). */
  const [generation, setGeneration] = useState(0);
  const [settingsError, setSettingsError] = useState<SettingsStep | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const depth = useRef(0);
  const skipKey = useRef<string | null>(null);
  const exited = useRef(false);
  const lastKey = useRef<string | null>(null);
  const view = viewOf(snapshot);
  const send = (event: CheckEvent) => actor.send(event);

  // Once, before the first paint after hydration: restore a saved place, or pick up what was
  // chosen before the scripts arrived — either way without a history entry and without a flash.
  // A tap already under way (its pointer down before hydration) finishes first on the script-free
  // controls: they are swapped for the island's own only after it, so that tap is never lost.
  useLayoutEffect(() => {
    let current = actor;
    const finish = () => {
      if (!training && current === actor && formRef.current) setSettingsError(pickUpChoices(formRef.current, actor));
      skipKey.current = viewOf(current.getSnapshot());
      lastKey.current = skipKey.current;
      setHydrated(true);
      performance.mark('itt:check-ready');
    };
    if (!training) {
      const restored = restoreFrom(readSaved());
      if (restored) {
        current = createActor(checkMachine, { snapshot: restored, input: {} }).start();
        actor.stop();
        setActor(current);
        setGeneration(1);
      }
    }
    document.documentElement.classList.remove(RESTORING_CLASS);
    (window as unknown as Record<string, unknown>)[HYDRATED_FLAG] = true;
    depth.current = typeof window.history.state?.itt === 'number' ? window.history.state.itt : 0;
    // Keep the router's own entry (Next.js reloads the page on a Back to an entry it does not know).
    window.history.replaceState({ ...window.history.state, itt: depth.current }, '');
    if ((window as unknown as Record<string, unknown>).__ittPointerDown) {
      const after = () => {
        document.removeEventListener('pointerup', after, true);
        document.removeEventListener('pointercancel', after, true);
        setTimeout(finish, 0);
      };
      document.addEventListener('pointerup', after, true);
      document.addEventListener('pointercancel', after, true);
    } else finish();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // The rest of the stylesheet comes with the data: in place before any question is drawn.
  useLayoutEffect(() => {
    if (!data || document.getElementById('itt-rest-styles')) return;
    const style = document.createElement('style');
    style.id = 'itt-rest-styles';
    style.textContent = data.styles;
    document.head.appendChild(style);
  }, [data]);

  // Keep the place across a reload (the public check only); Quick exit stops it for good.
  useEffect(() => {
    if (training) return;
    const save = () => {
      if (exited.current) return;
      try {
        window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(saveable(actor.getPersistedSnapshot())));
      } catch {
        /* storage full or unavailable: the check still works, it just will not survive a reload */
      }
    };
    const subscription = actor.subscribe(save);
    const onExit = () => {
      exited.current = true;
      subscription.unsubscribe();
      actor.stop();
    };
    window.addEventListener(QUICK_EXIT_EVENT, onExit);
    return () => {
      subscription.unsubscribe();
      window.removeEventListener(QUICK_EXIT_EVENT, onExit);
    };
  }, [actor, training]);

  // The browser's Back button: one step back in the check.
  useEffect(() => {
    const onPopState = (event: PopStateEvent) => {
      const target = typeof event.state?.itt === 'number' ? event.state.itt : 0;
      for (let i = target; i < depth.current; i++) {
        skipKey.current = null;
        actor.send({ type: 'BACK' });
        skipKey.current = viewOf(actor.getSnapshot());
      }
      depth.current = target;
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [actor]);

  // The emergency line shows the number of the place chosen.
  const place = placeOf(snapshot.context);
  useEffect(() => {
    if (training) return;
    // The page carries no list of countries' numbers: the check finds this place's in its data.
    announcePlace(place, place && place.jurisdiction === 'INTL' && place.country && data ? emergencyNumberOf(data, place) : undefined);
  }, [place?.jurisdiction, place?.country, training, data]); // eslint-disable-line react-hooks/exhaustive-deps

  // A new step: a history entry (unless it came from Back or a restore), the top of the page, and focus on its heading.
  useEffect(() => {
    if (!hydrated || lastKey.current === view) return;
    lastKey.current = view;
    if (skipKey.current !== view) {
      depth.current += 1;
      window.history.pushState({ ...window.history.state, itt: depth.current }, '');
    }
    skipKey.current = null;
    window.scrollTo(0, 0);
    const setting = currentSetting(snapshot);
    const heading = document.querySelector<HTMLElement>(setting ? `#settings-${setting}-title` : '.check-app h1');
    heading?.focus();
  }, [view, hydrated, snapshot]);

  const goBack = () => {
    setSettingsError(null);
    if (depth.current > 0) window.history.back();
    else actor.send({ type: 'BACK' });
  };

  const onSettingsStep = (step: SettingsStep, forward: boolean, form: HTMLFormElement) => {
    if (!forward) return goBack();
    const value = valueOn(form, step);
    if (!SETTINGS_FLOW[step].values.includes(value)) return setSettingsError(step);
    setSettingsError(null);
    actor.send({ type: 'CHOOSE', step, value });
  };

  const setting = currentSetting(snapshot);
  const { context } = snapshot;
  let body: ReactNode;
  const settingsForm = (current: SettingsStep | 'done' | null) =>
    settings && (
    <SettingsForm
      key={generation}
      words={settings.words}
      locale={settings.locale}
      startHref={settings.startHref}
      current={current}
      settings={context}
      error={settingsError}
      onStep={onSettingsStep}
      formRef={formRef}
    />
    );
  if (setting !== null) body = settingsForm(hydrated ? setting : null);
  else if (!data) {
    body = failed ? (
      <div className="warning-text" role="alert">
        <p>{settings?.words.loadFailed}</p>
        <button type="button" className="button button--secondary" onClick={retry}>
          {settings?.words.continue}
        </button>
      </div>
    ) : (
      settingsForm('done')
    );
  } else {
    const jurisdiction = placeOf(context)!.jurisdiction;
    const trail = replayRoute(situationOf(context)).trail;
    const fact = currentQuestion(snapshot);
    const outcome = outcomeOf(snapshot);
    const backLink = (
      <button type="button" className="back-link link-button" onClick={goBack}>
        {data.ui.check.back}
      </button>
    );
    if (fact) {
      body = (
        <>
          {backLink}
          <QuestionStep key={fact} data={data} fact={fact} context={context} jurisdiction={jurisdiction} number={trail.includes(fact) ? trail.indexOf(fact) + 1 : trail.length + 1} send={send} />
        </>
      );
    } else if (outcome && training) {
      body = training.renderOutcome({ outcome, context, trail, restart: () => actor.send({ type: 'RESTART' }) });
    } else if (outcome) {
      body = <OutcomeStep data={data} outcome={outcome} context={context} trail={trail} send={send} />;
    } else {
      body = (
        <>
          {backLink}
          <ReviewStep data={data} context={context} trail={trail} canChangeSettings={!training} send={send} />
        </>
      );
    }
  }

  return (
    <div className="check-app" data-view={view} data-ready={hydrated ? 'true' : undefined}>
      {settings && <style dangerouslySetInnerHTML={{ __html: SETTINGS_CSS }} />}
      {training && <p className="training-marker">{training.marker}</p>}
      {body}
    </div>
  );
}
