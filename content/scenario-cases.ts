import { FACT_IDS, isAnswer, isFactId, isJurisdiction, isOutcomeId, isPerspective, JURISDICTIONS, OUTCOME_IDS, type Answers, type Jurisdiction, type OutcomeId, type Perspective } from '../machines/facts';
import { isCountryCode, type CountryCode } from '../machines/country-codes';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { impossibleFacts } from './integrity';
import { escapeControl, hasControl, show, showPath, shorten } from './messages';
import { jsonTooDeep, MAX_DEPTH, valueTooDeep, yamlTooDeep, type PathSegment } from './nesting';
import { stripBom } from './safe-read';
import { scenarioData } from './schema';

/**
 * The scenario runner's input: a JSON array of
 * { id, jurisdiction, perspective?, country?, facts: { <fact id>: yes|no|unsure }, expected: <outcome id> }.
 * Extra fields are allowed and ignored. Every problem is reported with the case's index and id
 * and the field, so a trainer can fix the file without reading code; values quoted in a message
 * are escaped and shortened (content/messages.ts), so a hostile file cannot write to the terminal.
 */
export interface ScenarioCase {
  readonly index: number;
  readonly id: string;
  readonly jurisdiction: Jurisdiction;
  readonly perspective: Perspective;
  /** The case's ISO 3166-1 alpha-2 country code, if it gives one: the contacts of that country (the law is its jurisdiction's). */
  readonly country: CountryCode | undefined;
  readonly facts: Answers;
  readonly expected: OutcomeId;
}

export type ParsedCases = { ok: true; cases: ScenarioCase[] } | { ok: false; problems: string[] };

const list = (values: readonly string[]) => values.join(', ');
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** `case 3 (id "x")`, or `case 3` when the case has no string id. */
/** The longest case id the runner takes: ids are names, printed on every result line. */
export const MAX_ID_LENGTH = 200;

export const caseLabel = (index: number, id: unknown) => (typeof id === 'string' ? `case ${index} (id ${show(id)})` : `case ${index}`);

const TOO_DEEP = `nested deeper than ${MAX_DEPTH} levels`;

/** At most this many problems are listed; the rest are counted in one last line. */
export const MAX_PROBLEMS = 100;

/** Collects problems, keeping only the first MAX_PROBLEMS (a file of a million bad cases stays cheap). */
function problemList(shown: string) {
  const kept: string[] = [];
  let more = 0;
  return {
    add(problem: string) {
      if (kept.length < MAX_PROBLEMS) kept.push(problem);
      else more++;
    },
    get any() {
      return kept.length > 0;
    },
    list: () => (more > 0 ? [...kept, `${shown}: ${more} more problem${more === 1 ? '' : 's'} not shown`] : kept),
  };
}

/** A too-deep value inside case `index`: the field is the first keys of the path below the case. */
function tooDeepInCase(index: number, id: unknown, below: readonly PathSegment[]): string {
  const keys: PathSegment[] = [];
  for (const segment of below) {
    if (typeof segment !== 'string' || keys.length === 2) break;
    keys.push(segment);
  }
  return `${caseLabel(index, id)}: ${keys.length > 0 ? showPath(keys) : '(case)'}: ${TOO_DEEP}`;
}

/** The message for a JSON error, a YAML error or an unexpected one: its first line, safe to print. */
const safeMessage = (error: unknown) => escapeControl(shorten(String((error as Error)?.message ?? error).split('\n')[0], 300, 240));

function countryProblem(value: unknown): string {
  if (typeof value !== 'string') return `must be an ISO 3166-1 alpha-2 code such as MX, got ${show(value)}`;
  const hint = value === 'UK' ? '; the United Kingdom is GB' : isCountryCode(value.toUpperCase()) ? `; did you mean ${show(value.toUpperCase())}?` : '';
  return `unknown country code ${show(value)} (an ISO 3166-1 alpha-2 code such as MX${hint})`;
}

export function parseScenarioCases(source: string, fileName: string): ParsedCases {
  const shown = escapeControl(fileName);
  const text = stripBom(source);
  const deep = jsonTooDeep(text);
  if (deep) {
    const [index] = deep.path;
    const problem = typeof index === 'number' ? tooDeepInCase(index, deep.ids[1], deep.path.slice(1)) : `${shown}: ${TOO_DEEP} (line ${deep.line})`;
    return { ok: false, problems: [problem] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [`${shown} is not valid JSON: ${safeMessage(error)}`] };
  }
  return validateCases(json, fileName);
}

/** Checks already-parsed cases (nested at most MAX_DEPTH levels) and names every problem. */
export function validateCases(json: unknown, fileName: string): ParsedCases {
  const shown = escapeControl(fileName);
  if (!Array.isArray(json)) return { ok: false, problems: [`${shown} must hold a JSON array of cases, not ${json === null ? 'null' : typeof json}`] };

  const problems = problemList(shown);
  const cases: ScenarioCase[] = [];
  const seen = new Map<string, number>();
  json.forEach((raw, index) => {
    const label = caseLabel(index, isRecord(raw) ? raw.id : undefined);
    const problem = (field: string, message: string) => problems.add(`${label}: ${field}: ${message}`);
    if (!isRecord(raw)) return problem('(case)', 'must be an object');
    if (typeof raw.id !== 'string' || raw.id.trim() === '') problem('id', 'must be a non-empty string');
    // An id is printed on every PASS and FAIL line: one that could move the cursor, clear the
    // screen or swamp the terminal is refused (and shown escaped and shortened here).
    else if (hasControl(raw.id)) problem('id', 'must not contain control characters');
    else if (raw.id.length > MAX_ID_LENGTH) problem('id', `longer than ${MAX_ID_LENGTH} characters (${raw.id.length})`);
    if (!isJurisdiction(raw.jurisdiction)) problem('jurisdiction', `must be one of ${list(JURISDICTIONS)}, got ${show(raw.jurisdiction)}`);
    if (raw.perspective !== undefined && !isPerspective(raw.perspective)) problem('perspective', `must be "self" or "other", got ${show(raw.perspective)}`);
    if (raw.country !== undefined && !isCountryCode(raw.country)) problem('country', countryProblem(raw.country));
    else if (raw.country !== undefined && isJurisdiction(raw.jurisdiction)) {
      // The country decides the contacts, the jurisdiction the law: they must agree (US, GB, else INTL).
      const law = raw.country === 'US' ? 'US' : raw.country === 'GB' ? 'UK' : 'INTL';
      if (law !== raw.jurisdiction) problem('country', `${show(raw.country)} is a place of jurisdiction ${law}, not ${raw.jurisdiction}`);
    }
    if (!isOutcomeId(raw.expected)) problem('expected', `must be one of ${list(OUTCOME_IDS)}, got ${show(raw.expected)}`);
    const facts: Answers = {};
    if (!isRecord(raw.facts)) problem('facts', 'must be an object of fact id → "yes" | "no" | "unsure"');
    else {
      for (const [fact, value] of Object.entries(raw.facts)) {
        if (!isFactId(fact)) problem(showPath(['facts', fact]), `unknown fact id (known: ${list(FACT_IDS)})`);
        else if (!isAnswer(value)) problem(`facts.${fact}`, `must be "yes", "no" or "unsure", got ${show(value)}`);
        else facts[fact] = value;
      }
      impossibleFacts(facts).forEach((p) => problem(`facts.${p.split(':')[0]}`, p.slice(p.indexOf(':') + 2)));
    }
    if (typeof raw.id === 'string' && isJurisdiction(raw.jurisdiction)) {
      const key = `${raw.id}\u0000${raw.jurisdiction}`;
      if (seen.has(key)) problem('id', `repeats case ${seen.get(key)} for the same jurisdiction`);
      else seen.set(key, index);
    }
    if (!problems.any) {
      cases.push({
        index,
        id: raw.id as string,
        jurisdiction: raw.jurisdiction as Jurisdiction,
        perspective: (raw.perspective as Perspective | undefined) ?? 'self',
        country: raw.country as CountryCode | undefined,
        facts,
        expected: raw.expected as OutcomeId,
      });
    }
  });
  if (json.length === 0) problems.add(`${shown} holds no cases`);
  return problems.any ? { ok: false, problems: problems.list() } : { ok: true, cases };
}

/** A zod issue as one safe line: unknown keys are quoted (shortened) instead of echoed whole. */
function issueMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const shownKeys = issue.keys.slice(0, 5).map((key) => show(key));
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${shownKeys.join(', ')}${issue.keys.length > 5 ? ` and ${issue.keys.length - 5} more` : ''}`;
  }
  return safeMessage(issue);
}

/**
 * A scenario library file (content/data/scenarios.yaml): each scenario becomes one runner case per
 * jurisdiction, so a trainer can check a new case with `npm run scenarios -- <file.yaml>`. Problems
 * are named like the runner's: the scenario's index and id, and the field.
 */
export function parseScenarioLibrary(source: string, fileName: string): ParsedCases {
  const shown = escapeControl(fileName);
  const text = stripBom(source);
  // Cases live at scenarios.<index>: name the case when the too-deep value is inside one.
  const deepProblem = (path: readonly PathSegment[], id: unknown, line?: number) =>
    path[0] === 'scenarios' && typeof path[1] === 'number'
      ? tooDeepInCase(path[1], id, path.slice(2))
      : `${shown}: ${TOO_DEEP}${line === undefined ? '' : ` (line ${line})`}`;
  const deep = yamlTooDeep(text);
  if (deep) return { ok: false, problems: [deepProblem(deep.path, deep.ids[2], deep.line)] };
  let doc: unknown;
  try {
    doc = parseYaml(text);
  } catch (error) {
    return { ok: false, problems: [`${shown} is not valid YAML: ${safeMessage(error)}`] };
  }
  // Aliases can build a value deeper (or cyclic) from shallow text.
  const deepValue = valueTooDeep(doc);
  if (deepValue) {
    const scenario = isRecord(doc) && Array.isArray(doc.scenarios) ? doc.scenarios[deepValue[1] as number] : undefined;
    return { ok: false, problems: [deepProblem(deepValue, isRecord(scenario) ? scenario.id : undefined)] };
  }
  if (!isRecord(doc) || !Array.isArray(doc.scenarios)) return { ok: false, problems: [`${shown} must hold \`scenarios:\` with a list of scenarios`] };
  const problems = problemList(shown);
  const expanded: unknown[] = [];
  doc.scenarios.forEach((raw: unknown, index: number) => {
    const label = caseLabel(index, isRecord(raw) ? raw.id : undefined);
    const result = scenarioData.safeParse(raw);
    if (!result.success) {
      for (const issue of result.error.issues) problems.add(`${label}: ${issue.path.length > 0 ? showPath(issue.path) : '(case)'}: ${issueMessage(issue)}`);
      return;
    }
    for (const jurisdiction of JURISDICTIONS) {
      expanded.push({ id: result.data.id, jurisdiction, perspective: result.data.perspective, facts: result.data.facts, expected: result.data.expected[jurisdiction] });
    }
  });
  if (problems.any) return { ok: false, problems: problems.list() };
  return validateCases(expanded, fileName);
}
