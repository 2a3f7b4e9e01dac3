import { FACT_IDS, isAnswer, isFactId, isJurisdiction, isOutcomeId, isPerspective, JURISDICTIONS, OUTCOME_IDS, type Answers, type Jurisdiction, type OutcomeId, type Perspective } from '../machines/facts';
import { parse as parseYaml } from 'yaml';
import { impossibleFacts } from './integrity';
import { scenarioData } from './schema';

/**
 * The scenario runner's input: a JSON array of
 * { id, jurisdiction, perspective?, facts: { <fact id>: yes|no|unsure }, expected: <outcome id> }.
 * Extra fields are allowed and ignored. Every problem is reported with the case's index and id
 * and the field, so a trainer can fix the file without reading code.
 */
export interface ScenarioCase {
  readonly index: number;
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly perspective: Perspective;
  readonly facts: Answers;
  readonly expected: OutcomeId;
}

export type ParsedCases = { ok: true; cases: ScenarioCase[] } | { ok: false; problems: string[] };

const list = (values: readonly string[]) => values.join(', ');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function parseScenarioCases(source: string, fileName: string): ParsedCases {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch (error) {
    return { ok: false, problems: [`${fileName} is not valid JSON: ${(error as Error).message}`] };
  }
  if (!Array.isArray(json)) return { ok: false, problems: [`${fileName} must hold a JSON array of cases, not ${json === null ? 'null' : typeof json}`] };

  const problems: string[] = [];
  const cases: ScenarioCase[] = [];
  const seen = new Map<string, number>();
  json.forEach((raw, index) => {
    const label = isRecord(raw) && typeof raw.id === 'string' ? `case ${index} (id "${raw.id}")` : `case ${index}`;
    const problem = (field: string, message: string) => problems.push(`${label}: ${field}: ${message}`);
    if (!isRecord(raw)) return problem('(case)', 'must be an object');
    if (typeof raw.id !== 'string' || raw.id.trim() === '') problem('id', 'must be a non-empty string');
    if (!isJurisdiction(raw.jurisdiction)) problem('jurisdiction', `must be one of ${list(JURISDICTIONS)}, got ${JSON.stringify(raw.jurisdiction)}`);
    if (raw.perspective !== undefined && !isPerspective(raw.perspective)) problem('perspective', `must be "self" or "other", got ${JSON.stringify(raw.perspective)}`);
    if (!isOutcomeId(raw.expected)) problem('expected', `must be one of ${list(OUTCOME_IDS)}, got ${JSON.stringify(raw.expected)}`);
    const facts: Answers = {};
    if (!isRecord(raw.facts)) problem('facts', 'must be an object of fact id → "yes" | "no" | "unsure"');
    else {
      for (const [fact, value] of Object.entries(raw.facts)) {
        if (!isFactId(fact)) problem(`facts.${fact}`, `unknown fact id (known: ${list(FACT_IDS)})`);
        else if (!isAnswer(value)) problem(`facts.${fact}`, `must be "yes", "no" or "unsure", got ${JSON.stringify(value)}`);
        else facts[fact] = value;
      }
      impossibleFacts(facts).forEach((p) => problem(`facts.${p.split(':')[0]}`, p.slice(p.indexOf(':') + 2)));
    }
    if (typeof raw.id === 'string' && isJurisdiction(raw.jurisdiction)) {
      const key = `${raw.id}\u0000${raw.jurisdiction}`;
      if (seen.has(key)) problem('id', `repeats case ${seen.get(key)} for the same jurisdiction`);
      else seen.set(key, index);
    }
    if (problems.length === 0) {
      cases.push({
        index,
        id: raw.id as string,
        jurisdiction: raw.jurisdiction as Jurisdiction,
        perspective: (raw.perspective as Perspective | undefined) ?? 'self',
        facts,
        expected: raw.expected as OutcomeId,
      });
    }
  });
  if (json.length === 0) problems.push(`${fileName} holds no cases`);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, cases };
}

/**
 * A scenario library file (content/data/scenarios.yaml): each scenario becomes one runner case per
 * jurisdiction, so a trainer can check a new case with `npm run scenarios -- <file.yaml>`. Problems
 * are named like the runner's: the scenario's index and id, and the field.
 */
export function parseScenarioLibrary(source: string, fileName: string): ParsedCases {
  let doc: unknown;
  try {
    doc = parseYaml(source);
  } catch (error) {
    return { ok: false, problems: [`${fileName} is not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  if (!isRecord(doc) || !Array.isArray(doc.scenarios)) return { ok: false, problems: [`${fileName} must hold \`scenarios:\` with a list of scenarios`] };
  const problems: string[] = [];
  const expanded: unknown[] = [];
  doc.scenarios.forEach((raw: unknown, index: number) => {
    const label = isRecord(raw) && typeof raw.id === 'string' ? `case ${index} (id "${raw.id}")` : `case ${index}`;
    const result = scenarioData.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.push(`${label}: ${issue.path.join('.') || '(case)'}: ${issue.message}`);
      return;
    }
    for (const jurisdiction of JURISDICTIONS) {
      expanded.push({ id: result.data.id, jurisdiction, perspective: result.data.perspective, facts: result.data.facts, expected: result.data.expected[jurisdiction] });
    }
  });
  if (problems.length > 0) return { ok: false, problems };
  return parseScenarioCases(JSON.stringify(expanded), fileName);
}
