import { parseScenarioCases, parseScenarioLibrary, type ParsedCases } from '../../content/scenario-cases';
import { describeError, escapeControl } from '../../content/messages';
import { readTextFile } from '../../content/safe-read';
import { runCases } from './run-scenarios';

/** Where the runner writes: process.stdout/stderr, or a test's collector. */
export interface Output {
  write(text: string): unknown;
}

export const EXIT = { passed: 0, failed: 1, badInput: 2, runnerError: 3 } as const;

export const USAGE = 'usage: npm run scenarios -- <file.json | file.yaml>';

/**
 * The scenario runner, in-process: reads the file named in `argv` (JSON runner cases, or a YAML
 * scenario library for *.yaml / *.yml), replays every case through the statechart, and prints
 * PASS/FAIL per case and "N passed, N failed" on stdout. Returns the exit status: 0 all passed,
 * 1 some failed, 2 bad input (one line per problem on stderr, starting "bad input: "), 3 the runner
 * itself failed ("runner error: "). Never throws; every line it writes is escaped, so nothing in
 * the file can reach the terminal as a control character.
 */
export function runCli(argv: readonly string[], { stdout, stderr }: { stdout: Output; stderr: Output }): number {
  const say = (out: Output, line: string) => out.write(`${escapeControl(line)}\n`);
  const file = argv.find((arg) => arg !== '--');
  if (file === undefined || file === '') {
    say(stderr, `bad input: ${USAGE}`);
    return EXIT.badInput;
  }
  let parsed: ParsedCases;
  try {
    const read = readTextFile(file);
    parsed = !read.ok ? { ok: false, problems: [read.problem] } : /\.ya?ml$/i.test(file) ? parseScenarioLibrary(read.text, file) : parseScenarioCases(read.text, file);
  } catch (error) {
    // Nothing in the file should get here; if something does, it is still the file's problem.
    say(stderr, `bad input: ${file}: ${describeError(error)}`);
    return EXIT.badInput;
  }
  if (!parsed.ok) {
    for (const problem of parsed.problems) say(stderr, `bad input: ${problem}`);
    return EXIT.badInput;
  }
  try {
    const { results, passed, failed } = runCases(parsed.cases);
    for (const result of results) for (const line of result.lines) say(stdout, line);
    say(stdout, `${passed} passed, ${failed} failed`);
    return failed > 0 ? EXIT.failed : EXIT.passed;
  } catch (error) {
    say(stderr, `runner error: ${describeError(error)}`);
    return EXIT.runnerError;
  }
}
