/**
 * Validates all content (schemas and cross-references) and prints every problem, naming file,
 * field and line. Exit 0 when valid, 1 when content has problems, 2 when it cannot be checked at
 * all (one line, never a stack trace). `npm run content:check [-- --dir <content folder>]`
 */
import path from 'node:path';
import { ContentError, DEFAULT_CONTENT_DIR, LOCALES, loadContent } from '../content/load';
import { describeError, escapeControl } from '../content/messages';

const flag = process.argv.indexOf('--dir');
const dir = flag >= 0 && process.argv[flag + 1] ? path.resolve(process.argv[flag + 1]) : DEFAULT_CONTENT_DIR;

let failed = false;
for (const locale of LOCALES) {
  try {
    loadContent(locale, dir);
    console.log(`content (${locale}): valid`);
  } catch (error) {
    if (!(error instanceof ContentError)) {
      console.error(`content (${locale}): cannot be checked: ${describeError(error)}`);
      process.exit(2);
    }
    failed = true;
    console.error(`content (${locale}): ${error.problems.length} problem(s)`);
    for (const problem of error.problems) console.error(`  ${escapeControl(problem)}`);
  }
}
process.exit(failed ? 1 : 0);
