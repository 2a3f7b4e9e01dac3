import { createActor } from 'xstate';
import { checkMachine, type CheckEvent } from '../../machines/check.machine';
import type { CountryCode } from '../../machines/country-codes';
import { currentQuestion, outcomeOf, presetFor } from '../../machines/driver';
import type { Answers, Jurisdiction, Perspective } from '../../machines/facts';

/**
 * A check with its settings fixed, at its first question; `given` answers are then given through
 * real ANSWER events, in the order the check asks them, until it asks something not in `given`.
 * `afterEmergency`: danger was answered yes and the person chose to go on.
 */
export function start(jurisdiction: Jurisdiction = 'US', given: Answers = {}, afterEmergency = false, perspective: Perspective = 'self', country: CountryCode | null = null) {
  const actor = createActor(checkMachine, { input: { preset: presetFor(jurisdiction, perspective, country) } });
  actor.start();
  if (afterEmergency) {
    actor.send({ type: 'ANSWER', fact: 'danger', value: 'yes' });
    actor.send({ type: 'CONTINUE' });
  }
  for (;;) {
    const fact = currentQuestion(actor.getSnapshot());
    if (fact === null || given[fact] === undefined || (afterEmergency && fact === 'danger')) break;
    actor.send({ type: 'ANSWER', fact, value: given[fact]! });
  }
  return actor;
}
export type Actor = ReturnType<typeof start>;

/** Where the check is: the question asked, "review", the outcome it stopped in, or the settings screen. */
export function where(actor: Actor): string {
  const snapshot = actor.getSnapshot();
  return currentQuestion(snapshot) ?? outcomeOf(snapshot) ?? (snapshot.matches('review') ? 'review' : JSON.stringify(snapshot.value));
}

export function send(actor: Actor, ...events: CheckEvent[]): Actor {
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
