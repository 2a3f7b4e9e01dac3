import { describe, expect, it } from 'vitest';
import { loadContent } from '../../content/load';
import { libraryCases } from '../../content/library';
import { parseScenarioCases } from '../../content/scenario-cases';
import { OUTCOME_IDS } from '../../machines/facts';
import { runCase } from '../../scripts/lib/run-scenarios';

const content = loadContent('en');
const cases = libraryCases(content);
const parsed = parseScenarioCases(JSON.stringify(cases), 'library');

describe('the scenario library', () => {
  it('is valid runner input', () => {
    expect(parsed.ok ? [] : parsed.problems).toEqual([]);
  });

  it('has at least 36 scenarios, every outcome expected at least 4 times, three difficulty levels', () => {
    const { scenarios } = content.data;
    expect(scenarios.length).toBeGreaterThanOrEqual(36);
    for (const outcome of OUTCOME_IDS) {
      const count = scenarios.filter((s) => Object.values(s.expected).includes(outcome)).length;
      expect(count, outcome).toBeGreaterThanOrEqual(4);
    }
    for (const level of ['easy', 'medium', 'hard'] as const) expect(scenarios.filter((s) => s.difficulty === level).length, level).toBeGreaterThanOrEqual(8);
    for (const place of ['US', 'UK', 'INTL'] as const) expect(scenarios.some((s) => s.setting === place), place).toBe(true);
  });

  it('covers labor and sex, adults and minors, smuggling, and the child-labor case where US law differs', () => {
    const { scenarios } = content.data;
    const kinds = new Set(scenarios.map((s) => s.kind));
    for (const kind of ['labor', 'sex', 'smuggling', 'not-trafficking']) expect(kinds, kind).toContain(kind);
    expect(scenarios.some((s) => s.facts.under18 === 'yes' && s.facts.labor === 'yes')).toBe(true);
    expect(scenarios.some((s) => s.facts.under18 === 'no')).toBe(true);
    for (const means of ['force', 'fraud', 'coercion', 'vulnerability'] as const) expect(scenarios.some((s) => s.facts[means] === 'yes'), means).toBe(true);
    expect(scenarios.some((s) => s.expected.US === 'smuggling')).toBe(true);
    expect(scenarios.some((s) => s.facts.smuggled === 'yes' && s.expected.US !== 'smuggling')).toBe(true);
    const childLaborDiffers = scenarios.filter((s) => s.facts.under18 === 'yes' && s.expected.US !== 'labor_trafficking' && s.expected.UK === 'labor_trafficking' && s.expected.INTL === 'labor_trafficking');
    expect(childLaborDiffers.length).toBeGreaterThanOrEqual(1);
  });
});

describe('every library scenario through the real statechart', () => {
  it.each(parsed.ok ? parsed.cases.map((c) => [`${c.id} ${c.jurisdiction}`, c] as const) : [])('%s', (_, scenario) => {
    const result = runCase(scenario);
    expect(result.lines.join('\n')).toMatch(new RegExp(`^PASS ${scenario.id} ${scenario.jurisdiction} ${scenario.expected} → [a-z][a-z0-9-]+$`));
  });
});
