import { createActor } from 'xstate';
import type { ChecklistChoice } from '../../../machines/checklist';
import { currentQuestion, outcomeOf, type ScreeningSnapshot } from '../../../machines/driver';
import { isJurisdiction, isPerspective, type Answer, type Answers, type FactId, type Jurisdiction, type OutcomeId, type Perspective } from '../../../machines/facts';
import { screeningMachine } from '../../../machines/screening.machine';
import { QUICK_EXIT_EVENT } from '../../lib/quick-exit';
import { SESSION_KEY } from '../../lib/site';

/**
 * The state of one walkthrough in the browser: the two settings, then the statechart. Kept in
 * memory, and in this tab's sessionStorage so a reload does not lose the person's place; never in
 * the URL, cookies or persistent local storage. Browser history entries carry only a step counter.
 */
export type SignChoice = { readonly signIds: readonly string[]; readonly exclusive: ChecklistChoice['exclusive'] };

export type View =
  | { kind: 'setup'; step: 'perspective' | 'jurisdiction' }
  | { kind: 'question'; fact: FactId; number: number }
  | { kind: 'review' }
  | { kind: 'outcome'; outcome: OutcomeId };

export interface CheckState {
  readonly perspective: Perspective | null;
  readonly jurisdiction: Jurisdiction | null;
  /** A settings screen being shown, or null when the statechart is. */
  readonly setup: 'perspective' | 'jurisdiction' | null;
  readonly snapshot: ScreeningSnapshot | null;
  readonly signs: Partial<Record<FactId, SignChoice>>;
}

type Actor = ReturnType<typeof createActor<typeof screeningMachine>>;

interface Saved {
  v: 1;
  perspective: Perspective | null;
  jurisdiction: Jurisdiction | null;
  setup: CheckState['setup'];
  answers: Answers;
  remembered: Answers;
  emergencyShown: boolean;
  changing: FactId | null;
  outcome: boolean;
  signs: CheckState['signs'];
}

const INITIAL: CheckState = { perspective: null, jurisdiction: null, setup: 'perspective', snapshot: null, signs: {} };

export function viewOf(state: CheckState): View {
  if (state.setup !== null || state.snapshot === null) return { kind: 'setup', step: state.setup ?? 'perspective' };
  const outcome = outcomeOf(state.snapshot);
  if (outcome !== null) return { kind: 'outcome', outcome };
  const fact = currentQuestion(state.snapshot);
  if (fact !== null) {
    const { answers } = state.snapshot.context;
    const number = Object.keys(answers).filter((f) => f !== fact).length + 1;
    return { kind: 'question', fact, number };
  }
  return { kind: 'review' };
}

export const viewKey = (view: View) =>
  view.kind === 'setup' ? `setup:${view.step}` : view.kind === 'question' ? `question:${view.fact}` : view.kind === 'outcome' ? `outcome:${view.outcome}` : 'review';

export interface StoreOptions {
  /** Keep the walkthrough in sessionStorage across a reload (the public check). Training keeps nothing. */
  readonly persist: boolean;
  /** Settings fixed in advance (a training case): the check starts at its first question. */
  readonly preset?: { readonly perspective: Perspective; readonly jurisdiction: Jurisdiction };
}

export class CheckStore {
  private state: CheckState = INITIAL;
  private actor: Actor | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly options: StoreOptions = { persist: true }) {
    if (options.preset) {
      this.state = { ...INITIAL, ...options.preset, setup: null };
      this.startMachine({});
    }
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;

  private set(patch: Partial<CheckState>) {
    this.state = { ...this.state, ...patch };
    this.save();
    this.listeners.forEach((l) => l());
  }

  /** Starts (or restarts) the statechart from the given answers; it routes to the right step. */
  private startMachine(input: { answers?: Answers; remembered?: Answers; emergencyShown?: boolean }) {
    const { perspective, jurisdiction } = this.state;
    if (!perspective || !jurisdiction) return;
    this.actor?.stop();
    const actor = createActor(screeningMachine, { input: { perspective, jurisdiction, ...input } });
    actor.subscribe((snapshot) => {
      if (this.actor === actor) this.set({ snapshot });
    });
    this.actor = actor;
    actor.start();
    this.set({ setup: null, snapshot: actor.getSnapshot() });
  }

  private get answers(): Answers {
    return this.state.snapshot?.context.answers ?? {};
  }

  choosePerspective(perspective: Perspective) {
    const returning = this.state.jurisdiction !== null && this.state.snapshot !== null;
    this.set({ perspective });
    if (returning) this.restartFromAnswers();
    else this.set({ setup: 'jurisdiction' });
  }

  chooseJurisdiction(jurisdiction: Jurisdiction) {
    this.set({ jurisdiction });
    this.restartFromAnswers();
  }

  /** A new statechart from the current answers: used after a settings change and from an outcome. */
  restartFromAnswers() {
    const context = this.state.snapshot?.context;
    this.startMachine({ answers: this.answers, remembered: context?.remembered, emergencyShown: context?.emergencyShown });
  }

  changeSetting(step: 'perspective' | 'jurisdiction') {
    this.set({ setup: step });
  }

  answer(fact: FactId, value: Answer, signs?: SignChoice) {
    if (signs) this.set({ signs: { ...this.state.signs, [fact]: signs } });
    this.actor?.send({ type: 'ANSWER', fact, value });
  }

  change(fact: FactId) {
    this.actor?.send({ type: 'CHANGE', fact });
  }

  confirm() {
    this.actor?.send({ type: 'CONFIRM' });
  }

  continueAfterEmergency() {
    this.startMachine({ answers: { danger: 'yes' }, emergencyShown: true });
  }

  /** One step back, whatever is on screen. */
  back() {
    const view = viewOf(this.state);
    if (view.kind === 'setup') {
      if (view.step === 'jurisdiction') this.set({ setup: 'perspective' });
      else if (this.state.snapshot) this.set({ setup: null });
      return;
    }
    if (view.kind === 'outcome') return this.restartFromAnswers();
    const snapshot = this.state.snapshot!;
    const atFirstQuestion = view.kind === 'question' && Object.keys(snapshot.context.answers).length === 0 && snapshot.context.changing === null;
    if (atFirstQuestion && !this.options.preset) this.set({ setup: 'jurisdiction' });
    else if (atFirstQuestion) return;
    else this.actor?.send({ type: 'BACK' });
  }

  /** Forgets everything: Start again, and (silently, as the page is leaving) Quick exit. */
  reset({ silent = false } = {}) {
    this.actor?.stop();
    this.actor = null;
    this.state = INITIAL;
    if (this.options.preset && !silent) {
      this.state = { ...INITIAL, ...this.options.preset, setup: null };
      this.startMachine({});
      return;
    }
    try {
      window.sessionStorage.removeItem(SESSION_KEY);
    } catch {}
    if (!silent) this.listeners.forEach((l) => l());
  }

  private save() {
    if (!this.options.persist) return;
    const { snapshot } = this.state;
    const saved: Saved = {
      v: 1,
      perspective: this.state.perspective,
      jurisdiction: this.state.jurisdiction,
      setup: this.state.setup,
      answers: snapshot?.context.answers ?? {},
      remembered: snapshot?.context.remembered ?? {},
      emergencyShown: snapshot?.context.emergencyShown ?? false,
      changing: snapshot?.context.changing ?? null,
      outcome: snapshot !== null && outcomeOf(snapshot) !== null,
      signs: this.state.signs,
    };
    try {
      window.sessionStorage.setItem(SESSION_KEY, JSON.stringify(saved));
    } catch {}
  }

  /** Picks up a walkthrough saved in this tab (after a reload), if there is one. */
  restore() {
    if (!this.options.persist) return;
    let saved: Saved | null = null;
    try {
      saved = JSON.parse(window.sessionStorage.getItem(SESSION_KEY) ?? 'null') as Saved | null;
    } catch {
      saved = null;
    }
    if (!saved || saved.v !== 1) return;
    const perspective = isPerspective(saved.perspective) ? saved.perspective : null;
    const jurisdiction = isJurisdiction(saved.jurisdiction) ? saved.jurisdiction : null;
    this.state = { ...INITIAL, perspective, jurisdiction, signs: saved.signs ?? {} };
    if (perspective && jurisdiction) {
      this.startMachine({ answers: saved.answers, remembered: saved.remembered, emergencyShown: saved.emergencyShown });
      if (saved.changing) this.change(saved.changing);
      if (saved.outcome) this.confirm();
      if (saved.setup) this.set({ setup: saved.setup });
    } else this.set({ setup: perspective ? 'jurisdiction' : 'perspective' });
  }

  /** Quick exit clears the walkthrough from memory too. */
  listenForQuickExit() {
    const onExit = () => this.reset({ silent: true });
    window.addEventListener(QUICK_EXIT_EVENT, onExit);
    return () => window.removeEventListener(QUICK_EXIT_EVENT, onExit);
  }
}
