/**
 * Writes (with --update) or checks the committed answers → outcome tables in tests/golden/.
 * `npm run golden:update` after a deliberate routing change; explain the diff in the commit.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { JURISDICTIONS } from '../machines/facts';
import { goldenFile, goldenTable } from './lib/golden';

const update = process.argv.includes('--update');
let stale = 0;
mkdirSync('tests/golden', { recursive: true });
for (const jurisdiction of JURISDICTIONS) {
  const table = goldenTable(jurisdiction);
  const file = goldenFile(jurisdiction);
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === table) console.log(`${file}: up to date`);
  else if (update) {
    writeFileSync(file, table);
    console.log(`${file}: written (${table.split('\n').length - 6} routes)`);
  } else {
    stale++;
    console.log(`${file}: differs from the statechart`);
  }
}
process.exit(stale > 0 ? 1 : 0);
