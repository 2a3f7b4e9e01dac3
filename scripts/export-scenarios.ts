/**
 * Writes the scenario library (content/data/scenarios.yaml) in the runner's format: one case per
 * scenario and jurisdiction. `npm run scenarios:export -- [out.json]` (stdout without a file).
 * Titles are added as an ignored extra field so a failing line is easy to place.
 */
import { writeFileSync } from 'node:fs';
import { loadContent } from '../content/load';
import { libraryCases } from '../content/library';

const out = process.argv.slice(2).find((arg) => arg !== '--');
const content = loadContent('en');
const json = JSON.stringify(libraryCases(content), null, 2) + '\n';
if (out) {
  writeFileSync(out, json);
  console.error(`wrote ${JSON.parse(json).length} cases to ${out}`);
} else process.stdout.write(json);
