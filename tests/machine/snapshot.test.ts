import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { checkMachine, type CheckEvent } from '../../machines/check.machine';
import { viewOf } from '../../machines/driver';
import { restoreFrom, restorable, saveable, SNAPSHOT_VERSION } from '../../machines/snapshot';

/** A check driven by events, saved as the island saves it, and restored as after a reload. */
function after(...events: CheckEvent[]) {
  const actor = createActor(checkMachine, { input: {} }).start();
  events.forEach((e) => actor.send(e));
  return actor;
}
const roundTrip = (actor: ReturnType<typeof after>) => {
  const text = JSON.stringify(saveable(actor.getPersistedSnapshot()));
  const snapshot = restoreFrom(text);
  expect(snapshot).not.toBeNull();
  return createActor(checkMachine, { snapshot: snapshot!, input: {} }).start();
};

const toMexico: CheckEvent[] = [
  { type: 'CHOOSE', step: 'perspective', value: 'other' },
  { type: 'CHOOSE', step: 'place', value: 'country' },
  { type: 'CHOOSE', step: 'country', value: 'MX' },
];

describe('persisted snapshots', () => {
  it.each([
    ['a settings screen', [{ type: 'CHOOSE', step: 'perspective', value: 'self' }] as CheckEvent[], 'settings:place'],
    ['the country screen', toMexico.slice(0, 2), 'settings:country'],
    ['a question', [...toMexico, { type: 'ANSWER', fact: 'danger', value: 'no' }] as CheckEvent[], 'question:labor'],
    ['the emergency advice', [...toMexico, { type: 'ANSWER', fact: 'danger', value: 'yes' }] as CheckEvent[], 'outcome:emergency'],
    [
      'a checklist answer with its ticked signs',
      [
        ...toMexico,
        { type: 'ANSWER', fact: 'danger', value: 'no' },
        { type: 'ANSWER', fact: 'labor', value: 'yes' },
        { type: 'ANSWER', fact: 'commercialSex', value: 'no' },
        { type: 'ANSWER', fact: 'under18', value: 'no' },
        { type: 'ANSWER_SIGNS', fact: 'force', signs: ['yes'], signIds: ['locked-in'], exclusive: null },
      ] as CheckEvent[],
      'review',
    ],
  ])('restore %s exactly where it was', (_, events, view) => {
    const actor = after(...events);
    expect(viewOf(actor.getSnapshot())).toBe(view);
    const restored = roundTrip(actor);
    expect(viewOf(restored.getSnapshot())).toBe(view);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
  });

  it('a restored check goes on as if never reloaded', () => {
    const restored = roundTrip(after(...toMexico));
    restored.send({ type: 'ANSWER', fact: 'danger', value: 'no' });
    expect(viewOf(restored.getSnapshot())).toBe('question:labor');
  });

  const saved = () => JSON.parse(JSON.stringify(saveable(after(...toMexico).getPersistedSnapshot())));
  it.each([
    ['nothing saved', () => null],
    ['not JSON', () => '{oops'],
    ['an old version', () => JSON.stringify({ ...saved(), v: SNAPSHOT_VERSION - 1 })],
    ['a state the machine does not have', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, value: { asking: 'nope' } } })],
    ['a question the answers do not lead to', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, value: { asking: 'force' } } })],
    ['a result the rules do not give', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, value: { outcome: 'smuggling' } } })],
    ['an unknown answer value', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, context: { ...saved().snapshot.context, answers: { danger: 'maybe' } } } })],
    ['an unknown country', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, context: { ...saved().snapshot.context, country: 'ZZ' } } })],
    ['a country without "another country"', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, context: { ...saved().snapshot.context, place: 'US' } } })],
    ['a training preset', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, context: { ...saved().snapshot.context, preset: true } } })],
    ['a finished actor', () => JSON.stringify({ ...saved(), snapshot: { ...saved().snapshot, status: 'done' } })],
    ['a huge text', () => JSON.stringify({ ...saved(), pad: 'x'.repeat(100_000) })],
    ['an array', () => '[]'],
  ])('%s starts afresh', (_, text) => {
    expect(restoreFrom(text())).toBeNull();
  });

  it('never throws, whatever is stored', () => {
    for (const junk of [1, 'x', [], {}, { v: SNAPSHOT_VERSION }, { v: SNAPSHOT_VERSION, snapshot: { status: 'active', value: null, context: null } }]) {
      expect(() => restorable(junk)).not.toThrow();
      expect(restorable(junk)).toBeNull();
    }
  });
});
