/**
 * Scenario runner: `npm run scenarios -- <file.json>` (runner cases) or `<file.yaml>` (a scenario library).
 * Replays each case through the real statechart, answering every question it asks from the case's
 * facts (a fact the case leaves out is answered "unsure"), and prints PASS/FAIL per case and a
 * closing line "N passed, N failed". Exit 0 all pass, 1 any fails, 2 bad input, 3 runner error.
 * The work is done by runCli (scripts/lib/scenarios-cli.ts), which tests call in-process.
 */
import { EXIT, runCli } from './lib/scenarios-cli';

// `npm run scenarios -- file | head` closes the pipe early: the rest of the output is dropped
// quietly (the exit status is still the run's), rather than ending with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.exit(EXIT.runnerError);
});

let status: number;
try {
  status = runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
} catch {
  status = EXIT.runnerError; // runCli never throws; if it ever does, no stack trace either
  process.stderr.write('runner error: unexpected failure\n');
}
process.exit(status);
