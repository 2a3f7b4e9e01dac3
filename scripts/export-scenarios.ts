/**
 * Writes the scenario library (content/data/scenarios.yaml) in the runner's format: one case per
 * scenario and jurisdiction. `npm run scenarios:export -- [out.json] [--locale es]` (stdout without a
 * file). Titles, in the chosen language, are added as an ignored extra field so a failing line is easy
 * to place; facts and outcomes are the same in every language.
 */
import { writeFileSync } from 'node:fs';
import { loadContent, LOCALES, type Locale } from '../content/load';
import { libraryCases } from '../content/library';

const args = process.argv.slice(2).filter((arg) => arg !== '--');
const localeIndex = args.indexOf('--locale');
const locale = localeIndex >= 0 ? args.splice(localeIndex, 2)[1] : 'en';
if (!(LOCALES as readonly string[]).includes(locale)) {
  console.error(`bad input: unknown locale ${locale} (known: ${LOCALES.join(', ')})`);
  process.exit(2);
}
const out = args[0];
const content = loadContent(locale as Locale);
const json = JSON.stringify(libraryCases(content), null, 2) + '\n';
if (out) {
  writeFileSync(out, json);
  console.error(`wrote ${JSON.parse(json).length} cases to ${out}`);
} else process.stdout.write(json);
