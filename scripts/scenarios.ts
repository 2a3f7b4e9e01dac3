/**
 * Scenario runner: `npm run scenarios -- <file.json>` (runner cases) or `<file.yaml>` (a scenario library).
 * Replays each case through the real statechart, answering every question it asks from the case's
 * facts (a fact the case leaves out is answered "unsure"), and prints PASS/FAIL per case and a
 * closing line "N passed, N failed". Exit 0 all pass, 1 any fails, 2 bad input.
 */
import { readFileSync } from 'node:fs';
import { parseScenarioCases, parseScenarioLibrary } from '../content/scenario-cases';
import { runCases } from './lib/run-scenarios';

function badInput(messages: readonly string[]): never {
  for (const message of messages) console.error(`bad input: ${message}`);
  process.exit(2);
}

const file = process.argv.slice(2).find((arg) => arg !== '--');
if (!file) badInput(['usage: npm run scenarios -- <file.json>']);
let source: string;
try {
  source = readFileSync(file, 'utf8');
} catch (error) {
  badInput([`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`]);
}
const parsed = /\.ya?ml$/i.test(file) ? parseScenarioLibrary(source, file) : parseScenarioCases(source, file);
if (!parsed.ok) badInput(parsed.problems);

const { results, passed, failed } = runCases(parsed.cases);
for (const result of results) console.log(result.lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
