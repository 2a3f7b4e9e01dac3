import { describe, expect, it } from 'vitest';
import * as guards from '../../machines/guards';
import { assess } from '../../machines/assess';
import { walkThrough } from '../../machines/driver';
import { FACT_IDS, JURISDICTIONS, type Answers, type FactId, type Jurisdiction } from '../../machines/facts';
import { RULES } from '../../machines/rules';
import { facts } from '../support/facts';

/**
 * Each rule of decision-logic.md as a plain guard, table-driven. Rows are written from the
 * contract by hand; facts not listed are `no` unless the row says otherwise. `in` lists the
 * jurisdictions where the guard holds; in the others it must not.
 */
type Row = { name: string; facts: Answers; in: readonly Jurisdiction[]; emergencyShown?: boolean };
const ALL = JURISDICTIONS;
const NONE: Jurisdiction[] = [];
const UK_INTL: Jurisdiction[] = ['UK', 'INTL'];

const table: Record<keyof typeof guards.RULE_GUARDS, Row[]> = {
  isInImmediateDanger: [
    { name: 'danger yes', facts: facts({ danger: 'yes' }), in: ALL },
    { name: 'danger no', facts: facts({ danger: 'no' }), in: NONE },
    { name: 'danger unsure', facts: facts({ danger: 'unsure' }), in: NONE },
    { name: 'danger yes after the emergency advice was shown', facts: facts({ danger: 'yes' }), in: NONE, emergencyShown: true },
  ],
  isChildSexTrafficking: [
    { name: 'child, commercial sex, no means at all', facts: facts({ commercialSex: 'yes', under18: 'yes' }), in: ALL },
    { name: 'child, commercial sex, force too', facts: facts({ commercialSex: 'yes', under18: 'yes', force: 'yes' }), in: ALL },
    { name: 'adult in commercial sex', facts: facts({ commercialSex: 'yes', under18: 'no', force: 'yes' }), in: NONE },
    { name: 'age unsure', facts: facts({ commercialSex: 'yes', under18: 'unsure' }), in: NONE },
    { name: 'commercial sex unsure', facts: facts({ commercialSex: 'unsure', under18: 'yes' }), in: NONE },
    { name: 'child, no commercial sex', facts: facts({ labor: 'yes', under18: 'yes', force: 'yes' }), in: NONE },
  ],
  isSexTrafficking: [
    { name: 'force', facts: facts({ commercialSex: 'yes', force: 'yes' }), in: ALL },
    { name: 'fraud', facts: facts({ commercialSex: 'yes', fraud: 'yes' }), in: ALL },
    { name: 'coercion', facts: facts({ commercialSex: 'yes', coercion: 'yes' }), in: ALL },
    { name: 'no means', facts: facts({ commercialSex: 'yes', freeToLeave: 'no', thirdPartyControl: 'yes' }), in: NONE },
    { name: 'force unsure only', facts: facts({ commercialSex: 'yes', force: 'unsure' }), in: NONE },
    { name: 'force but no commercial sex', facts: facts({ force: 'yes', labor: 'no' }), in: NONE },
  ],
  isLaborTrafficking: [
    { name: 'labor by force', facts: facts({ labor: 'yes', force: 'yes' }), in: ALL },
    { name: 'labor by coercion', facts: facts({ labor: 'yes', coercion: 'yes', freeToLeave: 'yes' }), in: ALL },
    { name: 'fraud and not free to leave', facts: facts({ labor: 'yes', fraud: 'yes', freeToLeave: 'no' }), in: ALL },
    { name: 'fraud while free to leave (US: wage fraud)', facts: facts({ labor: 'yes', fraud: 'yes', freeToLeave: 'yes' }), in: NONE },
    { name: 'fraud, freedom unsure', facts: facts({ labor: 'yes', fraud: 'yes', freeToLeave: 'unsure' }), in: NONE },
    { name: 'vulnerability abused with violations', facts: facts({ labor: 'yes', vulnerability: 'yes', laborViolations: 'yes', freeToLeave: 'yes' }), in: UK_INTL },
    { name: 'vulnerability abused, not free to leave', facts: facts({ labor: 'yes', vulnerability: 'yes', freeToLeave: 'no' }), in: UK_INTL },
    { name: 'vulnerability, free, no violations', facts: facts({ labor: 'yes', vulnerability: 'yes', freeToLeave: 'yes' }), in: NONE },
    { name: 'force without labor', facts: facts({ labor: 'no', force: 'yes' }), in: NONE },
    { name: 'force with labor unsure', facts: facts({ labor: 'unsure', force: 'yes' }), in: NONE },
  ],
  isChildLaborTrafficking: [
    { name: 'child worker not free to leave, no means', facts: facts({ labor: 'yes', under18: 'yes', freeToLeave: 'no' }), in: UK_INTL },
    { name: 'child moved and housed with violations, free to leave', facts: facts({ labor: 'yes', under18: 'yes', movedOrHoused: 'yes', laborViolations: 'yes', freeToLeave: 'yes' }), in: UK_INTL },
    { name: 'child moved, no violations', facts: facts({ labor: 'yes', under18: 'yes', movedOrHoused: 'yes', freeToLeave: 'yes' }), in: NONE },
    { name: 'adult not free to leave', facts: facts({ labor: 'yes', under18: 'no', freeToLeave: 'no' }), in: NONE },
    { name: 'child, age unsure', facts: facts({ labor: 'yes', under18: 'unsure', freeToLeave: 'no' }), in: NONE },
  ],
  isPossibleTrafficking: [
    { name: 'commercial sex, age unsure', facts: facts({ commercialSex: 'yes', under18: 'unsure' }), in: ALL },
    { name: 'commercial sex, force unsure', facts: facts({ commercialSex: 'yes', force: 'unsure' }), in: ALL },
    { name: 'commercial sex, coercion unsure', facts: facts({ commercialSex: 'yes', coercion: 'unsure' }), in: ALL },
    { name: 'commercial sex unsure, someone else controls it', facts: facts({ commercialSex: 'unsure', thirdPartyControl: 'yes', freeToLeave: 'yes' }), in: ALL },
    { name: 'commercial sex unsure, freedom unsure', facts: facts({ commercialSex: 'unsure', freeToLeave: 'unsure' }), in: ALL },
    { name: 'commercial sex unsure, no signs, free to leave', facts: facts({ commercialSex: 'unsure', freeToLeave: 'yes' }), in: NONE },
    { name: 'commercial sex controlled by a third party, no force (UK s.2)', facts: facts({ commercialSex: 'yes', thirdPartyControl: 'yes', freeToLeave: 'yes' }), in: ['UK'] },
    { name: 'labor, force unsure', facts: facts({ labor: 'yes', force: 'unsure', freeToLeave: 'yes' }), in: ALL },
    { name: 'labor, coercion unsure', facts: facts({ labor: 'yes', coercion: 'unsure', freeToLeave: 'yes' }), in: ALL },
    { name: 'labor, fraud and freedom unsure', facts: facts({ labor: 'yes', fraud: 'unsure', freeToLeave: 'unsure' }), in: ALL },
    { name: 'labor, no fraud, freedom unsure', facts: facts({ labor: 'yes', freeToLeave: 'unsure' }), in: NONE },
    { name: 'labor secured by deception, free to leave (UK s.3(5))', facts: facts({ labor: 'yes', fraud: 'yes', freeToLeave: 'yes' }), in: ['UK'] },
    { name: 'labor, vulnerability and violations', facts: facts({ labor: 'yes', vulnerability: 'yes', laborViolations: 'yes', freeToLeave: 'yes' }), in: ALL },
    { name: 'labor, vulnerability, freedom unsure', facts: facts({ labor: 'yes', vulnerability: 'yes', freeToLeave: 'unsure' }), in: ALL },
    { name: 'child labor, moved unsure, violations unsure', facts: facts({ labor: 'yes', under18: 'yes', laborViolations: 'unsure', movedOrHoused: 'unsure', freeToLeave: 'yes' }), in: UK_INTL },
    { name: 'child labor, no violations, moved unsure', facts: facts({ labor: 'yes', under18: 'yes', movedOrHoused: 'unsure', freeToLeave: 'yes' }), in: NONE },
    { name: 'labor unsure, not free to leave', facts: facts({ labor: 'unsure', freeToLeave: 'no' }), in: ALL },
    { name: 'commercial sex, not free to leave, no means', facts: facts({ commercialSex: 'yes', freeToLeave: 'no' }), in: ALL },
    { name: 'no work, not free to leave', facts: facts({ freeToLeave: 'no' }), in: NONE },
    { name: 'smuggled, held after arrival', facts: facts({ crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'no', freeToLeave: 'yes' }), in: ALL },
    { name: 'smuggled, free on arrival unsure', facts: facts({ crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'unsure', freeToLeave: 'yes' }), in: ALL },
    { name: 'smuggled and free on arrival', facts: facts({ crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'yes', freeToLeave: 'yes' }), in: NONE },
    { name: 'nothing at all', facts: facts({ freeToLeave: 'yes' }), in: NONE },
  ],
  isSmuggling: [
    { name: 'smuggled and free on arrival', facts: facts({ crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'yes' }), in: ALL },
    { name: 'smuggled, not free on arrival', facts: facts({ crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'no' }), in: NONE },
    { name: 'smuggled unsure', facts: facts({ crossedBorder: 'yes', smuggled: 'unsure', freeOnArrival: 'yes' }), in: NONE },
  ],
  isLaborExploitation: [
    { name: 'labor violations', facts: facts({ labor: 'yes', laborViolations: 'yes' }), in: ALL },
    { name: 'fraud about pay', facts: facts({ labor: 'yes', fraud: 'yes' }), in: ALL },
    { name: 'work, nothing wrong', facts: facts({ labor: 'yes' }), in: NONE },
    { name: 'work unsure, violations', facts: facts({ labor: 'unsure', laborViolations: 'yes' }), in: NONE },
  ],
  isNotIndicated: [{ name: 'always holds (the last rule)', facts: facts({}), in: ALL }],
};

describe.each(Object.entries(table))('%s', (guardName, rows) => {
  const guard = guards.RULE_GUARDS[guardName as keyof typeof guards.RULE_GUARDS];
  it.each(rows.flatMap((row) => JURISDICTIONS.map((j) => [`${row.name} (${j})`, row, j] as const)))('%s', (_, row, jurisdiction) => {
    expect(guard({ answers: row.facts, jurisdiction, emergencyShown: row.emergencyShown })).toBe(row.in.includes(jurisdiction));
  });
});

describe('guards on partial answers', () => {
  it('do not hold while a rule still depends on an unanswered fact', () => {
    expect(guards.isChildSexTrafficking({ answers: { commercialSex: 'yes' }, jurisdiction: 'US' })).toBe(false);
    expect(guards.isLaborTrafficking({ answers: { labor: 'yes', fraud: 'yes' }, jurisdiction: 'US' })).toBe(false);
  });
  it('hold as soon as the answers settle them, whatever is still unanswered', () => {
    expect(guards.isChildSexTrafficking({ answers: { commercialSex: 'yes', under18: 'yes' }, jurisdiction: 'US' })).toBe(true);
    expect(guards.isLaborTrafficking({ answers: { labor: 'yes', force: 'yes' }, jurisdiction: 'INTL' })).toBe(true);
  });
  it('treat a fact whose prerequisite is no as no (not smuggled without a border crossing)', () => {
    const answers = { crossedBorder: 'no', freeToLeave: 'yes' } as const;
    expect(guards.isSmuggling({ answers, jurisdiction: 'US' })).toBe(false);
  });
});

/** The clause of machines/rules.ts with this id, as a plain true/false over complete answers. */
function clauseHolds(id: string, answers: Answers, jurisdiction: Jurisdiction): boolean | null {
  const clause = RULES.flatMap((r) => r.clauses).find((c) => c.id === id);
  if (!clause) throw new Error(`no clause ${id}`);
  return clause.condition({ answers, jurisdiction }).value;
}
const outcomeOf = (answers: Answers, jurisdiction: Jurisdiction) => {
  const a = assess({ answers, jurisdiction });
  return a.status === 'decided' ? a.outcome : a.status;
};

describe('rule 6, third bullet, is one clause: all of it needs U(commercialSex)', () => {
  const signs: FactId[] = ['under18', 'force', 'fraud', 'coercion', 'thirdPartyControl'];

  it.each(JURISDICTIONS)('U(commercialSex), every sign answered N, freeToLeave Y: not possible_trafficking by that clause (%s)', (j) => {
    const answers = facts({ commercialSex: 'unsure', freeToLeave: 'yes' });
    expect(clauseHolds('sexUnsureWithSigns', answers, j)).toBe(false);
    expect(guards.isPossibleTrafficking({ answers, jurisdiction: j })).toBe(false);
  });

  it.each(JURISDICTIONS)('Y(commercialSex) with thirdPartyControl unsure does not trigger it (%s)', (j) => {
    const answers = facts({ commercialSex: 'yes', thirdPartyControl: 'unsure', freeToLeave: 'yes' });
    expect(clauseHolds('sexUnsureWithSigns', answers, j)).toBe(false);
    // Nothing else holds either: an adult, no means, free to leave, no one clearly in control.
    expect(guards.isPossibleTrafficking({ answers, jurisdiction: j })).toBe(false);
    expect(outcomeOf(answers, j)).toBe('not_indicated');
  });

  it.each(signs.flatMap((sign) => (['unsure', 'yes'] as const).map((value) => [sign, value] as const)))(
    'with U(commercialSex), %s %s alone is enough',
    (sign, value) => {
      const answers = facts({ commercialSex: 'unsure', freeToLeave: 'yes', [sign]: value });
      for (const j of JURISDICTIONS) expect(clauseHolds('sexUnsureWithSigns', answers, j), j).toBe(true);
    },
  );

  it.each(signs)('without U(commercialSex), %s unsure does not trigger it (neither with N nor Y commercialSex)', (sign) => {
    for (const commercialSex of ['no', 'yes'] as const) {
      const answers = facts({ commercialSex, freeToLeave: 'yes', [sign]: 'unsure' });
      for (const j of JURISDICTIONS) expect(clauseHolds('sexUnsureWithSigns', answers, j), `${commercialSex} ${j}`).toBe(false);
    }
  });

  it('freeToLeave not Y triggers it only together with U(commercialSex)', () => {
    for (const j of JURISDICTIONS) {
      expect(clauseHolds('sexUnsureWithSigns', facts({ commercialSex: 'unsure', freeToLeave: 'unsure' }), j)).toBe(true);
      expect(clauseHolds('sexUnsureWithSigns', facts({ commercialSex: 'no', freeToLeave: 'unsure' }), j)).toBe(false);
      expect(clauseHolds('sexUnsureWithSigns', facts({ commercialSex: 'yes', freeToLeave: 'unsure' }), j)).toBe(false);
    }
  });
});

describe('notes on hard cases (decision-logic.md)', () => {
  it('deception alone while free to leave: labor_exploitation under INTL and US, possible_trafficking only in the UK (MSA s.3(5))', () => {
    const answers = facts({ labor: 'yes', fraud: 'yes', freeToLeave: 'yes' });
    expect(outcomeOf(answers, 'INTL')).toBe('labor_exploitation');
    expect(outcomeOf(answers, 'US')).toBe('labor_exploitation');
    expect(outcomeOf(answers, 'UK')).toBe('possible_trafficking');
    // The same through the real statechart, every other fact answered no.
    const all = Object.fromEntries(FACT_IDS.map((f) => [f, answers[f]])) as Answers;
    expect(walkThrough({ jurisdiction: 'INTL', facts: all }).outcome).toBe('labor_exploitation');
    expect(walkThrough({ jurisdiction: 'INTL', facts: all }).explanation.clauseId).toBe('laborViolationsOrFraud');
  });

  it('held after arrival for a ransom or a "fee" is not free on arrival: possible_trafficking everywhere', () => {
    const answers = facts({ crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'no', freeToLeave: 'yes' });
    for (const j of JURISDICTIONS) {
      expect(outcomeOf(answers, j), j).toBe('possible_trafficking');
      expect(assess({ answers, jurisdiction: j })).toMatchObject({ clauseId: 'smuggledNotFree' });
      expect(guards.isSmuggling({ answers, jurisdiction: j })).toBe(false);
    }
  });

  it('held for a ransom with danger now: the emergency advice first, then possible_trafficking', () => {
    const held = facts({ danger: 'yes', crossedBorder: 'yes', smuggled: 'yes', freeOnArrival: 'no', freeToLeave: 'no', labor: 'unsure' });
    for (const j of JURISDICTIONS) {
      expect(walkThrough({ jurisdiction: j, perspective: 'other', facts: held }).outcome, j).toBe('emergency');
      expect(walkThrough({ jurisdiction: j, perspective: 'other', facts: held, goOnAfterEmergency: true }).outcome, j).toBe('possible_trafficking');
    }
  });
});
