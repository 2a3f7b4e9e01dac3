import { createActor } from 'xstate';
import { currentQuestion, outcomeOf } from '../../machines/driver';
import type { Answers, Jurisdiction } from '../../machines/facts';
import { screeningMachine, type ScreeningEvent } from '../../machines/screening.machine';

export function start(jurisdiction: Jurisdiction = 'US', answers: Answers = {}, emergencyShown = false) {
  const actor = createActor(screeningMachine, { input: { jurisdiction, perspective: 'self', answers, emergencyShown } });
  actor.start();
  return actor;
}
export type Actor = ReturnType<typeof start>;

/** Where the check is: the question asked, "review", or the outcome it stopped in. */
export function where(actor: Actor): string {
  const snapshot = actor.getSnapshot();
  return currentQuestion(snapshot) ?? outcomeOf(snapshot) ?? (snapshot.matches('review') ? 'review' : JSON.stringify(snapshot.value));
}

export function send(actor: Actor, ...events: ScreeningEvent[]): Actor {
  events.forEach((e) => actor.send(e));
  return actor;
}

/** Answers questions in order: ['labor', 'yes'], ... — failing if the check asks something else. */
export function answer(actor: Actor, ...steps: [keyof Answers, 'yes' | 'no' | 'unsure'][]): Actor {
  for (const [fact, value] of steps) {
    const asked = where(actor);
    if (asked !== fact) throw new Error(`expected to be asked ${fact}, but the check is at ${asked}`);
    actor.send({ type: 'ANSWER', fact, value });
  }
  return actor;
}
