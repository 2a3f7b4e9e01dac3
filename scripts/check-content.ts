/**
 * Validates all content (schemas and cross-references) and prints every problem, naming file,
 * field and line. Exit 0 when valid, 1 otherwise. `npm run content:check`
 */
import { ContentError, LOCALES, loadContent } from '../content/load';

let failed = false;
for (const locale of LOCALES) {
  try {
    loadContent(locale);
    console.log(`content (${locale}): valid`);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    failed = true;
    console.error(`content (${locale}): ${error.problems.length} problem(s)`);
    for (const problem of error.problems) console.error(`  ${problem}`);
  }
}
process.exit(failed ? 1 : 0);
