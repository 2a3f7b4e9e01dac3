import { replayRoute, assess } from './assess';
import { checkMachine, situationOf, type CheckContext } from './check.machine';
import { isCountryCode } from './country-codes';
import { currentQuestion, currentSetting, outcomeOf, type CheckSnapshot } from './driver';
import { isAnswer, isFactId, isPerspective } from './facts';
import { PLACE_CHOICES, settingsDone } from './settings';

/**
 * The check's place across a reload: XState's own persisted snapshot (getPersistedSnapshot), with
 * a version. On restore it is checked from top to bottom — the shape of every field, a state the
 * machine has, and a state the answers lead to — and anything else (an old version, a hand-edited
 * value, a snapshot from another build) starts afresh: createActor would otherwise throw on it.
 */
export const SNAPSHOT_VERSION = 2;

export interface SavedCheck {
  readonly v: typeof SNAPSHOT_VERSION;
  readonly snapshot: unknown;
}

export function saveable(persisted: unknown): SavedCheck {
  return { v: SNAPSHOT_VERSION, snapshot: persisted };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isId = (value: unknown) => typeof value === 'string' && /^[a-z][a-zA-Z0-9-]{0,63}$/.test(value);
const isAnswers = (value: unknown) => isRecord(value) && Object.entries(value).every(([fact, answer]) => isFactId(fact) && isAnswer(answer));
const isDetail = (value: unknown) =>
  isRecord(value) &&
  (('choice' in value && isId(value.choice) && Object.keys(value).length === 1) ||
    ('signs' in value &&
      Array.isArray(value.signs) &&
      value.signs.length <= 32 &&
      value.signs.every(isId) &&
      (value.exclusive === null || value.exclusive === 'none' || value.exclusive === 'unsure') &&
      Object.keys(value).length === 2));

function validContext(value: unknown): value is CheckContext {
  if (!isRecord(value)) return false;
  const c = value;
  return (
    (c.perspective === null || isPerspective(c.perspective)) &&
    (c.place === null || (PLACE_CHOICES as readonly unknown[]).includes(c.place)) &&
    (c.country === null || (isCountryCode(c.country) && c.place === 'country')) &&
    isAnswers(c.answers) &&
    isAnswers(c.remembered) &&
    isRecord(c.details) &&
    Object.entries(c.details).every(([fact, detail]) => isFactId(fact) && isDetail(detail)) &&
    typeof c.emergencyShown === 'boolean' &&
    (c.changing === null || isFactId(c.changing)) &&
    typeof c.changingSetting === 'boolean' &&
    c.preset === false
  );
}

/** Whether the state is one the context leads to: the question the route asks, the summary at its end, the result the rules give. */
function consistent(snapshot: CheckSnapshot): boolean {
  const { context } = snapshot;
  const setting = currentSetting(snapshot);
  if (setting) return setting !== 'country' || context.place === 'country';
  if (!settingsDone(context)) return false;
  const route = replayRoute(situationOf(context));
  const fact = currentQuestion(snapshot);
  if (fact) return context.changing === fact ? context.answers[fact] !== undefined : context.changing === null && route.next === fact;
  if (snapshot.matches('review')) return route.next === null && context.changing === null;
  const outcome = outcomeOf(snapshot);
  if (outcome === null) return false;
  const decided = assess(situationOf(context));
  return decided.status === 'decided' && decided.outcome === outcome;
}

/** A snapshot to restore the check from, or null to start afresh. Never throws. */
export function restorable(saved: unknown): CheckSnapshot | null {
  try {
    if (!isRecord(saved) || saved.v !== SNAPSHOT_VERSION || !isRecord(saved.snapshot)) return null;
    const persisted = saved.snapshot;
    if (persisted.status !== 'active' || !validContext(persisted.context)) return null;
    const resolved = checkMachine.resolveState({ value: persisted.value as never, context: persisted.context });
    if (!consistent(resolved)) return null;
    // What createActor receives: the machine's own state for that value, with the checked context.
    return { ...persisted, value: resolved.value } as unknown as CheckSnapshot;
  } catch {
    return null;
  }
}

/** Reads a saved check from its stored text (sessionStorage). */
export function restoreFrom(text: string | null): CheckSnapshot | null {
  if (text === null || text.length > 64 * 1024) return null;
  try {
    return restorable(JSON.parse(text));
  } catch {
    return null;
  }
}
